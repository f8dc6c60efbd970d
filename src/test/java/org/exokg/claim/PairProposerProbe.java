package org.exokg.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;

/**
 * Developer tool (not a test; issue 15, branch pairproposer): prints every {@link PairProposer} candidate of a text with
 * its score under the shipped weights. Usage: {@code mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.PairProposerProbe -Dprobe.text="Results\n\nMilk exosomes ..."}.
 */
public final class PairProposerProbe {

    private PairProposerProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pairprobe");
        for (String text : System.getProperty("probe.text").split("\\|\\|")) {
            DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n" + text.strip() + "\n", ".txt");
            System.out.println("TEXT\t" + text.strip());
            e.claims().forEach(c -> System.out.println("  CLAIM\t" + c.relation().localName() + " " + GoldStandard.local(c.objectIri())));
            for (PairProposer.Candidate c : PairProposer.candidates(e.document(),
                    e.sentences().stream().map(org.exokg.rdf.DocumentExtraction.DistinctSentence::first).toList(), e.mentions(),
                    e.claims(), TestSupport.projectBuilder().lexicon())) {
                System.out.printf(Locale.ROOT, "  %.3f\t%s[%s] %s%s %s%n", PairProposer.shipped().score(c.features()),
                        GoldStandard.local(c.claim().subjectIri()), c.claim().qualifierIri() == null ? "-" : GoldStandard.local(c.claim().qualifierIri()),
                        c.claim().negated() ? "NOT " : "", c.claim().relation().localName(), GoldStandard.local(c.claim().objectIri()));
            }
        }
    }
}
