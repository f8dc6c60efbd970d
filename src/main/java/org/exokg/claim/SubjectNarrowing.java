package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.exokg.document.Document;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch qualifiers34) A learned choice of the subject's narrowing: which preparation of the text (its source
 * or producer, the claim's qualifier) a claim about vesicles of a kind speaks of, or none. The subject layer leaves many
 * claims unqualified where the gold narrows them ("MSC-EVs reduced infarct size ... The vesicles also lowered ..."), and
 * no one rule pattern recurs (subjects33: 177 of 421 subject errors, 90 documents). Here every claim (not isKindOf) gets
 * the candidate narrowings the document offers at its sentence: none, its own, the qualifiers of the claims read so far
 * (and the sources of their derivedFrom claims), and the sources named in its sentence; a logistic regression
 * ({@code subject-narrowing.tsv}, rebuilt by {@code SubjectNarrowingTraining}) scores each (claim, candidate) as the
 * gold's choice. A claim takes another candidate when that candidate scores at or above the threshold and above the
 * claim's own narrowing.
 *
 * <p>ON by default at the shipped threshold (0.45); {@code -Dexokg.subjectNarrowing=false} turns it off, {@code =0.8}
 * reads another threshold. Two guards (the lead's, thirty-fourth session): a class word ("cells", a branch's root) is no
 * candidate from the claim's sentence, and a challenge is not narrowed from the document's earlier preparations. With
 * them, on the decision pool 30-32 + 36 + 37 (never trained on) it gains +5 right and removes 5 wrong, losing none:
 * docs/extraction.md, "Figures after the merges of the thirty-fourth session".
 */
public final class SubjectNarrowing {

    public static final String PROPERTY = "exokg.subjectNarrowing";
    static final String RESOURCE = "/org/exokg/claim/subject-narrowing.tsv";
    /** The rule suffix of a claim whose narrowing this reading changed. */
    static final String APPLIED = "+learned-narrowing";
    static final String NONE = "-";

    private SubjectNarrowing() {}

    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)\\b(?:than|unlike|whereas|while|compared|comparison|versus|vs|contrast|relative to|in contrast|similar(?:ly)? to|both)\\b");
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)\\b(?:in general|generally|are known|is known|have been|has been|studies|reported|previous(?:ly)?|recent(?:ly)?|"
                    + "review|literature|numerous|various|many|several|widely|increasingly|emerging|field)\\b");
    private static final Pattern VESICLES_ARE = Pattern.compile(
            "(?i)\\b(?:exosomes|vesicles|evs|sevs|microvesicles|nanovesicles)\\s+(?:are|can|may|have|could|might)\\b");
    private static final Pattern WE = Pattern.compile("(?i)\\b(?:we|our|here|this study|the present study)\\b");
    private static final Pattern DETERMINED = Pattern.compile(
            "(?i)\\b(?:these|the|such|those|this|both)\\s+(?:[\\w-]+\\s+)?(?:exosomes|vesicles|evs|sevs|microvesicles|nanovesicles|particles|exos)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:^|[.;,]\\s*)(?:they|them|their|its|it)\\b");
    private static final Pattern BARE_OPENING = Pattern.compile(
            "(?i)^\\W*(?:extracellular vesicles|exosomes|evs|sevs|small extracellular vesicles|microvesicles)\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Za-z0-9]+-(?:Exos?|EVs?|sEVs?|exos?|MVs?|NVs?|ELNs?)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|did|had)\\b|\\b\\w+ed\\b");

    /** One candidate narrowing of one claim: the claim index, the qualifier (IRI or {@link #NONE}), its features. */
    public record Candidate(int claim, String qualifier, List<String> features) {}

    /**
     * The threshold the switch asks for (the shipped one when unset or true: ON by default since the lead's decision on
     * the pool 30-32 + 36 + 37, thirty-fourth session), or NaN when false (read at each call: tests set it).
     */
    public static double activeThreshold() {
        return ClaimConfidence.switchThreshold(PROPERTY, true, RESOURCE);
    }

    /** The model shipped in the resources (read once; the claim-confidence.tsv format). */
    public static ClaimConfidence shipped() {
        return ClaimConfidence.readOnce(RESOURCE);
    }

    /** Whether a claim is one whose narrowing is read: not a classification. */
    static boolean eligible(Claim c) {
        return c.relation() != Relation.IS_KIND_OF;
    }

    /** The candidates of every eligible claim of a document, the claim's own narrowing first. */
    public static List<Candidate> candidates(Document document, List<Mention> mentions, List<Claim> claims) {
        String text = document.text();
        int titleStart = firstLetter(text);
        // the document's sentences in order, and where each qualifier was named
        TreeMap<Integer, Sentence> sentenceAt = new TreeMap<>();
        for (Claim c : claims) {
            sentenceAt.putIfAbsent(c.sentence().start(), c.sentence());
        }
        Map<Integer, Integer> ordinal = new HashMap<>();
        for (int s : sentenceAt.keySet()) {
            ordinal.put(s, ordinal.size());
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>(); // qualifier -> ordinal of first sentence naming it
        Map<String, List<Integer>> at = new HashMap<>(); // qualifier -> ordinals of sentences naming it
        Map<String, Set<String>> kinds = new HashMap<>();
        for (Claim c : claims) {
            int o = ordinal.get(c.sentence().start());
            for (String q : named(c)) {
                counts.merge(q, 1, Integer::sum);
                first.merge(q, o, Math::min);
                at.computeIfAbsent(q, x -> new ArrayList<>()).add(o);
                kinds.computeIfAbsent(q, x -> new LinkedHashSet<>()).add(c.subjectIri());
            }
        }
        List<String> byFrequency = new ArrayList<>(counts.keySet());
        byFrequency.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        String firstNamed = first.entrySet().stream().min((a, b) -> a.getValue() - b.getValue() != 0
                ? a.getValue() - b.getValue() : a.getKey().compareTo(b.getKey())).map(Map.Entry::getKey).orElse(null);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Mention> sources = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.is(MentionType.SOURCE)) {
                sources.add(m);
            }
        }
        Map<Integer, List<Claim>> bySentence = new HashMap<>();
        for (Claim c : claims) {
            bySentence.computeIfAbsent(c.sentence().start(), x -> new ArrayList<>()).add(c);
        }
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!eligible(c)) {
                continue;
            }
            Sentence s = c.sentence();
            int o = ordinal.get(s.start());
            String own = c.qualifierIri() == null ? NONE : c.qualifierIri();
            Set<String> inSentenceText = new LinkedHashSet<>();
            for (Mention m : sources) {
                // a class word ("cells", a branch's root) names no source of its own, as ClaimExtractor reads it (lead, guard)
                if (m.start() >= s.start() && m.end() <= s.end() && !m.term().branchRoot()
                        && !m.iri().equals(org.exokg.ExoKg.NS + "Cell")) {
                    inSentenceText.add(m.iri());
                }
            }
            Set<String> inSentenceClaims = new LinkedHashSet<>();
            for (Claim d : bySentence.get(s.start())) {
                inSentenceClaims.addAll(named(d));
            }
            LinkedHashSet<String> offered = new LinkedHashSet<>();
            offered.add(own);
            offered.add(NONE);
            String nearest = null;
            int nearestDistance = Integer.MAX_VALUE;
            for (Map.Entry<String, List<Integer>> e : at.entrySet()) {
                int d = distance(e.getValue(), o);
                if (d >= 0) {
                    // a challenge is said of the kind unless its own sentence names the source: no narrowing from the
                    // document's earlier preparations (lead's guard; CargoSubjectsAndTopicTest's structured abstract)
                    if (c.relation() != Relation.HAS_CHALLENGE) {
                        offered.add(e.getKey());
                    }
                    if (d < nearestDistance || d == nearestDistance && e.getKey().compareTo(nearest) < 0) {
                        nearest = e.getKey();
                        nearestDistance = d;
                    }
                }
            }
            offered.addAll(inSentenceText);
            if (c.relation() == Relation.DERIVED_FROM) {
                // "milk-derived EVs ... derivedFrom Milk": the object as qualifier is the claim about the kind (the gold's
                // normalisation), the same claim as none
                offered.remove(c.objectIri());
                offered.add(own);
            }
            List<String> shared = new ArrayList<>();
            String lower = s.text();
            String section = ClaimFeatures.sectionKind(document, s, titleStart);
            shared.add("relation=" + c.relation().localName());
            shared.add("kind=" + local(c.subjectIri()));
            shared.add("section=" + section);
            shared.add("form=" + form(c));
            shared.add("named=" + (c.preparationName() != null));
            shared.add("own=" + (own.equals(NONE) ? "none" : "qualified"));
            shared.add("qualifiers=" + bucket(counts.size(), 0, 1, 2));
            shared.add("comparison=" + COMPARISON.matcher(lower).find());
            shared.add("generic=" + GENERIC.matcher(lower).find());
            shared.add("vesiclesAre=" + VESICLES_ARE.matcher(lower).find());
            shared.add("we=" + WE.matcher(lower).find());
            shared.add("determined=" + DETERMINED.matcher(lower).find());
            shared.add("pronoun=" + PRONOUN.matcher(lower).find());
            shared.add("bareOpening=" + BARE_OPENING.matcher(lower).find());
            shared.add("code=" + CODE.matcher(lower).find());
            shared.add("past=" + PAST.matcher(lower).find());
            shared.add("sourcesInSentence=" + bucket(inSentenceText.size(), 0, 1));
            shared.add("hedged=" + c.hedged());
            shared.add("negated=" + c.negated());
            for (String q : offered) {
                List<String> f = new ArrayList<>();
                String type = q.equals(own) ? "own" : q.equals(NONE) ? "none" : "other";
                List<String> own2 = new ArrayList<>(shared);
                if (!q.equals(NONE)) {
                    int d = at.containsKey(q) ? distance(at.get(q), o) : -1;
                    own2.add("distance=" + (d < 0 ? "never" : bucket(d, 0, 1, 3, 10)));
                    own2.add("nearest=" + q.equals(nearest));
                    int rank = byFrequency.indexOf(q);
                    own2.add("rank=" + (rank < 0 ? "none" : bucket(rank, 0, 1)));
                    own2.add("share=" + (total == 0 || !counts.containsKey(q) ? "none"
                            : bucket((int) Math.round(10.0 * counts.get(q) / total), 2, 5, 8)));
                    own2.add("first=" + q.equals(firstNamed));
                    own2.add("inSentenceText=" + inSentenceText.contains(q));
                    own2.add("inSentenceClaims=" + inSentenceClaims.contains(q));
                    own2.add("sentenceNamesAnother=" + (inSentenceText.stream().anyMatch(x -> !x.equals(q))
                            || inSentenceClaims.stream().anyMatch(x -> !x.equals(q))));
                    own2.add("sameKind=" + kinds.getOrDefault(q, Set.of()).contains(c.subjectIri()));
                    own2.add("onlyOne=" + (counts.size() == 1 && counts.containsKey(q)));
                    own2.add("ownIsNone=" + own.equals(NONE));
                    own2.add("nearest+section=" + q.equals(nearest) + "+" + section);
                    own2.add("inSentence+comparison=" + (inSentenceText.contains(q) || inSentenceClaims.contains(q))
                            + "+" + COMPARISON.matcher(lower).find());
                }
                for (String x : own2) {
                    f.add(type + ":" + x);
                }
                f.add("type=" + type);
                f.add(type + ":rule=" + c.rule().split(",")[0].split("\\+")[0]);
                result.add(new Candidate(i, q, f));
            }
        }
        return result;
    }

    /**
     * The claims with their narrowing replaced where the model prefers another candidate at or above the threshold;
     * duplicates that result are dropped (the first kept).
     */
    public static List<Claim> narrowed(Document document, List<Mention> mentions, List<Claim> claims, ClaimConfidence model,
            double threshold) {
        List<Candidate> candidates = candidates(document, mentions, claims);
        Map<Integer, Double> ownScore = new HashMap<>();
        Map<Integer, Candidate> best = new HashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        for (Candidate k : candidates) {
            double p = model.score(k.features());
            Claim c = claims.get(k.claim());
            String own = c.qualifierIri() == null ? NONE : c.qualifierIri();
            if (k.qualifier().equals(own)) {
                ownScore.put(k.claim(), p);
            } else if (p > bestScore.getOrDefault(k.claim(), -1.0)) {
                bestScore.put(k.claim(), p);
                best.put(k.claim(), k);
            }
        }
        Map<String, Claim> result = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Candidate b = best.get(i);
            if (b != null && bestScore.get(i) >= threshold && bestScore.get(i) > ownScore.getOrDefault(i, 0.0)) {
                c = withQualifier(c, b.qualifier());
            }
            result.putIfAbsent(c.identity(), c);
        }
        return new ArrayList<>(result.values());
    }

    static Claim withQualifier(Claim c, String qualifier) {
        String q = qualifier.equals(NONE) ? null : qualifier;
        return new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(),
                q == null ? SubjectScope.GENERAL : SubjectScope.SPECIFIC, q, c.rule() + APPLIED, c.sentence(),
                c.preparationName());
    }

    /** The narrowings a claim names: its qualifier, and the source of a derivedFrom claim. */
    private static List<String> named(Claim c) {
        List<String> q = new ArrayList<>(2);
        if (c.qualifierIri() != null) {
            q.add(c.qualifierIri());
        }
        if (c.relation() == Relation.DERIVED_FROM && c.objectIri() != null && !c.negated()) {
            q.add(c.objectIri());
        }
        return q;
    }

    /** Sentences from the last naming at or before {@code o} (0: the same sentence), or -1 when none. */
    private static int distance(List<Integer> ordinals, int o) {
        int d = -1;
        for (int x : ordinals) {
            if (x <= o && (d < 0 || o - x < d)) {
                d = o - x;
            }
        }
        return d;
    }

    private static String form(Claim c) {
        String r = c.rule();
        if (r.contains("+previous-sentence-subject")) {
            return "previous-sentence";
        }
        if (r.contains("+anaphor")) {
            return "anaphor";
        }
        if (r.contains(TextPreparation.APPLIED)) {
            return "text-preparation";
        }
        return "in-sentence";
    }

    private static String local(String iri) {
        int h = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(h + 1);
    }

    private static String bucket(int v, int... bounds) {
        for (int b : bounds) {
            if (v <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    static String describe(Candidate k) {
        return String.format(Locale.ROOT, "%d %s %s", k.claim(), k.qualifier(), k.features());
    }
}
