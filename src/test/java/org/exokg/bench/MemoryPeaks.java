package org.exokg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak resident memory of a running process, from /proc/&lt;pid&gt;/status. VmHWM is the kernel's own high-water
 * mark of the whole RSS, which counts file pages mapped into the process (TDB2 memory-maps its indexes; the kernel
 * drops such clean pages under pressure). RssAnon (heap, metaspace, stacks, native buffers) is the memory the
 * process really needs; RssFile is the mapped files. Their peaks are sampled, so a spike shorter than the interval
 * can be missed; VmHWM is exact.
 */
record MemoryPeaks(long vmHwmKb, long rssAnonKb, long rssFileKb) {

    static final MemoryPeaks NONE = new MemoryPeaks(0, 0, 0);

    /** These peaks combined with one reading of a status file (its lines). */
    MemoryPeaks with(List<String> statusLines) {
        long hwm = vmHwmKb, anon = rssAnonKb, file = rssFileKb;
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                hwm = Math.max(hwm, kilobytes(line));
            } else if (line.startsWith("RssAnon:")) {
                anon = Math.max(anon, kilobytes(line));
            } else if (line.startsWith("RssFile:")) {
                file = Math.max(file, kilobytes(line));
            }
        }
        return new MemoryPeaks(hwm, anon, file);
    }

    /**
     * Samples the process and its descendants every {@code intervalMillis} until it ends; each field's peak is of the
     * sum over the processes alive at a sample (since the heap cap, {@code exokg} without {@code -Xmx} is a small
     * launcher JVM and a child JVM that does the work; VmHWM summed is an upper bound of the tree's high-water mark).
     */
    static MemoryPeaks sampleUntilExit(Process process, long intervalMillis) throws InterruptedException {
        MemoryPeaks peaks = NONE;
        while (process.isAlive()) {
            MemoryPeaks sum = NONE;
            List<ProcessHandle> tree = new java.util.ArrayList<>();
            tree.add(process.toHandle());
            process.descendants().forEach(tree::add);
            for (ProcessHandle p : tree) {
                try {
                    sum = sum.plus(NONE.with(Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))));
                } catch (IOException e) {
                    // the process ended between two reads (or there is no /proc): keep what was read
                }
            }
            peaks = peaks.max(sum);
            Thread.sleep(intervalMillis);
        }
        return peaks;
    }

    /** Field by field, the sum of two processes' readings. */
    MemoryPeaks plus(MemoryPeaks other) {
        return new MemoryPeaks(vmHwmKb + other.vmHwmKb, rssAnonKb + other.rssAnonKb, rssFileKb + other.rssFileKb);
    }

    /** Field by field, the larger. */
    MemoryPeaks max(MemoryPeaks other) {
        return new MemoryPeaks(Math.max(vmHwmKb, other.vmHwmKb), Math.max(rssAnonKb, other.rssAnonKb),
                Math.max(rssFileKb, other.rssFileKb));
    }

    /** "VmHWM, RssAnon and RssFile in MB" for a report line. */
    String describe() {
        return String.format(java.util.Locale.ROOT, "peak RSS (VmHWM) %,d MB, peak RssAnon %,d MB, peak RssFile %,d MB",
                vmHwmKb >> 10, rssAnonKb >> 10, rssFileKb >> 10);
    }

    private static long kilobytes(String line) {
        // "RssAnon:	  123456 kB"
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
