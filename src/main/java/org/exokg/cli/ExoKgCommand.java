package org.exokg.cli;

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
        // without a heap option, run once more in a JVM with a heap cap (see HeapCap); its exit status is ours
        java.util.OptionalInt capped = HeapCap.relaunch(ExoKgCommand.class, args);
        System.exit(capped.isPresent() ? capped.getAsInt() : commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"exokg " + ExoKg.VERSION, HeapCap.describe()};
        }
    }
}
