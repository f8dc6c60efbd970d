package org.exokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraph;

/**
 * The ExoKG TDB2 dataset: one named graph per source (ontology, each document, inferred, ...; see
 * docs/graph-model.md). Every write method is one TDB2 write transaction: it either completes or leaves
 * the store exactly as it was.
 *
 * <p>Within one JVM, TDB2 shares the database of a location, so the Fuseki server started from the
 * assembler configuration on the same directory sees the same data. Another process cannot open the
 * directory while this one has it open (TDB2 takes a lock).
 */
public final class GraphStore implements AutoCloseable {

    /** Prefix of every document graph IRI. */
    public static final String DOCUMENT_GRAPH_PREFIX = ExoKg.GRAPH_NS + "document/";

    private final Path location;
    private final Dataset dataset;

    private GraphStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the TDB2 store in directory {@code location}.
     *
     * @throws StoreInUseException if another process (e.g. a running {@code exokg serve}) has it open
     */
    public static GraphStore open(Path location) {
        Objects.requireNonNull(location, "location");
        StagedBuild.recoverInterruptedSwap(location);
        try {
            return new GraphStore(location, TDB2Factory.connectDataset(location.toString()));
        } catch (DBOpEnvException e) {
            // TDB2: AlreadyLocked, or "Failed to get a lock: file='.../tdb.lock': held by process N"
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreInUseException(location, e);
            }
            throw e;
        }
    }

    /** The store directory is locked by another process: TDB2 allows one process per database. */
    public static final class StoreInUseException extends RuntimeException {
        StoreInUseException(Path location, RuntimeException cause) {
            super("the store " + location + " is in use by another process (stop 'exokg serve' first): "
                    + cause.getMessage(), cause);
        }
    }

    public Path location() {
        return location;
    }

    /** The underlying dataset, for queries (wrap reads in a transaction, e.g. {@code Txn.calculateRead}). */
    public Dataset dataset() {
        return dataset;
    }

    /** Replaces the document's named graph with its model, in one write transaction. */
    public void replaceGraph(DocumentGraph graph) {
        replaceGraph(graph.graphIri(), graph.model());
    }

    /**
     * Replaces named graph {@code graphIri} with the content of {@code model}, in one write transaction.
     * If reading the model fails part-way, the transaction is aborted and the old graph stays.
     */
    public void replaceGraph(String graphIri, Model model) {
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(graphIri, model));
    }

    /** Replaces named graph {@code graphIri} with these triples, in one write transaction. */
    public void replaceGraph(String graphIri, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        Txn.executeWrite(dataset, () -> replaceGraphInTransaction(graphIri, triples));
    }

    /** Replaces named graph {@code graphIri} with these triples inside the caller's write transaction ({@link #write}). */
    public void replaceGraphInTransaction(String graphIri, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        var dsg = dataset.asDatasetGraph();
        var g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        dsg.removeGraph(g);
        triples.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Replaces named graph {@code graphIri} with the content of an RDF file (syntax from the file
     * extension), parsed straight into the store in one write transaction: a syntax error aborts it.
     */
    public void loadGraph(String graphIri, Path file) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            RDFDataMgr.read(dataset.getNamedModel(graphIri), file.toString());
        });
    }

    /**
     * Loads the ontology file, with the claims module next to it ({@link org.exokg.OntologyFiles}), as the
     * ontology graph ({@link ExoKg#ONTOLOGY_GRAPH}); the files are parsed before the graph is replaced.
     */
    public void loadOntology(Path ontologyFile) {
        replaceGraph(ExoKg.ONTOLOGY_GRAPH, org.exokg.OntologyFiles.load(ontologyFile));
    }

    /** Removes a named graph (no-op if absent); returns whether it was there. */
    public boolean removeGraph(String graphIri) {
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.containsNamedModel(graphIri);
            if (present) {
                dataset.removeNamedModel(graphIri);
            }
            return present;
        });
    }

    /** The IRIs of all non-empty named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = Iter.toList(dataset.listNames());
            names.sort(null);
            return names;
        });
    }

    /** The IRIs of all document graphs, sorted. */
    public List<String> documentGraphNames() {
        return graphNames().stream().filter(n -> n.startsWith(DOCUMENT_GRAPH_PREFIX)).collect(Collectors.toList());
    }

    public boolean containsGraph(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graphIri));
    }

    /** A copy (in memory) of one named graph; empty if absent. */
    public Model graph(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphIri));
            return copy;
        });
    }

    /** Number of triples in one named graph. */
    public long tripleCount(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(graphIri).size());
    }

    /** Number of quads in the whole store (all named graphs plus the default graph). */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            var tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            if (tdb != null) {
                // the index records counted, no term decoded: seconds less per million quads than iterating quads
                return tdb.getTripleTable().getNodeTupleTable().size() + tdb.getQuadTable().getNodeTupleTable().size();
            }
            var dsg = dataset.asDatasetGraph();
            long n = dsg.getDefaultGraph().size();
            return n + Iter.count(dsg.findNG(null, null, null, null));
        });
    }

    /** True when the store has no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /** Runs {@code action} on the dataset graph in one read transaction. */
    public void read(java.util.function.Consumer<org.apache.jena.sparql.core.DatasetGraph> action) {
        Txn.executeRead(dataset, () -> action.accept(dataset.asDatasetGraph()));
    }

    /**
     * Compacts the database into a new generation holding only the live data, and deletes the old
     * generations: TDB2 never reuses space in place, so every write transaction leaves garbage behind.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /**
     * Bytes the live data takes: the blocks of every B+tree up to its allocation limits (read from the
     * {@code *.bpt} state files of the newest {@code Data-NNNN} generation; 8 KB blocks) plus the node data files.
     * Unlike file lengths (TDB2 grows its files in sparse 8 MB steps) and like {@code du}, this counts what is
     * used, garbage blocks left by write transactions included. Falls back to {@link #bytesOnDisk()} for a
     * layout it does not know.
     */
    public long usedBytes() {
        try (var generations = Files.list(location)) {
            Path data = generations.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
            if (data == null) {
                return bytesOnDisk();
            }
            long bytes = 0;
            try (var files = Files.list(data)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".bpt")) {
                        java.nio.ByteBuffer state = java.nio.ByteBuffer.wrap(Files.readAllBytes(f)); // root, node limit, record limit
                        if (state.capacity() != 24) {
                            return bytesOnDisk();
                        }
                        bytes += (state.getLong(8) + state.getLong(16)) * BLOCK_SIZE;
                    } else if (name.endsWith(".obj")) {
                        bytes += Files.size(f);
                    }
                }
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            return bytesOnDisk();
        }
    }

    /** TDB2's block size (its default; ExoKG does not change it). */
    private static final long BLOCK_SIZE = 8192;

    /** Bytes of all files under the store directory. */
    public long bytesOnDisk() {
        return bytesOnDisk(location);
    }

    public static long bytesOnDisk(Path location) {
        try (var walk = Files.walk(location)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Closes the database for this JVM (TDB2 otherwise keeps it open), so its directory can be renamed or
     * deleted. Handles on it are unusable afterwards.
     */
    public void release() {
        close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** Whether some document graph of {@code dsg} holds {@code t} (call inside a transaction). */
    public static boolean statedInDocument(org.apache.jena.sparql.core.DatasetGraph dsg, org.apache.jena.graph.Triple t) {
        return org.apache.jena.atlas.iterator.Iter.anyMatch(
                dsg.find(org.apache.jena.graph.Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                q -> q.getGraph().isURI() && q.getGraph().getURI().startsWith(DOCUMENT_GRAPH_PREFIX));
    }

    /** Runs {@code action} in one write transaction on the dataset. */
    public void write(Runnable action) {
        Txn.executeWrite(dataset, action);
    }

    /** Ends this handle. TDB2 keeps the database open for the JVM (it is shared by location). */
    @Override
    public void close() {
        if (dataset.isInTransaction()) {
            dataset.end();
        }
    }

    /** Whether a TDB2 store already exists (non-empty directory) at {@code location}. */
    public static boolean exists(Path location) {
        try (var entries = Files.list(location)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

}
