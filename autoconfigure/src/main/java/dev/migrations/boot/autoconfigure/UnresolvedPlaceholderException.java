package dev.migrations.boot.autoconfigure;

/**
 * Thrown before connecting when a connection property still holds a {@code ${...}} placeholder, so that the
 * application fails with an explanation rather than an authentication error.
 */
final class UnresolvedPlaceholderException extends IllegalStateException {

    private final transient ConnectionProperty property;

    private final String placeholder;

    UnresolvedPlaceholderException(ConnectionProperty property, String placeholder) {
        super("Property " + property.name() + " contains the unresolved placeholder " + placeholder);
        this.property = property;
        this.placeholder = placeholder;
    }

    ConnectionProperty property() {
        return this.property;
    }

    String placeholder() {
        return this.placeholder;
    }
}
