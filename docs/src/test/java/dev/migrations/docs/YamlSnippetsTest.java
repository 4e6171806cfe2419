package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.boot.autoconfigure.MigrationsMode;
import dev.migrations.boot.metrics.MigrationsMeters;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No stale property names: every {@code migrations.*} key of a {@code yaml} or {@code properties} block, and every
 * {@code migrations.*} name anywhere on a page (prose, commands, quoted messages), exists in the configuration
 * metadata (or is the name of a meter). YAML blocks must also be valid YAML.
 */
class YamlSnippetsTest {

    private static final Pattern NAME =
            Pattern.compile("(?<![\\w./${-])migrations\\.[a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)*");

    private final Set<String> names = Metadata.names();

    /** The names of the meters and observations ({@link MigrationsMeters}), which share the prefix. */
    private final Set<String> meters = meterNames();

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

    @Test
    void everyPropertyNamedOnAPageExists() {
        List<String> problems = new ArrayList<>();
        for (Path page : Markdown.pages()) {
            Matcher name = NAME.matcher(Markdown.read(page));
            while (name.find()) {
                String key = name.group().replaceAll("[.-]+$", "");
                if (key.endsWith(".md") || key.endsWith(".json") || key.endsWith(".sql")) {
                    continue;
                }
                if (!Metadata.exists(key, names) && !meters.contains(key)) {
                    problems.add(page.getFileName() + ": " + key);
                }
            }
        }
        assertThat(problems).as("unknown properties (known: " + names + ")").isEmpty();
    }

    /**
     * Every value given to {@code migrations.mode} on a page ({@code migrations.mode=x}, {@code --migrations.mode=x},
     * {@code MIGRATIONS_MODE=x}, {@code mode: x} under {@code migrations} in YAML) is a {@link MigrationsMode}, and the
     * table of Spring Boot modes in migrations.md lists every one of them.
     */
    @Test
    void everyModeNamedOnAPageExists() {
        Set<String> modes = new TreeSet<>();
        for (MigrationsMode mode : MigrationsMode.values()) {
            modes.add(mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        List<String> problems = new ArrayList<>();
        Pattern assignment = Pattern.compile("(?:migrations\\.mode|MIGRATIONS_MODE)=([a-zA-Z_-]+)");
        int named = 0;
        for (Path page : Markdown.pages()) {
            Matcher value = assignment.matcher(Markdown.read(page));
            while (value.find()) {
                named++;
                if (!modes.contains(value.group(1))) {
                    problems.add(page.getFileName() + ": " + value.group());
                }
            }
        }
        for (Markdown.Block block : Markdown.blocks("yaml")) {
            for (Object document : new Yaml().loadAll(block.content())) {
                if (document instanceof Map<?, ?> root
                        && root.get("migrations") instanceof Map<?, ?> migrations
                        && migrations.get("mode") != null) {
                    named++;
                    if (!modes.contains(String.valueOf(migrations.get("mode")))) {
                        problems.add(block.where() + ": mode: " + migrations.get("mode"));
                    }
                }
            }
        }
        assertThat(problems).as("unknown modes (known: " + modes + ")").isEmpty();
        assertThat(named).isPositive();

        String page = Markdown.read(Markdown.DOCS.resolve("migrations.md"));
        String section = page.substring(page.indexOf("\n## Spring Boot modes"));
        section =
                section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)`").matcher(section);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed)
                .as("the modes in the table of migrations.md#spring-boot-modes")
                .isEqualTo(modes);
    }

    private static Set<String> meterNames() {
        Set<String> meters = new TreeSet<>();
        for (Field field : MigrationsMeters.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.startsWith("migrations.")) {
                        meters.add(value);
                    }
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return meters;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
                if (key.equals("migrations.placeholders") || key.equals("migrations.lint-severity")) {
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
