package dev.migrations.schema;

/**
 * The order in which a migration's statements run, so that nothing is created before what it depends on and nothing
 * is dropped while something still depends on it: views and foreign keys go first and come back last, tables are
 * created before their keys, and what tables used (sequences, types, extensions, schemas) is dropped at the end.
 */
enum Phase {
    DROP_TRIGGERS,
    DROP_VIEWS,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_TABLES,
    /** Functions whose return type or parameters change, and types PostgreSQL cannot alter: dropped, then created. */
    DROP_REPLACED_FUNCTIONS,
    DROP_REPLACED_TYPES,
    CREATE_SCHEMAS,
    CREATE_EXTENSIONS,
    CREATE_TYPES,
    RECREATE_ENUMS,
    CREATE_FUNCTIONS,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ALTER_COLUMNS,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS,
    SEQUENCE_OPTIONS,
    CREATE_VIEWS,
    CREATE_VIEW_INDEXES,
    CREATE_TRIGGERS,
    COMMENTS,
    DROP_SEQUENCES,
    DROP_FUNCTIONS,
    DROP_USER_TYPES,
    DROP_TYPES,
    DROP_EXTENSIONS,
    DROP_SCHEMAS
}
