INSERT INTO vaccines_covid_19_names ( id
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
                                    , api_platform_selectable
                                    , code
                                    , vaccine_order
                                    , analog_vaccine)
VALUES ( '8ac65a1d-00fa-4425-8f4f-cb866c4bb057'
       , 'Convidecia'
       , '1ee3559a-ed64-4062-a10e-baeded624ae8'
       , '14f4b340-59c2-483f-b6c3-74199f446ee2'
       , true
       , true
       , '2022-08-16 09:00:00.000000'
       , false
       , false
       , true
       , 'abroad_only'
       , true
       , false
       , false
       , 'Convidecia'
       , 82
       , null);

INSERT INTO vaccines_covid_19_names ( id
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
                                    , api_platform_selectable
                                    , code
                                    , vaccine_order
                                    , analog_vaccine)
VALUES ( '8ac65a1d-00fa-4425-8f4f-cb866c4bc157'
       , 'Convidecia'
       , '1ee3559a-ed64-4062-a10e-baeded624ae8'
       , '14f4b340-59c2-483f-b6c3-74199f446ee2'
       , true
       , true
       , '2022-08-16 09:00:00.000000'
       , false
       , false
       , true
       , 'ch_and_abroad'
       , false
       , true
       , true
       , 'Convidecia'
       , 82
       , null);