update vaccines_covid_19_names vn
set auth_holder = 'c325995b-b493-40cc-934c-1404ed2c8353'
where vn.id = '2dc3feef-95d8-4e6f-930c-69300e10e6ee';
