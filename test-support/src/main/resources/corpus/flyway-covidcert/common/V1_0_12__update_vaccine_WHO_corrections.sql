update vaccines_covid_19_names
set ch_issuable = false
where id = 'fe39b8af-eccd-45de-acd7-ce7206052af9';

