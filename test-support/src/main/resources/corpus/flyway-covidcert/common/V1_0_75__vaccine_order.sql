update vaccines_covid_19_names
set vaccine_order = '35'
where id = '2dc3feef-95d8-4e6f-930c-69300e22e7f0';
