package org.exokg.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-parser}: shared by the commands that extract ({@code build}, {@code ingest}, {@code extract}). Parsing
 * is on by default; the environment variable {@code EXOKG_PARSER=false} turns the default off (the test suite sets
 * it, so that the many {@code exokg} runs it starts do not each load the models).
 */
final class ParserOption {

    @Option(names = "--no-parser",
            description = "Surface rules only: do not read claims from a dependency parse (NLP4J) of the sentences that may hold "
                    + "one. The parser loads in 35-60 s and needs about 1.5 GB of heap. Also off when EXOKG_PARSER=false.")
    boolean noParser;

    /** Whether sentences are parsed. */
    boolean parse() {
        return !noParser && defaultOn();
    }

    /** The default when no option is given: on unless the environment says {@code EXOKG_PARSER=false}. */
    static boolean defaultOn() {
        return !"false".equalsIgnoreCase(System.getenv("EXOKG_PARSER"));
    }
}
