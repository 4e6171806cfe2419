update vaccines_covid_19_names
set modified_at             = '2021-11-11 11:11:11.111111'
  , ch_issuable             = true
  , web_ui_selectable       = true
  , api_gateway_selectable  = true
  , api_platform_selectable = true
where id = 'fe39b8af-eccd-45de-acd7-ce7206052b00';
