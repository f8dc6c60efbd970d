package org.exokg;

/** Names and paths shared by every stage (see docs/graph-model.md). */
public final class ExoKg {
    private ExoKg() {}

    public static final String VERSION = versionFromManifest();

    public static final String ONTOLOGY_IRI = "https://w3id.org/exokg/ontology";
    /** Namespace of ontology terms. */
    public static final String NS = "https://w3id.org/exokg/ontology/";
    /** Namespace of instance data (documents, claims, evidence, conflicts). */
    public static final String RESOURCE_NS = "https://w3id.org/exokg/resource/";
    /** Namespace of named graphs. */
    public static final String GRAPH_NS = "https://w3id.org/exokg/graph/";

    public static final String ONTOLOGY_GRAPH = GRAPH_NS + "ontology";
    public static final String INFERRED_GRAPH = GRAPH_NS + "inferred";
    public static final String CONFLICTS_GRAPH = GRAPH_NS + "conflicts";
    public static final String QUERIES_GRAPH = GRAPH_NS + "queries";
    public static final String VOID_GRAPH = GRAPH_NS + "void";
    public static final String IMPORTS_GRAPH = GRAPH_NS + "imports";
    /** Per-statement and per-document claim counts (org.exokg.store.StatementSummary), derived from the documents. */
    public static final String STATEMENTS_GRAPH = GRAPH_NS + "statements";

    public static String documentGraph(String docId) {
        return GRAPH_NS + "document/" + docId;
    }

    /** The ontology file, relative to the project directory. */
    public static final String ONTOLOGY_FILE = "ontology/exokg.ttl";

    /**
     * The module of claims and evidence (Claim, Evidence, Conflict, polarity, scope), relative to the project
     * directory. It imports the domain ontology; {@link OntologyFiles} reads the two together.
     */
    public static final String CLAIMS_MODULE_FILE = "ontology/exokg-claims.ttl";

    /** IRI of the claims module. */
    public static final String CLAIMS_MODULE_IRI = ONTOLOGY_IRI + "/claims";

    /** The Jena rules applied at build time and by the Fuseki inference service, relative to the project directory. */
    public static final String RULES_FILE = "ontology/rules/exokg.rules";

    private static String versionFromManifest() {
        String v = ExoKg.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
