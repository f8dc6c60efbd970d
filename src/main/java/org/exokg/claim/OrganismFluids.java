package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch hostfluids) An organism named as the producer of a body fluid, secretion or tissue is not a second
 * source of the vesicles isolated from it: "earthworm coelomic fluid vesicles", "the earthworm's coelomic fluid",
 * "shrimp-haemolymph exosomes", "the coelomic fluid of earthworms", "haemolymph from shrimp" come from the fluid, as
 * "human sweat" does (ClaimExtractor's species rule, branch dev18). The development golds write such a preparation by its
 * fluid alone, with the fluid as its qualifier (docs/extraction.md, section hostfluids). The organism mention is dropped,
 * so the rules see the fluid as the source. An organism named on the vesicles instead ("coelomic fluid vesicles of
 * earthworms", "milk EVs of cows") is kept: convention eee writes it as a second source qualified by the fluid. Only the
 * organisms derivedFrom admits as sources count (not vertebrates, animal disease models or plants), and an infection
 * phrase ("plasma of Plasmodium-infected mice") names the host's disease, not the fluid's producer. ON by default since
 * the lead's decision after goldconv29 (thirtieth session): blind 32's gold first wrote the earthworm as the source and lost
 * one right claim; convention yyyyy (an invertebrate's fluid is the source, as eee for milk) brought it to the development
 * majority, and then the reading gained +1 right, -1 wrong on blind 30-32, out of sample, nothing else moved.
 * -Dexokg.organismFluids=false turns it off.
 */
final class OrganismFluids {

    private OrganismFluids() {
    }

    /** On by default; off with -Dexokg.organismFluids=false (a field, so the fixtures can set it). */
    static boolean ON = Boolean.parseBoolean(System.getProperty("exokg.organismFluids", "true"));

    private static final String ORGANISM = ExoKg.NS + "Organism";
    private static final String VERTEBRATE = ExoKg.NS + "Vertebrate";
    private static final String DISEASE_MODEL = ExoKg.NS + "AnimalDiseaseModel";
    private static final String PLANT = ExoKg.NS + "Plant";
    private static final String BODY_FLUID = ExoKg.NS + "BodyFluid";
    private static final String TISSUE = ExoKg.NS + "Tissue";

    /** The organism glued to its fluid: a space, a hyphen or a possessive ("earthworm's", "earthworms'"). */
    private static final Pattern BEFORE_FLUID = Pattern.compile("\\A(?:['\u2019]s?)?[\\s\\-\u2010\u2011\u2013]*\\z");
    /** "the coelomic fluid of (adult) earthworms", "haemolymph from the shrimp": at most one word before the organism. */
    private static final Pattern FLUID_OF = Pattern.compile(
            "(?i)\\A\\s+(?:of|from)\\s+(?:(?:the|a|an|these|those|their)\\s+)?(?:([a-z][a-z\\-\u2010]*)\\s+)?\\z");
    /** Words that end the fluid's noun phrase: "of X and ...", "from X in ...". */
    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "(?:and|or|of|in|from|by|with|to|than|as|for|on|at|into|onto|were|was|is|are|which|that|infected)");
    /** An organism that names an infection, a carriage or an exposure of the host, not the fluid's producer. */
    private static final Pattern INFECTION_AFTER = Pattern.compile(
            "(?i)\\A[\\s\\-\u2010\u2011\u2013]*(?:infected|infested|challenged|exposed|colonized|colonised|positive|negative|bearing"
                    + "|carrying|treated|immunized|immunised|vaccinated|free)\\b");
    /** "Plasmodium blood stages": a life stage of the organism, no fluid. */
    private static final Pattern STAGE_AFTER = Pattern.compile("(?i)\\A[\\s\\-\u2010\u2011\u2013]*stages?\\b");

    /** The mentions without the organisms named as a fluid's or tissue's producer; the list itself when there is none. */
    static List<Mention> withoutProducers(String text, List<Mention> mentions, BiPredicate<String, String> isA) {
        if (!ON) {
            return mentions;
        }
        // (branch enginespeed10, issue 16) each mention's roles decided once, not per pair, and the pairs looked at only
        // where the sentence names a producer organism and a fluid or tissue (most name neither: no gap text is cut)
        int n = mentions.size();
        boolean[] producers = null;
        for (int i = 0; i < n; i++) {
            if (producer(mentions.get(i), isA)) {
                producers = producers == null ? new boolean[n] : producers;
                producers[i] = true;
            }
        }
        if (producers == null) {
            return mentions;
        }
        boolean[] fluids = null;
        for (int i = 0; i < n; i++) {
            if (fluidOrTissue(mentions.get(i), isA)) {
                fluids = fluids == null ? new boolean[n] : fluids;
                fluids[i] = true;
            }
        }
        if (fluids == null) {
            return mentions;
        }
        List<Mention> kept = null;
        for (int i = 0; i + 1 < n; i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (b.start() < a.end() || !(producers[i] && fluids[i + 1] || fluids[i] && producers[i + 1])) {
                continue;
            }
            String gap = text.substring(a.end(), b.start());
            Mention producer = null;
            if (producers[i] && fluids[i + 1] && BEFORE_FLUID.matcher(gap).matches()
                    && !STAGE_AFTER.matcher(text).region(b.end(), text.length()).lookingAt()) {
                producer = a;
            } else if (fluids[i] && producers[i + 1]) {
                java.util.regex.Matcher of = FLUID_OF.matcher(gap);
                if (of.matches() && (of.group(1) == null || !FUNCTION_WORD.matcher(of.group(1).toLowerCase(Locale.ROOT)).matches())
                        && !INFECTION_AFTER.matcher(text).region(b.end(), text.length()).lookingAt()) {
                    producer = b;
                }
            }
            if (producer != null) {
                if (kept == null) {
                    kept = new ArrayList<>(mentions);
                }
                kept.remove(producer);
            }
        }
        return kept == null ? mentions : kept;
    }

    /** An organism derivedFrom admits as a source: not a vertebrate (a host), an animal disease model or a plant. */
    private static boolean producer(Mention m, BiPredicate<String, String> isA) {
        return m.is(MentionType.SOURCE) && isA.test(m.iri(), ORGANISM) && !isA.test(m.iri(), VERTEBRATE)
                && !isA.test(m.iri(), DISEASE_MODEL) && !isA.test(m.iri(), PLANT);
    }

    /** A body fluid or secretion, or a named tissue (bare "tissue" names no producer's part). */
    private static boolean fluidOrTissue(Mention m, BiPredicate<String, String> isA) {
        return m.is(MentionType.SOURCE) && (isA.test(m.iri(), BODY_FLUID) || isA.test(m.iri(), TISSUE) && !m.iri().equals(TISSUE));
    }
}
