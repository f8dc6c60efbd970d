package org.exokg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The query library: every {@code *.rq} file of one directory ({@code queries/} at the top of the project),
 * sorted by name, with its expected answers in {@code expected/<name>.tsv} beside them.
 */
public final class QueryLibrary {

    /** The library directory, relative to the project directory. */
    public static final Path DEFAULT_DIR = Path.of("queries");

    private final Path dir;
    private final List<LibraryQuery> queries;

    private QueryLibrary(Path dir, List<LibraryQuery> queries) {
        this.dir = dir;
        this.queries = queries;
    }

    /**
     * Reads every query of {@code dir}.
     *
     * @throws LibraryQuery.InvalidQueryException if the directory is missing or a file is not a valid library query
     */
    public static QueryLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LibraryQuery.InvalidQueryException("no query library at " + dir
                    + " (run exokg from the project directory, or give --library DIR)");
        }
        return new QueryLibrary(dir, files(dir).stream().map(LibraryQuery::read).toList());
    }

    /** The {@code .rq} files of {@code dir}, sorted. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".rq") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public List<LibraryQuery> queries() {
        return queries;
    }

    public Optional<LibraryQuery> byName(String name) {
        String wanted = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return queries.stream().filter(q -> q.name().equals(wanted)).findFirst();
    }

    /** Where the expected answer of {@code query} is kept. */
    public Path expectedFile(LibraryQuery query) {
        return expectedFile(dir, query.name());
    }

    public static Path expectedFile(Path libraryDir, String name) {
        return libraryDir.resolve("expected").resolve(name + ".tsv");
    }

    /**
     * A query given on the command line: the name of a library query, or the path of a {@code .rq} file
     * (which must have a library header too).
     */
    public static LibraryQuery resolve(String nameOrFile, Path libraryDir) {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(asFile)) {
            return LibraryQuery.read(asFile);
        }
        if (nameOrFile.contains("/") || nameOrFile.endsWith(".rq")) {
            throw new LibraryQuery.InvalidQueryException("no such query file: " + nameOrFile);
        }
        if (!Files.isDirectory(libraryDir)) {
            throw new LibraryQuery.InvalidQueryException("no query library at " + libraryDir
                    + " (run exokg from the project directory, or give --library DIR)");
        }
        Path inLibrary = libraryDir.resolve(nameOrFile + ".rq");
        if (!Files.isRegularFile(inLibrary)) {
            throw new LibraryQuery.InvalidQueryException("unknown query '" + nameOrFile + "' (exokg query --list shows the library in "
                    + libraryDir + ")");
        }
        return LibraryQuery.read(inLibrary);
    }
}
