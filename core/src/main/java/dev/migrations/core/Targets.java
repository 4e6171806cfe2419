package dev.migrations.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Symbolic target names, shared by migrate ("latest") and downgrade ("base"). */
final class Targets {

    static final String LATEST = "latest";

    static final String BASE = "base";

    private Targets() {}

    static boolean isSymbolic(String target) {
        String t = target.trim().toLowerCase(Locale.ROOT);
        return t.equals(LATEST) || t.equals("head") || t.equals(BASE);
    }

    static boolean isLatest(@Nullable String target) {
        if (target == null) {
            return true;
        }
        String t = target.trim().toLowerCase(Locale.ROOT);
        return t.equals(LATEST) || t.equals("head");
    }

    static boolean isBase(String target) {
        String t = target.trim().toLowerCase(Locale.ROOT);
        return t.equals(BASE) || t.equals("0");
    }

    /** {@code target} as a version; not a version: {@link ErrorCode#UNKNOWN_TARGET}. */
    static Version parse(String target) {
        try {
            return Version.parse(target.trim());
        } catch (IllegalArgumentException ex) {
            throw MigrationException.builder(ErrorCode.UNKNOWN_TARGET, "Target '" + target + "' is not a version.")
                    .action("Use a version such as 3 or 1.2, 'latest' to migrate, or 'base' to downgrade all.")
                    .build();
        }
    }

    /** The version to migrate to ({@code null}: all), which must be local or applied in {@code plan}. */
    static @Nullable Version upgrade(@Nullable String target, Plan plan, OptionNames names) {
        if (target == null || isLatest(target)) {
            return null;
        }
        Version version = parse(target);
        if (!plan.isKnown(version)) {
            throw MigrationException.builder(
                            ErrorCode.UNKNOWN_TARGET,
                            "Target version " + target + " is neither a local migration nor applied.")
                    .action("Set " + names.option(Option.TARGET) + " to an existing version, or to 'latest'.")
                    .build();
        }
        return version;
    }
}
