package org.exokg.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Document;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch pairproposer) A learned proposer of claims for the vesicle-object pairs no rule links. In a sentence
 * where the mention layer finds a vesicle (or where the rules resolved an anaphor to one) and a term in the range of a
 * relation (the ontology's domain and range: a disease is what a vesicle treats, contributes to or targets), and no
 * claim links the two, each (subject, object, relation) is a candidate; a logistic regression over general features
 * of the pair (the words between the two and around the object, their order and distance, the section, hedge and
 * negation cues in the sentence, the relation and object branch, the rules that fired in the sentence) scores it, and
 * the best relation of a pair is proposed when it scores at or above the shipped threshold. The weights are data,
 * {@code pair-proposer.tsv} beside this class; {@code PairProposerTraining} (test scope) rebuilds it from the design
 * sets' gold. The claims it makes carry the rule {@value #RULE}, and their polarity and hedge from the cue readers.
 *
 * <p>Switch {@code -Dexokg.pairProposer}: {@code true} on at the shipped threshold, {@code 0.7} at that threshold,
 * unset or {@code false} off (the default; see docs/extraction.md for the decision).
 */
public final class PairProposer {

    public static final String PROPERTY = "exokg.pairProposer";
    public static final String RULE = "learned-pair-proposer";
    static final String RESOURCE = "/org/exokg/claim/pair-proposer.tsv";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|[,;:()]");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");

    /** One candidate: the claim it would make (positive, unhedged until the cues say) and its features. */
    public record Candidate(Claim claim, List<String> features) {

        /** The pair the candidate links, whatever the relation: one proposal at most per pair. */
        String pair() {
            return String.join("|", claim.subjectIri(), claim.objectIri(), claim.sentence().normalizedText());
        }
    }

    /** A subject of a sentence: from a vesicle mention, or from the claims the rules read there (anaphors included). */
    private record Subject(String iri, String qualifier, SubjectScope scope, String preparationName, String form,
            int start, int end) {}

    private PairProposer() {}

    /** The threshold the switch asks for, or NaN when off (read at each call: tests set it). */
    public static double activeThreshold() {
        return ClaimConfidence.switchThreshold(PROPERTY, false, RESOURCE);
    }

    /** The shipped weights (read once; the same file format as claim-confidence.tsv). */
    public static ClaimConfidence shipped() {
        return ClaimConfidence.readOnce(RESOURCE);
    }

    /**
     * The claims with the proposer's own added: for each unlinked pair, its best relation when that scores at or above
     * {@code threshold}.
     */
    public static List<Claim> withProposals(Document document, List<Sentence> sentences, List<Mention> mentions,
            List<Claim> claims, Lexicon lexicon, ClaimConfidence model, double threshold) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        Map<String, Double> bestScore = new HashMap<>();
        for (Candidate c : candidates(document, sentences, mentions, claims, lexicon)) {
            double s = model.score(c.features());
            if (s >= threshold && s > bestScore.getOrDefault(c.pair(), -1.0)) {
                best.put(c.pair(), c);
                bestScore.put(c.pair(), s);
            }
        }
        if (best.isEmpty()) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims);
        best.values().forEach(c -> out.add(c.claim()));
        return out;
    }

    /** Every candidate of the document: sentences with a subject and a range term no claim links to it. */
    public static List<Candidate> candidates(Document document, List<Sentence> sentences, List<Mention> mentions,
            List<Claim> claims, Lexicon lexicon) {
        String text = document.text();
        int titleStart = 0;
        while (titleStart < text.length() && !Character.isLetterOrDigit(text.charAt(titleStart))) {
            titleStart++;
        }
        Map<String, List<Claim>> bySentence = new HashMap<>();
        for (Claim c : claims) {
            bySentence.computeIfAbsent(c.sentence().normalizedText(), k -> new ArrayList<>()).add(c);
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> in = new ArrayList<>();
            for (Mention m : sorted) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    in.add(m);
                }
            }
            if (org.exokg.document.Section.isMethods(s.section())) {
                continue; // a Methods sentence states no finding (convention of 2 Dec 2026)
            }
            List<Claim> own = bySentence.getOrDefault(s.normalizedText(), List.of());
            List<Subject> subjects = subjects(in, own, s, claims);
            if (subjects.isEmpty()) {
                continue;
            }
            Set<String> linked = new HashSet<>();
            Set<String> claimedObjects = new HashSet<>();
            Set<String> rules = new HashSet<>();
            for (Claim c : own) {
                linked.add(c.subjectIri() + "|" + c.objectIri());
                claimedObjects.add(c.objectIri());
                rules.add(c.rule().split(",")[0].split("\\+")[0]);
            }
            String section = ClaimFeatures.sectionKind(document, s, titleStart);
            String neg = Cues.negation(s.text());
            String hedge = Cues.hedge(s.text());
            Set<String> seen = new HashSet<>();
            for (Mention o : in) {
                List<Relation> relations = relations(o, lexicon);
                if (relations.isEmpty()) {
                    continue;
                }
                for (Subject subj : subjects) {
                    if (subj.start() < o.end() && o.start() < subj.end()) {
                        continue; // the object is part of the subject's own name ("MSC-EVs")
                    }
                    if (linked.contains(subj.iri() + "|" + o.iri()) || o.iri().equals(subj.qualifier())
                            || !seen.add(subj.iri() + "|" + subj.qualifier() + "|" + o.iri())) {
                        continue;
                    }
                    // the denial that reaches the pair: a cue before the later of the two, or in its own clause after it
                    int later = Math.max(subj.end(), o.end());
                    int clauseEnd = later;
                    while (clauseEnd < s.end() && ",;:".indexOf(text.charAt(clauseEnd)) < 0) {
                        clauseEnd++;
                    }
                    String pairNeg = neg == null ? null : Cues.negation(text.substring(s.start(), clauseEnd));
                    List<String> base = features(text, s, in, subj, o, section, pairNeg != null, hedge != null, rules,
                            own.size(), claimedObjects.contains(o.iri()));
                    if (neg != null && pairNeg == null) {
                        base.add("negationElsewhere=true");
                    }
                    for (Relation r : relations) {
                        List<String> f = new ArrayList<>();
                        String rel = r.localName();
                        f.add("rel=" + rel);
                        for (String b : base) {
                            f.add(b);
                            f.add(rel + "&" + b);
                        }
                        Claim c = new Claim(subj.iri(), r, o.iri(), pairNeg, hedge, subj.scope(), subj.qualifier(), RULE, s,
                                subj.preparationName());
                        out.add(new Candidate(c, f));
                    }
                }
            }
        }
        return out;
    }

    /** The relations whose range holds the term (the ontology's ranges, by the term's branch and class). */
    static List<Relation> relations(Mention o, Lexicon lexicon) {
        List<Relation> r = new ArrayList<>();
        if (o.is(MentionType.SOURCE)) {
            r.add(Relation.DERIVED_FROM);
            if (lexicon != null && (lexicon.isA(o.iri(), ExoKg.NS + "Cell") || lexicon.isA(o.iri(), ExoKg.NS + "Tissue"))) {
                r.add(Relation.TARGETS);
            }
        }
        if (o.is(MentionType.CARGO)) {
            r.add(Relation.CARRIES);
        }
        if (o.is(MentionType.LOADING_TECHNIQUE)) {
            r.add(Relation.LOADED_BY);
        }
        if (o.is(MentionType.PROPERTY)) {
            r.add(Relation.HAS_PROPERTY);
        }
        if (o.is(MentionType.BARRIER)) {
            r.add(Relation.CROSSES);
        }
        if (o.is(MentionType.APPLICATION)) {
            r.add(Relation.USED_FOR);
        }
        if (o.is(MentionType.DISEASE)) {
            r.add(Relation.TREATS);
            r.add(Relation.CONTRIBUTES_TO);
            if (!r.contains(Relation.TARGETS)) {
                r.add(Relation.TARGETS);
            }
        }
        if (o.is(MentionType.CHALLENGE)) {
            r.add(Relation.HAS_CHALLENGE);
            if (!r.contains(Relation.CONTRIBUTES_TO)) {
                r.add(Relation.CONTRIBUTES_TO);
            }
        }
        return r;
    }

    /** The subjects of a sentence: each claim subject the rules read, then each vesicle mention no claim subject covers. */
    private static List<Subject> subjects(List<Mention> in, List<Claim> own, Sentence s, List<Claim> all) {
        List<Subject> subjects = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> claimedIris = new HashSet<>();
        for (Claim c : own) {
            if (c.relation() == Relation.IS_KIND_OF || !keys.add(c.subjectIri() + "|" + c.qualifierIri())) {
                continue;
            }
            claimedIris.add(c.subjectIri());
            Mention at = null;
            for (Mention m : in) {
                if (m.is(MentionType.VESICLE) && (at == null || m.iri().equals(c.subjectIri()) && !at.iri().equals(c.subjectIri()))) {
                    at = m;
                }
            }
            String rule = c.rule();
            String form = rule.contains("previous-sentence") ? "previous-sentence" : rule.contains("anaphor") ? "anaphor"
                    : c.preparationName() != null ? "named-preparation" : at == null ? "no-mention" : "claim-subject";
            subjects.add(new Subject(c.subjectIri(), c.qualifierIri(), c.scope(), c.preparationName(), form,
                    at == null ? s.start() : at.start(), at == null ? s.start() : at.end()));
        }
        for (Mention m : in) {
            if (m.is(MentionType.VESICLE) && !claimedIris.contains(m.iri()) && keys.add(m.iri() + "|null")) {
                subjects.add(new Subject(m.iri(), null, SubjectScope.GENERAL, null, "mention", m.start(), m.end()));
                // the same vesicles as the nearest claim of the document about this kind with a narrowing says (the
                // text's preparation, "MSC-EVs" named once, "the EVs" after): a second reading of the mention
                Claim near = nearestQualified(all, m.iri(), s.start());
                if (near != null) {
                    subjects.add(new Subject(m.iri(), near.qualifierIri(), near.scope(), near.preparationName(),
                            near.sentence().start() < s.start() ? "mention-qualified-before" : "mention-qualified-after",
                            m.start(), m.end()));
                }
            }
        }
        return subjects;
    }

    /** The document's claim about vesicles of this kind with a qualifier nearest to the offset, before it first. */
    private static Claim nearestQualified(List<Claim> all, String iri, int at) {
        Claim best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Claim c : all) {
            if (c.qualifierIri() == null || !c.subjectIri().equals(iri) || c.relation() == Relation.IS_KIND_OF) {
                continue;
            }
            int d = c.sentence().start() <= at ? at - c.sentence().start() : 2 * (c.sentence().start() - at);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** The relation-free features of a pair; the caller adds each conjoined with the relation. */
    private static List<String> features(String text, Sentence s, List<Mention> in, Subject subj, Mention o, String section,
            boolean negation, boolean hedge, Set<String> rules, int sentenceClaims, boolean objectClaimed) {
        List<String> f = new ArrayList<>();
        boolean subjectFirst = subj.start() <= o.start();
        int from = subjectFirst ? subj.end() : o.end();
        int to = subjectFirst ? o.start() : subj.start();
        List<String> between = tokens(text, from, Math.max(from, to));
        f.add("type=" + branch(o));
        f.add("form=" + subj.form());
        f.add("order=" + (subjectFirst ? "subject-first" : "object-first"));
        int words = (int) between.stream().filter(w -> Character.isLetterOrDigit(w.charAt(0))).count();
        f.add("distance=" + ClaimFeatures.bucket(words, 0, 2, 5, 10, 20));
        f.add("order+distance=" + (subjectFirst ? "s" : "o") + ClaimFeatures.bucket(words, 2, 5, 10, 20));
        for (String w : new HashSet<>(between)) {
            f.add("between=" + w);
        }
        if (between.size() <= 12) {
            f.add("near=" + String.join("_", between.size() <= 3 ? between : List.of()));
        }
        List<String> before = tokens(text, s.start(), o.start());
        f.add("beforeObject=" + (before.isEmpty() ? "^" : before.get(before.size() - 1)));
        if (before.size() >= 2) {
            f.add("beforeObject2=" + before.get(before.size() - 2) + "_" + before.get(before.size() - 1));
        }
        List<String> after = tokens(text, o.end(), s.end());
        f.add("afterObject=" + (after.isEmpty() ? "$" : after.get(0)));
        List<String> afterSubject = tokens(text, subj.end(), s.end());
        f.add("afterSubject=" + (afterSubject.isEmpty() ? "$" : afterSubject.get(0)));
        if (afterSubject.size() >= 2) {
            f.add("afterSubject2=" + afterSubject.get(0) + "_" + afterSubject.get(1));
        }
        int mentionsBetween = 0;
        boolean vesicleBetween = false;
        boolean sameBranchBetween = false;
        for (Mention m : in) {
            if (m.start() >= from && m.end() <= to) {
                mentionsBetween++;
                vesicleBetween |= m.is(MentionType.VESICLE);
                sameBranchBetween |= branch(m).equals(branch(o));
            }
        }
        // the rules' own trigger words between the two, in the rule's order, for a term of the rule's types: the rule
        // did not fire (its other conditions failed, or the words stand too far), but its words still say which relation
        String zone = text.substring(from, Math.max(from, to)).toLowerCase(Locale.ROOT);
        for (ClaimRule r : ClaimPatterns.RULES) {
            if (r.trigger() == null || r.order() != (subjectFirst ? ClaimRule.Order.VESICLE_FIRST : ClaimRule.Order.OBJECT_FIRST)
                    || r.objectTypes().stream().noneMatch(o::is)) {
                continue;
            }
            if (r.trigger().matcher(zone).find()) {
                f.add("trigger=" + r.id());
                f.add("triggerRelation=" + r.relation().localName());
            }
        }
        f.add("mentionsBetween=" + ClaimFeatures.bucket(mentionsBetween, 0, 1, 3));
        f.add("vesicleBetween=" + vesicleBetween);
        f.add("sameBranchBetween=" + sameBranchBetween);
        f.add("section=" + section);
        f.add("negation=" + negation);
        f.add("hedge=" + hedge);
        f.add("objectClaimed=" + objectClaimed);
        f.add("sentenceClaims=" + ClaimFeatures.bucket(sentenceClaims, 0, 1, 3));
        for (String r : rules) {
            f.add("sentenceRule=" + r);
        }
        f.add("length=" + ClaimFeatures.bucket(tokens(text, s.start(), s.end()).size(), 15, 30, 50));
        return f;
    }

    private static String branch(Mention m) {
        for (MentionType t : MentionType.values()) {
            if (m.is(t)) {
                return t.name();
            }
        }
        return "none";
    }

    /** The lower-cased words and clause punctuation of text[from, to); numbers as "0". */
    static List<String> tokens(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        Matcher m = TOKEN.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
        while (m.find()) {
            String t = m.group().toLowerCase(Locale.ROOT);
            out.add(LETTERS.matcher(t).matches() || !Character.isLetterOrDigit(t.charAt(0)) ? t : "0");
        }
        return out;
    }
}
