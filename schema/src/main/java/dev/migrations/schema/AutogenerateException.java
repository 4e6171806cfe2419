package dev.migrations.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure of autogenerate, with a stable code, what happened, the database's own message when there is one, and
 * what to do.
 *
 * <ul>
 *   <li>{@code MIG-100}: a scratch database could not be created on the server;
 *   <li>{@code MIG-101}: the desired schema could not be built (a statement of a schema file failed, the entities could
 *       not be exported, the database to compare with did not answer);
 *   <li>{@code MIG-102}: a rename hint names a table or column that does not exist.
 * </ul>
 *
 * @since 0.1.0
 */
public final class AutogenerateException extends RuntimeException {

    /**
     * Every code this module uses: a decade of its own, apart from the engine's {@code ErrorCode}s (a test keeps them
     * apart).
     */
    static final List<String> CODES = List.of("MIG-100", "MIG-101", "MIG-102");

    private final String code;

    private final String action;

    AutogenerateException(String code, String summary, String action, @Nullable Throwable cause) {
        super(code + " " + summary + "\n  Action:      " + action, cause);
        this.code = code;
        this.action = action;
    }

    /** The stable code, for example {@code MIG-101}. */
    public String code() {
        return code;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    static String databaseMessage(Throwable ex) {
        return ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
    }
}
