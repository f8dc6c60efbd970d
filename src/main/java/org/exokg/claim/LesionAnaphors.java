package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;

/**
 * (issue 15, branch objectanaphors33) The site of the document's injury named by an anaphor, with no term of the injury
 * in the sentence: "SC-Exos accumulated at the lesion", "UC-MSC-EVs home to the injured kidney", "only a small fraction
 * reaches the injured cord", "the labelled vesicles gathered in the lesioned cortex". The phrase is read as a mention of
 * the generic class (Injury), so the rules read it as any object ("accumulated in the [tumour]"); DiseaseFocus's
 * injury-in-focus then reads the generic object as the one injury the document names (convention o, dev22's 'implicit'),
 * or leaves it Injury in a text naming none or several. The words are data (lesion-anaphors.tsv). A sentence naming a
 * disease of its own keeps its term: the anaphor is then not needed and may be another lesion. ON by default since
 * branch decision38 (thirty-fifth session: on the decision pool 30-32 + 36-38 +1 right, no wrong claim; docs/extraction.md,
 * "Blind 38 as a decision set and readings re-decided"); OFF again since decision39 (the stricter rule, pool 30-32 + 36-39:
 * +1 right, +1 wrong); -Dexokg.lesionAnaphors=true turns it on; see docs/extraction.md,
 * section objectanaphors33.
 */
final class LesionAnaphors {

    private LesionAnaphors() {
    }

    /** Off by default since decision39 (on in decision38); on with -Dexokg.lesionAnaphors=true. */
    static boolean on() {
        return Boolean.getBoolean("exokg.lesionAnaphors"); // (branch perf41) was a field read at class load: RuleSwitches reads it per document
    }

    private static final String RESOURCE = "/org/exokg/claim/lesion-anaphors.tsv";

    /** One class's phrases, compiled from the word list. */
    record Reading(String classIri, List<Pattern> phrases) {
    }

    private static final List<Reading> READINGS = read();

    /**
     * The mentions with each lesion anaphor of the sentence added; the list itself when there is none or
     * the switch is off ({@code on}: {@link #on()} as the extractor read it for the document).
     */
    static List<Mention> withAnaphors(String text, int sentenceStart, int sentenceEnd, List<Mention> mentions, Lexicon lexicon, boolean on) {
        if (!on) {
            return mentions;
        }
        if (mentions.stream().anyMatch(m -> m.start() < sentenceEnd && m.end() > sentenceStart && m.is(MentionType.DISEASE))) {
            return mentions;
        }
        PlacePhrases.Found found = new PlacePhrases.Found(mentions);
        String sentence = text.substring(sentenceStart, sentenceEnd);
        for (Reading r : READINGS) {
            Term term = lexicon.term(r.classIri());
            if (term == null) {
                continue;
            }
            for (Pattern p : r.phrases()) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    int start = sentenceStart + m.start(1), end = sentenceStart + m.end(1);
                    found.add(term, text, start, end);
                }
            }
        }
        return found.mentions();
    }

    static List<Reading> read() {
        Map<String, Map<String, List<String>>> byClass = PlacePhrases.words(LesionAnaphors.class, RESOURCE);
        List<Reading> out = new ArrayList<>();
        byClass.forEach((cls, kinds) -> out.add(new Reading(ExoKg.NS + cls, phrases(kinds))));
        return List.copyOf(out);
    }

    /**
     * "(the) (injured) (up to two words) (site)" | "(the) (lesion noun)" | "(perilesional) (site)": group 1 is the
     * phrase after the determiner, the mention's span.
     */
    private static List<Pattern> phrases(Map<String, List<String>> kinds) {
        String det = alternatives(kinds.get("determiners"));
        String participle = alternatives(kinds.get("participles"));
        String site = alternatives(kinds.get("sites"));
        String noun = alternatives(kinds.get("nouns"));
        String prefixed = alternatives(kinds.get("prefixed"));
        String gap = "(?:[a-z][a-z\\-\u2010]*\\s+){0,2}?";
        // a site noun followed by another noun is a modifier ("the injured kidney tissue" still ends at a site; "the
        // lesion volume" is an outcome word, read by the outcome rules)
        String end = "\\b(?!\\s*[\\-\u2010])(?!\\s+(?:volume|size|area|width|length|score|model)\\b)";
        return List.of(
                Pattern.compile("(?i)\\b(?:" + det + ")\\s+((?:" + participle + ")\\s+" + gap + "(?:" + site + "))" + end),
                Pattern.compile("(?i)\\b(?:" + det + ")\\s+((?:" + noun + "))" + end),
                Pattern.compile("(?i)\\b((?:" + prefixed + ")\\s+" + gap + "(?:" + site + "))" + end));
    }

    private static String alternatives(List<String> words) {
        return PlacePhrases.alternatives(RESOURCE, words);
    }
}
