update vaccines_covid_19_names
set vaccine_order = 58
where id in (
             '2dc3feef-95d8-4e6f-930c-69300e33e6f0',
             '2dc3feef-95d8-4e6f-930c-69300e33f7f0'
    );
