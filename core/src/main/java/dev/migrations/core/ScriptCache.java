package dev.migrations.core;

import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The migration files already read in this JVM, so that health probes, the endpoint, the command line's status and
 * every later run neither read, decode nor checksum a file that did not change. The locations are still listed at
 * every call (cheap), so an added, removed or edited file is seen: a file is known by where it is, its size and its
 * modification time ({@link Stamp}); a jar entry by its jar and name (a jar on the class path does not change while
 * the JVM runs) and its size and time.
 *
 * <p>A file modified less than {@link #RACY} before it is read is not remembered: it may still be being written, or
 * be edited again within its clock tick without its stamp changing (Git's "racily clean" files). Texts are held
 * softly: under memory pressure they are read again, never wrong.
 */
final class ScriptCache {

    /** The cache every scanner of this JVM shares. */
    static final ScriptCache SHARED = new ScriptCache();

    /** Beyond this many files (a test suite writing temporary folders), the cache starts over. */
    private static final int MAX_FILES = 50_000;

    /** How recently modified a file may be and still be remembered. */
    static final long RACY = TimeUnit.SECONDS.toNanos(2);

    private final Map<String, Entry> texts = new ConcurrentHashMap<>();

    /** Checksums by text; the text is the key, held weakly: once no migration holds it, its checksum goes. */
    private final Map<String, Integer> checksums = Collections.synchronizedMap(new WeakHashMap<>());

    private final AtomicLong reads = new AtomicLong();

    /** What each set of locations made last time, by the listing it was made from (held softly, like the texts). */
    private final Map<ScanKey, SoftReference<Scan>> scans = new ConcurrentHashMap<>();

    /** Beyond this many sets of locations, the scans start over. */
    private static final int MAX_SCANS = 64;

    /**
     * What tells an unchanged file from an edited one, besides its place.
     *
     * @param size the size in bytes
     * @param modified the modification time, in nanoseconds since the epoch
     */
    record Stamp(long size, long modified) {

        /** Modified within {@link #RACY} of now (or in the future): not to be trusted to tell an edit. */
        boolean racy() {
            long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
            return now - modified < RACY;
        }
    }

    private record Entry(Stamp stamp, Charset charset, SoftReference<String> text) {}

    /**
     * A file as a walk listed it: where it is and its stamp ({@link ListedFile} without the way to read it).
     *
     * @param location where users see it
     * @param origin the physical file
     * @param relative its path within its location
     * @param stamp its size and modification time
     */
    record Listed(
            String location,
            String origin,
            String relative,
            @Nullable Stamp stamp) {}

    /** Every file the locations listed, in listing order, and the charset scripts are read in by default. */
    record Listing(Charset encoding, List<Listed> files) {

        /** Field by field, without the generic record equality: this runs over every file at every call. */
        boolean matches(Listing other) {
            if (!encoding.equals(other.encoding) || files.size() != other.files.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                Listed mine = files.get(i);
                Listed theirs = other.files.get(i);
                if (!mine.origin().equals(theirs.origin())
                        || !mine.location().equals(theirs.location())
                        || !mine.relative().equals(theirs.relative())
                        || !same(mine.stamp(), theirs.stamp())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean same(@Nullable Stamp mine, @Nullable Stamp theirs) {
            return (mine == null || theirs == null)
                    ? mine == theirs
                    : mine.size() == theirs.size() && mine.modified() == theirs.modified();
        }
    }

    private record ScanKey(List<String> locations, @Nullable String vendor) {}

    private record Scan(Listing listing, MigrationScanner.Scanned scanned) {}

    /**
     * The text of the file at {@code origin}: the one read before when its stamp and charset are the same, else
     * {@code read}'s (which is remembered). A null {@code stamp} (nothing tells whether it changed) always reads.
     */
    String text(String origin, @Nullable Stamp stamp, Charset charset, Supplier<String> read) {
        if (stamp == null || stamp.racy()) {
            reads.incrementAndGet();
            return read.get();
        }
        Entry entry = texts.get(origin);
        if (entry != null && entry.stamp().equals(stamp) && entry.charset().equals(charset)) {
            String text = entry.text().get();
            if (text != null) {
                return text;
            }
        }
        reads.incrementAndGet();
        String text = read.get();
        if (texts.size() >= MAX_FILES) {
            texts.clear();
        }
        texts.put(origin, new Entry(stamp, charset, new SoftReference<>(text)));
        return text;
    }

    /** Whether the text of {@code origin} with {@code stamp} is known (in any charset). */
    boolean knows(String origin, Stamp stamp) {
        if (stamp.racy()) {
            return false;
        }
        Entry entry = texts.get(origin);
        return entry != null && entry.stamp().equals(stamp) && entry.text().get() != null;
    }

    /** {@code checksum} of {@code text}, computed once per text (the same text object is found without hashing it). */
    int checksum(String text, java.util.function.ToIntFunction<String> checksum) {
        Integer known = checksums.get(text);
        if (known != null) {
            return known;
        }
        int computed = checksum.applyAsInt(text);
        checksums.put(text, computed);
        return computed;
    }

    /**
     * What {@code locations} made last time, when they listed exactly {@code listing} then: the same files at the same
     * places with the same stamps make the same migrations (each file's text is the one {@link #text} would return).
     * A scan that failed was never remembered, so its error is raised again.
     */
    MigrationScanner.@Nullable Scanned scanned(List<String> locations, @Nullable String vendor, Listing listing) {
        SoftReference<Scan> known = scans.get(new ScanKey(locations, vendor));
        Scan scan = (known != null) ? known.get() : null;
        return (scan != null && scan.listing().matches(listing)) ? scan.scanned() : null;
    }

    /** Remembers what {@code locations} made from {@code listing}, every stamp of which tells an edit. */
    void remember(List<String> locations, @Nullable String vendor, Listing listing, MigrationScanner.Scanned scanned) {
        if (scans.size() >= MAX_SCANS) {
            scans.clear();
        }
        scans.put(new ScanKey(List.copyOf(locations), vendor), new SoftReference<>(new Scan(listing, scanned)));
    }

    /** How many files were read from disk or jar so far (for tests). */
    long reads() {
        return reads.get();
    }
}
