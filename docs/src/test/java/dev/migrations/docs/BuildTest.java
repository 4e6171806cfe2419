package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the published artifacts consistent: every module that is deployed is in {@code migrations-bom}, and every
 * deployed module with Java sources ships a sources jar and a javadoc jar (doclint checked by the build).
 */
class BuildTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

    @Test
    void everyPublishedModuleIsInTheBomAndShipsSourcesAndJavadoc() {
        String bom = read(Markdown.ROOT.resolve("bom/pom.xml"));
        List<String> published = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            String pom = read(Markdown.ROOT.resolve(module).resolve("pom.xml"));
            Matcher artifact = ARTIFACT.matcher(pom);
            if (module.equals("bom") || pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                continue;
            }
            assertThat(artifact.find())
                    .as(module + " names its artifact after its parent")
                    .isTrue();
            String id = artifact.group(1);
            published.add(id);
            if (!bom.contains("<artifactId>" + id + "</artifactId>")) {
                problems.add(id + " is published but missing from bom/pom.xml");
            }
            if (Files.isDirectory(Markdown.ROOT.resolve(module).resolve("src/main/java"))
                    && !(pom.contains("<artifactId>maven-source-plugin</artifactId>")
                            && pom.contains("<artifactId>maven-javadoc-plugin</artifactId>"))) {
                problems.add(id + " is published with Java sources but does not declare the source and javadoc"
                        + " plugins in its build");
            }
        }
        assertThat(published).contains("migrations-core", "migrations-spring-boot", "migrations-spring-boot-starter");
        assertThat(problems).isEmpty();
    }

    @Test
    void nullAwayFailsTheBuildOnEveryNullMarkedPackageOfTheMainCode() {
        String root = read(Markdown.ROOT.resolve("pom.xml"));
        assertThat(root)
                .as("the root build runs NullAway as an error on @NullMarked code")
                .contains("-Xep:NullAway:ERROR")
                .contains("-XepOpt:NullAway:OnlyNullMarked=true");
        List<String> checked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (String module : modules()) {
            Path sources = Markdown.ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            checked.add(module);
            for (Path folder : packageFolders(sources)) {
                Path info = folder.resolve("package-info.java");
                if (!Files.isRegularFile(info) || !read(info).contains("@NullMarked")) {
                    unmarked.add(Markdown.ROOT.relativize(folder).toString());
                }
            }
        }
        assertThat(checked)
                .contains(
                        "core",
                        "schema",
                        "autoconfigure",
                        "tooling",
                        "cli",
                        "maven-plugin",
                        "sample-app",
                        "test",
                        "benchmarks",
                        "lint");
        assertThat(unmarked)
                .as("packages without a package-info.java annotated @NullMarked (NullAway does not check them)")
                .isEmpty();
    }

    /** The folders under {@code sources} that hold Java classes: the packages. */
    private static List<Path> packageFolders(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter((file) -> file.toString().endsWith(".java"))
                    .filter((file) -> !file.getFileName().toString().equals("package-info.java"))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(read(Markdown.ROOT.resolve("pom.xml")));
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
