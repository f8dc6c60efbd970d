package org.exokg.bench;

import java.nio.file.Path;
import org.exokg.ExoKg;
import org.exokg.claim.Claim;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): prints each sentence with its mentions and claims, for reviewing
 * what the rules do. Usage: ClaimListing [--ontology FILE] FILE...
 */
public final class ClaimListing {
    public static void main(String[] args) throws Exception {
        Path ontology = Path.of(ExoKg.ONTOLOGY_FILE);
        int i = 0;
        if (args.length > 1 && args[0].equals("--ontology")) {
            ontology = Path.of(args[1]);
            i = 2;
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontology);
        for (; i < args.length; i++) {
            for (DocumentExtraction e : builder.extract(Path.of(args[i]))) {
                System.out.println("# " + e.summary());
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    var s = ds.first();
                    System.out.println();
                    System.out.println("[" + s.start() + "," + s.end() + ") §" + s.section() + " " + s.referenceNumbers());
                    System.out.println("  " + s.text());
                    StringBuilder ms = new StringBuilder("  mentions:");
                    for (Mention m : e.mentions()) {
                        if (m.start() >= s.start() && m.end() <= s.end()) {
                            ms.append(" ").append(m.surface()).append("=").append(local(m.iri()));
                        }
                    }
                    System.out.println(ms);
                    for (Claim c : e.claims()) {
                        if (c.sentence() == s) {
                            System.out.printf("  -> %s %s %s%s%s%s%s  {%s}%n", local(c.subjectIri()), c.relation().localName(),
                                    local(c.objectIri()), c.negated() ? " NEG(" + c.negationCue() + ")" : "",
                                    c.hedged() ? " HEDGE(" + c.hedgeCue() + ")" : "",
                                    c.qualifierIri() != null ? " SCOPE(" + local(c.qualifierIri()) + ")" : c.scope().name().equals("SPECIFIC") ? " SCOPE(?)" : "",
                                    c.preparationName() != null ? " NAME(" + c.preparationName() + ")" : "",
                                    c.rule());
                        }
                    }
                }
            }
        }
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
