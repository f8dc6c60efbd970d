package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.exokg.mention.RequiredWords;

/**
 * (branch stance, issue 15) Where a sentence reports a statement without asserting it: a correction's withdrawn or
 * replaced wording, a retracted article's finding, a claim the text disputes (spans that give no claim), and a
 * sentence that asks rather than states (its claims hedged). The cues are data: {@code statements.yaml} next to this
 * class; this class only finds them.
 */
public final class StatementStance {

    /**
     * One entry of the file; {@code words}: what a match needs ({@link RequiredWords}), read from the same expression
     * without Unicode case and tested against the lower-cased sentence, or null where the expression has a cased letter
     * of its own beyond ASCII (then nothing is pruned).
     */
    record Entry(String id, Pattern pattern, String example, RequiredWords words) {}

    /**
     * (branch plainsubjects) Measurement switch -Dexokg.programmeItemTitles=true|false: the titleLabel entry
     * programme-item-title ("Session 1: ...", "Practical 4 report: ...") reads such lines as titles (default below).
     */
    public static boolean PROGRAMME_ITEM_TITLES = Boolean.parseBoolean(System.getProperty("exokg.programmeItemTitles", "true"));

    /**
     * The characters beyond ASCII that Unicode case folds onto an ASCII letter (the long s, the Kelvin sign, dotted and
     * dotless i): only in a sentence without them does an expression with Unicode case match what the same expression
     * with ASCII case matches, so only there is the word test of {@link Entry#words} valid.
     */
    private static final java.util.BitSet FOLDS_TO_ASCII = foldsToAscii();

    /**
     * What one sentence's stance cues found.
     *
     * @param notAsserted {start, end} document offsets of spans that give no claim, with the entry ids
     * @param open the direct-question entry that matched, or null
     */
    public record Reading(List<int[]> notAsserted, List<String> notAssertedIds, Cues.Match open) {
        static final Reading NONE = new Reading(List.of(), List.of(), null);

        /** Whether the span [start, end) overlaps a span the sentence does not assert. */
        public boolean withdrawn(int start, int end) {
            for (int[] s : notAsserted) {
                if (start < s[1] && end > s[0]) {
                    return true;
                }
            }
            return false;
        }

        /** {@code text} with the spans not asserted blanked to spaces (same length: offsets hold). */
        public String masked(String text) {
            if (notAsserted.isEmpty()) {
                return text;
            }
            StringBuilder b = new StringBuilder(text);
            for (int[] s : notAsserted) {
                for (int i = s[0]; i < s[1]; i++) {
                    if (!Character.isWhitespace(b.charAt(i))) {
                        b.setCharAt(i, ' ');
                    }
                }
            }
            return b.toString();
        }

        /**
         * The claims with an open sentence's hedge on those not hedged already ("+stance:&lt;id&gt;" on their rule), except
         * what {@code presupposed} says a noun phrase names: "Can milk exosomes cross ...?" asks about the crossing,
         * not whether milk exosomes come from milk (the gold's practice for "whether" too).
         */
        public List<Claim> hedged(List<Claim> claims, java.util.function.Predicate<Claim> presupposed) {
            if (open == null || claims.isEmpty()) {
                return claims;
            }
            List<Claim> out = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                out.add(c.hedged() || presupposed.test(c) ? c : new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), open.text(),
                        c.scope(), c.qualifierIri(), c.rule() + "+stance:" + open.id(), c.sentence(), c.preparationName()));
            }
            return out;
        }
    }

    static final String RESOURCE = "statements.yaml";
    private static final StatementStance DEFAULT = load();

    private final List<Entry> notAsserted;
    private final List<Entry> openSentence;
    /** (branch headingclaims, kkkkk) direct yes/no questions: only their derivedFrom claims stand. */
    private final List<Entry> askedOnly;
    /** (branch headingclaims, jjjjj) labelled titles and bibliography entries, the title in the group named "title". */
    private final List<Entry> titleLabel;

    private StatementStance(List<Entry> notAsserted, List<Entry> openSentence, List<Entry> askedOnly, List<Entry> titleLabel) {
        this.notAsserted = notAsserted;
        this.openSentence = openSentence;
        this.askedOnly = askedOnly;
        this.titleLabel = titleLabel;
    }

    /** (branch headingclaims) The askedOnly entry a sentence matches (a direct yes/no question), or null. */
    public String askedOnly(String sentence) {
        // (branch enginespeed5) the entry's words first, as in read(): most claim-giving sentences hold no question mark
        String lower = foldsToAscii(sentence) ? null : sentence.toLowerCase(Locale.ROOT);
        for (Entry e : askedOnly) {
            if (lower != null && e.words() != null && !e.words().mayMatch(lower)) {
                continue;
            }
            if (e.pattern().matcher(sentence).find()) {
                return e.id();
            }
        }
        return null;
    }

    /**
     * (branch headingclaims) The title a titleLabel entry reads in {@code line} (a bibliography entry's or a labelled
     * title's words, the label left out), or null where none matches.
     */
    public String titleOf(String line) {
        // (branch enginespeed5) the entry's words first, as in read(): a year in brackets, a label word and its colon
        String lower = foldsToAscii(line) ? null : line.toLowerCase(Locale.ROOT);
        for (Entry e : titleLabel) {
            if (!PROGRAMME_ITEM_TITLES && e.id().equals("programme-item-title")) {
                continue;
            }
            if (lower != null && e.words() != null && !e.words().mayMatch(lower)) {
                continue;
            }
            Matcher m = e.pattern().matcher(line);
            if (m.find()) {
                return m.group("title");
            }
        }
        return null;
    }

    /** The shipped cues. */
    public static StatementStance defaults() {
        return DEFAULT;
    }

    /** The entries by section, in file order (for tests). */
    Map<String, List<Entry>> sections() {
        return Map.of("notAsserted", notAsserted, "openSentence", openSentence, "askedOnly", askedOnly, "titleLabel", titleLabel);
    }

    /** What the cues find in the sentence {@code text[start, end)}. */
    public Reading read(String text, int start, int end) {
        String sentence = text.substring(start, end);
        List<int[]> spans = null;
        List<String> ids = null;
        // (branch speed20) every entry was searched for at every position of every sentence (7 % of extraction); most
        // sentences lack the entry's words, and then the search cannot match
        String lower = foldsToAscii(sentence) ? null : sentence.toLowerCase(Locale.ROOT);
        for (Entry e : notAsserted) {
            if (lower != null && e.words() != null && !e.words().mayMatch(lower)) {
                continue;
            }
            Matcher m = e.pattern().matcher(sentence);
            while (m.find()) {
                boolean group = e.pattern().pattern().contains("(?<span>");
                int s = group ? m.start("span") : m.start();
                int t = group ? m.end("span") : m.end();
                if (s < 0 || t <= s) {
                    continue;
                }
                if (spans == null) {
                    spans = new ArrayList<>();
                    ids = new ArrayList<>();
                }
                spans.add(new int[] {start + s, start + t});
                ids.add(e.id());
            }
        }
        Cues.Match open = null;
        for (Entry e : openSentence) {
            if (lower != null && e.words() != null && !e.words().mayMatch(lower)) {
                continue;
            }
            Matcher m = e.pattern().matcher(sentence);
            if (m.find()) {
                open = new Cues.Match(e.id(), sentence.substring(m.start(), m.end()).strip());
                break;
            }
        }
        return spans == null && open == null ? Reading.NONE
                : new Reading(spans == null ? List.of() : List.copyOf(spans), ids == null ? List.of() : List.copyOf(ids), open);
    }

    private static StatementStance load() {
        return RuleFile.read(RESOURCE, StatementStance::parse);
    }

    /** Reads a stance file; a missing section, an entry without id or pattern, an unknown key, or a bad pattern is an error naming it. */
    static StatementStance parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "sections");
        List<List<Entry>> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String section : List.of("notAsserted", "openSentence", "askedOnly", "titleLabel")) {
            List<Entry> entries = new ArrayList<>();
            for (RuleFile.Entry e : RuleFile.entries(RuleFile.section(root, section, name), section, name, ids, Set.of("pattern", "example"))) {
                String p = e.text("pattern");
                try {
                    entries.add(new Entry(e.id(), Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                            e.map().get("example") instanceof String ex ? ex : null, asciiCaseWords(p)));
                } catch (PatternSyntaxException x) {
                    throw new IllegalStateException(e.where() + ": bad pattern: " + x.getDescription(), x);
                }
            }
            sections.add(List.copyOf(entries));
        }
        for (Entry e : sections.get(3)) {
            if (!e.pattern().pattern().contains("(?<title>")) {
                throw new IllegalStateException(name + ": titleLabel entry '" + e.id() + "' has no group named title");
            }
        }
        return new StatementStance(sections.get(0), sections.get(1), sections.get(2), sections.get(3));
    }

    /** The words the expression needs, read with ASCII case; null if it has a cased letter beyond ASCII. */
    private static RequiredWords asciiCaseWords(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= 128 && (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c)) {
                return null;
            }
        }
        return RequiredWords.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)).forLowerCaseText();
    }

    private static boolean foldsToAscii(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= 128 && FOLDS_TO_ASCII.get(c)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.BitSet foldsToAscii() {
        java.util.BitSet folds = new java.util.BitSet(65536);
        for (int c = 128; c < 65536; c++) {
            int upper = Character.toUpperCase(c);
            int lower = Character.toLowerCase(c);
            if (upper < 128 || lower < 128 || Character.toLowerCase(upper) < 128 || Character.toUpperCase(lower) < 128) {
                folds.set(c);
            }
        }
        return folds;
    }
}
