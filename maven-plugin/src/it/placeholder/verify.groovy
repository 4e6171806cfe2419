// The build fails before connecting, with the same explanation Spring Boot's failure analyzer gives.
def log = new File(basedir, 'build.log').text
[
    'The property spring.datasource.password still contains the placeholder ${POSTGRES_PASSWORD}: Spring Boot found no property or environment variable named POSTGRES_PASSWORD',
    'Migrations did not try to connect.',
    'Action: Give POSTGRES_PASSWORD a value in the environment',
].each { text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not contain: ${text}")
    }
}
assert !log.contains('UnknownHost')
return true
