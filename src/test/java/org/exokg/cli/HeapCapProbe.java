package org.exokg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A main for {@link HeapCapTest}: goes through {@link HeapCap#relaunch} as {@code ExoKgCommand.main} does, then does
 * what its arguments say, small and fast. {@code heap}: prints its pid, a forwarded property and the heap line;
 * {@code exit N}: a line on stderr and status N; {@code stdin}: copies stdin to stdout in capitals; {@code wait FILE}:
 * says it is ready and sleeps; its shutdown hook takes a second, then writes FILE.
 */
public final class HeapCapProbe {

    private HeapCapProbe() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt relaunched = HeapCap.relaunch(HeapCapProbe.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        switch (args[0]) {
            case "heap" -> {
                System.out.println("pid=" + ProcessHandle.current().pid());
                System.out.println("probe.forwarded=" + System.getProperty("probe.forwarded"));
                System.out.println(HeapCap.describe());
            }
            case "exit" -> {
                System.err.println("probe: failing with " + args[1]);
                System.exit(Integer.parseInt(args[1]));
            }
            case "stdin" -> System.out.print(new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    .toUpperCase(Locale.ROOT));
            case "wait" -> {
                Path done = Path.of(args[1]);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Thread.sleep(1000); // a transaction finishing
                        Files.writeString(done, "finished " + ProcessHandle.current().pid());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                System.out.println("ready pid=" + ProcessHandle.current().pid());
                System.out.flush();
                Thread.sleep(60_000);
                System.exit(3); // not reached in the tests: they stop it
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
