package dev.migrations.core;

import org.jspecify.annotations.Nullable;

/**
 * One configured migration location, parsed: {@code classpath:<folder>}, {@code <folder>} (classpath too) or
 * {@code filesystem:<path>}, with {@code {vendor}} replaced by the database's vendor folder name.
 *
 * <p>It exists so that what a location string means (its prefix, its folder, the vendor folder) is decided in one
 * place, before and apart from how a folder or a jar is walked.
 *
 * @param text the location as written, stripped and with {@code {vendor}} replaced; errors name it
 * @param filesystem whether it is a {@code filesystem:} location (otherwise a classpath one)
 * @param folder the folder after the prefix; for a classpath location relative, without surrounding slashes
 */
record Location(String text, boolean filesystem, String folder) {

    static final String CLASSPATH = "classpath:";

    static final String FILESYSTEM = "filesystem:";

    private static final String VENDOR = "{vendor}";

    /**
     * Parses one entry of the configured locations.
     *
     * @param vendor the database vendor folder name such as {@code postgresql}, or {@code null} if unknown
     * @param names how errors name the locations option
     * @throws MigrationException when the entry is empty, names no folder, has an unsupported prefix, or uses
     *     {@code {vendor}} while the vendor is unknown
     */
    static Location parse(String location, @Nullable String vendor, OptionNames names) {
        String option = names.option(Option.LOCATIONS);
        String text = withVendor(location, vendor, option);
        if (text.startsWith(FILESYSTEM)) {
            return new Location(text, true, folderOf(text, FILESYSTEM, false, option));
        }
        if (text.startsWith(CLASSPATH)) {
            return new Location(text, false, folderOf(text, CLASSPATH, true, option));
        }
        if (text.indexOf(':') >= 0) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION,
                            "Migration location has an unsupported prefix \"" + text.substring(0, text.indexOf(':') + 1)
                                    + "\"")
                    .script(text)
                    .action("Use a supported prefix in " + option + ": classpath: (the default when there"
                            + " is no prefix) or filesystem:, for example classpath:db/migrations or"
                            + " filesystem:/opt/app/migrations.")
                    .build();
        }
        return new Location(text, false, folderOf(text, "", true, option));
    }

    private static String withVendor(String location, @Nullable String vendor, String option) {
        if (location == null || location.isBlank()) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location is empty")
                    .script(option)
                    .action("Remove the empty entry from " + option + " or write a folder such as"
                            + " classpath:db/migrations.")
                    .build();
        }
        String trimmed = location.strip();
        if (!trimmed.contains(VENDOR)) {
            return trimmed;
        }
        if (vendor == null || vendor.isBlank()) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION,
                            "Migration location uses {vendor} but the database vendor is not known")
                    .script(trimmed)
                    .action("Replace {vendor} in " + option + " with the vendor's folder name, for example"
                            + " classpath:db/migrations/postgresql.")
                    .build();
        }
        return trimmed.replace(VENDOR, vendor);
    }

    /** The folder after the prefix; classpath paths are relative, so surrounding slashes are dropped. */
    private static String folderOf(String location, String prefix, boolean classpath, String option) {
        String folder = location.substring(prefix.length()).strip();
        if (classpath) {
            folder = trimSlashes(folder);
        }
        if (folder.isEmpty()) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location names no folder")
                    .script(location)
                    .action("Write the folder to scan after the prefix in " + option + ", for example"
                            + " classpath:db/migrations.")
                    .build();
        }
        return folder;
    }

    static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /** The error for a classpath root (a folder or a jar) of this location that cannot be read. */
    static MigrationException unreadable(String where, String folder, Exception e) {
        return MigrationException.builder(
                        ErrorCode.INVALID_LOCATION, "Classpath location " + folder + " could not be read")
                .script(where)
                .action("Check that the jar or folder is readable and not corrupt.")
                .cause(e)
                .build();
    }
}
