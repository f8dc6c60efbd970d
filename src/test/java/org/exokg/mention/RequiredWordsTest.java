package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The words a pattern needs (the prefilter before rule triggers, cues and challenge events): a text the prefilter
 * turns away is never one the pattern matches, for invented patterns of every construct and for every entry of
 * the shipped rule and cue files; and it does turn texts away.
 */
class RequiredWordsTest {

    /** Invented patterns: alternations, optional parts, classes, quantifiers, flags, lookarounds, escapes. */
    private static final List<Pattern> INVENTED = List.of(
            Pattern.compile("\\b(?:cross(?:es|ed|ing)?|penetrat\\w*|pass(?:es)?(?: through| across)?)\\b"),
            Pattern.compile("(?:derived|isolated) from|from"),
            Pattern.compile("\\A\\s*by\\s+(?:the\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}\\z"),
            Pattern.compile("(?i)\\bhar(?:bou?r)s?\\b"),
            Pattern.compile("ste(?i:RILE)"),
            Pattern.compile("Vesicle", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?iu)straße"),
            Pattern.compile("colou?r|hue"),
            Pattern.compile("(?:a|b)?c"),
            Pattern.compile("x[yz]{2,3}w"),
            Pattern.compile("gr[ae]y|silver"),
            Pattern.compile("[^a-c]at|dog"),
            Pattern.compile("[]x]y"),
            Pattern.compile("[a-d&&[^b]]ot"),
            Pattern.compile("[\\-‐–]scale"),
            Pattern.compile("large[\\s\\-‐–]scale|gmp"),
            Pattern.compile("(?<=stor)ed|ing(?=\\s+cold)"),
            Pattern.compile("(?<!no)t eff(?!ect)"),
            Pattern.compile("(\\w+) and \\1"),
            Pattern.compile("(?<word>[a-z]+)-\\k<word>"),
            Pattern.compile("\\Qa+b\\E|c\\.d"),
            Pattern.compile("\\u00e9t\\x41|\\x{1F600}"),
            Pattern.compile("😀?x"),
            Pattern.compile("(?:ab|cd)*e|f+g|h{0}i"),
            Pattern.compile("lo+ng|sh?ort|me{1,2}d"),
            Pattern.compile("(?:the\\s+|their\\s+)?(?:yields?|recovery)\\s+(?:is|was)\\s+(?:low|poor)\\b"),
            Pattern.compile("\\bnot\\b(?!\\s+only)|\\bno\\b|\\bfail(?:s|ed)? to\\b"),
            Pattern.compile("(?x) a b # comments mode"),
            Pattern.compile("a.c|.q"),
            Pattern.compile("\\d+ ?(?:mg|µg)"),
            Pattern.compile("(?>ab|a)c"),
            Pattern.compile("(?:)|z"),
            Pattern.compile("tab\\there|\\Qend"),
            Pattern.compile("[abc]{0,2}+d|e*?f"));

    @Test
    void anAlternationKeepsTheWordsEveryBranchNeeds() {
        // both branches need the organ: picking a set from each branch, the organ's set is picked from both
        Pattern organs = Pattern.compile("\\bend\\s+up\\s+in\\s+(?:liver|spleen)|(?<=\\bmost\\s[^.]{0,40})found\\s+in\\s+(?:liver|spleen)");
        assertTrue(required(organs).contains(Set.of("liver", "spleen")), () -> required(organs).toString());
        assertFalse(RequiredWords.of(organs).mayMatch("most vesicles were found in the kidney"));
        assertTrue(RequiredWords.of(organs).mayMatch("most vesicles were found in liver"));
        // a branch that needs nothing: the alternation needs nothing
        assertEquals(List.of(), required(Pattern.compile("liver|\\w+")));
    }

    @Test
    void aCaseInsensitiveExpressionsWordsAreFoundAsWrittenInALowerCasedText() {
        // (branch speed20) the words of a case-insensitive expression are lower case: in a text lower-cased beforehand a
        // plain search finds them; a text not lower-cased is not what the test is for (its capitals are not found)
        Pattern withdrawn = Pattern.compile("\\bstatements?\\s+(?:was|has\\s+been)\\s+withdrawn", Pattern.CASE_INSENSITIVE);
        RequiredWords lower = RequiredWords.of(withdrawn).forLowerCaseText();
        String text = "The STATEMENT has been Withdrawn.";
        assertTrue(withdrawn.matcher(text).find());
        assertTrue(lower.mayMatch(text.toLowerCase(Locale.ROOT)));
        assertFalse(lower.mayMatch("the statement has been corrected."));
        assertEquals(required(withdrawn), lower.required());
    }

    @Test
    void theWordsInAMatchLeaveOutLookarounds() {
        Pattern circulating = Pattern.compile("[Cc]irculating(?=\\s+(?:EVs|exosomes))");
        assertEquals(List.of(Set.of("Circulating", "circulating"), Set.of("EVs", "exosomes")), required(circulating));
        assertEquals(List.of(Set.of("Circulating", "circulating")), RequiredWords.inMatch(circulating).required());
        // a sentence ending before the lookahead's words: the region's own words decide
        assertTrue(RequiredWords.inMatch(circulating).mayMatch("circulating"));
        assertFalse(RequiredWords.of(circulating).mayMatch("circulating"));
    }

    @Test
    void noNamePatternIsSkippedInASentenceWhereItMatches() throws Exception {
        List<Pattern> names = org.exokg.TestSupport.projectLexicon().namePatterns().stream().map(Lexicon.NamePattern::pattern).toList();
        assertTrue(names.size() >= 5, "the ontology's name patterns: " + names.size());
        int turnedAway = 0;
        int found = 0;
        List<Path> files;
        // the seed corpus names no microRNA: the development texts do
        try (Stream<Path> walk = Stream.concat(Files.list(Path.of("corpus")), Files.list(Path.of("src/test/resources/documents/heldout")))) {
            files = walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                for (org.exokg.document.Sentence s : new SentenceSplitter().split(d)) {
                    for (Pattern p : names) {
                        // searched as the recogniser does: the sentence as a region of the document, lookarounds
                        // seeing past it
                        Matcher m = p.matcher(d.text()).region(s.start(), s.end()).useTransparentBounds(true);
                        boolean matches = m.find();
                        boolean may = RequiredWords.inMatch(p).mayMatch(d.text().substring(s.start(), s.end()));
                        assertTrue(may || !matches, () -> "skipped /" + p + "/ in '" + s.text() + "'");
                        turnedAway += may ? 0 : 1;
                        found += matches ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(found > 0, "some sentence names a microRNA or an interleukin");
        assertTrue(turnedAway > found, "turned away " + turnedAway);
    }

    @Test
    void theWordsFoundAreThoseEveryMatchNeeds() {
        assertEquals(List.of(Set.of("cross", "crosses", "crossed", "crossing", "penetrat", "pass", "passes",
                "pass through", "pass across", "passes through", "passes across")), required(INVENTED.get(0)));
        assertEquals(List.of(Set.of("by")), required(INVENTED.get(2)));
        assertEquals(List.of(Set.of("harbor", "harbour", "harbors", "harbours")), required(INVENTED.get(3)));
        assertEquals(List.of(Set.of("x"), Set.of("y", "z"), Set.of("w")), required(INVENTED.get(9)));
        assertEquals(List.of(Set.of("yields", "yield", "recovery"), Set.of("is", "was"), Set.of("low", "poor")),
                required(INVENTED.get(25)));
        // what the reader cannot list requires nothing: the pattern is always run
        assertEquals(List.of(), required(Pattern.compile("(?x) a b # comments mode")));
        assertEquals(List.of(), required(Pattern.compile("(?iu)straße")));
        assertEquals(List.of(), required(Pattern.compile("(?:)|z")));
        assertEquals(List.of(), required(Pattern.compile("ab", Pattern.LITERAL)));
    }

    @Test
    void aTextWithoutTheWordsIsTurnedAwayAndOneWithThemIsNot() {
        RequiredWords w = RequiredWords.of(INVENTED.get(0));
        assertFalse(w.mayMatch("the vesicles reached the brain"));
        assertTrue(w.mayMatch("the vesicles crossed the barrier"));
        RequiredWords i = RequiredWords.of(INVENTED.get(3));
        assertTrue(i.mayMatch("cells HARBOUR cargo"), "case-insensitive: the text is compared lower-cased");
        assertFalse(i.mayMatch("cells hold cargo"));
        Matcher never = RequiredWords.matcher(INVENTED.get(0), "nothing here");
        assertFalse(never.find());
        assertEquals("nothing here", never.replaceAll("x"), "a turned-away matcher still reads its own text");
    }

    @Test
    void aWordsAnswerIsKeptForItsTextOnlyAndPerCase() {
        // expressions sharing "loaded" tested in turns against texts, each text several times in a row (the answers of
        // the text last tested are kept per thread; another text, even an equal one, is answered afresh)
        RequiredWords loaded = RequiredWords.of(Pattern.compile("\\bloaded\\b"));
        RequiredWords loadedWith = RequiredWords.of(Pattern.compile("\\bloaded\\s+with\\b"));
        RequiredWords anyCase = RequiredWords.of(Pattern.compile("(?i)\\bloaded\\b"));
        String upper = "vesicles LOADED with siRNA";
        String lower = "vesicles loaded with siRNA";
        String neither = "vesicles carried siRNA";
        for (int round = 0; round < 3; round++) {
            assertFalse(loaded.mayMatch(upper));
            assertTrue(anyCase.mayMatch(upper), "a case-insensitive word is answered apart from the same word with case");
            assertFalse(loadedWith.mayMatch(upper));
            assertTrue(loaded.mayMatch(lower));
            assertTrue(loadedWith.mayMatch(lower));
            assertTrue(anyCase.mayMatch(lower));
            assertFalse(loadedWith.mayMatch(neither));
            assertFalse(loaded.mayMatch(neither));
            assertTrue(loaded.mayMatch(new String(lower.toCharArray())));
            assertFalse(loaded.mayMatch(new String(neither.toCharArray())));
        }
    }

    @Test
    void noInventedPatternIsSkippedWhereItMatches() {
        Random random = new Random(16);
        int turnedAway = 0;
        int matched = 0;
        for (Pattern p : INVENTED) {
            List<String> pieces = pieces(p);
            for (int n = 0; n < 4000; n++) {
                String text = text(random, pieces);
                boolean finds = p.matcher(text).find();
                boolean may = RequiredWords.of(p).mayMatch(text);
                assertTrue(!finds || may, () -> "skipped a match of /" + p + "/ in '" + text + "'");
                turnedAway += may ? 0 : 1;
                matched += finds ? 1 : 0;
            }
        }
        // both outcomes are exercised: the test is not vacuous
        assertTrue(turnedAway > 10_000, "turned away " + turnedAway);
        assertTrue(matched > 10_000, "matched " + matched);
    }

    /**
     * (branch enginespeed) The index leaves out of a text's candidates only expressions whose words the text lacks: over
     * random texts built from the invented patterns' pieces, with the characters that fold onto ASCII letters under
     * {@code regionMatches(true, ...)} (Kelvin sign, long s, dotless i), every expression whose words the text holds is a
     * candidate; and the index does leave expressions out.
     */
    @Test
    void anIndexLeavesOutOnlyExpressionsWhoseWordsTheTextLacks() {
        List<Pattern> patterns = new ArrayList<>(INVENTED);
        patterns.add(Pattern.compile("(?i)kit|lesson"));
        patterns.add(Pattern.compile("stiff|\\$ per dose"));
        List<RequiredWords> words = new ArrayList<>(patterns.stream().map(RequiredWords::of).toList());
        words.add(null); // an expression without words: always a candidate
        RequiredWords.Index index = RequiredWords.Index.of(words);
        assertEquals(words.size(), index.size());
        List<String> pieces = new ArrayList<>(List.of("\u212A", "\u017F", "\u0131", "I", "K"));
        patterns.forEach(p -> pieces.addAll(pieces(p)));
        Random random = new Random(23);
        int leftOut = 0;
        int kept = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = text(random, pieces);
            long[] candidates = index.candidates(text);
            assertTrue(RequiredWords.Index.has(candidates, words.size() - 1));
            for (int i = 0; i < patterns.size(); i++) {
                boolean may = words.get(i).mayMatch(text);
                boolean candidate = RequiredWords.Index.has(candidates, i);
                int e = i;
                assertTrue(candidate || !may, () -> "left out /" + patterns.get(e) + "/ for '" + text + "'");
                leftOut += candidate ? 0 : 1;
                kept += may ? 1 : 0;
            }
        }
        assertTrue(leftOut > 100_000, "left out " + leftOut);
        assertTrue(kept > 50_000, "kept " + kept);
        // the folds regionMatches makes: the Kelvin sign and the long s are found as "k" and "s" in any case
        int kit = patterns.size() - 2;
        assertTrue(RequiredWords.Index.has(index.candidates("a \u212AIT"), kit));
        assertTrue(RequiredWords.Index.has(index.candidates("le\u017F\u017Fon"), kit));
        assertFalse(RequiredWords.Index.has(index.candidates("a kite-less text"), patterns.size() - 1));
        assertTrue(RequiredWords.Index.has(index.candidates("12 $ per dose"), patterns.size() - 1));
    }

    /**
     * (branch enginespeed) The shipped challenge events and outcome measures, indexed as the claim extractor uses them:
     * in every sentence of the seed corpus and the held-out texts, lower-cased as the extractor reads it and as written,
     * every entry whose words the sentence holds is a candidate, and most entries are left out of most sentences.
     */
    @Test
    void theShippedEventAndMeasureIndexesLeaveOutNoEntryASentenceMayMatch() throws Exception {
        org.exokg.claim.ClaimPatterns shipped = org.exokg.claim.ClaimPatterns.defaults();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.list(Path.of("corpus")), Files.list(Path.of("src/test/resources/documents/heldout")))) {
            files = walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".xml")).sorted().toList();
        }
        long tests = 0;
        long leftOut = 0;
        long kept = 0;
        for (Path f : files) {
            for (Document d : new DocumentLoader().load(f)) {
                for (org.exokg.document.Sentence s : new SentenceSplitter().split(d)) {
                    for (String text : List.of(s.text().toLowerCase(Locale.ROOT), s.text())) {
                        long[] events = shipped.challengeEventIndex().candidates(text);
                        for (int i = 0; i < shipped.challengeEvents().size(); i++) {
                            boolean may = shipped.challengeEventWords(i).mayMatch(text);
                            boolean candidate = RequiredWords.Index.has(events, i);
                            int e = i;
                            assertTrue(candidate || !may, () -> "left out " + shipped.challengeEvents().get(e).id() + " for '" + text + "'");
                            tests++;
                            leftOut += candidate ? 0 : 1;
                            kept += may ? 1 : 0;
                        }
                        long[] measures = shipped.outcomeMeasureIndex().candidates(text);
                        for (int i = 0; i < shipped.outcomeMeasures().size(); i++) {
                            int e = i;
                            assertTrue(RequiredWords.Index.has(measures, i) || !shipped.outcomeMeasureWords(i).mayMatch(text),
                                    () -> "left out " + shipped.outcomeMeasures().get(e).id() + " for '" + text + "'");
                        }
                    }
                }
            }
        }
        assertTrue(kept > 1_000, "events kept " + kept);
        assertTrue(leftOut > tests * 9 / 10, "left out " + leftOut + " of " + tests);
    }

    private static List<Set<String>> required(Pattern p) {
        return RequiredWords.of(p).required();
    }

    /** Pieces to build texts from: the pattern's letter runs in both cases, single characters, spaces. */
    private static List<String> pieces(Pattern p) {
        List<String> pieces = new ArrayList<>(List.of(" ", "-", "–", "é", "ß", "SS", "😀", "1", "x", "\t"));
        Matcher m = Pattern.compile("[A-Za-zé]+").matcher(p.pattern());
        while (m.find()) {
            String w = m.group();
            pieces.add(w);
            pieces.add(w.toUpperCase(Locale.ROOT));
            pieces.add(w.substring(0, w.length() / 2 + 1));
            pieces.add(w.substring(w.length() / 2));
        }
        p.pattern().codePoints().forEach(c -> pieces.add(new String(Character.toChars(c))));
        return pieces;
    }

    private static String text(Random random, List<String> pieces) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(7);
        for (int k = 0; k < n; k++) {
            b.append(pieces.get(random.nextInt(pieces.size())));
            if (random.nextInt(3) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /**
     * (branch enginespeed12) An alternation of branches with many required words each: past the 16-pick limit its sets
     * keep little, and the branches are tested one by one; a text with a word of each branch but all words of none is
     * turned away, and no text the test turns away holds a match (random texts of the branches' words).
     */
    @Test
    void branchesPastThePickLimitAreTestedOneByOne() {
        String[][] branches = {
                {"alpha", "beta", "gamma", "delta", "epsilon"},
                {"zeta", "rho", "theta", "iota", "kappa"},
                {"lambda", "mu", "nu", "xi", "omicron"}};
        StringBuilder regex = new StringBuilder("\\b(?:");
        for (int b = 0; b < branches.length; b++) {
            regex.append(b > 0 ? "|" : "").append(String.join("\\s+(?:\\w+\\s+)?", branches[b]));
        }
        Pattern p = Pattern.compile(regex.append(")\\b").toString());
        RequiredWords words = RequiredWords.of(p);
        assertFalse(words.choiceNeeds().isEmpty(), "the picks were cut: the branches are kept");
        assertTrue(words.mayMatch("then alpha beta gamma delta epsilon came"));
        assertTrue(words.mayMatch("lambda mu nu xi omicron"));
        String eachBranchSome = "alpha gamma delta epsilon zeta theta iota kappa lambda mu nu omicron";
        assertTrue(words.setsHeldBySearch(eachBranchSome), "the sets alone let it through");
        assertFalse(words.mayMatch(eachBranchSome));
        assertFalse(words.mayMatchBySearch(eachBranchSome));
        List<String> all = new ArrayList<>();
        for (String[] b : branches) {
            all.addAll(List.of(b));
        }
        Random random = new Random(12);
        int turnedAway = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(all.get(random.nextInt(all.size()))).append(random.nextInt(4) == 0 ? " x " : " ");
            }
            String s = text.toString();
            boolean may = words.mayMatch(s, new RequiredWords.Answers());
            assertEquals(may, words.mayMatchBySearch(s), s);
            if (!may) {
                turnedAway++;
                assertFalse(p.matcher(s).find(), s);
            }
        }
        assertTrue(turnedAway > 10_000, "turned away " + turnedAway);
    }
}
