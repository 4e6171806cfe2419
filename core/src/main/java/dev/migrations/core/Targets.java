package dev.migrations.core;

import java.util.Locale;

/** Symbolic target names, shared by migrate ("latest") and downgrade ("base"). */
final class Targets {

    static final String LATEST = "latest";

    static final String BASE = "base";

    private Targets() {}

    static boolean isSymbolic(String target) {
        String t = target.trim().toLowerCase(Locale.ROOT);
        return t.equals(LATEST) || t.equals("head") || t.equals(BASE);
    }

    static boolean isLatest(String target) {
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
}
