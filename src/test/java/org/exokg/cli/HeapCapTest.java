package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap cap's relaunch, in real JVMs: {@link HeapCapProbe} (small and fast) and {@code ExoKgCommand} itself. No
 * assertion depends on the machine's memory: the default cap is only checked to be exokg's, sizes are given.
 */
class HeapCapTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    // --- the decision, without a JVM

    @Test
    void theCapIsHalfTheMemoryAtMostFourGib() {
        assertEquals(4096, HeapCap.plan(null, false, false, 24 * GIB).orElseThrow().megabytes());
        assertEquals(4096, HeapCap.plan(null, false, false, 8 * GIB).orElseThrow().megabytes());
        assertEquals(2048, HeapCap.plan(null, false, false, 4 * GIB).orElseThrow().megabytes());
        assertEquals(4096, HeapCap.plan("on", false, false, 64 * GIB).orElseThrow().megabytes());
        assertEquals("-Xmx2048m", HeapCap.plan("", false, false, 4 * GIB).orElseThrow().xmx());
    }

    @Test
    void noCapWhenTheUserChoseTheHeapOptedOutOrTheJvmIsWatched() {
        assertEquals(Optional.empty(), HeapCap.plan(null, true, false, 24 * GIB));
        assertEquals(Optional.empty(), HeapCap.plan("3g", true, false, 24 * GIB), "-Xmx wins over the variable");
        assertEquals(Optional.empty(), HeapCap.plan(null, false, true, 24 * GIB));
        assertEquals(Optional.empty(), HeapCap.plan("off", false, false, 24 * GIB));
        assertEquals(Optional.empty(), HeapCap.plan("FALSE", false, false, 24 * GIB));
        assertEquals(Optional.empty(), HeapCap.plan(null, false, false, 0), "memory unknown");
        assertEquals(3072, HeapCap.plan("3g", false, false, 0).orElseThrow().megabytes());
        assertEquals(3000, HeapCap.plan("3000M", false, false, 24 * GIB).orElseThrow().megabytes());
    }

    @Test
    void readsSizesAsXmxDoes() {
        assertEquals(3 * GIB, HeapCap.parseSize("3g"));
        assertEquals(512L << 20, HeapCap.parseSize("512m"));
        assertEquals(2048L << 10, HeapCap.parseSize("2048K"));
        assertEquals(1_000_000, HeapCap.parseSize("1000000"));
        assertEquals(0, HeapCap.parseSize("lots"));
        assertEquals(0, HeapCap.parseSize("-1g"));
        assertTrue(HeapCap.heapArgument(List.of("-Dx=1", "-Xmx3g")));
        assertTrue(HeapCap.heapArgument(List.of("-XX:MaxRAMPercentage=20")));
        assertFalse(HeapCap.heapArgument(List.of("-Dx=1", "-XX:+UseG1GC")));
        assertTrue(HeapCap.watched(List.of("-XX:StartFlightRecording=filename=a.jfr")));
        assertTrue(HeapCap.watched(List.of("-agentlib:jdwp=transport=dt_socket,server=y")));
    }

    @Test
    void onlyCommandsThatHoldACorpusOrAStoreAreCapped() {
        assertTrue(ExoKgCommand.needsHeapCap(new String[] {"build", "--corpus", "corpus"}));
        assertTrue(ExoKgCommand.needsHeapCap(new String[] {"ingest", "paper.txt"}));
        assertTrue(ExoKgCommand.needsHeapCap(new String[] {"reason"}));
        assertTrue(ExoKgCommand.needsHeapCap(new String[] {"serve", "--port", "0"}));
        assertTrue(ExoKgCommand.needsHeapCap(new String[] {"--version"}), "it reports the heap the commands get");
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"query", "--store", "tdb2", "loading-techniques"}));
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"mappings"}));
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"imports", "--check"}));
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"--help"}));
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"build", "--help"}));
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {"build", "--no-such-option"}), "the error comes at once");
        assertFalse(ExoKgCommand.needsHeapCap(new String[] {}));
    }

    // --- the relaunch, in real JVMs

    @Test
    void withoutAHeapOptionTheCommandRunsInAChildWithTheCapAndTheSameOptions() throws Exception {
        Run run = probe(Map.of(), List.of("-Dprobe.forwarded=yes"), "heap");
        assertEquals(0, run.status(), run.err());
        assertNotEquals("pid=" + run.pid(), run.out().get(0), "a child JVM ran the command");
        assertEquals("probe.forwarded=yes", run.out().get(1), "the JVM's options are passed on");
        assertTrue(run.out().get(2).contains("(exokg's cap: half of the "), run.out().get(2));

        Run sized = probe(Map.of(HeapCap.ENV, "300m"), List.of(), "heap");
        assertNotEquals("pid=" + sized.pid(), sized.out().get(0));
        assertTrue(sized.out().get(2).startsWith("heap: at most 300 MB (set by EXOKG_HEAP_CAP"), sized.out().get(2));
    }

    @Test
    void aHeapOptionOrTheOptOutRunsTheCommandInTheSameJvm() throws Exception {
        Run xmx = probe(Map.of(), List.of("-Xmx256m"), "heap");
        assertEquals(List.of("pid=" + xmx.pid(), "probe.forwarded=null",
                "heap: at most 256 MB (as the JVM's options set it)"), xmx.out());
        Run percentage = probe(Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=5"), List.of(), "heap");
        assertEquals("pid=" + percentage.pid(), percentage.out().get(0), "an option in JAVA_TOOL_OPTIONS counts");
        assertTrue(percentage.out().get(2).endsWith("(as the JVM's options set it)"), percentage.out().get(2));

        Run off = probe(Map.of(HeapCap.ENV, "off"), List.of(), "heap");
        assertEquals("pid=" + off.pid(), off.out().get(0));
        assertTrue(off.out().get(2).contains("the JVM's default: not capped"), off.out().get(2));
        Run property = probe(Map.of(), List.of("-D" + HeapCap.PROPERTY + "=off"), "heap");
        assertEquals("pid=" + property.pid(), property.out().get(0));
    }

    @Test
    void theExitStatusStderrAndStdinPassThrough() throws Exception {
        Run failing = probe(Map.of(), List.of(), "exit", "7");
        assertEquals(7, failing.status());
        assertEquals(List.of("probe: failing with 7"), failing.errLines());

        Process p = start(Map.of(), List.of(), HeapCapProbe.class.getName(), "stdin");
        p.getOutputStream().write("exosomes\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), read("err"));
        assertEquals("EXOSOMES\n", read("out"));
    }

    @Test
    void aSignalToTheLauncherReachesTheChildAndTheLauncherWaitsForIt() throws Exception {
        Path done = dir.resolve("done");
        Process p = start(Map.of(), List.of(), HeapCapProbe.class.getName(), "wait", done.toString());
        ProcessHandle child = readyChild(p);
        p.destroy(); // SIGTERM to the launcher alone
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        assertTrue(Files.exists(done), "the child's shutdown finished before the launcher ended: " + read("err"));
        assertEquals(143, p.exitValue(), "the child's status (SIGTERM)");
        assertTrue(child.onExit().get(10, TimeUnit.SECONDS) != null && !child.isAlive());
    }

    @Test
    void aChildWhoseLauncherIsKilledStops() throws Exception {
        Path done = dir.resolve("done");
        Process p = start(Map.of(), List.of(), HeapCapProbe.class.getName(), "wait", done.toString());
        ProcessHandle child = readyChild(p);
        p.destroyForcibly(); // SIGKILL: the launcher cannot pass anything on
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        child.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(child.isAlive());
        assertTrue(Files.exists(done), "the child stopped through its shutdown hooks");
    }

    @Test
    void exokgItselfRelaunchesAndItsErrorsAndStatusesPassThrough() throws Exception {
        Run version = exokg(Map.of(), "--version");
        assertEquals(0, version.status(), version.err());
        assertTrue(version.out().get(1).contains("(exokg's cap: half of the "), version.out().toString());

        Run unknown = exokg(Map.of(), "build", "--no-such-option");
        assertEquals(2, unknown.status());
        assertEquals("Unknown option: '--no-such-option'", unknown.errLines().get(0));

        Path missing = dir.resolve("no-such.ttl");
        Run failing = exokg(Map.of(), "build", "--ontology", missing.toString(), "--corpus", dir.toString(),
                "--store", dir.resolve("tdb2").toString());
        assertEquals(1, failing.status());
        assertEquals(List.of("exokg: ontology not found: " + missing + " (use --ontology)"), failing.errLines());
    }

    // --- helpers

    record Run(long pid, int status, List<String> out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run probe(Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
        return finish(start(env, jvmOptions, HeapCapProbe.class.getName(), args));
    }

    private Run exokg(Map<String, String> env, String... args) throws Exception {
        return finish(start(env, List.of(), ExoKgCommand.class.getName(), args));
    }

    private Run finish(Process p) throws Exception {
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
        return new Run(p.pid(), p.exitValue(), read("out").lines().toList(), read("err"));
    }

    /** A JVM as a user starts it: this class path, no heap option unless given, none of the test run's settings. */
    private Process start(Map<String, String> env, List<String> jvmOptions, String main, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1"); // starts faster; no heap option
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        builder.environment().keySet().removeAll(List.of(HeapCap.ENV, "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits for the probe's "ready" line; its process, a child of the launcher. */
    private ProcessHandle readyChild(Process launcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!read("out").contains("ready pid=")) {
            assertTrue(launcher.isAlive() && System.nanoTime() < deadline, "the probe got ready: " + read("err"));
            Thread.sleep(20);
        }
        String line = read("out").lines().filter(l -> l.startsWith("ready pid=")).findFirst().orElseThrow();
        long pid = Long.parseLong(line.substring("ready pid=".length()).trim());
        assertNotEquals(launcher.pid(), pid, "a child JVM runs the command");
        return ProcessHandle.of(pid).orElseThrow();
    }

    private String read(String name) throws Exception {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
