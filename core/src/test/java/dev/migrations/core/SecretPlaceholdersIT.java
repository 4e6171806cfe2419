package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret placeholder values never appear in what the engine prints: failure reports (summary, statement, the
 * server's own message, causes and their stack traces), the exception given to listeners, and dry runs.
 */
class SecretPlaceholdersIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    private static final String PASSWORD = "Hunter2-s3cret!";

    private static final String TOKEN = "tok-9f8e7d6c";

    @TempDir
    Path dir;

    @Test
    void aFailingCreateRoleDoesNotPrintThePassword() throws IOException {
        write("V1__role.sql", "CREATE ROLE app_secret_it LOGIN PASSWORD '${app_pw}' NOSUCHOPTION;\n");
        List<MigrationException> heard = new ArrayList<>();
        Migrator migrator = migrator("secret_role", Map.of("app_pw", PASSWORD), heard);
        MigrationException failure = failure(migrator::migrate);
        assertThat(failure.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
        assertThat(failure.statement()).isEqualTo("CREATE ROLE app_secret_it LOGIN PASSWORD '******' NOSUCHOPTION");
        assertThat(printed(failure)).doesNotContain(PASSWORD).contains("unrecognized role option \"nosuchoption\"");
        assertThat(heard).hasSize(1);
        assertThat(printed(heard.get(0))).doesNotContain(PASSWORD);
    }

    @Test
    void theServersOwnMessageIsMaskedToo() throws IOException {
        write("V1__token.sql", "SELECT '${api_token}'::int;\n");
        MigrationException failure = failure(migrator("secret_token", Map.of("api_token", TOKEN), null)::migrate);
        assertThat(failure.databaseError().message())
                .isEqualTo("ERROR: invalid input syntax for type integer: \"******\"");
        assertThat(failure.databaseError().sqlState()).isEqualTo("22P02");
        assertThat(printed(failure)).doesNotContain(TOKEN).contains("org.postgresql.util.PSQLException");
        assertThat(Failures.sqlCause(failure).getSQLState()).isEqualTo("22P02");
    }

    @Test
    void aDryRunShowsWhereTheSecretGoesButNotTheSecret() throws IOException {
        write("V1__role.sql", "CREATE ROLE app_dry LOGIN PASSWORD '${app_pw}' CONNECTION LIMIT ${limit};\n");
        String sql = migrator("secret_dry", Map.of("app_pw", PASSWORD, "limit", "5"), null)
                .dryRun();
        assertThat(sql).doesNotContain(PASSWORD).contains("PASSWORD '******' CONNECTION LIMIT 5;");
    }

    @Test
    void configuredNamesReplaceTheDefaultRule() throws IOException {
        write("V1__role.sql", "CREATE ROLE app_conf LOGIN PASSWORD '${db_login}' CONNECTION LIMIT ${token_limit};\n");
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema("secret_conf")
                        .placeholders(Map.of("db_login", PASSWORD, "token_limit", "7"))
                        .secretPlaceholders(List.of("DB_LOGIN"))
                        .build());
        assertThat(migrator.dryRun()).doesNotContain(PASSWORD).contains("PASSWORD '******' CONNECTION LIMIT 7;");
    }

    private Migrator migrator(String schema, Map<String, String> placeholders, List<MigrationException> heard) {
        MigrationsConfig.Builder builder = MigrationsConfig.builder()
                .locations("filesystem:" + dir)
                .schema(schema)
                .placeholders(placeholders);
        if (heard != null) {
            builder.listeners(List.of(new MigrationListener() {
                @Override
                public void migrationFailed(
                        MigrationInfo migration, Direction direction, Duration duration, MigrationException failure) {
                    heard.add(failure);
                }
            }));
        }
        return Migrator.create(db.dataSource(), builder.build());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static MigrationException failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        List<MigrationException> caught = new ArrayList<>();
        assertThatExceptionOfType(MigrationException.class).isThrownBy(call).satisfies(caught::add);
        return caught.get(0);
    }

    /** Everything a log shows of the exception: its message and the whole stack trace with causes. */
    private static String printed(Throwable ex) {
        StringWriter out = new StringWriter();
        ex.printStackTrace(new PrintWriter(out));
        return ex.getMessage() + "\n" + out;
    }
}
