package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link RuleCarryReview} (issue 15, branch ruleaudit) reads a claim's rule string and splits its claims into
 * in-sample and out-of-sample by the rule's dating.
 */
class RuleCarryReviewTest {

    private static RuleCarryReview.Row row(String set, boolean right, boolean lenient, String rule) {
        return new RuleCarryReview.Row(set, "doc", right, lenient, false, false, rule, "Exosome carries Protein", "carries",
                "positive", "sentence");
    }

    @Test
    void ruleIdIsTheFirstComponentOfTheFirstReading() {
        RuleCarryReview.Row r = row("blind 9", true, true,
                "vesicle-has-challenge+previous-sentence-subject,vesicle-has-challenge+anaphor+hedge:hedge-modal");
        assertEquals("vesicle-has-challenge", r.ruleId());
        assertEquals(List.of("previous-sentence-subject"), r.suffixes());
        assertEquals("previous-sentence-subject", r.subjectForm());
        assertEquals("anaphor", row("blind 9", true, true, "vesicle-carries-cargo+anaphor+negation:negation-not").subjectForm());
        assertEquals("in-sentence", row("blind 9", true, true, "vesicle-carries-cargo+hedge:hedge-modal").subjectForm());
    }

    @Test
    void claimsOnSetsTheRuleHadNotSeenAreOutOfSample() {
        Map<String, RuleCarryReview.Dating> dates = Map.of(
                "r1", new RuleCarryReview.Dating("c1", "d", Set.of("blind 1"), Set.of("blind 1", "blind 2")),
                "hedge-modal", new RuleCarryReview.Dating("c2", "d", Set.of("blind 1", "blind 2", "blind 3"), Set.of("blind 1", "blind 2", "blind 3")));
        List<RuleCarryReview.Row> rows = List.of(row("blind 1", true, true, "r1"), row("blind 2", false, true, "r1"),
                row("blind 3", true, true, "r1+hedge:hedge-modal"), row("blind 3", false, false, "r1"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleCarryReview.report(rows, dates, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // in-sample 1 right; out-of-sample (blind 2, 3) 1 right, 2 wrong, one of them right but for its qualifier;
        // untouched (blind 3 only: an edit had seen blind 2) 1 right 1 wrong
        assertTrue(out.contains("RULE\tr1\td\t" + (RecallReview.developmentSets().size() - 1) + "\t1\t0\t1.000\t1\t2\t0.333\t1\t2\t2\t1\t1\t0.500"), out);
        // the hedge cue is dated by its own entry: blind 3 is in-sample for it; a hedge cue is right only when the gold hedges
        assertTrue(out.contains("CUE\thedge:hedge-modal\td\t" + (RecallReview.developmentSets().size() - 3) + "\t0\t1\t0.000\t0\t0\t-\t0\t0\t0\t0\t0\t-"), out);
        assertTrue(out.contains("FORM\tin-sentence\t\t\t1\t0\t1.000\t1\t2\t0.333"), out);
        assertTrue(!out.contains("FLAG\tr1"), "three out-of-sample claims are too few to flag: " + out);
    }

    @Test
    void aDatesFileWithoutItsHeaderIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("dates.tsv");
        Files.writeString(bad, "r1\tc1\td\tblind 1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleCarryReview.readDates(bad));
        assertTrue(e.getMessage().contains("not a rule dates file") && !e.getMessage().contains("\n"), e.getMessage());
        Files.writeString(bad, "id\tfirst_commit\tdate\tseen_sets\tedit_seen_sets\nr1\tc1\td\tblind 1\n");
        assertThrows(IllegalArgumentException.class, () -> RuleCarryReview.readDates(bad));
        Files.writeString(bad, "id\tfirst_commit\tdate\tseen_sets\tedit_seen_sets\nr1\tc1\td\t\tblind 1,blind 2\n");
        RuleCarryReview.Dating d = RuleCarryReview.readDates(bad).get("r1");
        assertEquals(Set.of(), d.seen());
        assertEquals(Set.of("blind 1", "blind 2"), d.editSeen());
    }
}
