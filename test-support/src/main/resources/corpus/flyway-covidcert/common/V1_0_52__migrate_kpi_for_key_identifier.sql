alter table kpi
    add column IF NOT EXISTS key_identifier varchar(16);
