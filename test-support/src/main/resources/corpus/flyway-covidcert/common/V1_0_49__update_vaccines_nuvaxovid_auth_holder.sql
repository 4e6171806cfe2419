update vaccines_covid_19_names
set auth_holder = 'ed9c2a60-4b8e-4b1c-9370-d4df32786086' -- Novavax CZ a.s.
where id = '2dc3feef-95d8-4e6f-930c-69300e22e7f0'   -- Nuvaxovid
;

update vaccines_covid_19_names
set auth_holder = '279ad11e-f040-442d-8e97-1262423e3e0b' -- Serum Institute Of India Private Limited
where id = '2dc3feef-95d8-4e6f-930c-69300e33f7f0' -- Covovax
;