package dev.migrations.schema;

/**
 * A function or procedure (not an aggregate) that no extension owns.
 *
 * @param schema the schema
 * @param name the name
 * @param arguments the identity arguments as {@code pg_get_function_identity_arguments} prints them
 * @param procedure whether it is a procedure
 * @param definition the {@code CREATE OR REPLACE} statement as {@code pg_get_functiondef} prints it
 * @param comment the comment, or {@code null}
 * @since 0.1.0
 */
public record Function(
        String schema, String name, String arguments, boolean procedure, String definition, String comment) {

    /** {@code schema.name(arguments)}, which identifies it among overloads. */
    public String signature() {
        return Names.qualified(schema, name) + "(" + arguments + ")";
    }
}
