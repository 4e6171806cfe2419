package dev.migrations.boot.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.boot.autoconfigure.MigrationsAutoConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * JPA waits for the migrations, and Hibernate leaves the schema to them: on an embedded database Boot would otherwise
 * default to create-drop and replace the migrated table (and its row) with an empty one.
 */
class MigrationsJpaTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    MigrationsAutoConfiguration.class))
            .withUserConfiguration(Entities.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:jpa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "migrations.locations=classpath:db/jpa");

    @Test
    void hibernateStartsAfterTheMigrationsAndDoesNotManageTheSchema() {
        this.runner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeanFactory()
                            .getBeanDefinition("entityManagerFactory")
                            .getDependsOn())
                    .contains("migrationsInitializer");
            EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
            assertThat(factory.getProperties().get("hibernate.hbm2ddl.auto"))
                    .as("schema action (Boot leaves it unset when the schema is managed)")
                    .isIn(null, "none");
            EntityManager entityManager = factory.createEntityManager();
            try {
                assertThat(entityManager.find(Book.class, 1L).getTitle()).isEqualTo("Migrations first");
            } finally {
                entityManager.close();
            }
        });
    }

    @Test
    void withoutTheStarterBootWouldCreateAndDropTheEmbeddedSchema() {
        this.runner
                .withPropertyValues("migrations.enabled=false")
                .run((context) -> assertThat(
                                context.getBean(EntityManagerFactory.class).getProperties())
                        .containsEntry("hibernate.hbm2ddl.auto", "create-drop"));
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage
    static class Entities {}
}
