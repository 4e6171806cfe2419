insert into display_name_modification ( id
                                      , code
                                      , display
                                      , entity_type)
values ( 'de6e4c65-ae1f-85ec-4cd6-7ed62db56e9f'
       , 'BBIBP-CorV'
       , 'BBIBP-CorV / Covilo'
       , 'Vaccine');

insert into display_name_modification ( id
                                      , code
                                      , display
                                      , entity_type)
values ( '9f657e7e-840d-7067-33f2-0255f2a043a9'
       , 'Covaxin'
       , 'Covaxin (also known as BBV152 A, B, C)'
       , 'Vaccine');

insert into display_name_modification ( id
                                      , code
                                      , display
                                      , entity_type)
values ( '06dcb1b5-ad07-a0d2-e7d4-17b4df4e4fb2'
       , 'Covishield'
       , 'Covishield (ChAdOx1_nCoV-19)'
       , 'Vaccine');

insert into display_name_modification ( id
                                      , code
                                      , display
                                      , entity_type)
values ( '4c90b3b1-4c0d-8599-2679-5a198394b07e'
       , 'Covovax'
       , 'COVOVAX (Novavax formulation)'
       , 'Vaccine');

insert into display_name_modification ( id
                                      , code
                                      , display
                                      , entity_type)
values ( '0220d7dd-ffa8-7fe0-1ef4-9daa24f55c48'
       , 'EU/1/20/1525'
       , 'COVID-19 Vaccine Janssen'
       , 'Vaccine');
