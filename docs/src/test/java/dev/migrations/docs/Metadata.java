package dev.migrations.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code migrations.*} properties, from the configuration metadata of {@code migrations-spring-boot}. */
public final class Metadata {

    private static final String RESOURCE = "META-INF/spring-configuration-metadata.json";

    /**
     * One property.
     *
     * @param defaultValue the default as the metadata gives it (a string, number, boolean or list), or {@code null}
     */
    public record Property(String name, String type, String description, JsonNode defaultValue) {}

    private Metadata() {}

    /** The properties, sorted by name; empty when the Spring Boot module is not on the test classpath. */
    public static List<Property> properties() {
        List<Property> properties = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            Enumeration<URL> resources = Metadata.class.getClassLoader().getResources(RESOURCE);
            while (resources.hasMoreElements()) {
                try (InputStream in = resources.nextElement().openStream()) {
                    JsonNode root = json.readTree(in);
                    for (JsonNode property : root.path("properties")) {
                        String name = property.path("name").asString();
                        if (name.startsWith("migrations.")) {
                            properties.add(new Property(
                                    name,
                                    property.path("type").asString(""),
                                    property.path("description").asString(""),
                                    property.has("defaultValue") ? property.get("defaultValue") : null));
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        return properties;
    }

    /**
     * The names a {@code migrations.*} key may have: from the metadata when it is on the classpath, otherwise derived
     * from the engine's options ({@code MigrationsConfig.Builder}) plus the starter's own properties.
     */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        properties().forEach((property) -> names.add(property.name()));
        if (!names.isEmpty()) {
            return names;
        }
        try {
            Class<?> builder = Class.forName("dev.migrations.core.MigrationsConfig$Builder");
            for (Method method : builder.getMethods()) {
                if (method.getReturnType() == builder
                        && !method.getName().startsWith("java")
                        && !method.getName().startsWith("listener")
                        && !method.getName().equals("classLoader")
                        && !method.getName().equals("placeholder")) {
                    names.add("migrations." + kebab(method.getName()));
                }
            }
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
        for (String boot :
                List.of("enabled", "mode", "dry-run", "url", "user", "password", "endpoint.write-operations-enabled")) {
            names.add("migrations." + boot);
        }
        return names;
    }

    /** Whether {@code key} is a property or an entry of a map property such as {@code migrations.placeholders}. */
    public static boolean exists(String key, Set<String> names) {
        return names.contains(key)
                || key.startsWith("migrations.placeholders.")
                || key.startsWith("migrations.lint-severity."); // map properties: any key below them
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
