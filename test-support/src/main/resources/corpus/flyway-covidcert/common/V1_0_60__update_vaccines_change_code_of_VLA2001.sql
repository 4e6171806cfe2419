UPDATE vaccines_covid_19_names
set code = 'VLA2001'
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4aa057';
UPDATE vaccines_covid_19_names
set code = 'VLA2001'
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4ab157';
