package dev.migrations.test;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** The entity classes of the Spring context's persistence unit; only loaded when JPA is on the class path. */
final class SpringJpa {

    private SpringJpa() {}

    static List<Class<?>> entities(ApplicationContext context) {
        EntityManagerFactory factory =
                context.getBeanProvider(EntityManagerFactory.class).getIfAvailable();
        if (factory == null) {
            return List.of();
        }
        return factory.getMetamodel().getEntities().stream()
                .<Class<?>>map(EntityType::getJavaType)
                .toList();
    }
}
