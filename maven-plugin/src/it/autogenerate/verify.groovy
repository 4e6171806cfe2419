// Checks what the builds printed and the migration diff wrote.
import org.postgresql.Driver

def log = new File(basedir, 'build.log').text
def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not contain: ${text}")
    }
}
// 1: the compiled entity matches V1, and so does the schema file
expect('[INFO] Desired schema: 1 JPA entities of ')
expect('[INFO] no changes: the migrations build the desired schema')
expect(':check (from-schema) @ autogenerate ---')
// 2: the extra field fails the build, naming the column
expect('[ERROR] The migrations do not build the desired schema: 1 difference:')
expect('column public.customer.nickname: missing')
expect('Write the missing migration with: mvn migrations:diff -Dname=NAME')
// 3: diff writes V2, and check passes with it
expect('[INFO]   + add column public.customer.nickname')
expect('[INFO] Created src/main/resources/db/migrations/V2__add_nickname.sql')
def written = new File(basedir, 'src/main/resources/db/migrations/V2__add_nickname.sql').text
assert written.startsWith('ALTER TABLE public.customer ADD COLUMN nickname character varying(255);\n\n-- migrate:down\n') : written
assert written.contains('ALTER TABLE public.customer DROP COLUMN nickname;')
assert log.lastIndexOf('[INFO] no changes: the migrations build the desired schema') > log.indexOf('V2__add_nickname.sql')

def admin = System.getenv('MIGRATIONS_TEST_POSTGRES_URL')
new Driver().connect(admin, new Properties()).withCloseable { c ->
    c.createStatement().withCloseable { s ->
        def name = new File(basedir, 'database.txt').text.strip()
        s.execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)".toString())
    }
}
return true
