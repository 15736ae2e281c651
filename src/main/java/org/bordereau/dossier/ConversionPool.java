package org.bordereau.dossier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one build's conversions a few at a time: LibreOffice and tesseract are external programs that
 * spend seconds on one core each, so a dossier of scans and Office files is ready in a fraction of the
 * time it takes one after the other. The heaviest start first (a long conversion started last would
 * run alone at the end); results come back in the exhibits' order, whatever order they ran in; progress
 * is told on the calling thread. The first failure (an original that no longer
 * matches its hash, say) cancels the rest and waits for them: no conversion still writes in the build's
 * folder when the build deletes it, and no converter program outlives the build
 * ({@link ExternalCommand} kills its program when interrupted).
 */
final class ConversionPool {
    private static final Logger LOG = LoggerFactory.getLogger(ConversionPool.class);
    /** Long enough for a killed LibreOffice to exit and PDFBox to close its files. */
    private static final long STOP_WAIT_SECONDS = 30;

    private ConversionPool() {}

    /** One conversion, and how long it is expected to take compared with the others (higher: longer). */
    record Task<T>(Callable<T> work, int weight) implements Callable<T> {
        @Override
        public T call() throws Exception {
            return work.call();
        }
    }

    /**
     * Each task's result, in the tasks' order. {@code completed} is told 1, 2, … as tasks finish.
     *
     * @throws IOException the first failure's, or its cause when a task threw something else
     */
    static <T> List<T> inOrder(List<Task<T>> tasks, int parallelism, IntConsumer completed) throws IOException {
        int threads = Math.min(parallelism, tasks.size());
        if (threads <= 1) {
            return oneAfterTheOther(tasks, completed);
        }
        String name = Thread.currentThread().getName() + "-convert-";
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<T> finished = new ExecutorCompletionService<>(pool);
            List<Future<T>> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
            List<Integer> heaviestFirst = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                heaviestFirst.add(i);
            }
            heaviestFirst.sort(Comparator.comparingInt((Integer i) -> tasks.get(i).weight()).reversed());
            for (int i : heaviestFirst) {
                results.set(i, finished.submit(tasks.get(i)));
            }
            for (int done = 1; done <= tasks.size(); done++) {
                finished.take().get();
                completed.accept(done);
            }
            List<T> inOrder = new ArrayList<>(results.size());
            for (Future<T> result : results) {
                inOrder.add(result.get());
            }
            return inOrder;
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while converting exhibits");
        } finally {
            stop(pool);
        }
    }

    private static <T> List<T> oneAfterTheOther(List<Task<T>> tasks, IntConsumer completed)
            throws IOException {
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            try {
                results.add(task.call());
            } catch (Exception e) {
                throw rethrown(e);
            }
            completed.accept(results.size());
        }
        return results;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    /** Interrupts whatever still runs (after a failure) and waits for it to end. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        try {
            if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Conversions still running {} s after the build stopped them", STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
