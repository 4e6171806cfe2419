package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The failure tests: what a call threw, asserted to be the engine's exception, so a test can read its parts. */
final class Thrown {

    private Thrown() {}

    static MigrationException failure(ThrowingCallable call) {
        List<MigrationException> caught = new ArrayList<>();
        assertThatExceptionOfType(MigrationException.class).isThrownBy(call).satisfies(caught::add);
        return caught.get(0);
    }
}
