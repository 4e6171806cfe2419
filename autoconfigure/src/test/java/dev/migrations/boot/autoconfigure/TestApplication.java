package dev.migrations.boot.autoconfigure;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A whole Spring Boot application, for the tests against a real PostgreSQL server. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {

    /** Properties that connect the application to {@code db}. */
    static List<String> connectedTo(PostgresTestDatabase db) {
        List<String> properties = new ArrayList<>();
        properties.add("spring.datasource.url=" + db.jdbcUrl());
        properties.add("spring.datasource.username=" + db.user());
        if (db.password() != null) {
            properties.add("spring.datasource.password=" + db.password());
        }
        return properties;
    }

    static SpringApplicationBuilder builder(WebApplicationType type, List<String> properties) {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(type)
                .properties(properties.toArray(String[]::new))
                .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false");
    }
}
