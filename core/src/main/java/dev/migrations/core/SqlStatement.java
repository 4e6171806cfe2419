package dev.migrations.core;

/** TEMPORARY stand-in; replaced by the full implementation. */
record SqlStatement(String sql, int line, boolean nonTransactional) {}
