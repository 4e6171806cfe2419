update vaccines_covid_19_names
set analog_vaccine = 'EU/1/21/1529'
where id in (
             '2dc3feef-95d8-4e6f-930c-69300e10e6f0',
             '2dc3feef-95d8-4e6f-930c-69300e10f7f0'
    );
