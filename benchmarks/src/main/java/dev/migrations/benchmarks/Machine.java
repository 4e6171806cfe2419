package dev.migrations.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the report says about the machine, and the class path handed to child JVMs. */
final class Machine {

    private Machine() {}

    /**
     * The harness's class path as a list of entries. Started with {@code java -jar}, that is the jar and the
     * {@code lib/} folder its manifest points at; the children get the {@code -children} jar, the same classes
     * without the manifest class path that would otherwise add every engine's jars back.
     */
    static List<String> classpath() throws IOException {
        List<String> entries =
                new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            Path jar = Path.of(entries.get(0)).toAbsolutePath();
            Path lib = jar.resolveSibling("lib");
            String name = jar.getFileName().toString();
            Path children = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-children.jar");
            if (!Files.exists(children)) {
                throw new IllegalStateException(
                        "Missing " + children + ": build with the command in docs/benchmarks.md");
            }
            entries.set(0, children.toString());
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    jars.filter((p) -> p.toString().endsWith(".jar"))
                            .sorted()
                            .forEach((p) -> entries.add(p.toString()));
                }
            }
        }
        return entries;
    }

    /** Whether a class path entry is the jar of {@code artifact} (file name {@code artifact-<version>.jar}). */
    static boolean isArtifact(String entry, String artifact) {
        String name = Path.of(entry).getFileName().toString();
        return name.startsWith(artifact + "-")
                && name.length() > artifact.length() + 1
                && Character.isDigit(name.charAt(artifact.length() + 1))
                && name.endsWith(".jar");
    }

    /** The class path without the jars that only the other engines need. */
    static List<String> classpathFor(List<String> classpath, Engine engine) {
        List<String> kept = new ArrayList<>();
        for (String entry : classpath) {
            boolean foreign = false;
            for (Engine other : Engine.values()) {
                if (other != engine && other.artifacts().stream().anyMatch((a) -> isArtifact(entry, a))) {
                    foreign = true;
                }
            }
            if (!foreign) {
                kept.add(entry);
            }
        }
        return kept;
    }

    static String versionOf(List<String> classpath, String artifact) {
        for (String entry : classpath) {
            if (isArtifact(entry, artifact)) {
                String name = Path.of(entry).getFileName().toString();
                return name.substring(artifact.length() + 1, name.length() - ".jar".length());
            }
        }
        return "unknown";
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException ex) {
            return "unknown";
        }
    }

    /** The 1-minute load average, or NaN. */
    static double load1() {
        try {
            return Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException ex) {
            return Double.NaN;
        }
    }

    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter((l) -> l.startsWith("model name"))
                    .map((l) -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException ex) {
            return "unknown";
        }
    }

    static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter((l) -> l.startsWith("MemTotal"))
                    .map((l) -> String.format(
                            Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException ex) {
            return "unknown";
        }
    }

    /** Peak resident set size (VmHWM) of a live process, in MiB. */
    static double peakRssMib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
