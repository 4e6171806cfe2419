package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine names its own options in its messages, unless a surface installs its spelling. */
class OptionNamesTest {

    @Test
    void byDefaultAnOptionIsNamedByTheBuilderMethodThatSetsIt() {
        Set<String> builderMethods = Arrays.stream(MigrationsConfig.Builder.class.getMethods())
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        for (Option option : EnumSet.complementOf(EnumSet.of(Option.URL))) {
            assertThat(OptionNames.ENGINE.option(option)).isEqualTo(option.engineName());
            assertThat(builderMethods).as("a builder method for %s", option).contains(option.engineName());
        }
        assertThat(MigrationsConfig.builder().build().optionNames()).isSameAs(OptionNames.ENGINE);
        assertThat(OptionNames.ENGINE.setting(Option.OUT_OF_ORDER, "true")).isEqualTo("outOfOrder=true");
        assertThat(OptionNames.ENGINE.command(OptionNames.Command.REPAIR)).isEqualTo("Migrator.repair()");
    }

    @Test
    void kebabNamesAreThePropertySpelling() {
        assertThat(Option.LOCK_TIMEOUT_RETRY_DELAY.kebabName()).isEqualTo("lock-timeout-retry-delay");
        assertThat(Option.OUT_OF_ORDER.kebabName()).isEqualTo("out-of-order");
        assertThat(Option.URL.kebabName()).isEqualTo("url");
    }

    @Test
    void anInvalidValueIsReportedUnderTheEngineNameOrTheSurfaceName() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationsConfig.builder()
                        .lockWaitTimeout(Duration.ofSeconds(-1))
                        .build())
                .withMessageStartingWith("MIG-070 Invalid value 'PT-1S' for option lockWaitTimeout.");
        OptionNames surface = new OptionNames() {
            @Override
            public String option(Option option) {
                return "--" + option.kebabName();
            }

            @Override
            public String command(Command command) {
                return "tool " + command.name().toLowerCase(java.util.Locale.ROOT);
            }
        };
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationsConfig.builder()
                        .optionNames(surface)
                        .lockWaitTimeout(Duration.ofSeconds(-1))
                        .build())
                .withMessageStartingWith("MIG-070 Invalid value 'PT-1S' for option --lock-wait-timeout.");
        MigrationsConfig kept = MigrationsConfig.builder().optionNames(surface).build();
        assertThat(kept.toBuilder().build().optionNames()).isSameAs(surface);
    }
}
