package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No stale property names: every {@code migrations.*} key of a {@code yaml} or {@code properties} block, and every
 * {@code migrations.*} name anywhere on a page (prose, commands, quoted messages), exists in the configuration
 * metadata. YAML blocks must also be valid YAML.
 */
class YamlSnippetsTest {

    private static final Pattern NAME =
            Pattern.compile("(?<![\\w./${-])migrations\\.[a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)*");

    private final Set<String> names = Metadata.names();

    @Test
    void everyKeyOfAYamlOrPropertiesBlockExists() {
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (Markdown.Block block : Markdown.blocks("yaml", "properties")) {
            List<String> found = new ArrayList<>();
            if (block.language().equals("yaml")) {
                for (Object document : new Yaml().loadAll(block.content())) {
                    flatten("", document, found);
                }
            } else {
                for (String line : block.content().split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        found.add(line.substring(0, line.indexOf('=')).strip());
                    }
                }
            }
            for (String key : found) {
                if (key.startsWith("migrations.")) {
                    keys++;
                    if (!Metadata.exists(key, names)) {
                        problems.add(block.where() + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).as("unknown properties (known: " + names + ")").isEmpty();
        assertThat(keys).isPositive();
    }

    /** Meter and observation names share the prefix but are not properties (they are checked by the meter table). */
    private static final java.util.Set<String> METERS = meterNames();

    private static java.util.Set<String> meterNames() {
        java.util.Set<String> meters = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : dev.migrations.boot.metrics.MigrationsMeters.class.getFields()) {
            if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    meters.add((String) field.get(null));
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return meters;
    }

    @Test
    void everyPropertyNamedOnAPageExists() {
        List<String> problems = new ArrayList<>();
        for (Path page : Markdown.pages()) {
            Matcher name = NAME.matcher(Markdown.read(page));
            while (name.find()) {
                String key = name.group().replaceAll("[.-]+$", "");
                if (key.endsWith(".md") || key.endsWith(".json") || key.endsWith(".sql") || METERS.contains(key)) {
                    continue;
                }
                if (!Metadata.exists(key, names)) {
                    problems.add(page.getFileName() + ": " + key);
                }
            }
        }
        assertThat(problems).as("unknown properties (known: " + names + ")").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
                if (key.equals("migrations.placeholders")) {
                    keys.add(key);
                    continue;
                }
                flatten(key, entry.getValue(), keys);
            }
        } else if (node instanceof List<?> list) {
            if (!prefix.isEmpty() && list.stream().noneMatch((e) -> e instanceof Map)) {
                keys.add(prefix);
            }
            for (Object element : list) {
                if (element instanceof Map || element instanceof List) {
                    flatten(prefix, element, keys);
                } else if (element instanceof String text) {
                    Matcher arg =
                            Pattern.compile("^--(migrations\\.[a-z0-9.-]+)=").matcher(text);
                    if (arg.find()) {
                        keys.add(arg.group(1));
                    }
                }
            }
        } else if (!prefix.isEmpty()) {
            keys.add(prefix);
        }
    }
}
