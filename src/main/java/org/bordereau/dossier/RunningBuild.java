package org.bordereau.dossier;

/**
 * What this instance knows of a build it runs: queued until started, then exhibits converted / total;
 * and the thread building it, which the deadline may interrupt until the build ends (never after:
 * the pool's thread goes on to another build).
 */
final class RunningBuild {
    volatile boolean started;
    volatile int done;
    volatile int total;
    private Thread builder;

    synchronized void startOn(Thread thread) {
        builder = thread;
        started = true;
    }

    synchronized void interrupt() {
        if (builder != null) {
            builder.interrupt();
        }
    }

    synchronized void end() {
        builder = null;
    }
}
