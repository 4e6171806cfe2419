ALTER TABLE vaccines_covid_19_names ALTER COLUMN prophylaxis DROP NOT NULL;
ALTER TABLE vaccines_covid_19_names ALTER COLUMN auth_holder DROP NOT NULL;

