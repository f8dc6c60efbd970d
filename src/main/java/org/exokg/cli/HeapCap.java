package org.exokg.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A heap cap for {@code java -jar exokg.jar} when the user gave none. Without {@code -Xmx} the JVM's maximum heap is a
 * quarter of the machine's memory, and G1 grows the heap towards it rather than collect: a 10,000-document build peaks
 * at 6.6 GB on a 24 GiB machine, against 4.6 GB with {@code -Xmx4g} at the same speed. A JVM cannot lower its own
 * maximum heap once started (G1 on Java 17 ignores {@code SoftMaxHeapSize}; a jar's manifest cannot carry JVM options),
 * so {@link #relaunch} runs the command once more in a child JVM with {@code -Xmx} set, as Gradle's and
 * Elasticsearch's launchers do: the same JVM options and arguments, stdin, stdout and stderr shared (inherited), the
 * child's exit status returned; a signal that stops the launcher (Ctrl-C, SIGTERM) reaches the child, and the
 * launcher waits for it to finish, so a build aborts its transaction as it would without the launcher; a child whose
 * launcher is killed outright (SIGKILL) stops by itself.
 *
 * <p>The cap: half the memory the JVM sees (the machine's, or the container's limit), at most {@value #MAX_CAP_MB}
 * MB: the 10,000-document build's data fit in 4 GiB (see docs/performance.md), and on machines of 8 to 16 GiB this
 * is more than the JVM's default, so such a build also runs there. No relaunch when the user chose the heap
 * ({@code -Xmx}, {@code -Xms}, {@code -XX:MaxRAMPercentage}, {@code -XX:MaxRAM}, ... on the command line or in
 * {@code JAVA_TOOL_OPTIONS} / {@code JDK_JAVA_OPTIONS}), when an agent, debugger or flight recording is attached (it
 * would watch the idle launcher), or when {@code EXOKG_HEAP_CAP=off} (or {@code -Dexokg.heapCap=off}). A size there
 * ({@code EXOKG_HEAP_CAP=3g}) sets the cap instead.
 */
final class HeapCap {

    /** Environment variable: {@code off} (no relaunch), or the cap as {@code -Xmx} takes it ({@code 3g}, {@code 3072m}). */
    static final String ENV = "EXOKG_HEAP_CAP";
    /** System property, as {@link #ENV}; it wins over the environment variable. */
    static final String PROPERTY = "exokg.heapCap";
    /** Set on the child JVM: how its cap was chosen (and that it is the child: it never relaunches). */
    static final String CHOSEN = "exokg.heapCap.chosen";
    /** The cap's upper bound in MiB (4 GiB). */
    static final long MAX_CAP_MB = 4096;

    private static final long MB = 1L << 20;

    private HeapCap() {
    }

    /**
     * In a JVM without a heap option, runs {@code main} with {@code args} in a child JVM with a heap cap and returns
     * its exit status (the caller exits with it); otherwise empty, and the caller runs the command here.
     */
    static OptionalInt relaunch(Class<?> main, String[] args) {
        if (System.getProperty(CHOSEN) != null) {
            watchLauncher();
            return OptionalInt.empty();
        }
        Optional<Plan> plan = plan();
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = childCommand(plan.get(), main, args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("exokg: warning: could not start a JVM with a heap cap (" + e.getMessage()
                    + "); running with the JVM's default heap");
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both JVMs (one process group); SIGTERM to the launcher alone is passed on. Either way the
        // launcher waits for the child to end (a build ends or aborts its transaction) and exits with its status.
        Thread forward = new Thread(() -> {
            try {
                if (!child.waitFor(500, TimeUnit.MILLISECONDS)) {
                    child.destroy(); // SIGTERM: the child's shutdown hooks run
                }
                Runtime.getRuntime().halt(child.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "exokg-heap-cap-forward");
        Runtime.getRuntime().addShutdownHook(forward);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // the launcher's main thread is not interrupted by anyone but the JVM's shutdown; keep waiting
            }
        }
    }

    /** The relaunch to make, or empty: the user chose the heap, opted out, or the JVM is being watched. */
    static Optional<Plan> plan() {
        String setting = System.getProperty(PROPERTY);
        if (setting == null) {
            setting = System.getenv(ENV);
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return plan(setting, heapChosen(jvmArgs), watched(jvmArgs), physicalMemory());
    }

    /**
     * The decision, without the JVM: {@code setting} is the opt-out or size ({@code null}: none), {@code memory} the
     * bytes the JVM sees (0: unknown).
     */
    static Optional<Plan> plan(String setting, boolean heapChosen, boolean watched, long memory) {
        if (heapChosen || watched) {
            return Optional.empty();
        }
        String s = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
        if (s.equals("off") || s.equals("false") || s.equals("no") || s.equals("0")) {
            return Optional.empty();
        }
        if (!s.isEmpty() && !s.equals("on") && !s.equals("true") && !s.equals("auto")) {
            long bytes = parseSize(s);
            if (bytes <= 0) {
                System.err.println("exokg: warning: " + ENV + "=" + setting + " is neither off nor a size such as 3g; "
                        + "using the default cap");
            } else {
                long mb = Math.max(1, bytes / MB);
                return Optional.of(new Plan(mb, "set by " + ENV + "/-D" + PROPERTY));
            }
        }
        if (memory <= 0) {
            return Optional.empty();
        }
        long half = memory / 2 / MB;
        long mb = Math.min(MAX_CAP_MB, half);
        String why = String.format(Locale.ROOT, "exokg's cap: half of the %.1f GiB of memory, at most %d GiB",
                memory / (double) (1L << 30), MAX_CAP_MB / 1024);
        return Optional.of(new Plan(mb, why));
    }

    /** A size as {@code -Xmx} takes it: bytes, or with k, m, g, t (binary units); 0 if it is none. */
    static long parseSize(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 1;
            }
            if (unit > 1) {
                s = s.substring(0, s.length() - 1);
            }
        }
        try {
            long n = Long.parseLong(s);
            return n > 0 && n <= Long.MAX_VALUE / unit ? n * unit : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The child's heap in MiB and how it was chosen. */
    record Plan(long megabytes, String why) {
        String xmx() {
            return "-Xmx" + megabytes + "m";
        }
    }

    private static final List<String> HEAP_FLAGS = List.of("MaxHeapSize", "InitialHeapSize", "MaxRAM",
            "MaxRAMPercentage", "MinRAMPercentage", "InitialRAMPercentage", "MaxRAMFraction", "MinRAMFraction");

    /**
     * Whether the user chose the heap: a heap-sizing flag not at its default or ergonomic value (HotSpot says where a
     * flag's value came from: the command line, JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS, a flags file), or, where that
     * cannot be asked, such an option among the JVM's arguments.
     */
    static boolean heapChosen(List<String> jvmArgs) {
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (diagnostics != null) {
                for (String flag : HEAP_FLAGS) {
                    try {
                        var origin = diagnostics.getVMOption(flag).getOrigin();
                        if (origin != com.sun.management.VMOption.Origin.DEFAULT
                                && origin != com.sun.management.VMOption.Origin.ERGONOMIC) {
                            return true;
                        }
                    } catch (IllegalArgumentException e) {
                        // a flag this JVM does not have (MaxRAMFraction is gone from newer ones)
                    }
                }
                return heapArgument(jvmArgs);
            }
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot: read the arguments
        }
        return heapArgument(jvmArgs);
    }

    static boolean heapArgument(List<String> jvmArgs) {
        for (String a : jvmArgs) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:MaxHeapSize")
                    || a.startsWith("-XX:InitialHeapSize") || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:MinRAM")
                    || a.startsWith("-XX:InitialRAM")) {
                return true;
            }
        }
        return false;
    }

    /** An agent, debugger or flight recording on this JVM: relaunching would leave it watching the idle launcher. */
    static boolean watched(List<String> jvmArgs) {
        for (String a : jvmArgs) {
            if (a.startsWith("-agentlib:") || a.startsWith("-agentpath:") || a.startsWith("-javaagent:")
                    || a.startsWith("-Xrunjdwp") || a.startsWith("-Xdebug") || a.startsWith("-XX:StartFlightRecording")
                    || a.startsWith("-XX:+FlightRecorder")) {
                return true;
            }
        }
        return false;
    }

    /** The memory the JVM sees (the container's limit in a container), or 0 if unknown. */
    static long physicalMemory() {
        try {
            var os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
                return bean.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // unknown
        }
        return 0;
    }

    /**
     * The child's command line: this JVM's executable and options (those from JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS
     * left out: the child reads the same environment), the cap, the class path, {@code main} and the arguments.
     */
    static List<String> childCommand(Plan plan, Class<?> main, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> jvmArgs = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        for (String env : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String value = System.getenv(env);
            if (value != null) {
                for (String token : value.trim().split("\\s+")) {
                    jvmArgs.remove(token);
                }
            }
        }
        command.addAll(jvmArgs);
        command.add(plan.xmx());
        command.add("-D" + CHOSEN + "=" + plan.why());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** In the child: stop when the launcher is gone (killed outright), as the command would have stopped with it. */
    private static void watchLauncher() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        ProcessHandle launcher = parent.get();
        Thread watch = new Thread(() -> {
            try {
                while (launcher.isAlive()) {
                    Thread.sleep(200);
                }
                System.err.println("exokg: the launching JVM (pid " + launcher.pid() + ") ended; stopping");
                System.exit(143);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "exokg-heap-cap-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** One line on the heap this JVM has and where its size came from. */
    static String describe() {
        long max = Runtime.getRuntime().maxMemory();
        String chosen = System.getProperty(CHOSEN);
        String why;
        if (chosen != null) {
            why = chosen + "; -Xmx or " + ENV + "=SIZE to choose, " + ENV + "=off for the JVM's default";
        } else {
            List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
            if (heapChosen(jvmArgs)) {
                why = "as the JVM's options set it";
            } else if (watched(jvmArgs)) {
                why = "the JVM's default: not capped, an agent or flight recording is attached";
            } else {
                String setting = System.getProperty(PROPERTY, System.getenv(ENV));
                why = "the JVM's default: not capped" + (setting == null ? ""
                        : ", " + (System.getProperty(PROPERTY) != null ? "-D" + PROPERTY : ENV) + "=" + setting);
            }
        }
        return String.format(Locale.ROOT, "heap: at most %,d MB (%s)", max / MB, why);
    }
}
