package org.exokg.claim;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): every claim extracted from the development texts ({@link HedgeReview#REVIEWED_SETS}:
 * seed corpus, held-out, blind 1-12; never sealed/), one line each with all its fields, sorted, written to the file
 * {@code -Ddump=...}. Two dumps diffed show whether a refactoring left the extraction identical (branch precision2).
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ClaimDump -Ddump=/tmp/a.tsv}
 */
public final class ClaimDump {

    private ClaimDump() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<String> lines = new ArrayList<>();
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            for (Path p : set.texts()) {
                for (DocumentExtraction e : builder.extract(p)) {
                    for (Claim c : e.claims()) {
                        lines.add(String.join("\t", e.document().id(), c.subjectIri(), c.relation().iri(), c.objectIri(),
                                String.valueOf(c.negationCue()), String.valueOf(c.hedgeCue()), String.valueOf(c.scope()),
                                String.valueOf(c.qualifierIri()), String.valueOf(c.preparationName()), c.rule(),
                                c.sentence().normalizedText()));
                    }
                }
            }
        }
        lines.sort(null);
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(System.getProperty("dump", "claims.tsv"))), true,
                StandardCharsets.UTF_8)) {
            lines.forEach(out::println);
        }
        System.out.println(lines.size() + " claims");
    }
}
