package org.exokg.cli;

import picocli.CommandLine.Option;

/**
 * {@code --parser} / {@code --no-parser}: shared by the commands that extract ({@code build}, {@code ingest},
 * {@code extract}). Parsing is off by default: on the gold sets it gained one right claim of 645 while it loads for
 * 35-60 s, needs about 1.5 GB of heap and makes extraction about three times slower (docs/extraction.md, "Dependency
 * parse"). The environment variable {@code EXOKG_PARSER=true} turns the default on.
 */
final class ParserOption {

    @Option(names = "--parser",
            description = "Read claims also from a dependency parse (NLP4J) of the sentences that may hold one. The parser "
                    + "loads in 35-60 s and needs about 1.5 GB of heap. Also on when EXOKG_PARSER=true.")
    boolean parser;

    @Option(names = "--no-parser", description = "Surface rules only, even when EXOKG_PARSER=true.")
    boolean noParser;

    /** Whether sentences are parsed. */
    boolean parse() {
        return parser || (!noParser && defaultOn());
    }

    /** The default when no option is given: off unless the environment says {@code EXOKG_PARSER=true}. */
    static boolean defaultOn() {
        return "true".equalsIgnoreCase(System.getenv("EXOKG_PARSER"));
    }
}
