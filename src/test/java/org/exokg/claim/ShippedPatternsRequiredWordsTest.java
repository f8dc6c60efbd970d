package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.exokg.mention.LeadingLookarounds;
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
    /**
     * Every shipped rule, cue and challenge event that {@link LeadingLookarounds} rewrites finds the same matches (start
     * and end) as written, over the sentences of corpus/ and the development held-out texts and pieces of them.
     */
    @Test
    void guardedShippedPatternsFindTheSameMatches() throws Exception {
        List<Pattern> shipped = new ArrayList<>(Cues.patterns());
        for (ClaimRule r : ClaimPatterns.defaults().rules()) {
            shipped.add(r.trigger());
            Stream.of(r.objectSuffix(), r.vesiclePrefix(), r.objectPrefix(), r.unlessSentence(), r.unlessBefore())
                    .filter(java.util.Objects::nonNull).forEach(shipped::add);
        }
        ClaimPatterns.defaults().challengeEvents().forEach(e -> shipped.add(e.pattern()));
        List<String> texts = new ArrayList<>();
        Random random = new Random(11);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("corpus", "src/test/resources/documents/heldout")) {
            try (Stream<Path> walk = Files.list(Path.of(dir))) {
                walk.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                new SentenceSplitter().split(d).forEach(s -> {
                    String lower = s.text().toLowerCase(Locale.ROOT);
                    texts.add(lower);
                    texts.add(s.text());
                    int a = random.nextInt(lower.length() + 1);
                    texts.add(lower.substring(a));
                });
            }
        }
        // the rule files' own examples, and every piece of each that starts or ends at a word: where the rest of an
        // expression matches but its opening lookaround, cut off, does not
        for (String file : List.of("claim-rules.yaml", "cues.yaml")) {
            String yaml = new String(ClaimPatterns.class.getResourceAsStream(file).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher example = Pattern.compile("(?m)^\\s*example:\\s*\"([^\"]+)\"").matcher(yaml);
            while (example.find()) {
                String lower = example.group(1).toLowerCase(Locale.ROOT);
                texts.add(lower);
                for (java.util.regex.Matcher word = Pattern.compile("\\b\\w").matcher(lower); word.find(); ) {
                    texts.add(lower.substring(word.start()));
                    texts.add(lower.substring(0, word.start()));
                }
            }
        }
        int rewritten = 0;
        long matches = 0;
        for (Pattern p : shipped) {
            Pattern guarded = LeadingLookarounds.guarded(p);
            if (guarded == p) {
                continue;
            }
            rewritten++;
            // (branch speed22) an expression given only its opening characters (most \b-led ones) is compared over the
            // lower-cased sentences (the texts the extractor searches) and a third of the pieces: its rewrite cannot read
            // differently from one text to another of the same shape, and all of them took two minutes
            boolean openingsOnly = LeadingLookarounds.guardedExpression(p.pattern(), p.flags()) == null;
            for (int t = 0; t < texts.size(); t += openingsOnly ? 3 : 1) {
                String text = texts.get(t);
                List<String> as = new ArrayList<>();
                List<String> gs = new ArrayList<>();
                for (java.util.regex.Matcher m = p.matcher(text); m.find(); ) {
                    as.add(m.start() + "-" + m.end());
                }
                for (java.util.regex.Matcher m = guarded.matcher(text); m.find(); ) {
                    gs.add(m.start() + "-" + m.end());
                }
                matches += as.size();
                assertEquals(as, gs, () -> "/" + p + "/ in '" + text + "'");
            }
        }
        assertTrue(rewritten >= 5, "rewritten " + rewritten);
        assertTrue(matches > 100, "matches compared " + matches);
    }
}
