package dev.migrations.cli;

import picocli.CommandLine.Option;

/** {@code --json}, taken by every read command: one JSON document on stdout instead of the table. */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON instead of a table")
    boolean json;
}
