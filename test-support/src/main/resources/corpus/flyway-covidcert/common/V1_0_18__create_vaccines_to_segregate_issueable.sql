INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b01'
       , 'EU/1/20/1528'
       , 'Comirnaty'
       , '0936bf83-bfe5-4897-8b10-adf2664608e6'
       , '51240395-839e-40c2-8d03-09964a3f9011'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'ch_only'
       , false
       , true
       , false);

INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b02'
       , 'EU/1/20/1528'
       , 'Comirnaty'
       , '0936bf83-bfe5-4897-8b10-adf2664608e6'
       , '51240395-839e-40c2-8d03-09964a3f9011'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'abroad_only'
       , false
       , false
       , true);

INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b03'
       , 'EU/1/20/1507'
       , 'Spikevax (previously COVID-19 Vaccine Moderna)'
       , '0936bf83-bfe5-4897-8b10-adf2664608e6'
       , 'c325995b-b493-40cc-934c-1404ed2c8353'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'ch_only'
       , false
       , true
       , false);

INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b04'
       , 'EU/1/20/1507'
       , 'Spikevax (previously COVID-19 Vaccine Moderna)'
       , '0936bf83-bfe5-4897-8b10-adf2664608e6'
       , 'c325995b-b493-40cc-934c-1404ed2c8353'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'abroad_only'
       , false
       , false
       , true);

INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b05'
       , 'EU/1/20/1525'
       , 'COVID-19 Vaccine Janssen'
       , '1ee3559a-ed64-4062-a10e-baeded624ae8'
       , 'bdda14a3-db94-41f6-8c20-963112713a76'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'ch_only'
       , false
       , true
       , false);

INSERT INTO vaccines_covid_19_names ( id
                                    , code
                                    , display
                                    , prophylaxis
                                    , auth_holder
                                    , active
                                    , ch_issuable
                                    , modified_at
                                    , swiss_medic
                                    , emea
                                    , who_eul
                                    , issuable
                                    , web_ui_selectable
                                    , api_gateway_selectable
                                    , api_platform_selectable)
VALUES ( 'fe39b8af-eccd-45de-acd7-ce7206052b06'
       , 'EU/1/20/1525'
       , 'COVID-19 Vaccine Janssen'
       , '1ee3559a-ed64-4062-a10e-baeded624ae8'
       , 'bdda14a3-db94-41f6-8c20-963112713a76'
       , true
       , true
       , '2021-09-01 15:59:23.700729'
       , true
       , true
       , true
       , 'abroad_only'
       , false
       , false
       , true);

