package org.exokg.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.exokg.ExoKg;

/**
 * The inference step's rules applied to the documents while a build streams them into the bulk loader
 * ({@link InferenceStep#documentRules}): the stream's document graphs are gathered into batches of whole
 * documents, each batch goes to the rules on a thread of its own while the next one is gathered, and the
 * triples derived go into the same load, as quads of the inferred graph (each once). This replaces reading every
 * document graph back out of the store after the load, and writing the rules' triples in a write transaction
 * after it (measured: docs/performance.md, "Build phases").
 *
 * <p>A derived triple that some document graph states is in the inferred graph only as long as the load lasts:
 * a batch cannot see the documents of the others, so that test is made on the store after the load
 * ({@link #dropStated}), and the caller deletes those triples in its write transaction.
 *
 * <p>Readers may be given each batch too, before the rules (the claims the reasoning needs, the statements
 * summary): what they compute is then read while the documents stream instead of from the store after the load.
 *
 * <p>If the rules or a reader fail on a batch, the feed stops ({@link #failed}) and the caller derives and reads
 * everything the old way, from the store.
 */
final class DocumentRuleFeed {

    private static final Node INFERRED = NodeFactory.createURI(ExoKg.INFERRED_GRAPH);

    private final UnaryOperator<Model> rules;
    private final int batchSize;
    private final Model derived = ModelFactory.createDefaultModel();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exokg-rules");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Dataset>> readers;
    private Model batch = ModelFactory.createDefaultModel();
    /** The batch's document graphs as the store will hold them, for the readers (none without readers). */
    private DatasetGraph batchGraphs = DatasetGraphFactory.createGeneral();
    private int batchDocuments;
    private Node lastGraph;
    private Future<Model> running;
    private RuntimeException failure;
    private long ruleNanos;
    private long ruleCpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long waitingNanos;
    private long readerNanos;

    /**
     * Every document triple streamed, in a Bloom filter: a derived triple it does not hold is stated by no document
     * and need not be looked up in the store after the load (a false positive costs one look-up, never a triple).
     */
    private final BloomFilter<Triple> documentTriples;
    private long lookedUp;

    /** @param expectedTriples about how many document triples will stream (more only makes the filter less selective) */
    DocumentRuleFeed(UnaryOperator<Model> rules, int batchSize, long expectedTriples) {
        this(rules, List.of(), batchSize, expectedTriples);
    }

    /**
     * @param readers given each batch (its document graphs as named graphs of an in-memory dataset) on the rules'
     *     thread, one batch after another and before the rules see it: what a build would otherwise read back out of
     *     the store after the load (the claims, the statements summary). They read whole documents, never
     *     all of them: what they compute must not join two documents.
     */
    DocumentRuleFeed(UnaryOperator<Model> rules, List<Consumer<Dataset>> readers, int batchSize, long expectedTriples) {
        this.rules = rules;
        this.readers = List.copyOf(readers);
        this.batchSize = Math.max(1, batchSize);
        this.documentTriples = BloomFilter.create(TRIPLE, Math.max(100_000, expectedTriples), 0.01);
    }

    private static final Funnel<Triple> TRIPLE = (t, into) -> into.putInt(t.getSubject().hashCode())
            .putInt(t.getPredicate().hashCode()).putInt(t.getObject().hashCode());

    /** {@code loader} with every document graph's quads also gathered for the rules. */
    StreamRDF wrap(StreamRDF loader) {
        return new StreamRDFWrapper(loader) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                Node g = quad.getGraph();
                if (failure != null || !g.isURI() || !g.getURI().startsWith(GraphStore.DOCUMENT_GRAPH_PREFIX)) {
                    return;
                }
                if (!g.equals(lastGraph)) {
                    // a batch holds whole documents: it is handed over only between two of them
                    if (batchDocuments == batchSize) {
                        dispatch(loader);
                    }
                    lastGraph = g;
                    batchDocuments++;
                }
                Triple t = quad.asTriple();
                batch.getGraph().add(t);
                documentTriples.put(t);
                if (!readers.isEmpty()) {
                    batchGraphs.add(g, asStored(t.getSubject()), t.getPredicate(), asStored(t.getObject()));
                }
            }
        };
    }

    /**
     * A node as TDB2 gives it back once stored: literals of the types it stores by value (numbers, booleans, dates)
     * in their canonical form ("01"^^xsd:integer is read back as "1"), so that the readers see what reading the
     * store after the load would show them.
     */
    static Node asStored(Node n) {
        if (!n.isLiteral()) {
            return n;
        }
        org.apache.jena.tdb2.store.NodeId inline = org.apache.jena.tdb2.store.NodeIdInline.inline(n);
        return inline == null ? n : org.apache.jena.tdb2.store.NodeIdInline.extract(inline);
    }

    /** After the last document: the last batch through the rules, and every derived triple into {@code loader}. */
    void finish(StreamRDF loader) {
        if (batchDocuments > 0) {
            dispatch(loader);
        }
        collect(loader);
        thread.shutdownNow();
    }

    /** Whether the rules failed on some batch (the triples derived are then incomplete: derive them again). */
    boolean failed() {
        return failure != null;
    }

    RuntimeException failure() {
        return failure;
    }

    /** Time the rules took on their thread, and time the stream waited for them. */
    long ruleNanos() {
        return ruleNanos;
    }

    /** CPU time of the rules' thread (the machine's other work does not inflate it as it does {@link #ruleNanos}). */
    long ruleCpuNanos() {
        return ruleCpuNanos;
    }

    /** Time the readers took on the rules' thread (part of {@link #ruleNanos}). */
    long readerNanos() {
        return readerNanos;
    }

    int readers() {
        return readers.size();
    }

    long waitingNanos() {
        return waitingNanos;
    }

    /**
     * Removes from the derived triples those some document graph of {@code store} states (after the load) and
     * returns them: they were loaded into the inferred graph and must be deleted from it.
     */
    Graph dropStated(GraphStore store) {
        Graph stated = ModelFactory.createDefaultModel().getGraph();
        store.read(dsg -> derived.getGraph().find().forEachRemaining(t -> {
            if (documentTriples.mightContain(t)) {
                lookedUp++;
                if (GraphStore.statedInDocument(dsg, t)) {
                    stated.add(t);
                }
            }
        }));
        stated.find().forEachRemaining(derived.getGraph()::delete);
        return stated;
    }

    /** How many derived triples {@link #dropStated} looked up in the store (the others no document holds). */
    long lookedUp() {
        return lookedUp;
    }

    /** The triples derived, each once, none stated in a document graph once {@link #dropStated} ran. */
    Model derived() {
        return derived;
    }

    private void dispatch(StreamRDF loader) {
        collect(loader); // at most one batch at the rules while the next is gathered
        Model full = batch;
        DatasetGraph graphs = batchGraphs;
        batch = ModelFactory.createDefaultModel();
        batchGraphs = DatasetGraphFactory.createGeneral();
        batchDocuments = 0;
        if (failure == null) {
            running = thread.submit(() -> {
                long start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                try {
                    if (!readers.isEmpty()) {
                        Dataset documents = DatasetFactory.wrap(graphs);
                        long reading = System.nanoTime();
                        readers.forEach(r -> r.accept(documents));
                        readerNanos += System.nanoTime() - reading;
                    }
                    return rules.apply(full);
                } finally {
                    ruleNanos += System.nanoTime() - start;
                    ruleCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
                }
            });
        }
    }

    private void collect(StreamRDF loader) {
        if (running == null) {
            return;
        }
        long start = System.nanoTime();
        Model out;
        try {
            out = running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            return;
        } finally {
            running = null;
            waitingNanos += System.nanoTime() - start;
        }
        Graph known = derived.getGraph();
        out.getGraph().find().forEachRemaining(t -> {
            if (!known.contains(t)) {
                known.add(t);
                loader.quad(Quad.create(INFERRED, t));
            }
        });
    }
}
