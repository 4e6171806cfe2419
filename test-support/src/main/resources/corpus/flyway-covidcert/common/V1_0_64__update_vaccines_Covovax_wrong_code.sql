update signing_information
set code = 'Covovax'
where id = '20b46fb3-0251-4763-9bea-6a141ef3e07e';
