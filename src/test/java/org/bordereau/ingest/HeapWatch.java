package org.bordereau.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How much heap stays live while a stream is staged: each sample forces a full collection first, so
 * streaming buffers do not count but a buffer holding the whole body would. Samples are taken at
 * milestones of the stream (deterministic), as storage's HeapProbe does.
 */
final class HeapWatch {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private long peak;
    private int samples;

    HeapWatch() {
        collect();
        baseline = collect();
    }

    void sample() {
        peak = Math.max(peak, collect());
        samples++;
    }

    long peakGrowth() {
        return Math.max(0, peak - baseline);
    }

    int samples() {
        return samples;
    }

    private long collect() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
