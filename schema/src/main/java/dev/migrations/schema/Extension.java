package dev.migrations.schema;

/**
 * An installed extension. Its version is recorded but not compared: the server decides which versions exist.
 *
 * @param name the extension's name
 * @param schema the schema its objects live in
 * @param version the installed version
 * @since 0.1.0
 */
public record Extension(String name, String schema, String version) {}
