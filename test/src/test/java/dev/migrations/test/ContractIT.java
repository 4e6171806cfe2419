package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** What a user writes: the contract's tests, plus a data test, against the server found in a static field. */
@MigrationsTest(locations = "classpath:kit/good", lint = true)
class ContractIT implements MigrationsContract {

    static final TestServer server = new TestServer();

    /** How a project leaves one of the contract's tests out; EntitiesAndSafetyIT covers this one. */
    @Override
    @Test
    @Disabled("these migrations have no entities; EntitiesAndSafetyIT compares entities")
    public void entitiesMatchMigrations(MigrationsKit kit) {}

    @Test
    void splitsNamesWithTheirData(TestDatabase db) {
        db.migrateTo("2")
                .sql("INSERT INTO users (name, email) VALUES (?, ?)", "Ada Lovelace", "ada@example.com")
                .sql("INSERT INTO users (name) VALUES (?)", "Plato")
                .migrateUp();

        assertThat(db.currentVersion()).isEqualTo("3");
        assertThat(db.query("SELECT first_name, last_name FROM users ORDER BY id"))
                .containsExactly(
                        Map.of("first_name", "Ada", "last_name", "Lovelace"),
                        mapWithNull("first_name", "Plato", "last_name"));

        db.migrateDown();
        assertThat(db.query("SELECT name FROM users ORDER BY id"))
                .extracting((row) -> row.get("name"))
                .containsExactly("Ada Lovelace", "Plato");
    }

    @Test
    void startsEachTestWithItsOwnDatabase(TestDatabase db, MigrationsKit kit) {
        assertThat(db.currentVersion()).isNull();
        db.migrateToHead();
        assertThat(db.currentVersion()).isEqualTo("3");
        assertThat(kit.migrations()).extracting((m) -> m.version()).isEqualTo(List.of("1", "2", "3"));
    }

    private static Map<String, Object> mapWithNull(String key, Object value, String nullKey) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(key, value);
        map.put(nullKey, null);
        return map;
    }
}
