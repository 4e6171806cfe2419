alter table signing_information
    drop column key_identifier;
