alter table kpi
    add column delivery varchar(64);
