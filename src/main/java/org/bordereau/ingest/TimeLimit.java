package org.bordereau.ingest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on untrusted input (parsing, rendering, OCR) in a thread of its own and stops waiting at a
 * deadline. Java cannot kill a thread, so stopping is cooperative: at the deadline the work's
 * {@link Cancellation} is set (the parsers' content handler checks it, OCR destroys its process) and
 * the thread is interrupted. A thread still running after a grace period is abandoned: a daemon holding
 * only its own objects (its temporary file is deleted under it), logged and counted in
 * {@link #abandoned()}, so that a parser stuck in a loop shows in monitoring.
 *
 * <p>A result that arrives after the caller gave up is closed if it is {@link AutoCloseable}: results
 * hold temporary files (e-mail attachments), and nobody else will ever see them.
 */
final class TimeLimit {
    private static final Logger LOG = LoggerFactory.getLogger(TimeLimit.class);
    private static final Duration GRACE = Duration.ofSeconds(2);

    /** Set when the caller stopped waiting: long-running work checks it and gives up. */
    static final class Cancellation {
        private volatile boolean cancelled;

        boolean isCancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }
    }

    /** Work that may be cancelled. */
    interface Work<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    private final AtomicLong started = new AtomicLong();
    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * Runs {@code work} and returns its result, or rethrows what it threw (unwrapped).
     *
     * @throws TimeoutException when {@code limit} passed first; the work has been cancelled
     */
    <T> T run(String name, Duration limit, Work<T> work) throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> complete(result, work, cancellation), name + "-" + started.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (TimeoutException | InterruptedException e) {
            cancellation.cancel();
            if (!result.cancel(false)) {
                return finishedJustInTime(result); // completed between the timeout and the cancel
            }
            stop(thread);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    /** How many threads were left running after their deadline and grace period. */
    int abandoned() {
        return abandoned.get();
    }

    private static <T> void complete(CompletableFuture<T> result, Work<T> work, Cancellation cancellation) {
        try {
            T value = work.run(cancellation);
            if (!result.complete(value) && value instanceof AutoCloseable) {
                close((AutoCloseable) value);
            }
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    private void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            int count = abandoned.incrementAndGet();
            LOG.error("{} did not stop within {} ms of its deadline; abandoned ({} so far)", thread.getName(),
                    GRACE.toMillis(), count);
        }
    }

    private static <T> T finishedJustInTime(CompletableFuture<T> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static void close(AutoCloseable late) {
        try {
            late.close();
        } catch (Exception e) {
            LOG.warn("could not release a result that arrived after its deadline", e);
        }
    }

    private static Exception unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return cause instanceof Exception ? (Exception) cause : e;
    }
}
