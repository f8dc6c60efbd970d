package org.exokg.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.exokg.store.GraphStore;

/**
 * Fingerprint of a store's quads, graph by graph, to show that two builds stored the same content: per graph (the
 * document graphs together), the number of quads and a SHA-256 of the sorted N-Quads lines. Lines giving the time
 * a graph was made ({@code prov:endedAtTime}, {@code dct:modified}, {@code dct:issued}) are left out, and blank
 * node labels are written as {@code _:b} (labels differ between two loads of the same data).
 *
 * <pre>StoreFingerprint STORE [OUT.tsv] [--derived-only]   # writes "graph  quads  sha256" lines; compare two files with diff</pre>
 * {@code --derived-only} leaves the document graphs out (at 10,000 documents their 10 M lines need a heap of several GB).
 */
public final class StoreFingerprint {
    private StoreFingerprint() {}

    private static final List<String> TIMES = List.of("<http://www.w3.org/ns/prov#endedAtTime>",
            "<http://purl.org/dc/terms/modified>", "<http://purl.org/dc/terms/issued>");

    public static void main(String[] args) throws Exception {
        boolean derivedOnly = List.of(args).contains("--derived-only");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--derived-only")).toArray(String[]::new);
        Map<String, List<String>> lines = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.read(dsg -> (derivedOnly ? org.apache.jena.atlas.iterator.Iter.flatMap(
                    org.apache.jena.atlas.iterator.Iter.filter(dsg.listGraphNodes(),
                            g -> !g.getURI().startsWith(GraphStore.DOCUMENT_GRAPH_PREFIX)),
                    g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY)) : dsg.find()).forEachRemaining(q -> {
                String graph = q.getGraph().getURI();
                String key = graph.startsWith(GraphStore.DOCUMENT_GRAPH_PREFIX) ? "document graphs" : graph;
                String line = format(q);
                if (TIMES.stream().noneMatch(line::contains)) {
                    lines.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                }
            }));
        }
        PrintStream out = args.length > 1 ? new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8) : System.out;
        for (var e : lines.entrySet()) {
            List<String> sorted = e.getValue();
            sorted.sort(null);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            StringBuilder hex = new StringBuilder();
            for (byte b : sha.digest()) {
                hex.append(String.format(Locale.ROOT, "%02x", b));
            }
            out.printf(Locale.ROOT, "%s\t%d\t%s%n", e.getKey(), sorted.size(), hex);
        }
        out.flush();
        System.exit(0);
    }

    private static String format(Quad q) {
        return node(q.getGraph()) + " " + node(q.getSubject()) + " " + node(q.getPredicate()) + " " + node(q.getObject());
    }

    private static String node(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
