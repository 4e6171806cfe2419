package dev.migrations.lint;

import dev.migrations.core.MigrationScript;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a rule sees for one statement: the statement, its migration, the schema before it, and the settings. */
final class Context {

    final MigrationScript script;

    final List<Stmt> statements;

    final int index;

    final Stmt stmt;

    final Schema schema;

    final LintConfig config;

    /** Whether an explicit BEGIN is open at this statement (only possible in a no-transaction migration). */
    final boolean inExplicitTransaction;

    final List<Hit> hits = new ArrayList<>();

    record Hit(String message, @Nullable String table) {}

    Context(
            MigrationScript script,
            List<Stmt> statements,
            int index,
            Schema schema,
            LintConfig config,
            boolean inExplicitTransaction) {
        this.script = script;
        this.statements = statements;
        this.index = index;
        this.stmt = statements.get(index);
        this.schema = schema;
        this.config = config;
        this.inExplicitTransaction = inExplicitTransaction;
    }

    void report(String message, @Nullable String table) {
        hits.add(new Hit(message, table));
    }

    /** Whether the statement runs inside a transaction (the migration's, or an explicit BEGIN). */
    boolean inTransaction() {
        return script.transactional() || inExplicitTransaction;
    }

    boolean existing(@Nullable String table) {
        return schema.isExisting(table);
    }

    int version() {
        return config.serverVersion();
    }
}
