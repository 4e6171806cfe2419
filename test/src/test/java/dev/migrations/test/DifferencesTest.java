package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.schema.SchemaDifference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {

    @Test
    void wordsEachDifferenceForTheCheckAndShowsAWholeTableOnce() {
        List<SchemaDifference> differences = List.of(
                new SchemaDifference("column public.audit.id", "unexpected"),
                new SchemaDifference("column public.users.email", "type is text, expected character varying(320)"),
                new SchemaDifference("column public.users.nickname", "unexpected"),
                new SchemaDifference("constraint public.audit.audit_pkey", "unexpected"),
                new SchemaDifference("index public.users_name", "missing"),
                new SchemaDifference("table public.audit", "unexpected"));

        assertThat(Differences.describe(differences, "the down", "before the up"))
                .isEqualTo("column public.users.email: type is text after the down, was character varying(320)"
                        + " before the up\n"
                        + "column public.users.nickname: left by the down (not there before the up)\n"
                        + "index public.users_name: gone after the down (there before the up)\n"
                        + "table public.audit: left by the down (not there before the up)\n");
    }

    @Test
    void keepCoversTheObjectAndWhatIsInsideIt() {
        MigrationsKit kit = MigrationsKit.builder()
                .url("jdbc:postgresql://localhost/app")
                .keep("table public.audit", "extension pgcrypto")
                .build();
        assertThat(NoTrace.kept(kit, new SchemaDifference("table public.audit", "unexpected")))
                .isTrue();
        assertThat(NoTrace.kept(kit, new SchemaDifference("column public.audit.id", "unexpected")))
                .isTrue();
        assertThat(NoTrace.kept(kit, new SchemaDifference("extension pgcrypto", "unexpected")))
                .isTrue();
        assertThat(NoTrace.kept(kit, new SchemaDifference("table public.audit_log", "unexpected")))
                .isFalse();
        assertThat(NoTrace.kept(kit, new SchemaDifference("extension ltree", "unexpected")))
                .isFalse();
    }

    @Test
    void aDifferencesNameLeavesOutItsKindOfOneOrTwoWords() {
        assertThat(Differences.name("column public.users.email")).isEqualTo("public.users.email");
        assertThat(Differences.name("composite type public.address")).isEqualTo("public.address");
        assertThat(Differences.name("range type public.during")).isEqualTo("public.during");
        assertThat(Differences.name("extension pgcrypto")).isEqualTo("pgcrypto");
    }

    @Test
    void theObjectAnErrorNamesIsFoundByItsNameAndTable() {
        MigrationException error = MigrationException.builder(ErrorCode.MIGRATION_FAILED, "failed")
                .databaseError(new MigrationException.DatabaseError(
                        "42703",
                        "ERROR: column \"email\" of relation \"users\" does not exist\n  Where: \"other\"",
                        null,
                        null,
                        0))
                .build();
        List<String> named = Rollback.named(error);
        assertThat(named).containsExactly("email", "users");
        assertThat(Rollback.names(new SchemaDifference("column public.users.email", "missing"), named))
                .isTrue();
        assertThat(Rollback.names(new SchemaDifference("column public.accounts.email", "missing"), named))
                .isFalse();
        assertThat(Rollback.names(new SchemaDifference("index public.email", "missing"), named))
                .isTrue();
        assertThat(Rollback.parts("constraint public.\"Users\".\"a.b\"\"c\""))
                .containsExactly("public", "Users", "a.b\"c");
        assertThat(Rollback.parts("function public.f(integer)")).containsExactly("public", "f");
        assertThat(Rollback.named(MigrationException.builder(ErrorCode.MIGRATION_FAILED, "no database error")
                        .build()))
                .isEmpty();
    }
}
