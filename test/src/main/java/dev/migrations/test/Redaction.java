package dev.migrations.test;

/** Keeps passwords out of every message the kit prints. */
final class Redaction {

    private Redaction() {}

    static String url(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1******");
    }
}
