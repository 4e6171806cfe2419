package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import java.math.BigInteger;
import java.util.List;

/** Version arithmetic the kit needs: the engine's own rules (numeric parts, {@code _} as {@code .}, no zeros). */
final class Versions {

    private Versions() {}

    /** The version of a migration the kit works on: versioned ones only (it never lists repeatable migrations). */
    static String of(MigrationInfo migration) {
        String version = migration.version();
        if (version == null) {
            throw new IllegalStateException(
                    "The test kit works on versioned migrations, but " + migration.script() + " has no version.");
        }
        return version;
    }

    static int compare(String a, String b) {
        String[] left = a.trim().split("[._]");
        String[] right = b.trim().split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger l = (i < left.length) ? new BigInteger(left[i]) : BigInteger.ZERO;
            BigInteger r = (i < right.length) ? new BigInteger(right[i]) : BigInteger.ZERO;
            int c = l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** How many of {@code migrations} (in version order) are at or below {@code version}. */
    static int countUpTo(List<MigrationInfo> migrations, String version) {
        int count = 0;
        while (count < migrations.size() && compare(of(migrations.get(count)), version) <= 0) {
            count++;
        }
        return count;
    }

    /** How many of {@code migrations} are below {@code version}. */
    static int countBelow(List<MigrationInfo> migrations, String version) {
        int count = 0;
        while (count < migrations.size() && compare(of(migrations.get(count)), version) < 0) {
            count++;
        }
        return count;
    }

    static boolean valid(String version) {
        return version.trim().matches("[0-9]+([._][0-9]+)*");
    }
}
