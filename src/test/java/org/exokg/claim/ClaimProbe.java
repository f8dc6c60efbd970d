package org.exokg.claim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;

/**
 * Developer tool (not a test, branch events): reads a text from standard input, extracts it as one plain-text
 * document with the project's ontology and prints each claim with its rule and sentence.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ClaimProbe < text.txt}; with
 * file arguments (branch dev18) it reads those documents in their own format (JATS, PubMed XML) instead.
 */
public final class ClaimProbe {

    private ClaimProbe() {}

    public static void main(String[] args) throws Exception {
        java.util.List<DocumentExtraction> extractions = new java.util.ArrayList<>();
        if (args.length > 0) {
            org.exokg.rdf.DocumentGraphBuilder builder = org.exokg.rdf.DocumentGraphBuilder.fromOntology(Path.of(org.exokg.ExoKg.ONTOLOGY_FILE));
            for (String a : args) {
                extractions.addAll(builder.extract(Path.of(a)));
            }
        } else {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            extractions.add(TestSupport.extractText(Files.createTempDirectory("claim-probe"), text, ".txt"));
        }
        if (Boolean.getBoolean("probe.mentions")) {
            // (branch subjects6) -Dprobe.mentions=true: the mentions of each text too, as surface{class}
            for (DocumentExtraction e : extractions) {
                System.out.println("mentions: " + e.mentions().stream()
                        .map(m -> m.surface() + "{" + TestSupport.local(m.iri()) + "}").collect(java.util.stream.Collectors.joining(" ")));
            }
        }
        for (DocumentExtraction e : extractions) for (Claim c : e.claims()) {
            System.out.println(TestSupport.local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                    + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri())
                    + (c.hedgeCue() != null ? " HEDGED" : "") + "  {" + c.rule() + "}"
                    // (branch subjects33) -Dprobe.names=true: the preparation name a claim is about, if any
                    + (Boolean.getBoolean("probe.names") && c.preparationName() != null ? " <" + c.preparationName() + ">" : "")
                    + "  | " + c.sentence().text());
        }
    }
}
