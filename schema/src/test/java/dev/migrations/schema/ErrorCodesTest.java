package dev.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every MIG code names one failure: autogenerate's codes are none of the engine's, and each one it uses is declared. */
class ErrorCodesTest {

    @Test
    void autogenerateCodesAreNotTheEnginesCodes() {
        List<String> engine =
                Arrays.stream(ErrorCode.values()).map(ErrorCode::id).toList();
        assertThat(engine).doesNotHaveDuplicates();
        assertThat(AutogenerateException.CODES).doesNotHaveDuplicates().doesNotContainAnyElementsOf(engine);
    }

    @Test
    void everyCodeTheModuleThrowsIsDeclared() throws IOException {
        Pattern code = Pattern.compile("\"(MIG-\\d{3})\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher used = code.matcher(Files.readString(source));
                while (used.find()) {
                    assertThat(AutogenerateException.CODES)
                            .as(source.toString())
                            .contains(used.group(1));
                }
            }
        }
    }
}
