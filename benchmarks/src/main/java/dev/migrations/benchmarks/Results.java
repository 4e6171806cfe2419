package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measurements by workload, N, engine and round; each one is also expressed as a ratio to plain JDBC measured in the
 * same round, so slow drifts of the machine (other load, a checkpoint) cancel out of the ratios.
 */
final class Results {

    /**
     * The workloads, in table order, with the ratio this project must stay under (0: no target). Values are
     * milliseconds except where the label names another unit.
     */
    enum Workload {
        W1_COLD("W1 cold apply (in-process)", 1.15),
        W2_WARM("W2 no-op, warm JVM", 1.3),
        W2_WARM_CPU("W2 no-op, warm JVM, CPU time of the JVM's threads", 0),
        W2_WARM_ALLOC("W2 no-op, warm JVM, heap allocated by the JVM's threads (MB, not ms)", 0, true),
        W2_FRESH("W2 no-op, fresh JVM (process wall time)", 1.5),
        W3_NOOP("W3 Boot app main → ready, no-op", 1.10),
        W3_COLD("W3 Boot app main → ready, cold", 0);

        final String label;
        final double target;

        /** Megabytes rather than milliseconds, shown with two decimals: a no-op at N = 100 allocates under 1 MB. */
        final boolean megabytes;

        Workload(String label, double target) {
            this(label, target, false);
        }

        Workload(String label, double target, boolean megabytes) {
            this.label = label;
            this.target = target;
            this.megabytes = megabytes;
        }
    }

    private record Key(Workload workload, int n, String engine) {}

    private final Map<Key, Map<Integer, Double>> millis = new LinkedHashMap<>();
    private final Map<Key, List<Double>> rssMib = new LinkedHashMap<>();

    void add(Workload workload, int n, String engine, int round, double ms) {
        millis.computeIfAbsent(new Key(workload, n, engine), (k) -> new LinkedHashMap<>())
                .put(round, ms);
    }

    void addRss(Workload workload, int n, String engine, double mib) {
        rssMib.computeIfAbsent(new Key(workload, n, engine), (k) -> new ArrayList<>())
                .add(mib);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int size = sorted.size();
        return (size % 2 == 1) ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    /** Per-round ratios of {@code engine} to the reference engine of the same workload and N. */
    private List<Double> ratios(Key key, String reference) {
        Map<Integer, Double> own = millis.get(key);
        Map<Integer, Double> base = millis.get(new Key(key.workload(), key.n(), reference));
        List<Double> ratios = new ArrayList<>();
        if (own == null || base == null) {
            return ratios;
        }
        own.forEach((round, ms) -> {
            Double b = base.get(round);
            if (b != null && b > 0) {
                ratios.add(ms / b);
            }
        });
        return ratios;
    }

    /** The Markdown table; {@code reference} is the plain-JDBC engine's label, {@code ours} this project's. */
    String table(String reference, String ours, List<String> engineOrder) {
        StringBuilder md = new StringBuilder();
        md.append("| Workload | N | Engine | Rounds | Median ms | Min ms | Max ms | × plain JDBC, median (min–max)"
                + " | Peak RSS MiB (median) | Target for migrations |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---|---:|---|\n");
        List<Map.Entry<Key, Map<Integer, Double>>> entries = new ArrayList<>(millis.entrySet());
        entries.sort(java.util.Comparator.comparing(
                        (Map.Entry<Key, Map<Integer, Double>> e) -> e.getKey().workload())
                .thenComparingInt((e) -> e.getKey().n())
                .thenComparingInt((e) -> engineOrder.indexOf(e.getKey().engine())));
        for (Map.Entry<Key, Map<Integer, Double>> entry : entries) {
            Key key = entry.getKey();
            List<Double> values = new ArrayList<>(entry.getValue().values());
            List<Double> ratios = ratios(key, reference);
            List<Double> rss = rssMib.get(key);
            String target = "";
            if (key.engine().equals(ours) && key.workload().target > 0 && !ratios.isEmpty()) {
                double r = median(ratios);
                target = String.format(
                        Locale.ROOT,
                        "≤ %.2f× — %s",
                        key.workload().target,
                        r <= key.workload().target ? "met" : "**missed**");
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d | %s | %s | %s | %s | %s | %s |\n",
                    key.workload().label,
                    key.n(),
                    key.engine().equals(ours) ? "**" + ours + "**" : key.engine(),
                    values.size(),
                    value(key.workload(), median(values)),
                    value(key.workload(), Collections.min(values)),
                    value(key.workload(), Collections.max(values)),
                    ratios.isEmpty()
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "%.2f (%.2f–%.2f)",
                                    median(ratios),
                                    Collections.min(ratios),
                                    Collections.max(ratios)),
                    (rss == null) ? "" : String.format(Locale.ROOT, "%.0f", median(rss)),
                    target));
        }
        return md.toString();
    }

    private static String value(Workload workload, double value) {
        return workload.megabytes ? String.format(Locale.ROOT, "%.2f", value) : ms(value);
    }

    private static String ms(double value) {
        return (value >= 100) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
