package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.exokg.ExoKg;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch guards41, forty-first session; docs/extraction.md, "Guards against the design sets' commonest wrong
 * claims") Guards: readings that only remove claims, read once per document on the final claims.
 * <ul>
 * <li>{@code -Dexokg.ownSubjectGuard} (OFF; {@code =true} turns it on): a claim the extractor gives to the vesicles of
 * the sentence before (rule suffix {@code +previous-sentence-subject}) is not read when the sentence opens with a
 * subject of its own, a term that is not the vesicles' and not the claim's object: a cell, tissue, fluid or organism
 * (a source term), a material or a disease, within the sentence's first {@value #OPENING_WORDS} words and before the
 * claim's object: "Manufacturing cardiac progenitor cells from biopsies is costly" after a sentence on engineered
 * HEK293 exosomes is said of the cells. A list item after a lead-in ({@code list-item}) keeps its claim: the lead-in is its subject.</li>
 * <li>{@code -Dexokg.metChallengeGuard} (OFF; {@code =true} turns it on): a hasChallenge claim is not read when its
 * object stands in a clause that says the challenge is kept within limits (met-challenges.tsv: "within the acceptance
 * range", "below the limit of detection", "which reduces variability between lots", "varied by less than 15%", "met
 * the release specification"): the batches, the contaminant or the cost are in hand, not a challenge of the
 * vesicles.</li>
 * <li>{@code -Dexokg.lookAlikeSubjectGuard} (OFF; {@code =true} turns it on): a claim about extracellular vesicles
 * is not read when the sentence opens with a look-alike carrier as its subject, an artificial vesicle (liposome,
 * hybrid, mimetic), a nanoparticle or a non-vesicular particle within its first {@value #OPENING_WORDS} words, with
 * no vesicle term right after it ("Liposomes and exosomes ...") and no contrast in the sentence ("whereas", "but",
 * "while", "unlike", ";"): "Liposomes, in contrast, are artificial vesicles, even when they are decorated with exosome
 * proteins" is no claim that exosomes carry proteins; "Hybrids ... have lost the natural tropism of the parent
 * exosomes" none that exosomes target.</li>
 * </ul>
 * Decided by the clause "Guards" of docs/switches.md (forty-first session; each alone against the OFF log of
 * b3e1d033): all three OFF. ownSubjectGuard pool -6 right / -1 wrong, design -9 / -2; metChallengeGuard pool 0 / 0,
 * design 0 / -3; lookAlikeSubjectGuard pool 0 / -1, design -4 / -1.
 * Read at each use, not when the class loads, so that a test can turn the guard on and off.
 */
public final class ClaimGuards {

    /** How many words may stand before the sentence's own subject term. */
    static final int OPENING_WORDS = 3;

    private ClaimGuards() {}

    /** Measurement switch: -Dexokg.ownSubjectGuard=true|false. */
    public static boolean ownSubjectGuard() {
        return Boolean.parseBoolean(System.getProperty("exokg.ownSubjectGuard", "false"));
    }

    /** Measurement switch: -Dexokg.metChallengeGuard=true|false. */
    public static boolean metChallengeGuard() {
        return Boolean.parseBoolean(System.getProperty("exokg.metChallengeGuard", "false"));
    }

    /** Measurement switch: -Dexokg.lookAlikeSubjectGuard=true|false. */
    public static boolean lookAlikeSubjectGuard() {
        return Boolean.parseBoolean(System.getProperty("exokg.lookAlikeSubjectGuard", "false"));
    }

    /** Whether any guard is on. */
    public static boolean on() {
        return ownSubjectGuard() || metChallengeGuard() || lookAlikeSubjectGuard();
    }

    /** The look-alike carriers: classes whose terms, opening a sentence, make it a sentence about them. */
    static final List<String> LOOK_ALIKES = List.of(ExoKg.NS + "ArtificialVesicle", ExoKg.NS + "Nanoparticle",
            ExoKg.NS + "NonVesicularExtracellularParticle");

    private static final Pattern CONTRAST = Pattern.compile("(?i);|\\b(?:but|whereas|while|unlike|compared with|than)\\b");

    /** The words that say a challenge is kept within limits (met-challenges.tsv). */
    private static final List<Pattern> MET = PatternEntries.load(ClaimGuards.class, "met-challenges.tsv");

    /** How far before the words that say it is met, and after their end, the challenge's term may stand. */
    static final int MET_BEFORE = 60;
    static final int MET_AFTER = 40;

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\bbut\\b|\\bwhereas\\b|\\bhowever\\b");

    /** The claims without those a guard that is on removes. */
    public static List<Claim> guarded(String text, List<Claim> claims, Function<Claim, List<Mention>> sentenceMentions) {
        return guarded(text, claims, sentenceMentions, (a, b) -> a.equals(b));
    }

    /** @param isA the lexicon's subclass test (class, ancestor) */
    public static List<Claim> guarded(String text, List<Claim> claims, Function<Claim, List<Mention>> sentenceMentions,
            BiPredicate<String, String> isA) {
        boolean ownSubject = ownSubjectGuard();
        boolean met = metChallengeGuard();
        boolean lookAlike = lookAlikeSubjectGuard();
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (ownSubject && ownSubjectOpens(text, c, sentenceMentions.apply(c))) {
                continue;
            }
            if (met && challengeMet(text, c, sentenceMentions.apply(c))) {
                continue;
            }
            if (lookAlike && lookAlikeOpens(text, c, sentenceMentions.apply(c), isA)) {
                continue;
            }
            kept.add(c);
        }
        return kept.size() == claims.size() ? claims : kept;
    }

    /** A claim carried from the sentence before, in a sentence that opens with a subject term of its own. */
    static boolean ownSubjectOpens(String text, Claim c, List<Mention> mentions) {
        if (c.rule() == null || !c.rule().contains("+previous-sentence-subject") || c.rule().contains("list-item")) {
            return false;
        }
        int start = c.sentence().start();
        int end = c.sentence().end();
        int objectStart = -1;
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && m.iri().equals(c.objectIri())) {
                objectStart = m.start();
                break;
            }
        }
        if (objectStart < 0) {
            return false; // the object is not spelled in the sentence: nothing to tell the subject from
        }
        for (Mention m : mentions) {
            if (m.start() < start || m.end() > objectStart || m.iri().equals(c.objectIri())) {
                continue;
            }
            if (m.is(MentionType.VESICLE)) {
                return false; // the sentence names vesicles before the object: not a subject of another kind
            }
            if ((m.is(MentionType.SOURCE) || m.is(MentionType.MATERIAL_ENTITY) || m.is(MentionType.DISEASE))
                    && words(text, start, m.start()) <= OPENING_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** A hasChallenge claim whose object stands in a clause that says the challenge is kept within limits. */
    static boolean challengeMet(String text, Claim c, List<Mention> mentions) {
        if (c.relation() != Relation.HAS_CHALLENGE || c.negated()) {
            return false;
        }
        int start = c.sentence().start();
        int end = Math.min(c.sentence().end(), text.length());
        if (start < 0 || start >= end) {
            return false;
        }
        String sentence = text.substring(start, end);
        List<Mention> anchors = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && m.iri().equals(c.objectIri())) {
                anchors.add(m);
            }
        }
        for (Pattern p : MET) {
            Matcher w = p.matcher(sentence);
            while (w.find()) {
                if (anchors.isEmpty()) {
                    // the challenge was read from words the recogniser does not mark ("variability between lots",
                    // "residual saponin"): the sentence that says a challenge is met is taken to say it of this one
                    return true;
                }
                int from = start + w.start();
                int to = start + w.end();
                for (Mention m : anchors) {
                    boolean near = m.end() <= from ? from - m.end() <= MET_BEFORE
                            : m.start() >= to ? m.start() - to <= MET_AFTER : true;
                    if (near && !CLAUSE_BREAK.matcher(text.substring(Math.min(m.end(), from), Math.max(m.start(), to))).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A claim about vesicles in a sentence that opens with a look-alike carrier as its subject. */
    static boolean lookAlikeOpens(String text, Claim c, List<Mention> mentions, BiPredicate<String, String> isA) {
        if (c.relation() == Relation.IS_KIND_OF || lookAlike(c.subjectIri(), isA)) {
            return false;
        }
        int start = c.sentence().start();
        int end = Math.min(c.sentence().end(), text.length());
        if (start < 0 || start >= end || CONTRAST.matcher(text.substring(start, end)).find()) {
            return false;
        }
        Mention first = null;
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        if (first == null || !lookAlike(first.iri(), isA) || words(text, start, first.start()) > OPENING_WORDS) {
            return false;
        }
        for (Mention m : mentions) {
            if (m != first && m.start() >= first.end() && m.end() <= end && m.is(MentionType.VESICLE) && !lookAlike(m.iri(), isA)
                    && words(text, first.end(), m.start()) <= 2) {
                return false; // "Liposomes and exosomes both ...": the vesicles are a subject too
            }
        }
        return true;
    }

    private static boolean lookAlike(String iri, BiPredicate<String, String> isA) {
        for (String l : LOOK_ALIKES) {
            if (iri.equals(l) || isA.test(iri, l)) {
                return true;
            }
        }
        return false;
    }


    /** Words in text[from, to). */
    static int words(String text, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }
}
