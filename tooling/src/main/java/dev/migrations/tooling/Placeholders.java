package dev.migrations.tooling;

import java.util.Locale;
import java.util.function.Function;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:default}} in property values as Spring Boot does: from the other
 * properties, then from the environment (exact name, then the relaxed {@code NAME_WITH_UNDERSCORES} form). A placeholder
 * that nothing resolves is kept as it is, like Boot's binder does, so that
 * {@link dev.migrations.core.ConnectionSetting#check()} can explain it before anything connects.
 */
final class Placeholders {

    private static final int MAX_DEPTH = 10;

    private Placeholders() {}

    static String resolve(String value, Function<String, String> lookup) {
        return resolve(value, lookup, 0);
    }

    private static String resolve(String value, Function<String, String> lookup, int depth) {
        if (value == null || depth > MAX_DEPTH || !value.contains("${")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            int end = closing(value, start + 2);
            if (end < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            String inner = value.substring(start + 2, end);
            int colon = inner.indexOf(':');
            String name = (colon >= 0) ? inner.substring(0, colon) : inner;
            String found = lookup.apply(name);
            if (found == null) {
                found = lookup.apply(
                        name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""));
            }
            if (found != null) {
                out.append(resolve(found, lookup, depth + 1));
            } else if (colon >= 0) {
                out.append(resolve(inner.substring(colon + 1), lookup, depth + 1));
            } else {
                out.append(value, start, end + 1); // kept: Boot's binder keeps an unresolvable placeholder
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the brace closing a placeholder opened before {@code from}, nested placeholders skipped. */
    private static int closing(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
