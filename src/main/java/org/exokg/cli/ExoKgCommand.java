package org.exokg.cli;

import java.util.OptionalInt;
import java.util.Set;
import org.exokg.ExoKg;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code exokg} command: a thin layer that parses arguments and calls the core operations. */
@Command(name = "exokg",
        mixinStandardHelpOptions = true,
        versionProvider = ExoKgCommand.Version.class,
        description = "ExoKG: an open knowledge graph of exosome therapeutics.",
        subcommands = {
                ValidateCommand.class,
                ExportCommand.class,
                ImportsCommand.class,
                MappingsCommand.class,
                BuildCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                ExtractCommand.class,
                QueryCommand.class,
                ReasonCommand.class,
        })
public final class ExoKgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand given: show what there is, as a usage error.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ExoKgCommand());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            // Expected failures (bad input, unreadable files) are one line, not a stack trace.
            line.getErr().println("exokg: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        // without a heap option, a command that holds a corpus or a store runs once more in a JVM with a heap cap
        // (see HeapCap); its exit status is ours
        OptionalInt capped = needsHeapCap(args) ? HeapCap.relaunch(ExoKgCommand.class, args) : OptionalInt.empty();
        System.exit(capped.isPresent() ? capped.getAsInt() : commandLine().execute(args));
    }

    /**
     * Commands that hold one query's answer, the ontology or the mapping file: the cap's second JVM would cost them
     * half a second of start-up and save no memory.
     */
    static final Set<String> SMALL_COMMANDS = Set.of("query", "imports", "mappings");

    /**
     * Whether {@code args} run a command that may hold a corpus's worth of data ({@code build}, {@code ingest},
     * {@code reason}, {@code serve}, {@code extract}, {@code export}, {@code validate}), or ask {@code --version}, which
     * reports the heap those commands get. Help, the small commands and arguments that do not parse (their one-line
     * error comes sooner from this JVM) need no cap.
     */
    static boolean needsHeapCap(String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine().parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return false;
        }
        if (!parsed.hasSubcommand()) {
            return parsed.isVersionHelpRequested();
        }
        CommandLine.ParseResult command = parsed.subcommand();
        return !command.isUsageHelpRequested() && !command.isVersionHelpRequested()
                && !SMALL_COMMANDS.contains(command.commandSpec().name());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"exokg " + ExoKg.VERSION, HeapCap.describe()};
        }
    }
}
