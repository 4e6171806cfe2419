ALTER TABLE signing_information
    ALTER COLUMN certificate_alias TYPE VARCHAR(50);
