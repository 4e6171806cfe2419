// Checks what the builds printed and left: files, the database's tables and history.
import org.postgresql.Driver

def connect = { String url -> new Driver().connect(url, new Properties()) }

def log = new File(basedir, 'build.log').text
def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not contain: ${text}")
    }
}
// 1: status fails the build while migrations are pending
expect('2 migration(s) pending in schema "public" (migrations.failIfPending)')
// 2: lint, sql, migrate, info, status, validate
expect('[INFO] 2 migration(s), 2 statement(s): 0 error(s), 0 warning(s), 0 suppressed')
def upgrade = new File(basedir, 'target/upgrade.sql').text
assert upgrade.startsWith('-- migrations dry run: upgrade schema "public"')
assert upgrade.contains('CREATE TABLE users') && upgrade.contains('ALTER TABLE users ADD COLUMN phone TEXT;')
expect('[INFO] Upgraded schema "public" from version << empty >> to 2: 2 migration(s) applied')
expect('[INFO] Version  State    Description')
expect('[INFO] 2        applied  add phone')
expect('[INFO] Schema "public" is at version 2: up to date')
expect('[INFO] Schema "public" is valid at version 2: 2 migration(s) checked.')
// 3: sql downgrade, downgrade
def downgrade = new File(basedir, 'target/downgrade.sql').text
assert downgrade.contains('ALTER TABLE users DROP COLUMN phone;') && downgrade.contains('DROP TABLE users;')
expect('[INFO] Downgraded schema "public" from version 2 to << empty >>: 2 migration(s) undone')
// 4: migrate to a target, downgrade to base
expect('[INFO] Upgraded schema "public" from version << empty >> to 1: 1 migration(s) applied')
expect('[INFO] Downgraded schema "public" from version 1 to << empty >>: 1 migration(s) undone')
// 5: new, baseline, repair
def created = new File(basedir, 'src/main/resources/db/migrations/V3__add_orders.sql')
assert created.text.contains('-- migrate:down')
expect('[INFO] Created src/main/resources/db/migrations/V3__add_orders.sql')
expect('[INFO] Baselined schema "legacy" at version 5')
expect('[INFO] Nothing to repair in schema "legacy".')

// every Maven goal of the commands table in docs/commands.md ran in one of the builds above, or (diff and check,
// which need compiled entities) in those of the autogenerate project, which the invoker runs first
def docs = new File(basedir, '../../../../docs/commands.md').text
def table = docs.substring(docs.indexOf('<!-- commands-table -->'), docs.indexOf('<!-- commands-table:end -->'))
def goals = (table =~ /mvn (?:-q )?migrations:([a-z]+)/).collect { it[1] }.unique()
assert goals.size() >= 11 : "the goals of the commands table: ${goals}"
def autogenerateLog = new File(basedir, '../autogenerate/build.log')
assert autogenerateLog.exists() : 'the autogenerate project ran before this one'
def autogenerate = autogenerateLog.text
goals.each { goal ->
    if (!log.contains(":${goal} (default-cli) @ lifecycle ---")
            && !autogenerate.contains(":${goal} (default-cli) @ autogenerate ---")) {
        throw new AssertionError("the goal ${goal} of the commands table ran in no build")
    }
}

def admin = System.getenv('MIGRATIONS_TEST_POSTGRES_URL')
def name = new File(basedir, 'database.txt').text.strip()
def url = admin.replaceFirst('^(jdbc:postgresql://[^/]+/)[^?]*', '$1' + name)
connect(url).withCloseable { c ->
    c.createStatement().withCloseable { s ->
        def rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'users'")
        rs.next()
        assert rs.getInt(1) == 0 : 'downgrade to base dropped users'
        rs = s.executeQuery('SELECT version FROM legacy.migrations_history')
        rs.next()
        assert rs.getString(1) == '5'
    }
}
connect(admin).withCloseable { c ->
    c.createStatement().withCloseable { s -> s.execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)".toString()) }
}
return true
