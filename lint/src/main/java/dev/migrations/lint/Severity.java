package dev.migrations.lint;

/**
 * How much a finding matters: errors fail {@code migrations lint} (exit 1) and {@code migrations.lint=fail}.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The rule is switched off by configuration; no finding ever has it. */
    OFF,
    /** Worth a look; never fails a run. */
    WARNING,
    /** Fails {@code migrations lint} and a start with {@code migrations.lint=fail}. */
    ERROR;

    /** The lower-case name used in JSON, SARIF and configuration: {@code off}, {@code warning}, {@code error}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads {@code off}, {@code warning} (or {@code warn}) and {@code error}, in any case. */
    public static Severity parse(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "off" -> OFF;
            case "warn", "warning" -> WARNING;
            case "error" -> ERROR;
            default ->
                throw new IllegalArgumentException("Unknown lint severity '" + text + "': use off, warning or error");
        };
    }
}
