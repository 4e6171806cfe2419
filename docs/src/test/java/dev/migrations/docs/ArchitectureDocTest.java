package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps architecture.md true: every class it names exists in the repository (or is Spring Boot's, named here). */
class ArchitectureDocTest {

    private static final Path PAGE = Markdown.DOCS.resolve("architecture.md");

    /** Spring Boot's own types that the page names. */
    private static final Set<String> SPRING_BOOT = Set.of("JdbcConnectionDetails", "PropertyMapper");

    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)`");

    @Test
    void everyClassNamedExists() {
        Set<String> sources = sourceFileNames();
        Matcher name = CLASS_NAME.matcher(Markdown.read(PAGE));
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        while (name.find()) {
            String type = name.group(1);
            named.add(type);
            if (!sources.contains(type) && !SPRING_BOOT.contains(type)) {
                missing.add(type);
            }
        }
        assertThat(named).as("classes named by architecture.md").hasSizeGreaterThan(30);
        assertThat(new TreeSet<>(missing))
                .as("classes named by architecture.md that do not exist")
                .isEmpty();
    }

    private static Set<String> sourceFileNames() {
        try (Stream<Path> files = Files.walk(Markdown.ROOT, 14)) {
            return files.filter((p) ->
                            p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                    .map((p) -> p.getFileName().toString().replace(".java", ""))
                    .collect(Collectors.toSet());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
