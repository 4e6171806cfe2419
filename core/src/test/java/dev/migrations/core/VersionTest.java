package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    @ParameterizedTest
    @CsvSource({
        "1, 1",
        "1.2, 1.2",
        "1_2, 1.2",
        "1_2.3, 1.2.3",
        "001, 1",
        "1.02.003, 1.2.3",
        "0, 0",
        "000, 0",
        "0.0, 0",
        "1.0, 1",
        "1.0.0, 1",
        "1.0.1, 1.0.1",
        "2.0.10, 2.0.10",
        "20261124093000, 20261124093000",
        "123456789012345678901234567890, 123456789012345678901234567890"
    })
    void toStringIsTheCanonicalDottedForm(String text, String canonical) {
        assertThat(Version.parse(text)).hasToString(canonical);
    }

    @Test
    void leadingZerosSeparatorsAndTrailingZeroPartsDoNotChangeTheVersion() {
        Version one = Version.parse("1");
        for (String same : List.of("01", "1.0", "1_0", "001.000.0")) {
            Version other = Version.parse(same);
            assertThat(other).isEqualTo(one).hasSameHashCodeAs(one);
            assertThat(other.compareTo(one)).isZero();
        }
        assertThat(Version.parse("1_2")).isEqualTo(Version.parse("1.2"));
        assertThat(Version.parse("1.2")).isNotEqualTo(Version.parse("1.20")).isNotEqualTo(Version.parse("12"));
    }

    @Test
    void comparesNumericallyPartByPart() {
        List<String> expected =
                List.of("0", "0.1", "1", "1.0.1", "1.1", "1.2", "1.10", "2", "2.0.9", "2.0.10", "10", "20261124093000");
        List<Version> versions = new ArrayList<>();
        for (String text : expected) {
            versions.add(Version.parse(text));
        }
        Collections.reverse(versions);
        Collections.shuffle(versions, new java.util.Random(42));

        Collections.sort(versions);

        assertThat(versions).map(Version::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void comparesPartsLongerThanALong() {
        Version big = Version.parse("99999999999999999999");
        Version bigger = Version.parse("100000000000000000000");

        assertThat(big).isLessThan(bigger);
        assertThat(bigger).isGreaterThan(big);
        assertThat(Version.parse("1.99999999999999999999")).isLessThan(Version.parse("1.100000000000000000000"));
        assertThat(Version.parse("0099999999999999999999")).isEqualTo(big);
    }

    @Test
    void compareToIsConsistentInBothDirections() {
        Version shorter = Version.parse("1.2");
        Version longer = Version.parse("1.2.1");

        assertThat(shorter.compareTo(longer)).isNegative();
        assertThat(longer.compareTo(shorter)).isPositive();
        assertThat(Version.parse("1.10").compareTo(Version.parse("1.9"))).isPositive();
        assertThat(Version.parse("1.9").compareTo(Version.parse("1.10"))).isNegative();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "a", "v1", "1..2", ".1", "1.", "_1", "1_", "1-2", " 1", "1 ", "1a", "-1", "+1", "1,2", "١"})
    void rejectsTextThatIsNotAVersion(String text) {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Version.parse(text))
                .withMessage("Invalid version \"" + text
                        + "\": expected numbers separated by '.' or '_', for example 1, 1.2, 1_2 or 20261124093000");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Version.parse(null)).withMessage("text");
    }

    @Test
    void isNotEqualToOtherTypes() {
        assertThat(Version.parse("1")).isNotEqualTo("1").isNotEqualTo(null);
    }

    @org.junit.jupiter.api.Test
    void keepsTheVersionAsWrittenForTheHistoryAsFlywayDoes() {
        Version version = Version.parse("1_0_0");
        org.assertj.core.api.Assertions.assertThat(version.written()).isEqualTo("1.0.0");
        org.assertj.core.api.Assertions.assertThat(version.toString()).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(version).isEqualTo(Version.parse("1"));
    }
}
