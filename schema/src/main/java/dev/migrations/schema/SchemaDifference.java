package dev.migrations.schema;

/**
 * One way in which an actual schema differs from the expected one.
 *
 * @param object the object, with its kind and qualified name, for example {@code column public.users.email}
 * @param description what differs, for example {@code type is text, expected character varying(320)}, or
 *     {@code missing} (expected, not found) or {@code unexpected} (found, not expected)
 * @since 0.1.0
 */
public record SchemaDifference(String object, String description) {

    /** {@code object: description}. */
    @Override
    public String toString() {
        return object + ": " + description;
    }
}
