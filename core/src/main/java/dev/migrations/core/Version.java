package dev.migrations.core;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A migration version such as {@code 1}, {@code 1.2} (also written {@code 1_2}), {@code 2.0.10} or
 * {@code 20261124093000}. Versions compare numerically part by part, so {@code 1.10} comes after {@code 1.2}, and
 * leading zeros and trailing zero parts carry no meaning: {@code 01}, {@code 1.0} and {@code 1} are the same version.
 */
final class Version implements Comparable<Version> {

    /**
     * Digits of each part without leading zeros, trailing zero parts dropped (at least one part). Kept as strings,
     * not numbers, so that parts of any length (timestamps and beyond {@code long}) compare exactly without
     * allocating a {@code BigInteger} per comparison: for such strings, longer means bigger.
     */
    private final String[] parts;

    /** The canonical text; equal versions have equal text, so it also serves for equals and hashCode. */
    private final String text;

    /** The text as written, {@code _} shown as {@code .}: what Flyway records in the history's version column. */
    private final String written;

    private Version(String[] parts, String written) {
        this.parts = parts;
        this.text = (parts.length == 1) ? parts[0] : String.join(".", parts);
        this.written = written;
    }

    /**
     * The version as written in the file name, {@code _} replaced by {@code .} (for example {@code 1.0.0} for
     * {@code V1_0_0__init.sql}, where {@link #toString()} is {@code 1}): what Flyway writes to the history, so that
     * rows written by either tool are the same.
     */
    String written() {
        return written;
    }

    /**
     * Parses numeric parts separated by {@code .} or {@code _}.
     *
     * @throws IllegalArgumentException when {@code text} is not such a version
     */
    static Version parse(String text) {
        Objects.requireNonNull(text, "text");
        // Two plain passes (count, then cut) instead of a growing list: this runs for every file and history row at
        // every start, mostly before the JIT has compiled anything.
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '_') {
                count++;
            } else if (c < '0' || c > '9') {
                // ASCII digits only: Character.isDigit would accept other scripts' digits.
                throw invalid(text);
            }
        }
        String[] parts = new String[count];
        int start = 0;
        int part = 0;
        for (int i = 0; i <= text.length(); i++) {
            // The end of the text closes the last part like a separator does.
            char c = (i < text.length()) ? text.charAt(i) : '.';
            if (c == '.' || c == '_') {
                if (i == start) {
                    throw invalid(text); // empty part: "", ".1", "1..2", "1."
                }
                parts[part++] = withoutLeadingZeros(text, start, i);
                start = i + 1;
            }
        }
        int size = count;
        while (size > 1 && parts[size - 1].equals("0")) {
            size--;
        }
        return new Version((size == count) ? parts : Arrays.copyOf(parts, size), text.replace('_', '.'));
    }

    private static String withoutLeadingZeros(String text, int start, int end) {
        int first = start;
        while (first < end - 1 && text.charAt(first) == '0') {
            first++;
        }
        return text.substring(first, end);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("Invalid version \"" + text
                + "\": expected numbers separated by '.' or '_', for example 1, 1.2, 1_2 or 20261124093000");
    }

    @Override
    public int compareTo(Version other) {
        int common = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < common; i++) {
            String mine = parts[i];
            String theirs = other.parts[i];
            if (mine.length() != theirs.length()) {
                return Integer.compare(mine.length(), theirs.length());
            }
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        // Trailing zero parts were dropped, so the longer version has a non-zero part more: it is the bigger one.
        return Integer.compare(parts.length, other.parts.length);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof Version version) && Arrays.equals(parts, version.parts);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The canonical dotted form: {@code 1_2} is {@code 1.2}, {@code 001} is {@code 1}, {@code 1.0} is {@code 1}. */
    @Override
    public String toString() {
        return text;
    }
}
