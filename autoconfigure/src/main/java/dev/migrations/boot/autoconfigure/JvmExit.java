package dev.migrations.boot.autoconfigure;

/** Ends the JVM; a bean of this type replaces {@link System#exit(int)} in tests. */
@FunctionalInterface
interface JvmExit {

    void exit(int status);
}
