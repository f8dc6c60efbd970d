package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.bench.ScaleCorpus;
import org.junit.jupiter.api.Test;

/** The expression cost benchmark ranks a slow expression first and counts what each expression finds. */
class ExpressionCostsTest {

    @Test
    void aLookbehindTriedAtEveryPositionRanksAboveAWordSearch() throws Exception {
        List<String> texts = ScaleCorpus.realSentences(List.of(Path.of("corpus"))).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        // no required word and a capturing rest (not guarded): the 300-character lookbehind runs at every position
        ExpressionCosts.Expression slow = new ExpressionCosts.Expression("test", "slow", Pattern.compile("(?<=[^.;]{0,300})(\\w+)"));
        ExpressionCosts.Expression cheap = new ExpressionCosts.Expression("test", "cheap", Pattern.compile("\\bexosomes?\\b"));
        List<ExpressionCosts.Cost> costs = ExpressionCosts.measure(List.of(cheap, slow), texts, 1);
        assertEquals("slow", costs.get(0).expression().id());
        ExpressionCosts.Cost word = costs.get(1);
        long holding = texts.stream().filter(t -> t.contains("exosome")).count();
        long found = texts.stream().mapToLong(t -> cheap.pattern().matcher(t).results().count()).sum();
        assertEquals(holding, word.letThrough(), "only sentences holding the word are searched");
        assertEquals(found, word.matches());
        assertEquals(texts.size(), costs.get(0).letThrough(), "an expression with no required word searches every sentence");
    }

    @Test
    void everyShippedRuleCueEventAndMeasureIsListed() {
        List<ExpressionCosts.Expression> shipped = ExpressionCosts.shipped();
        assertEquals(ClaimPatterns.defaults().rules().size(), shipped.stream().filter(e -> e.kind().equals("rule trigger")).count());
        assertTrue(shipped.stream().anyMatch(e -> e.kind().equals("cue:hedge")));
        assertEquals(ClaimPatterns.defaults().challengeEvents().size(),
                shipped.stream().filter(e -> e.kind().equals("challenge event")).count());
    }
}
