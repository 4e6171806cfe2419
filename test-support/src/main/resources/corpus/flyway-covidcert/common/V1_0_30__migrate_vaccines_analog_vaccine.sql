alter table vaccines_covid_19_names
    add column analog_vaccine varchar(50);
