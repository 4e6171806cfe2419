INSERT INTO vaccines_covid_19_names (id, display, prophylaxis, auth_holder, active, ch_issuable, modified_at,
                                     swiss_medic, emea, who_eul, issuable, web_ui_selectable, api_gateway_selectable,
                                     api_platform_selectable, code, vaccine_order)
VALUES ('2dc3feef-95d8-4e6f-930c-69300e22e6f0', 'NVX-CoV2373 (also known as Nuvaxovid)',
        '1ee3559a-ed64-4062-a10e-baeded624ae8',
        'ed9c2a60-4b8e-4b1c-9370-d4df32786086', true, true, '2022-01-14 12:00:00.000000', false, true, false,
        'abroad_only', true, false, false, 'EU/1/21/1618', 45);

INSERT INTO vaccines_covid_19_names (id, display, prophylaxis, auth_holder, active, ch_issuable, modified_at,
                                     swiss_medic, emea, who_eul, issuable, web_ui_selectable, api_gateway_selectable,
                                     api_platform_selectable, code, vaccine_order)
VALUES ('2dc3feef-95d8-4e6f-930c-69300e22e7f0', 'NVX-CoV2373 (also known as Nuvaxovid)',
        '1ee3559a-ed64-4062-a10e-baeded624ae8',
        '279ad11e-f040-442d-8e97-1262423e3e0b', true, true, '2022-01-14 12:00:00.000000', false, true, false,
        'ch_and_abroad', false, true, true, 'EU/1/21/1618', 45);

INSERT INTO vaccines_covid_19_names (id, display, prophylaxis, auth_holder, active, ch_issuable, modified_at,
                                     swiss_medic, emea, who_eul, issuable, web_ui_selectable, api_gateway_selectable,
                                     api_platform_selectable, code, vaccine_order, analog_vaccine)
VALUES ('2dc3feef-95d8-4e6f-930c-69300e33e6f0', 'COVOVAX (Novavax formulation)', '1ee3559a-ed64-4062-a10e-baeded624ae8',
        '279ad11e-f040-442d-8e97-1262423e3e0b', true, true, '2022-01-14 12:00:00.000000', false, false, true,
        'abroad_only', true, false, false, 'COVOVAX', 55, 'EU/1/21/1618');

INSERT INTO vaccines_covid_19_names (id, display, prophylaxis, auth_holder, active, ch_issuable, modified_at,
                                     swiss_medic, emea, who_eul, issuable, web_ui_selectable, api_gateway_selectable,
                                     api_platform_selectable, code, vaccine_order, analog_vaccine)
VALUES ('2dc3feef-95d8-4e6f-930c-69300e33f7f0', 'COVOVAX (Novavax formulation)', '1ee3559a-ed64-4062-a10e-baeded624ae8',
        'dd5d6ced-0156-4f0c-a49a-db9b71906133', true, true, '2022-01-14 12:00:00.000000', false, false, true,
        'ch_and_abroad', false, true, true, 'COVOVAX', 55, 'EU/1/21/1618');
