package org.exokg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long each phase of a build took (wall time), in the order they ran, for the build's summary: a user
 * sees where the time goes beyond extraction and loading (reasoning, derived graphs, VoID, compaction).
 * Thread-safe: a phase may run on another thread than the one that reports.
 */
public final class BuildPhases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs {@code action} as phase {@code name} (times of a name run more than once are added). */
    public <T> T time(String name, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            add(name, System.nanoTime() - start);
        }
    }

    public void time(String name, Runnable action) {
        time(name, () -> {
            action.run();
            return null;
        });
    }

    public synchronized void add(String name, long elapsedNanos) {
        nanos.merge(name, elapsedNanos, Long::sum);
    }

    /** Seconds of phase {@code name}, or NaN if it did not run. */
    public synchronized double seconds(String name) {
        Long n = nanos.get(name);
        return n == null ? Double.NaN : n / 1e9;
    }

    public synchronized List<String> names() {
        return new ArrayList<>(nanos.keySet());
    }

    /**
     * One line: {@code build phases: documents and bulk load 16.6 s; reasoning 14.0 s (Jena rules 7.8 s, ...); ...}
     * (ScaleBenchmark reads it). A phase named {@code "parent: part"} is shown inside its parent's parentheses.
     */
    public synchronized String describe() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        nanos.forEach((name, n) -> {
            int colon = name.indexOf(": ");
            String parent = colon < 0 ? name : name.substring(0, colon);
            List<String> list = parts.computeIfAbsent(parent, k -> new ArrayList<>());
            if (colon >= 0) {
                list.add(String.format(Locale.ROOT, "%s %.1f s", name.substring(colon + 2), n / 1e9));
            }
        });
        List<String> shown = new ArrayList<>();
        parts.forEach((parent, inside) -> {
            Long n = nanos.get(parent);
            String own = n == null ? parent : String.format(Locale.ROOT, "%s %.1f s", parent, n / 1e9);
            shown.add(inside.isEmpty() ? own : own + " (" + String.join(", ", inside) + ")");
        });
        return "build phases: " + String.join("; ", shown);
    }
}
