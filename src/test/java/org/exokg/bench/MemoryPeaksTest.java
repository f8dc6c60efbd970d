package org.exokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryPeaksTest {

    @Test
    void keepsTheLargestValueOfEachFieldOverReadings() {
        List<String> first = List.of("Name:\tjava", "VmHWM:\t  900000 kB", "VmRSS:\t  800000 kB",
                "RssAnon:\t  300000 kB", "RssFile:\t  500000 kB", "RssShmem:\t       0 kB");
        List<String> second = List.of("VmHWM:\t 1200000 kB", "RssAnon:\t  250000 kB", "RssFile:\t  950000 kB");
        MemoryPeaks peaks = MemoryPeaks.NONE.with(first).with(second);
        assertEquals(new MemoryPeaks(1_200_000, 300_000, 950_000), peaks);
        assertEquals("peak RSS (VmHWM) 1,171 MB, peak RssAnon 292 MB, peak RssFile 927 MB", peaks.describe());
    }

    @Test
    void samplesARunningProcessUntilItEnds() throws Exception {
        if (!Files.isReadable(Path.of("/proc/self/status"))) {
            return; // no /proc (not Linux): nothing to sample
        }
        Process sleep = new ProcessBuilder("sleep", "0.5").start();
        MemoryPeaks peaks = MemoryPeaks.sampleUntilExit(sleep, 20);
        assertTrue(peaks.vmHwmKb() > 0 && peaks.rssAnonKb() > 0 && peaks.rssFileKb() > 0, peaks::toString);
        assertTrue(peaks.vmHwmKb() >= peaks.rssAnonKb(), "the high-water mark covers anonymous memory");
    }
}
