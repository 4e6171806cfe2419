package dev.migrations.schema;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The schema a set of JPA entities wants: Hibernate (the version of the Spring Boot BOM) exports it into a scratch
 * database, with Spring Boot's naming strategies unless others are given, and the catalog is read from there.
 *
 * @param entities the entity classes
 * @param settings Hibernate settings, for example {@code hibernate.physical_naming_strategy}; the defaults are Spring
 *     Boot's naming strategies ({@code CamelCaseToUnderscoresNamingStrategy} and Boot's implicit strategy)
 * @since 0.1.0
 */
public record EntitySchema(List<Class<?>> entities, Map<String, Object> settings) implements DesiredSchema {

    /** Spring Boot's default physical naming strategy (camel case to snake case). */
    public static final String BOOT_PHYSICAL_NAMING =
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    public EntitySchema {
        entities = List.copyOf(entities);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The given entity classes with Spring Boot's naming. */
    public static EntitySchema of(List<Class<?>> entities) {
        return new EntitySchema(entities, Map.of());
    }

    /** Every {@code @Entity} class in {@code packages} (and their subpackages) that {@code loader} sees. */
    public static EntitySchema scan(ClassLoader loader, List<String> packages) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : packages) {
            for (String className : classNames(loader, name)) {
                try {
                    Class<?> type = Class.forName(className, false, loader);
                    if (isEntity(type)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError ex) {
                    // a class that cannot load is no entity Hibernate could export either
                }
            }
        }
        return of(found);
    }

    /**
     * Every {@code @Entity} class in {@code roots}, class folders (a build's output directory) or jars, loaded by
     * {@code loader} (which must see them and what they refer to): for a project whose packages are not named.
     */
    public static EntitySchema scanClassPath(ClassLoader loader, List<Path> roots) {
        List<Class<?>> found = new ArrayList<>();
        for (Path root : roots) {
            List<String> names = new ArrayList<>();
            try {
                if (Files.isDirectory(root)) {
                    folderClasses(root, "", names);
                } else if (Files.isRegularFile(root)) {
                    try (JarFile jar = new JarFile(root.toFile())) {
                        jarClasses(jar, "", names);
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            names.stream()
                    .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info"))
                    .forEach(n -> {
                        try {
                            Class<?> type = Class.forName(n, false, loader);
                            if (isEntity(type)) {
                                found.add(type);
                            }
                        } catch (ClassNotFoundException | LinkageError ex) {
                            // a class that cannot load is no entity Hibernate could export either
                        }
                    });
        }
        return of(found);
    }

    /** These entities with one more Hibernate setting (a naming strategy, a dialect option). */
    public EntitySchema with(String key, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(key, value);
        return new EntitySchema(entities, all);
    }

    @Override
    public SchemaSnapshot snapshot(ScratchServer server, SnapshotOptions options) throws SQLException {
        if (entities.isEmpty()) {
            throw new AutogenerateException(
                    "MIG-101",
                    "No JPA entities found",
                    "Compile the application first, and name the packages that hold its @Entity classes.",
                    null);
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            export(scratch);
            try (Connection connection = scratch.getConnection()) {
                return SchemaSnapshot.read(connection, options);
            }
        }
    }

    private void export(ScratchDatabase scratch) {
        // Hibernate loads what the mapping names (converters, types, generators) through the context class loader:
        // the entities' loader sees the project's classes, which the caller's (a plugin's, a tool's) may not
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader entityLoader = entities.get(0).getClassLoader();
        if (entityLoader != null) {
            thread.setContextClassLoader(entityLoader);
        }
        try {
            exportWithHibernate(scratch);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void exportWithHibernate(ScratchDatabase scratch) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                // the scratch database as a data source: no connection pool of Hibernate's (and no warning about it)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, scratch)
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, BOOT_PHYSICAL_NAMING)
                .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new BootImplicitNamingStrategy())
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create")
                // a statement the export cannot run is a failure, not a log line
                .applySetting(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true")
                .applySetting(AvailableSettings.SHOW_SQL, "false");
        settings.forEach(builder::applySetting);
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                // building the session factory ran the export
            }
        } catch (RuntimeException ex) {
            throw new AutogenerateException(
                    "MIG-101",
                    "Hibernate could not export the schema of the entities: "
                            + AutogenerateException.databaseMessage(ex),
                    "Fix the mapping Hibernate names; the application would fail to start with it too.",
                    ex);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static boolean isEntity(Class<?> type) {
        for (var annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.persistence.Entity")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> classNames(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    folderClasses(Path.of(root.toURI()), packageName + ".", names);
                } else if ("jar".equals(root.getProtocol())) {
                    jarClasses(((JarURLConnection) root.openConnection()).getJarFile(), path + "/", names);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException(ex);
        }
        return names;
    }

    private static void folderClasses(Path dir, String prefix, List<String> names) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> prefix + dir.relativize(p).toString().replace(File.separatorChar, '.'))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
        }
    }

    private static void jarClasses(JarFile jar, String prefix, List<String> names) {
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(prefix) && name.endsWith(".class") && !name.startsWith("META-INF/")) {
                names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
    }

    @Override
    public String describe() {
        return entities.size() + " JPA entities";
    }
}
