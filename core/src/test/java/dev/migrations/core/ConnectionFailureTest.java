package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The classification table of failed connection attempts, as every surface reads it. */
class ConnectionFailureTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(
                        new SQLException("FATAL: password authentication failed", "28P01"),
                        ConnectionFailure.AUTHENTICATION),
                Arguments.of(
                        new SQLException("FATAL: no pg_hba.conf entry", "28000"), ConnectionFailure.AUTHENTICATION),
                Arguments.of(
                        new SQLException("FATAL: database \"x\" does not exist", "3D000"),
                        ConnectionFailure.UNKNOWN_DATABASE),
                Arguments.of(
                        new SQLException(
                                "The connection attempt failed.", "08001", new UnknownHostException("db.invalid")),
                        ConnectionFailure.UNKNOWN_HOST),
                Arguments.of(
                        new SQLException(
                                "Connection to 127.0.0.1:1 refused.",
                                "08001",
                                new ConnectException("Connection refused")),
                        ConnectionFailure.REFUSED),
                Arguments.of(
                        new SQLException(
                                "The connection attempt failed.",
                                "08001",
                                new NoRouteToHostException("No route to host")),
                        ConnectionFailure.REFUSED),
                Arguments.of(new SQLException("Connection to db:5432 refused.", "08001"), ConnectionFailure.REFUSED),
                Arguments.of(
                        new SQLException(
                                "The connection attempt failed.",
                                "08001",
                                new SocketTimeoutException("connect timed out")),
                        ConnectionFailure.TIMEOUT),
                Arguments.of(new SQLException("The connection attempt failed.", "08001"), ConnectionFailure.OTHER),
                Arguments.of(new IllegalStateException("pool closed"), ConnectionFailure.OTHER));
    }

    @ParameterizedTest
    @MethodSource("table")
    void classifiesOnceAndCarriesItOnTheException(Throwable thrown, ConnectionFailure expected) {
        assertThat(ConnectionFailure.of(thrown)).isEqualTo(expected);
        MigrationException ex = Connections.classify(thrown);
        assertThat(ex.code()).isEqualTo(ErrorCode.CONNECTION_FAILED);
        assertThat(ex.connectionFailure()).isEqualTo(expected);
        assertThat(ex.summary()).startsWith(expected.summary());
        assertThat(ex.action()).isEqualTo(expected.action());
    }

    @Test
    void onlyWhatPassesWithTimeIsWorthWaitingFor() {
        assertThat(Stream.of(ConnectionFailure.values()).filter((f) -> !f.retryable()))
                .containsExactlyInAnyOrder(
                        ConnectionFailure.AUTHENTICATION,
                        ConnectionFailure.UNKNOWN_DATABASE,
                        ConnectionFailure.INTERRUPTED);
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() {
        DataSource silent = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Thread.sleep(60_000);
                    return null;
                });
        MigrationException ex = (MigrationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Connections.open(silent, Duration.ofMillis(200), OptionNames.ENGINE));
        assertThat(ex.connectionFailure()).isEqualTo(ConnectionFailure.TIMEOUT);
        assertThat(ex.masked((text) -> text, ex).connectionFailure()).isEqualTo(ConnectionFailure.TIMEOUT);
    }

    @Test
    void waitingGivesUpAtOnceOnAWrongPassword() {
        DataSource refusing = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("FATAL: password authentication failed", "28P01");
                });
        long start = System.nanoTime();
        MigrationException ex = (MigrationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DatabaseWait.until(refusing, Duration.ofSeconds(30)));
        assertThat(ex.connectionFailure()).isEqualTo(ConnectionFailure.AUTHENTICATION);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
