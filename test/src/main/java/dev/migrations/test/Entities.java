package dev.migrations.test;

import dev.migrations.schema.EntitySchema;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.schema.SchemaDiff;
import dev.migrations.schema.SchemaMigration;
import dev.migrations.schema.SchemaSnapshot;
import dev.migrations.schema.ScratchServer;
import java.sql.SQLException;
import java.util.List;

/**
 * Entities match migrations (pytest-alembic's {@code test_model_definitions_match_ddl}): the schema Hibernate exports
 * for the JPA entities, with Spring Boot's naming, compared with the schema every migration builds (the cached head
 * template). On a difference, the message names each one and shows the migration autogenerate would write.
 */
final class Entities {

    private Entities() {}

    /** Whether JPA (and Hibernate, which exports the entities' schema) is on the class path. */
    static boolean present() {
        try {
            ClassLoader loader = Entities.class.getClassLoader();
            Class.forName("jakarta.persistence.Entity", false, loader);
            Class.forName("org.hibernate.cfg.AvailableSettings", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** Worded for entities (expected) against migrations (actual). */
    static String describe(SchemaComparison comparison) {
        StringBuilder text = new StringBuilder();
        for (var difference : comparison.differences()) {
            String description = switch (difference.description()) {
                case "missing" -> "needed by the entities, not built by the migrations";
                case "unexpected" -> "built by the migrations, not in the entities";
                default -> difference.description().replace(", expected ", " in the migrations, ") + " in the entities";
            };
            text.append(difference.object()).append(": ").append(description).append('\n');
        }
        return text.toString();
    }

    static void check(MigrationsKit kit, List<Class<?>> entities) {
        List<?> migrations = kit.migrations();
        String database = kit.cloneAt(migrations.size());
        try {
            SchemaSnapshot built = Differences.snapshot(kit, database);
            Server server = kit.server();
            SchemaSnapshot wanted;
            try {
                wanted = EntitySchema.of(entities)
                        .snapshot(
                                new ScratchServer(server.url(database), server.user(), server.password()),
                                dev.migrations.schema.SnapshotOptions.defaults()
                                        .excludingTables(kit.config().table()));
            } catch (SQLException ex) {
                throw new IllegalStateException("Could not export the entities' schema: " + ex.getMessage(), ex);
            }
            SchemaComparison comparison = SchemaComparison.of(wanted, built);
            if (comparison.equal()) {
                return;
            }
            SchemaMigration next = SchemaDiff.between(built, wanted);
            throw MigrationAssertionError.builder(
                            "entities",
                            "the schema the migrations build differs from the one the " + entities.size()
                                    + " JPA entities need in "
                                    + comparison.differences().size() + " place(s).")
                    .difference(describe(comparison))
                    .statement(next.render())
                    .action("Add a migration with the statements above (migrations diff writes it), or change the"
                            + " entities to match.")
                    .build();
        } finally {
            kit.release(database);
        }
    }
}
