package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrations check} and {@code migrations diff} as a real process: check exits 1 naming the difference, diff
 * writes the next file, check then exits 0 and diff says "no changes". The work is Autogenerate's; these only translate.
 */
class CliAutogenerateIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path project;

    @Test
    void checkFailsDiffWritesTheMigrationThenCheckPasses() throws Exception {
        CliProcess.write(
                project,
                "src/main/resources/db/migrations/V1__users.sql",
                "CREATE TABLE users (id bigint PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        CliProcess.write(project, "db/schema.sql", "CREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n");
        Map<String, String> env = new HashMap<>();
        env.put("MIGRATIONS_URL", db.jdbcUrl());
        env.put("MIGRATIONS_USER", db.user());
        if (db.password() != null) {
            env.put("MIGRATIONS_PASSWORD", db.password());
        }

        CliProcess.Result failing = CliProcess.run(project, env, "check", "--from-schema", "db/schema.sql")
                .assertExit(1);
        assertThat(failing.out()).contains("1 difference:\n  column public.users.nickname: missing");

        CliProcess.Result diff = CliProcess.run(project, env, "diff", "add nickname", "--from-schema", "db/schema.sql")
                .assertExit(0);
        assertThat(diff.out())
                .isEqualTo("  + add column public.users.nickname\n"
                        + "src/main/resources/db/migrations/V2__add_nickname.sql\n");
        assertThat(Files.readString(project.resolve("src/main/resources/db/migrations/V2__add_nickname.sql")))
                .startsWith("ALTER TABLE public.users ADD COLUMN nickname text;\n\n-- migrate:down\n");

        CliProcess.run(project, env, "check", "--from-schema", "db/schema.sql").assertExit(0);
        assertThat(CliProcess.run(project, env, "diff", "again", "--from-schema", "db/schema.sql")
                        .assertExit(0)
                        .out())
                .isEqualTo("no changes\n");
    }

    @Test
    void entitiesOfACompiledFolderAreTheDesiredSchema() throws Exception {
        CliProcess.write(
                project,
                "src/main/resources/db/migrations/V1__customer.sql",
                "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(255) NOT NULL);\n"
                        + "-- migrate:down\nDROP TABLE customer;\n");
        compile("com/example/shop/Customer.java", """
                package com.example.shop;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Customer {
                    @Id
                    private Long id;

                    @Column(nullable = false)
                    private String email;

                    private String nickname;
                }
                """);
        Map<String, String> env = env();

        CliProcess.Result failing = CliProcess.run(
                        project, env, "check", "--from-entities", "--classpath", "build/classes")
                .assertExit(1);
        assertThat(failing.out()).contains("1 difference:\n  column public.customer.nickname: missing");
        // Hibernate's banner (version, connection, JTA) is not printed; the engine's lines about the scratch database
        // are
        assertThat(failing.err()).doesNotContain("HHH", "Hibernate").contains("Applied version 1");

        CliProcess.Result diff = CliProcess.run(
                        project,
                        env,
                        "diff",
                        "add nickname",
                        "--from-entities=com.example.shop",
                        "--classpath",
                        "build/classes")
                .assertExit(0);
        assertThat(diff.out())
                .isEqualTo("  + add column public.customer.nickname\n"
                        + "src/main/resources/db/migrations/V2__add_nickname.sql\n");
        assertThat(diff.err()).doesNotContain("HHH", "Hibernate");
        assertThat(Files.readString(project.resolve("src/main/resources/db/migrations/V2__add_nickname.sql")))
                .startsWith("ALTER TABLE public.customer ADD COLUMN nickname character varying(255);\n\n"
                        + "-- migrate:down\n");

        CliProcess.run(project, env, "check", "--from-entities", "--classpath", "build/classes")
                .assertExit(0);
    }

    /** Compiles a source file into build/classes of the project, as the project's build would. */
    private void compile(String file, String source) throws Exception {
        Path sources = project.resolve("src/main/java");
        Path path = CliProcess.write(sources, file, source);
        Path classes = Files.createDirectories(project.resolve("build/classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(
                null,
                null,
                null,
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                path.toString());
        assertThat(exit).as("javac of " + file).isZero();
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MIGRATIONS_URL", db.jdbcUrl());
        env.put("MIGRATIONS_USER", db.user());
        if (db.password() != null) {
            env.put("MIGRATIONS_PASSWORD", db.password());
        }
        return env;
    }
}
