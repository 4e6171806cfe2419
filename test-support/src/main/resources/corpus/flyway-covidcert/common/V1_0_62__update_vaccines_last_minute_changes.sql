delete
from vaccines_covid_19_names
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4aa057';

update vaccines_covid_19_names
set swiss_medic       = true,
    web_ui_selectable = true
where id = '8ac65a1d-00fa-4425-8f4f-cb866c4ab157';
