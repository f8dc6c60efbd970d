package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.Term;

/**
 * (issue 15, branch homing40, fortieth session; gold convention n) The place the vesicles accumulate in or home to,
 * named as a diseased part of the body without naming the disease: "M2-EVs home to inflamed joints", "fluorescent KNVs
 * gathered in the swollen paws", "DiR-labelled GRNVs accumulated in the inflamed colon", "Van-EVs accumulated at the
 * infected femur". The phrase right after a verb of accumulation or homing and its preposition is read as a mention of
 * the generic class of the disease (InflammatoryDisease, InfectiousDisease), so the rules "homingtarget-" in
 * claim-rules.yaml read it as the vesicles' target; DiseaseFocus's arthritis-in-focus then reads an inflamed joint or paw
 * as the one arthritis the document names (convention o), or leaves it the generic class. The words are data
 * (homing-places.tsv). A disease term across the phrase keeps its reading. OFF while measured;
 * -Dexokg.homingTargets=true turns it on (docs/extraction.md, section homing40).
 */
final class HomingTargets {

    private HomingTargets() {
    }

    /** Off by default; on with -Dexokg.homingTargets=true. */
    static boolean on() {
        return Boolean.getBoolean("exokg.homingTargets"); // (branch perf41) was a field read at class load: RuleSwitches reads it per document
    }

    /** The prefix of the reading's rule ids in claim-rules.yaml. */
    static final String PREFIX = "homingtarget-";

    private static final String RESOURCE = "/org/exokg/claim/homing-places.tsv";

    /**
     * The verb of accumulation or homing and its preposition right before the place ("accumulated preferentially in
     * the", "home to", "gathered in the", "were retained in their"); the place must follow at once.
     */
    static final String VERB = "\\b(?:accumulat(?:e|es|ed|ing)|gather(?:s|ed|ing)?|hom(?:e|es|ed|ing)|concentrat(?:e|es|ed|ing)"
            + "|locali[sz](?:e|es|ed|ing)|retained|persist(?:s|ed)?|end(?:s|ed)?\\s+up|found|detected)"
            + "\\s+(?:(?:mainly|mostly|largely|predominantly|chiefly|preferentially|selectively|specifically|rapidly|quickly|"
            + "efficiently|strongly|also|only|naturally|actively)\\s+)?(?:in|at|to|within|into|in\\s+on)\\s+(?:(?:the|their|its)\\s+)?";

    /** One class's phrase; at a focus site ("inflamed joints") DiseaseFocus reads it as the document's disease in focus. */
    record Reading(String classIri, boolean focusSite, Pattern phrase) {
    }

    /**
     * Whether a claim with the generic object {@code classIri} may have been read at a focus site of the class in the
     * sentence ("accumulated in inflamed joints": the document's one arthritis); DiseaseFocus asks, since the place is no
     * mention of the document's own (any targets rule reads the place once it is a term: vesicle-targets,
     * vesicles-found-in-place, homingtarget-vesicles-home-to-diseased-place).
     */
    static boolean atFocusSite(String classIri, String sentence) {
        return READINGS.stream().anyMatch(r -> r.focusSite() && r.classIri().equals(classIri) && r.phrase().matcher(sentence).find());
    }

    private static final List<Reading> READINGS = read();

    /**
     * The mentions with each homing place of the sentence added; the list itself when there is none or
     * the switch is off ({@code on}: {@link #on()} as the extractor read it for the document).
     */
    static List<Mention> withPlaces(String text, int sentenceStart, int sentenceEnd, List<Mention> mentions, Lexicon lexicon, boolean on) {
        if (!on) {
            return mentions;
        }
        PlacePhrases.Found found = new PlacePhrases.Found(mentions);
        String sentence = text.substring(sentenceStart, sentenceEnd);
        for (Reading r : READINGS) {
            Term term = lexicon.term(r.classIri());
            if (term == null) {
                continue;
            }
            Matcher m = r.phrase().matcher(sentence);
            while (m.find()) {
                int start = sentenceStart + m.start(1), end = sentenceStart + m.end(1);
                int verbStart = sentenceStart + m.start();
                // a verb that is a term of its own ("home to", a hidden label of TargetingAbility; "accumulated
                // preferentially in", a challenge event) stands between the vesicles and the place, where no targets
                // rule reads past it: the place is left as it is, for the readings it already has (a title's treats)
                if (mentions.stream().anyMatch(x -> x.start() < start && verbStart < x.end())) {
                    continue;
                }
                found.add(term, text, start, end);
            }
        }
        return found.mentions();
    }

    static List<Reading> read() {
        Map<String, Map<String, List<String>>> byClass = PlacePhrases.words(HomingTargets.class, RESOURCE);
        List<Reading> out = new ArrayList<>();
        byClass.forEach((cls, kinds) -> {
            if (kinds.containsKey("focus-sites")) {
                out.add(new Reading(ExoKg.NS + cls, true, phrase(kinds.get("participles"), kinds.get("focus-sites"))));
            }
            out.add(new Reading(ExoKg.NS + cls, false, phrase(kinds.get("participles"), kinds.get("sites"))));
        });
        return List.copyOf(out);
    }

    /** "(verb) (preposition) (the) ((participle) (up to two words) (site))": group 1 is the place, the mention's span. */
    private static Pattern phrase(List<String> participles, List<String> sites) {
        String participle = alternatives(participles);
        String site = alternatives(sites);
        String gap = "(?:[a-z][a-z\\-\u2010]*\\s+){0,2}?";
        // a site noun followed by another noun is a modifier or a measure ("inflamed joint swelling" is an outcome)
        String end = "\\b(?!\\s*[\\-\u2010])(?!\\s+(?:volume|size|area|width|length|score|scores|thickness|swelling|model)\\b)";
        return Pattern.compile("(?i)" + VERB + "((?:" + participle + ")\\s+" + gap + "(?:" + site + "))" + end);
    }

    private static String alternatives(List<String> words) {
        return PlacePhrases.alternatives(RESOURCE, words);
    }
}
