package dev.migrations.core;

import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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
     * The text of the file at {@code origin}: the one read before when its stamp and charset are the same, else
     * {@code read}'s (which is remembered). A null {@code stamp} (nothing tells whether it changed) always reads.
     */
    String text(String origin, Stamp stamp, Charset charset, Supplier<String> read) {
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

    /** How many files were read from disk or jar so far (for tests). */
    long reads() {
        return reads.get();
    }
}
