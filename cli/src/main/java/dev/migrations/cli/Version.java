package dev.migrations.cli;

import picocli.CommandLine;

/** The version printed by {@code migrations --version}: the jar's own. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"migrations " + ((version != null) ? version : "(development build)")};
    }
}
