package org.exokg.document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The limits one file is read and extracted under: a size limit, checked before the file is read, and
 * a time budget. The work runs on its own thread, so that a file that takes too long, or that exhausts
 * the stack, fails alone with a one-line {@link DocumentException} and the batch goes on.
 *
 * <p>The budget is counted in the worker thread's CPU time, so that a file is judged by the work it costs and
 * not by how busy the machine is (on a loaded machine a wall-clock budget refused ordinary files). A
 * worker that waits instead of working is stopped by a wall-clock backstop of {@value #WALL_FACTOR} times
 * the budget; where the JVM cannot measure thread CPU time the budget is wall-clock time.
 *
 * <p>When the budget is spent the worker is interrupted; the extraction checks for that between
 * sentences ({@link #checkInterrupted()}) and stops. Nothing is stored by the worker: callers store the
 * result on their own thread, so a document over budget leaves the store as it was.
 */
public final class DocumentBudget {

    /** Default size limit: larger than any paper or a PubMed file of a few thousand articles. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    /** Default time budget: a base per file plus an allowance per MB of input. */
    public static final Duration DEFAULT_BASE_TIME = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TIME_PER_MB = Duration.ofSeconds(60);

    /** The wall-clock backstop, in multiples of the budget, for work that waits rather than computes. */
    public static final int WALL_FACTOR = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long maxBytes;
    private final Duration baseTime;
    private final Duration timePerMb;

    public DocumentBudget(long maxBytes, Duration baseTime, Duration timePerMb) {
        if (maxBytes <= 0 || baseTime.isNegative() || baseTime.isZero() || timePerMb.isNegative()) {
            throw new IllegalArgumentException("size and time limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.baseTime = baseTime;
        this.timePerMb = timePerMb;
    }

    public static DocumentBudget defaults() {
        return new DocumentBudget(DEFAULT_MAX_BYTES, DEFAULT_BASE_TIME, DEFAULT_TIME_PER_MB);
    }

    /** The same size limit, and a fixed time budget per file. */
    public DocumentBudget withTimeLimit(Duration perFile) {
        return new DocumentBudget(maxBytes, perFile, Duration.ZERO);
    }

    public DocumentBudget withMaxBytes(long bytes) {
        return new DocumentBudget(bytes, baseTime, timePerMb);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The time budget for a file of this size. */
    public Duration timeFor(long bytes) {
        return baseTime.plus(timePerMb.multipliedBy(bytes / (1024 * 1024)));
    }

    /**
     * Runs {@code work} on {@code file} within the limits. Exceptions of the work come back as they were
     * ({@link DocumentException}, runtime exceptions); a budget overrun, a stack overflow or running out
     * of memory become a {@link DocumentException} naming the file and the reason.
     */
    public <T> T run(Path file, Callable<T> work) throws DocumentException {
        long size = 0;
        if (Files.isRegularFile(file)) {
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
            }
            if (size > maxBytes) {
                throw new DocumentException(file, String.format(Locale.ROOT,
                        "file too large: %s (limit %s)", megabytes(size), megabytes(maxBytes)));
            }
        }
        Duration budget = timeFor(size);
        FutureTask<T> task = new FutureTask<>(work);
        // A deep stack like the main thread's: regular expressions recurse per repetition of a group.
        Thread worker = new Thread(null, task, "exokg-extract " + file.getFileName(), 16L * 1024 * 1024);
        worker.setDaemon(true); // a worker that ignores the interrupt must not keep the JVM alive
        worker.start();
        try {
            return await(task, worker, budget);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new DocumentException(file, "time budget of " + seconds(budget) + " exceeded; skipped");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentException(file, "interrupted");
        } catch (CancellationException e) {
            throw new DocumentException(file, "cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentException d) {
                throw d;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof StackOverflowError) {
                throw new DocumentException(file, "structure too deeply nested to read (stack overflow)");
            }
            if (cause instanceof OutOfMemoryError) {
                throw new DocumentException(file, "out of memory while reading (file too large for the heap)");
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DocumentException(file, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Waits for the task until it is done or the worker has used {@code budget} of CPU time (or
     * {@link #WALL_FACTOR} times the budget of wall-clock time).
     */
    private static <T> T await(FutureTask<T> task, Thread worker, Duration budget)
            throws InterruptedException, ExecutionException, TimeoutException {
        long budgetNanos = budget.toNanos();
        boolean cpu = cpuTimeMeasurable();
        long wallLimit = cpu ? budgetNanos * WALL_FACTOR : budgetNanos;
        long poll = Math.max(1, Math.min(100, budget.toMillis() / 4));
        long start = System.nanoTime();
        while (true) {
            long wall = System.nanoTime() - start;
            if (wall >= wallLimit) {
                throw new TimeoutException();
            }
            try {
                return task.get(Math.min(poll, Math.max(1, (wallLimit - wall) / 1_000_000)), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (cpu && THREADS.getThreadCpuTime(worker.getId()) >= budgetNanos) {
                    throw stillRunning;
                }
            }
        }
    }

    private static boolean cpuTimeMeasurable() {
        try {
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Stops work whose budget is spent: called by the extraction between units of work. */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("time budget exceeded");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
