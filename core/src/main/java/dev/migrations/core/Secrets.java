package dev.migrations.core;

import java.util.regex.Pattern;

/**
 * Hides passwords in connection URLs before they reach a log, a failure report or a terminal. Shared by every surface
 * (Boot failure analyzers, command line, Maven plugin), so none of them can print a password another would hide.
 *
 * @since 0.1.0
 */
public final class Secrets {

    /** What a hidden password is shown as. */
    public static final String MASK = "******";

    // password=... as a query parameter (jdbc:postgresql://h/db?user=u&password=p) or a ;-separated property
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("((?i:password|pwd|sslpassword)=)[^&;\\s]*");

    // user:password@ in an authority (postgres://u:p@h/db)
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/@:?#\\s]*:)[^@/?#\\s]*@");

    private Secrets() {}

    /** {@code url} (or any text holding URLs) with every password replaced by {@value #MASK}. */
    public static String maskUrl(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USERINFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
