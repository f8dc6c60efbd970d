package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exokg.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch goldconv40, fortieth session) GoldSentenceCheck: a gold row whose sentence the splitter cuts in two (or that
 * holds two of the splitter's sentences joined), or whose text lies in no sentence of the splitter, can never be matched.
 * The development golds (design sets and the deciding pool; never the sealed sets) must have none, but for the settled
 * rows below.
 */
class GoldSentenceCheckTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    @TempDir
    Path dir;

    private static String[] row(String doc, String sentence, String subject, String qualifier, String relation, String object) {
        return new String[] {doc, sentence, subject, qualifier, relation, object, "positive", "false", ""};
    }

    @Test
    void aJoinedSentenceAndAHeadingAreFoundAndASentenceOrItsPartIsNot() throws Exception {
        Path text = dir.resolve("fixture.txt");
        Files.writeString(text, "Vesicles of quail eggs in wound care\n\n"
                + "Vesicles of quail eggs were isolated by ultracentrifugation (approx. 120,000 g). They closed wounds in mice.\n"
                + "The vesicles carried ovalbumin and did not raise antibodies.\n");
        Map<String, Document> docs = GoldSentenceCheck.load(List.of(text));
        String doc = docs.keySet().iterator().next();
        List<String[]> rows = List.of(
                // two of the splitter's sentences copied as one: never matched
                row(doc, "isolated by ultracentrifugation (approx. 120,000 g). They closed wounds", "ExtracellularVesicle", "Egg",
                        "treats", "Injury"),
                // a heading (a noun phrase first line) is no sentence of the splitter
                row(doc, "Vesicles of quail eggs in wound care", "ExtracellularVesicle", "-", "derivedFrom", "Egg"),
                // the sentence that states the claim, whole or a part of it (the abbreviation does not cut it): right
                row(doc, "Vesicles of quail eggs were isolated by ultracentrifugation (approx. 120,000 g)", "ExtracellularVesicle",
                        "-", "derivedFrom", "Egg"),
                row(doc, "They closed wounds in mice", "ExtracellularVesicle", "Egg", "treats", "Injury"),
                row(doc, "The vesicles carried ovalbumin", "ExtracellularVesicle", "Egg", "carries", "Protein"));
        List<GoldSentenceCheck.Problem> problems = GoldSentenceCheck.check(rows, docs, null);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).kind().startsWith("joined (2 "), problems.toString());
        assertEquals(List.of("Vesicles of quail eggs were isolated by ultracentrifugation (approx. 120,000 g).",
                "They closed wounds in mice."), problems.get(0).pieces());
        assertTrue(problems.get(1).kind().startsWith("outside (in no sentence"), problems.toString());
    }

    /**
     * Rows read and settled (set | document | sentence), each with its reason: they stay although the splitter gives them no
     * sentence.
     */
    private static final Set<String> SETTLED = Set.of(
            // convention kkk (a "Label: sentence" or plain first line that is a full sentence carries its rows; rows added by
            // goldconv38, aaaaaaaa's entry): the reader does not read this first line as a sentence (TitleSentences finds no
            // finite verb in "speed ... by acting"), an extractor question, not the gold's
            "blind 45 | blind45-p-preprint-abstract-adipose-stem-cell-evs-keratinocytes-endothelial-cells-diabetic-wound-healing-mice"
                    + " | Adipose-derived stem cell extracellular vesicles speed diabetic wound healing by acting on keratinocytes and"
                    + " endothelial cells");

    /** The development sets with their texts, and the held-out kind gold with its own text. */
    private static List<HedgeReview.GoldSet> sets() {
        List<HedgeReview.GoldSet> sets = new ArrayList<>(RecallReview.developmentSets());
        sets.add(new HedgeReview.GoldSet("held-out kinds", "heldout-kind-claims.tsv",
                Path.of("src/test/resources/documents/kinds/vesicle-classification.txt")));
        return sets;
    }

    @Test
    void developmentGoldRowsLieInOneSentenceOfTheSplitter() throws Exception {
        List<String> broken = new ArrayList<>();
        for (HedgeReview.GoldSet set : sets()) {
            Map<String, Document> docs = GoldSentenceCheck.load(List.of(set.texts()));
            List<Path> files = set.goldFile().equals("heldout-kind-claims.tsv") ? List.of(GOLD.resolve(set.goldFile()))
                    : set.goldFile().equals("heldout-claims.tsv") ? List.of(GOLD.resolve(set.goldFile()))
                    : GoldSentenceCheck.goldFiles(GOLD, set.goldFile());
            int rows = 0;
            int problems = 0;
            for (Path g : files) {
                List<String[]> gr = GoldStandard.readRows(g);
                rows += gr.size();
                for (GoldSentenceCheck.Problem p : GoldSentenceCheck.check(gr, docs, null)) {
                    problems++;
                    if (!SETTLED.contains(set.name() + " | " + p.document() + " | " + p.sentence())) {
                        broken.add(set.name() + " | " + g.getFileName() + " | " + p);
                    }
                }
            }
            System.out.printf("GoldSentenceCheck %s: %d rows, %d not in one sentence of the splitter%n", set.name(), rows, problems);
        }
        assertEquals(List.of(), broken, String.join("\n", broken));
    }
}
