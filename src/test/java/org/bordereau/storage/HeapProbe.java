package org.bordereau.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how much heap stays <em>live</em> while a transfer runs: every sample forces a full
 * collection first, so garbage from streaming buffers does not count, but a buffer holding the
 * whole object would. Samples are taken on demand (at milestones of the stream, which is
 * deterministic) and by a background thread every half second (which catches phases the test
 * cannot hook, such as the upload of a spooled file).
 */
final class HeapProbe implements AutoCloseable {
    private static final long SAMPLE_EVERY_MS = 500;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final long baseline;
    private final Thread sampler;
    private volatile boolean running;

    /** {@code background}: also sample every half second, whatever the transfer is doing. */
    HeapProbe(boolean background) {
        collect();
        this.baseline = collect();
        this.sampler = new Thread(this::sampleUntilClosed, "heap-probe");
        sampler.setDaemon(true);
        running = background;
        if (background) {
            sampler.start();
        }
    }

    void sample() {
        long used = collect();
        peak.accumulateAndGet(used, Math::max);
        samples.incrementAndGet();
    }

    /** The most heap that was live at any sample, above what was live before the transfer. */
    long peakGrowth() {
        return Math.max(0, peak.get() - baseline);
    }

    long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the heap probe", e);
            }
        }
    }

    private void sampleUntilClosed() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_EVERY_MS);
            } catch (InterruptedException closing) {
                return;
            }
            sample();
        }
    }

    private long collect() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
