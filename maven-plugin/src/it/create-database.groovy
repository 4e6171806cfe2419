// Creates this build's database on the test server and writes the project's application.yml pointing at it: the
// goals read their connection from there, as they would in a real project. Shared by the projects that need a
// database: each one's setup.groovy evaluates this file (itDirectory is a script variable of the invoker's
// configuration), with the project's own binding (basedir).
import org.postgresql.Driver

def admin = System.getenv('MIGRATIONS_TEST_POSTGRES_URL')
if (!admin) {
    throw new IllegalStateException('Set MIGRATIONS_TEST_POSTGRES_URL to an admin JDBC URL (bash .ci/run does)')
}
// a random name, so that builds of other checkouts on the same server cannot drop it under this one
def name = 'mig_maven_it_' + basedir.name + '_' + Long.toHexString(new Random().nextLong() & 0xffffffffL)
new File(basedir, 'database.txt').text = name
new Driver().connect(admin, new Properties()).withCloseable { c ->
    c.createStatement().withCloseable { s ->
        s.execute("DROP DATABASE IF EXISTS ${name} WITH (FORCE)".toString())
        s.execute("CREATE DATABASE ${name}".toString())
    }
}
def url = admin.replaceFirst('^(jdbc:postgresql://[^/]+/)[^?]*', '$1' + name)
new File(basedir, 'src/main/resources/application.yml').text = """\
spring:
  datasource:
    url: ${url}
"""
return true
