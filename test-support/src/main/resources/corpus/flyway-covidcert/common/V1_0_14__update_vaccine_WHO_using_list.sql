update vaccines_covid_19_names
set swiss_medic = false
where id = '8ac65a1d-00fa-4425-8f3f-cb866c4aa053';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = '4affd667-55fd-4780-bb6e-c86b0dcc7193';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = 'dfc61e57-8c62-43d4-a9c0-390e128793c9';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = 'bc0e71cf-bc52-45cb-b6f0-1dba39cf2a97';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af8';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false
where id = '4109a8fa-84b2-4a3f-bf33-6c746a79a11d';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af9';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af7';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false,
    who_eul= false
where id = 'fe39b8af-eccd-45de-acd7-ce7206052b00';

update vaccines_covid_19_names
set swiss_medic = false,
    emea= false
where id = '2dc3feef-95d8-4e6f-930c-69300e10e6f0';
