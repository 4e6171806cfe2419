package dev.migrations.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the documentation pages: their fenced code blocks and the generated sections between marker comments. */
public final class Markdown {

    /** The folder holding this module's pom and the Markdown pages (the tests run with it as working directory). */
    public static final Path DOCS = Path.of("").toAbsolutePath();

    /** The repository root. */
    public static final Path ROOT = DOCS.getParent();

    private Markdown() {}

    /** Every page of the documentation, {@code docs/*.md}, sorted by name. */
    public static List<Path> pages() {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter((p) -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A fenced code block.
     *
     * @param page the file
     * @param line 1-based line of the opening fence
     * @param language the info string (for example {@code sql}), {@code ""} when none
     * @param content the lines between the fences, each ending with a line break
     * @param marker the text of an HTML comment {@code <!-- ... -->} on the line right above the fence, or {@code null}
     * @param heading the nearest heading above the block, without its {@code #} signs
     */
    public record Block(Path page, int line, String language, String content, String marker, String heading) {

        public String where() {
            return page.getFileName() + ":" + line;
        }
    }

    /** The fenced blocks of {@code page}, in order. */
    public static List<Block> blocks(Path page) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = read(page).split("\n", -1);
        String heading = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "").strip();
            }
            if (!line.startsWith("```")) {
                continue;
            }
            String language = line.substring(3).strip();
            String marker = null;
            if (i > 0
                    && lines[i - 1].strip().startsWith("<!--")
                    && lines[i - 1].strip().endsWith("-->")) {
                String comment = lines[i - 1].strip();
                marker = comment.substring(4, comment.length() - 3).strip();
            }
            StringBuilder content = new StringBuilder();
            int start = i;
            i++;
            while (i < lines.length && !lines[i].startsWith("```")) {
                content.append(lines[i]).append('\n');
                i++;
            }
            if (i >= lines.length) {
                throw new AssertionError(page.getFileName() + ":" + (start + 1) + ": unclosed code block");
            }
            blocks.add(new Block(page, start + 1, language, content.toString(), marker, heading));
        }
        return blocks;
    }

    /** The fenced blocks of every page in the given languages. */
    public static List<Block> blocks(String... languages) {
        List<String> wanted = List.of(languages);
        return pages().stream()
                .flatMap((page) -> blocks(page).stream())
                .filter((block) -> wanted.contains(block.language()))
                .toList();
    }

    /** The text between {@code <!-- name:start -->} and {@code <!-- name:end -->} (exclusive, lines included). */
    public static String section(Path page, String name) {
        String text = read(page);
        int[] range = range(text, name, page);
        return text.substring(range[0], range[1]);
    }

    /** Replaces that text. */
    public static void replaceSection(Path page, String name, String content) {
        String text = read(page);
        int[] range = range(text, name, page);
        try {
            Files.writeString(
                    page, text.substring(0, range[0]) + content + text.substring(range[1]), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int[] range(String text, String name, Path page) {
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError(page.getFileName() + " has no section between " + start.strip() + " and " + end);
        }
        return new int[] {from + start.length(), to};
    }

    /**
     * A quoted message as a pattern: literal, except that {@code …} stands for any text within one line (times,
     * checksums, process ids, names and paths that differ between runs).
     */
    public static Pattern pattern(String quoted) {
        StringBuilder regex = new StringBuilder();
        for (String part : quoted.split("…", -1)) {
            if (regex.length() > 0) {
                regex.append("[^\\n]*?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether the build asked to rewrite generated sections instead of checking them. */
    public static boolean update() {
        return Boolean.getBoolean("migrations.docs.update");
    }
}
