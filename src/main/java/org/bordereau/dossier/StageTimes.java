package org.bordereau.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * How long each stage of one build took, for the one log line per build an operator reads when a
 * dossier is slow ("convert 41 ms, front matter 180 ms, …"). A stage timed twice (one per volume,
 * one per front matter pass) adds up. Not thread-safe: one per build.
 */
final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage running since the previous lap (or since creation). */
    void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        counts.merge(stage, 1, Integer::sum);
        last = now;
    }

    long totalMillis() {
        return TimeUnit.NANOSECONDS.toMillis(nanos.values().stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        nanos.forEach((stage, n) -> {
            int times = counts.get(stage);
            out.add(stage + (times > 1 ? " ×" + times : "") + " " + TimeUnit.NANOSECONDS.toMillis(n) + " ms");
        });
        return out.toString();
    }
}
