package dev.migrations.cli;

import java.util.Map;
import picocli.CommandLine;

/** Colour only on a terminal (never in a pipe, a file or CI logs), and never when NO_COLOR is set. */
record Terminal(boolean colour) {

    static Terminal detect(Map<String, String> environment) {
        boolean tty = System.console() != null;
        boolean allowed = !environment.containsKey("NO_COLOR") && !"dumb".equals(environment.get("TERM"));
        return new Terminal(tty && allowed);
    }

    CommandLine.Help.Ansi ansi() {
        return colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }

    String red(String text) {
        return colour ? "\u001b[31m" + text + "\u001b[0m" : text;
    }

    String green(String text) {
        return colour ? "\u001b[32m" + text + "\u001b[0m" : text;
    }

    String yellow(String text) {
        return colour ? "\u001b[33m" + text + "\u001b[0m" : text;
    }
}
