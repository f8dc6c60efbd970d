package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.RequiredWords;
import org.junit.jupiter.api.Test;

/**
 * The prefilter of {@link RequiredWords} (in mention/, shared with the name patterns) over every entry of the shipped
 * rule and cue files: a sentence of the corpus, or a piece of one, that it turns away is never one the entry matches.
 */
class ShippedPatternsRequiredWordsTest {

    @Test
    void noShippedRuleOrCueIsSkippedWhereItMatchesInTheCorpus() throws Exception {
        List<Pattern> shipped = new ArrayList<>(Cues.patterns());
        for (ClaimRule r : ClaimPatterns.defaults().rules()) {
            shipped.add(r.trigger());
            Stream.of(r.objectSuffix(), r.vesiclePrefix(), r.objectPrefix(), r.unlessSentence(), r.unlessBefore())
                    .filter(java.util.Objects::nonNull).forEach(shipped::add);
        }
        ClaimPatterns.defaults().challengeEvents().forEach(e -> shipped.add(e.pattern()));
        List<String> texts = new ArrayList<>();
        Random random = new Random(7);
        List<Path> files;
        try (Stream<Path> walk = Files.list(Path.of("corpus"))) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                new SentenceSplitter().split(d).forEach(s -> {
                    String lower = s.text().toLowerCase(Locale.ROOT);
                    texts.add(lower);
                    for (int k = 0; k < 6; k++) { // the scopes the rules read are pieces of sentences
                        int a = random.nextInt(lower.length() + 1);
                        int b = a + random.nextInt(lower.length() - a + 1);
                        texts.add(lower.substring(a, b));
                    }
                });
            }
        }
        int turnedAway = 0;
        for (Pattern p : shipped) {
            for (String text : texts) {
                boolean may = RequiredWords.of(p).mayMatch(text);
                assertTrue(may || !p.matcher(text).find(), () -> "skipped a match of /" + p + "/ in '" + text + "'");
                turnedAway += may ? 0 : 1;
            }
        }
        assertTrue(turnedAway > shipped.size() * texts.size() / 2, "turned away " + turnedAway);
    }
}
