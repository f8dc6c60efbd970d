package org.exokg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exokg.bench.ScaleCorpus;
import org.exokg.cli.ExoKgCommand;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The query library against a store of many documents, not only the two of the corpus: a generated corpus
 * (real sentences of {@code corpus/} recombined with a fixed seed, as the scale benchmark makes them) is
 * built by {@code exokg build}, answered, grown by {@code exokg ingest}, and answered again. What is checked
 * is what makes a query usable on a real literature, not its time (no timed unit tests): the plan TDB2 runs
 * does not start with a pattern that matches a large share of the claims and joins no patterns that share no
 * variable (a cross product); where the question is about statements, the number of rows does not grow with
 * the number of claims; and the precomputed counts agree with counting the claims directly.
 */
class ScaledLibraryTest {

    static final int FIRST = 30;
    static final int ADDED = 50;

    /** Queries whose answer is one row per claim, document or finding by design; why. */
    static final Map<String, String> ROW_PER_ITEM = Map.ofEntries(
            Map.entry("documents", "one row per document, a page of them (LIMIT)"),
            Map.entry("claims-of-document", "every claim of one document"),
            Map.entry("claims-citing-reference", "every claim of one document citing one reference"),
            Map.entry("conflict-evidence", "every claim of one conflict, a page of them (LIMIT)"),
            Map.entry("quantity-finding-evidence", "every value of one quantity finding, a page of them (LIMIT)"),
            Map.entry("in-vivo-doses", "every reported dose"),
            Map.entry("loading-efficiency-by-technique", "every reported loading efficiency"),
            Map.entry("reported-sizes", "every reported size"),
            Map.entry("triples-per-graph", "one row per named graph, so per document"));

    /** Queries that page their answer with a LIMIT: their rows never exceed it, however large the store. */
    static final List<String> PAGED = List.of("documents", "conflict-evidence", "quantity-finding-evidence");

    /** Queries that read every claim by design (counts over all claims); why. */
    static final Map<String, String> SCANS_CLAIMS = Map.of(); // none since the relation and source summaries

    static final org.apache.jena.shared.PrefixMapping NO_PREFIXES = org.apache.jena.shared.PrefixMapping.Factory.create();

    static Path dir;
    static Path location;
    static final Map<String, Integer> rowsBefore = new HashMap<>();
    static final Map<String, Integer> rowsAfter = new HashMap<>();
    static long claimsBefore;
    static long claimsAfter;
    static GraphStore store;
    static QueryRunner runner;
    static QueryLibrary library;

    @BeforeAll
    static void buildAndGrow() throws IOException {
        dir = Files.createTempDirectory("exokg-scaled-library");
        Path all = dir.resolve("generated");
        Path first = dir.resolve("first");
        ScaleCorpus.generate(all, FIRST + ADDED, ScaleCorpus.realSentences(List.of(Path.of("corpus"))));
        Files.createDirectories(first);
        List<String> added = new ArrayList<>();
        try (Stream<Path> files = Files.list(all)) {
            for (Path f : files.sorted().toList()) {
                if (Integer.parseInt(f.getFileName().toString().replaceAll("\\D", "")) < FIRST) {
                    Files.move(f, first.resolve(f.getFileName()));
                } else {
                    added.add(f.toString());
                }
            }
        }
        location = dir.resolve("tdb2");
        library = QueryLibrary.load(QueryLibrary.DEFAULT_DIR);
        assertEquals(0, ExoKgCommand.commandLine().execute("build", "--store", location.toString(), "--corpus", first.toString()));
        long t0 = System.nanoTime();
        claimsBefore = answer(rowsBefore);
        System.err.printf("scaled library: %d documents built, answered in %.1f s%n", FIRST, (System.nanoTime() - t0) / 1e9);
        List<String> ingest = new ArrayList<>(List.of("ingest", "--store", location.toString()));
        ingest.addAll(added);
        assertEquals(0, ExoKgCommand.commandLine().execute(ingest.toArray(String[]::new)));
        claimsAfter = answer(rowsAfter);
        store = GraphStore.open(location);
        runner = QueryRunner.local(store.dataset());
        // the corpus repeats a fixed set of sentences: claims grow with the documents, statements hardly
        assertTrue(claimsAfter > 2 * claimsBefore, claimsBefore + " -> " + claimsAfter + " claims");
    }

    /** Rows of every library query, and the number of claims in the store. */
    static long answer(Map<String, Integer> rows) {
        try (GraphStore s = GraphStore.open(location)) {
            QueryRunner r = QueryRunner.local(s.dataset());
            library.queries().forEach(q -> rows.put(q.name(), r.run(q.query()).size()));
            return count(r, "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/exokg/ontology/Claim> }");
        }
    }

    static long count(QueryRunner r, String query) {
        QueryAnswer a = r.run(org.apache.jena.query.QueryFactory.create(query));
        return a.rows().next().getLiteral(a.variables().get(0)).getLong();
    }

    @AfterAll
    static void close() throws IOException {
        if (store != null) {
            store.close();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPlanStartsSelectiveAndHasNoCrossProduct() {
        ReorderTransformation reorder = Txn.calculateRead(store.dataset(),
                () -> TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph()).getReorderTransform());
        return library.queries().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Op op = Algebra.optimize(Algebra.compile(q.query()));
            List<String> problems = new ArrayList<>();
            List<Start> starts = new ArrayList<>();
            walk(op, null, true, Set.of(), reorder, starts, problems);
            for (Start s : starts) {
                long matches = matches(s);
                if (matches > claimsAfter / 2 && !SCANS_CLAIMS.containsKey(q.name())) {
                    problems.add("starts with " + FmtUtils.stringForTriple(s.pattern, NO_PREFIXES) + " (" + matches + " matches; "
                            + claimsAfter + " claims)");
                }
            }
            assertEquals(List.of(), problems, q.name() + ":\n" + op);
        }));
    }

    @Test
    void pagedAnswersKeepToTheirLimit() {
        for (String name : PAGED) {
            LibraryQuery q = library.byName(name).orElseThrow();
            long limit = QueryParameters.paged(q.query()).orElseThrow().getLimit();
            assertTrue(rowsAfter.get(name) <= limit, name + ": " + rowsAfter.get(name) + " rows, limit " + limit);
            assertTrue(runner.run(q.withParameters(Map.of("limit", "1"))).size() <= 1, name);
        }
    }

    @TestFactory
    Stream<DynamicTest> statementQuestionsDoNotGrowWithTheClaims() {
        double claimGrowth = (double) claimsAfter / claimsBefore;
        return library.queries().stream().filter(q -> !ROW_PER_ITEM.containsKey(q.name()))
                .map(q -> DynamicTest.dynamicTest(q.name(), () -> {
                    int before = rowsBefore.get(q.name());
                    int after = rowsAfter.get(q.name());
                    // a row per claim would grow as the claims did (×claimGrowth); a row per statement hardly grows
                    assertTrue(after <= before + Math.max(2, before * (claimGrowth - 1) / 4),
                            q.name() + ": " + before + " -> " + after + " rows while claims grew " + claimsBefore + " -> " + claimsAfter);
                }));
    }

    @Test
    void statementCountsAgreeWithCountingTheClaims() {
        List<QuerySolution> rows = rows("claims-in-several-documents");
        assertTrue(rows.size() >= 5, "statements made by several documents: " + rows.size());
        for (QuerySolution row : rows) {
            String statement = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " + FmtUtils.stringForNode(row.get("subject").asNode(), NO_PREFIXES) + " ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> "
                    + FmtUtils.stringForNode(row.get("relation").asNode(), NO_PREFIXES) + " ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> " + FmtUtils.stringForNode(row.get("object").asNode(), NO_PREFIXES);
            String direct = "PREFIX exokg: <https://w3id.org/exokg/ontology/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?d) AS ?documents) "
                    + "WHERE { ?c a exokg:Claim ; " + statement + " ; exokg:polarity exokg:PositivePolarity ; dcterms:source ?d }";
            QuerySolution counted = runner.run(org.apache.jena.query.QueryFactory.create(direct)).rows().next();
            assertEquals(counted.getLiteral("claims").getLong(), row.getLiteral("claims").getLong(), statement);
            assertEquals(counted.getLiteral("documents").getLong(), row.getLiteral("documents").getLong(), statement);
        }
        // per document, after the ingest: the summary was refreshed
        for (QuerySolution row : rows("documents")) {
            String direct = "PREFIX exokg: <https://w3id.org/exokg/ontology/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "SELECT (COUNT(?c) AS ?n) WHERE { ?d dcterms:identifier " + FmtUtils.stringForNode(row.get("docId").asNode(), NO_PREFIXES)
                    + " . ?c a exokg:Claim ; dcterms:source ?d }";
            assertEquals(count(runner, direct), row.getLiteral("claims").getLong(), row.get("docId").toString());
        }
        long total = 0;
        for (QuerySolution row : rows("hedged-vs-definite")) {
            total += row.getLiteral("definite").getLong() + row.getLiteral("hedgedClaims").getLong();
        }
        assertEquals(claimsAfter, total, "hedged-vs-definite sums to every claim");
    }

    @Test
    void relationAndSourceCountsAgreeWithCountingTheClaims() {
        String prefixes = "PREFIX exokg: <https://w3id.org/exokg/ontology/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?s) AS ?sentences) WHERE { ";
        List<QuerySolution> relations = rows("claims-per-relation");
        assertTrue(relations.size() >= 5, "relations: " + relations.size());
        long total = 0;
        for (QuerySolution row : relations) {
            String relation = FmtUtils.stringForNode(row.get("relation").asNode(), NO_PREFIXES);
            QuerySolution counted = runner.run(org.apache.jena.query.QueryFactory.create(prefixes
                    + "?c a exokg:Claim ; rdf:predicate " + relation + " ; dcterms:source ?d ; prov:wasDerivedFrom ?s }")).rows().next();
            for (String column : List.of("claims", "documents", "sentences")) {
                assertEquals(counted.getLiteral(column).getLong(), row.getLiteral(column).getLong(), relation + " " + column);
            }
            total += row.getLiteral("claims").getLong();
        }
        assertEquals(claimsAfter, total, "claims-per-relation sums to every claim (after the ingest: the summary was refreshed)");
        List<QuerySolution> sources = rows("cell-type-sources");
        assertTrue(sources.size() >= 3, "cell types: " + sources.size());
        for (QuerySolution row : sources) {
            String source = FmtUtils.stringForNode(row.get("cellType").asNode(), NO_PREFIXES);
            QuerySolution counted = runner.run(org.apache.jena.query.QueryFactory.create(prefixes + "?c a exokg:Claim ; rdf:predicate exokg:derivedFrom ; "
                    + "rdf:object " + source + " ; exokg:polarity exokg:PositivePolarity ; dcterms:source ?d ; prov:wasDerivedFrom ?s }")).rows().next();
            for (String column : List.of("documents", "sentences")) {
                assertEquals(counted.getLiteral(column).getLong(), row.getLiteral(column).getLong(), source + " " + column);
            }
        }
    }

    @Test
    void groupedAnswersCountWhatTheyReplaced() {
        String prefixes = "PREFIX exokg: <https://w3id.org/exokg/ontology/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#> ";
        // source-shares: one row per reported share; its statements, summed, are every share statement of the store
        List<QuerySolution> shares = rows("source-shares");
        long statements = shares.stream().mapToLong(r -> r.getLiteral("statements").getLong()).sum();
        assertEquals(count(runner, prefixes + "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a exokg:QuantityStatement ; "
                + "exokg:measuredProperty ?p VALUES ?p { exokg:SourceShare exokg:SourcePredominance } }"), statements, "source-shares statements");
        assertTrue(shares.size() < statements, shares.size() + " rows for " + statements + " share statements");
        // loading-techniques: per technique and cargo, the distinct sentences counted directly
        int reported = 0;
        for (QuerySolution row : rows("loading-techniques")) {
            if (!row.contains("sentences")) {
                continue;
            }
            String technique = FmtUtils.stringForNode(row.get("technique").asNode(), NO_PREFIXES);
            String loading = "?l rdf:predicate exokg:loadedBy ; rdf:object " + technique + " ; exokg:polarity exokg:PositivePolarity ; "
                    + "prov:wasDerivedFrom ?s ; dcterms:source ?d . ";
            String carrying = "?c prov:wasDerivedFrom ?s ; rdf:predicate exokg:carries ; rdf:object ?cargo . ?cargo <http://www.w3.org/2000/01/rdf-schema#label> ";
            String where = row.contains("cargo") ? loading + carrying + FmtUtils.stringForNode(row.get("cargo").asNode(), NO_PREFIXES)
                    : loading + "FILTER NOT EXISTS { ?c prov:wasDerivedFrom ?s ; rdf:predicate exokg:carries }";
            reported++;
            QuerySolution counted = runner.run(org.apache.jena.query.QueryFactory.create(prefixes
                    + "SELECT (COUNT(DISTINCT ?s) AS ?sentences) (COUNT(DISTINCT ?d) AS ?documents) WHERE { " + where + " }")).rows().next();
            assertEquals(counted.getLiteral("sentences").getLong(), row.getLiteral("sentences").getLong(), technique + " " + row.get("cargo"));
            assertEquals(counted.getLiteral("documents").getLong(), row.getLiteral("documents").getLong(), technique + " " + row.get("cargo"));
        }
        assertTrue(reported >= 3, "loading-techniques rows with counts: " + reported); // (corpus/ names no cargo with a technique)
        // conflicting-claims: one row per statement of a conflict; its claims, summed per conflict, are the conflict's claims
        Map<String, Long> perConflict = new HashMap<>();
        for (QuerySolution row : rows("conflicting-claims")) {
            perConflict.merge(row.getResource("conflict").getURI(), row.getLiteral("claims").getLong(), Long::sum);
        }
        assertFalse(perConflict.isEmpty(), "no conflict in the scaled store");
        LibraryQuery evidence = library.byName("conflict-evidence").orElseThrow();
        perConflict.forEach((conflict, claims) -> {
            assertEquals(count(runner, prefixes + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { <" + conflict + "> exokg:involvesClaim ?c }"), claims, conflict);
            // the detail query: every claim of the conflict, page by page
            assertEquals(claims, runner.run(evidence.withParameters(Map.of("conflict", "<" + conflict + ">", "limit", "100000"))).size(), conflict);
            assertEquals(Math.min(claims, 3), runner.run(evidence.withParameters(Map.of("conflict", "<" + conflict + ">", "limit", "3"))).size(), conflict);
        });
        // quantity-conflicts: one row per finding, with the number of its statements and their documents
        List<QuerySolution> findings = rows("quantity-conflicts");
        assertFalse(findings.isEmpty(), "no quantity finding in the scaled store");
        for (QuerySolution row : findings) {
            String finding = "<" + row.getResource("finding").getURI() + ">";
            QuerySolution counted = runner.run(org.apache.jena.query.QueryFactory.create(prefixes + "SELECT (COUNT(DISTINCT ?q) AS ?statements) "
                    + "(COUNT(DISTINCT ?d) AS ?documents) WHERE { " + finding + " exokg:involvesQuantity ?q . ?q dcterms:source ?d }")).rows().next();
            assertEquals(counted.getLiteral("statements").getLong(), row.getLiteral("statements").getLong(), finding);
            assertEquals(counted.getLiteral("documents").getLong(), row.getLiteral("documents").getLong(), finding);
        }
    }

    @Test
    void pagesOfTheDocumentsCoverEveryDocumentOnce() {
        LibraryQuery documents = library.byName("documents").orElseThrow();
        List<String> seen = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
            QueryAnswer page = runner.run(documents.withParameters(Map.of("limit", "7", "offset", String.valueOf(offset))));
            List<String> ids = new ArrayList<>();
            page.rows().forEachRemaining(r -> ids.add(r.getLiteral("docId").getString()));
            assertTrue(ids.size() <= 7, ids.toString());
            seen.addAll(ids);
            if (ids.size() < 7) {
                break;
            }
        }
        long all = count(runner, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/exokg/ontology/Document> }");
        assertEquals(FIRST + ADDED, all);
        assertEquals(all, seen.size(), "every document on one page");
        assertEquals(all, new HashSet<>(seen).size(), "no document on two pages");
        assertEquals(seen.stream().sorted().toList(), seen, "pages in identifier order");
    }

    static List<QuerySolution> rows(String name) {
        QueryAnswer a = runner.run(library.byName(name).orElseThrow().query());
        List<QuerySolution> out = new ArrayList<>();
        a.rows().forEachRemaining(out::add);
        return out;
    }

    /** The first pattern TDB2 matches without bindings from an earlier step; graph is null for the union. */
    record Start(Node graph, Triple pattern) {}

    /**
     * Walks the optimised algebra: a basic graph pattern is checked in the order TDB2 runs it (its reorder
     * transformation), every pattern after the first must share a variable with those before it; an
     * operator whose children are evaluated independently (join, union, left join) makes each child a start,
     * one whose later children get the earlier bindings (sequence, conditional) only its first.
     */
    static void walk(Op op, Node graph, boolean start, Set<Var> bound, ReorderTransformation reorder, List<Start> starts,
            List<String> problems) {
        if (op instanceof OpBGP bgp) {
            BasicPattern ordered = reorder.reorder(bgp.getPattern());
            Set<Var> seen = new HashSet<>(bound);
            boolean first = true;
            for (Triple t : ordered) {
                Set<Var> vars = vars(t);
                if (!first && !vars.isEmpty() && vars.stream().noneMatch(seen::contains)) {
                    problems.add("cross product: " + FmtUtils.stringForTriple(t, NO_PREFIXES) + " shares no variable with the patterns before it");
                }
                seen.addAll(vars);
                first = false;
            }
            if (start && !ordered.isEmpty()) {
                starts.add(new Start(graph, ordered.get(0)));
            }
        } else if (op instanceof OpGraph g) {
            walk(g.getSubOp(), g.getNode().isURI() ? g.getNode() : null, start, bound, reorder, starts, problems);
        } else if (op instanceof OpSequence seq) {
            // each element is run with the bindings of those before it
            Set<Var> soFar = new HashSet<>(bound);
            for (int i = 0; i < seq.size(); i++) {
                walk(seq.get(i), graph, start && i == 0, soFar, reorder, starts, problems);
                soFar.addAll(OpVars.visibleVars(seq.get(i)));
            }
        } else if (op instanceof OpConditional c) {
            walk(c.getLeft(), graph, start, bound, reorder, starts, problems);
            Set<Var> left = new HashSet<>(bound);
            left.addAll(OpVars.visibleVars(c.getLeft()));
            walk(c.getRight(), graph, false, left, reorder, starts, problems);
        } else if (op instanceof Op2 two) {
            // join, left join, union, minus: ARQ evaluates both sides on their own and joins the results
            walk(two.getLeft(), graph, start, bound, reorder, starts, problems);
            walk(two.getRight(), graph, start, bound, reorder, starts, problems);
        } else if (op instanceof OpN n) {
            n.getElements().forEach(e -> walk(e, graph, start, bound, reorder, starts, problems));
        } else if (op instanceof Op1 one) {
            walk(one.getSubOp(), graph, start, bound, reorder, starts, problems);
        }
    }

    static Set<Var> vars(Triple t) {
        Set<Var> vars = new HashSet<>();
        for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
            if (n.isVariable()) {
                vars.add(Var.alloc(n));
            }
        }
        return vars;
    }

    /** How many triples of the store (its union graph, or the named graph) match the pattern alone. */
    static long matches(Start s) {
        // a path's or blank node's hidden variable (??0) is written as a plain one
        Node[] nodes = {s.pattern.getSubject(), s.pattern.getPredicate(), s.pattern.getObject()};
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].isVariable() && !nodes[i].getName().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                nodes[i] = Var.alloc("hidden" + i);
            }
        }
        String pattern = FmtUtils.stringForTriple(Triple.create(nodes[0], nodes[1], nodes[2]), NO_PREFIXES) + " .";
        String where = s.graph == null ? pattern : "GRAPH " + FmtUtils.stringForNode(s.graph, NO_PREFIXES) + " { " + pattern + " }";
        return count(runner, "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
    }
}
