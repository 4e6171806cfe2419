UPDATE vaccines_covid_19_names
set display     = 'NVX-CoV2373 (deprecated)',
    active      = false,
    modified_at = '2023-02-02 00:00:02.115316'
where id = '2dc3feef-95d8-4e6f-930c-69300e22e6f1';

UPDATE vaccines_covid_19_names
set display     = 'Inactivated SARS-CoV-2 (Vero Cell) (deprecated)',
    active      = false,
    modified_at = '2023-02-02 00:00:02.115316'
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af9';

UPDATE vaccines_covid_19_names
set display     = 'Vidprevtyn (deprecated)',
    active      = false,
    modified_at = '2023-02-02 00:00:02.115316'
where id = '2ef26300-a1fc-4f51-a033-b6f81e572b76';

UPDATE vaccines_covid_19_names
set display     = 'VLA2001 (deprecated)',
    active      = false,
    modified_at = '2023-02-02 00:00:02.115316'
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4ab157';

UPDATE vaccines_covid_19_names
set display     = 'VLA2001 (deprecated)',
    active      = false,
    modified_at = '2023-02-02 00:00:02.115316'
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4ab267';
