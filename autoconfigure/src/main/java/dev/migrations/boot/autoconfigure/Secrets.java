package dev.migrations.boot.autoconfigure;

import java.util.regex.Pattern;

/** Hides passwords in connection URLs before they reach a log or a failure report. */
final class Secrets {

    static final String MASK = "******";

    // password=... as a query parameter (jdbc:postgresql://h/db?user=u&password=p) or a ;-separated property
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("((?i:password|pwd|sslpassword)=)[^&;\\s]*");

    // user:password@ in an authority (postgres://u:p@h/db)
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/@:?#\\s]*:)[^@/?#\\s]*@");

    private Secrets() {}

    /** {@code url} with every password replaced by {@value #MASK}. */
    static String maskUrl(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USERINFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
