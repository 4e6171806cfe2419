update vaccines_covid_19_names
set display = 'BBIBP-CorV'
where id = '4109a8fa-84b2-4a3f-bf33-6c746a79a11d';
update vaccines_covid_19_names
set display = 'BBIBP-CorV'
where id = '4109a8fa-84b2-4a3f-bf33-6c746a79b21d';
update vaccines_covid_19_names
set display = 'CoronaVac'
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af7';
update vaccines_covid_19_names
set display = 'CoronaVac'
where id = 'fe39b8af-eccd-45de-acd7-ce7206053bf7';