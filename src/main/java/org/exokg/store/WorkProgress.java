package org.exokg.store;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long loop (documents of a build or an ingest, kinds of a conflict search): a progress bar
 * with rate and ETA when {@code out} is the terminal's standard error, otherwise nothing until one summary
 * line at the end (logs and pipes get no bar redrawing).
 */
public final class WorkProgress implements AutoCloseable {

    private final PrintStream out;
    private final String task;
    private final String unit;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long done;

    private WorkProgress(PrintStream out, String task, String unit, long total, boolean terminal) {
        this.out = out;
        this.task = task;
        this.unit = unit;
        this.bar = terminal && out != null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1).showSpeed()
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                        .setUpdateIntervalMillis(500).build()
                : null;
    }

    /** A bar on a terminal (when {@code out} is {@code System.err} and there is a console), else the summary only. */
    public static WorkProgress start(PrintStream out, String task, String unit, long total) {
        return new WorkProgress(out, task, unit, total, out == System.err && System.console() != null);
    }

    public synchronized void step() {
        done++;
        if (bar != null) {
            bar.step();
        }
    }

    /** A message that must be seen now (an error): printed above the bar, or as a line. */
    public synchronized void println(String line) {
        if (out != null) {
            if (bar != null) {
                out.print("\r\033[K"); // clear the bar's line; it is redrawn at the next update
            }
            out.println(line);
        }
    }

    public synchronized long done() {
        return done;
    }

    /** Ends the bar and prints the summary line: how many, how long, how fast. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        if (out != null) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ROOT, "exokg: %s: %,d %s in %.1f s (%.1f %s/s)", task, done, unit, seconds,
                    seconds > 0 ? done / seconds : 0.0, unit));
        }
    }
}
