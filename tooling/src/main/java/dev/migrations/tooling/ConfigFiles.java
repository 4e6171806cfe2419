package dev.migrations.tooling;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a Spring Boot {@code application.yml} or {@code application.properties} into flat property names without
 * starting Spring: nested YAML keys joined with dots, lists as {@code key[0]}, and the YAML documents that
 * {@code spring.config.activate.on-profile} limits to another profile left out.
 */
final class ConfigFiles {

    private static final String ON_PROFILE = "spring.config.activate.on-profile";

    private ConfigFiles() {}

    /** The properties of {@code file} that apply when {@code profile} (may be null) is active. */
    static Map<String, String> read(Path file, @Nullable String profile) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".properties")) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> flat = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach((key) -> flat.put(key, properties.getProperty(key)));
                return flat;
            }
            Map<String, String> flat = new LinkedHashMap<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                    Map<String, String> one = new LinkedHashMap<>();
                    flatten("", document, one);
                    String only = one.get(ON_PROFILE);
                    if (only == null
                            || (profile != null
                                    && List.of(only.split("\\s*,\\s*")).contains(profile))) {
                        flat.putAll(one);
                    }
                }
            }
            return flat;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("Cannot parse " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                flatten(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), flat);
            }
        } else if (value instanceof List<?> list) {
            List<String> simple = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
                simple.add(String.valueOf(list.get(i)));
            }
            flat.put(prefix, String.join(",", simple)); // Boot also binds a list from comma-separated text
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, (value != null) ? String.valueOf(value) : "");
        }
    }
}
