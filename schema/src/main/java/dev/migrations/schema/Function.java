package dev.migrations.schema;

import org.jspecify.annotations.Nullable;

/**
 * A function or procedure (not an aggregate) that no extension owns.
 *
 * @param schema the schema
 * @param name the name
 * @param arguments the identity arguments as {@code pg_get_function_identity_arguments} prints them
 * @param procedure whether it is a procedure
 * @param definition the {@code CREATE OR REPLACE} statement as {@code pg_get_functiondef} prints it
 * @param comment the comment, or {@code null}
 * @param fullArguments the arguments with their names and defaults, as {@code pg_get_function_arguments} prints them
 * @param result the return type as {@code pg_get_function_result} prints it ({@code null} for a procedure)
 * @param argumentTypes the input argument types alone, which is what PostgreSQL tells overloads apart by
 * @since 0.1.0
 */
public record Function(
        String schema,
        String name,
        String arguments,
        boolean procedure,
        String definition,
        @Nullable String comment,
        String fullArguments,
        @Nullable String result,
        String argumentTypes) {

    /**
     * Whether {@code CREATE OR REPLACE} cannot turn {@code old} into this: PostgreSQL refuses to change the return type
     * (OUT parameters included), to rename an input parameter or to remove a default, so it is dropped and created.
     */
    boolean needsRecreationFrom(Function old) {
        if (!old.signature().equals(signature())) {
            return true; // a parameter was renamed
        }
        return !java.util.Objects.equals(old.result(), result)
                || !old.fullArguments().equals(fullArguments);
    }

    /** Whether {@code other} is this function for PostgreSQL: same name, same input argument types. */
    boolean sameOverload(Function other) {
        return schema.equals(other.schema())
                && name.equals(other.name())
                && procedure == other.procedure()
                && argumentTypes.equals(other.argumentTypes());
    }

    /** {@code schema.name(arguments)}, which identifies it among overloads. */
    public String signature() {
        return Names.qualified(schema, name) + "(" + arguments + ")";
    }
}
