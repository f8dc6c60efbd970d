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
 *
 * <p>(branch enginespeed14) Cost: what the candidates share is computed once per document, sentence or claim
 * ({@code Reading}), {@link #narrowed} sums each candidate's weights from tables by value in the features' order (the
 * same scores to the bit, no feature text built), and a claim no other candidate of which can reach the threshold is not
 * scored (a bound); the candidates, their features and the output are those of the thirty-fourth session's code:
 * docs/performance.md, "The subject narrowing made cheap".
 */
public final class SubjectNarrowing {

    public static final String PROPERTY = "exokg.subjectNarrowing";
    static final String RESOURCE = "/org/exokg/claim/subject-narrowing.tsv";
    /** The rule suffix of a claim whose narrowing this reading changed. */
    static final String APPLIED = "+learned-narrowing";
    static final String NONE = "-";

    private SubjectNarrowing() {}

    // (branch enginespeed14) a look-ahead for the alternatives' first letters before the \b of COMPARISON, VESICLES_ARE, WE
    // and DETERMINED: every match starts with one of them (ASCII, as (?i) compares without UNICODE_CASE), so the same
    // matches, and most positions fail on one character test before the word-boundary test
    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)(?=[tuwcvrisb])\\b(?:than|unlike|whereas|while|compared|comparison|versus|vs|contrast|relative to|in contrast|similar(?:ly)? to|both)\\b");
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)\\b(?:in general|generally|are known|is known|have been|has been|studies|reported|previous(?:ly)?|recent(?:ly)?|"
                    + "review|literature|numerous|various|many|several|widely|increasingly|emerging|field)\\b");
    private static final Pattern VESICLES_ARE = Pattern.compile(
            "(?i)(?=[evsmn])\\b(?:exosomes|vesicles|evs|sevs|microvesicles|nanovesicles)\\s+(?:are|can|may|have|could|might)\\b");
    private static final Pattern WE = Pattern.compile("(?i)(?=[woht])\\b(?:we|our|here|this study|the present study)\\b");
    private static final Pattern DETERMINED = Pattern.compile(
            "(?i)(?=[tsb])\\b(?:these|the|such|those|this|both)\\s+(?:[\\w-]+\\s+)?(?:exosomes|vesicles|evs|sevs|microvesicles|nanovesicles|particles|exos)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:^|[.;,]\\s*)(?:they|them|their|its|it)\\b");
    private static final Pattern BARE_OPENING = Pattern.compile(
            "(?i)^\\W*(?:extracellular vesicles|exosomes|evs|sevs|small extracellular vesicles|microvesicles)\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Za-z0-9]+-(?:Exos?|EVs?|sEVs?|exos?|MVs?|NVs?|ELNs?)\\b");
    /**
     * (branch enginespeed14) Words one of which every match of {@link #GENERIC} holds (ASCII-lowered: "in general" and
     * "generally" hold "general", "are / is known" "known", "have / has been" "been", "previous(ly)" "previous",
     * "recent(ly)" "recent", every other alternative itself): a sentence with none of them is not searched.
     */
    private static final String[] GENERIC_WORDS = {"general", "known", "been", "studies", "reported", "previous", "recent",
            "review", "literature", "numerous", "various", "many", "several", "widely", "increasingly", "emerging", "field"};
    /** (branch enginespeed14) What every match of {@link #CODE} holds (case as written): the hyphen and the suffix's start. */
    private static final String[] CODE_PARTS = {"-Exo", "-EV", "-sEV", "-exo", "-MV", "-NV", "-ELN"};
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

    /** The candidate types, each feature's prefix: the claim's own narrowing, none, another qualifier. */
    private static final String[] TYPE = {"own", "none", "other"};
    private static final int OWN = 0;
    private static final int NONE_TYPE = 1;
    private static final int OTHER = 2;

    /**
     * The features a candidate qualifier (not none) adds after the claim's shared ones, in this order: each is
     * {@code type:FAMILY=value}, the values from {@link Reading#values} (branch enginespeed14: constants, so that the fast
     * scoring of {@link #narrowed} looks their weights up without building the feature's text).
     */
    private static final String[] FAMILY = {"distance", "nearest", "rank", "share", "first", "inSentenceText",
            "inSentenceClaims", "sentenceNamesAnother", "sameKind", "onlyOne", "ownIsNone", "nearest+section",
            "inSentence+comparison"};
    /**
     * The features every candidate of a claim has, before those of {@link #FAMILY}: {@code type:SHARED=value}, the values
     * from {@link Reading#each} (branch enginespeed14).
     */
    private static final String[] SHARED = {"relation", "kind", "section", "form", "named", "own", "qualifiers",
            "comparison", "generic", "vesiclesAre", "we", "determined", "pronoun", "bareOpening", "code", "past",
            "sourcesInSentence", "hedged", "negated"};
    /** The first cue of {@link #SHARED} (comparison .. past: the sentence's). */
    private static final int CUES = 7;
    private static final String[] DISTANCE = labels(0, 1, 3, 10);
    private static final String[] QUALIFIERS = labels(0, 1, 2);
    private static final String[] SOURCES = labels(0, 1);
    private static final String[] RANK = labels(0, 1);
    private static final String[] SHARE = labels(2, 5, 8);
    private static final String[] BOTH = {"false+false", "false+true", "true+false", "true+true"};

    /** The candidates of every eligible claim of a document, the claim's own narrowing first. */
    public static List<Candidate> candidates(Document document, List<Mention> mentions, List<Claim> claims) {
        List<Candidate> result = new ArrayList<>();
        new Reading(document, mentions, claims).each(new Visitor() {
            private int claim;
            private String[] shared;
            private String rule;

            @Override
            public void claim(int i, Claim c, String[] shared, String rule) {
                this.claim = i;
                this.shared = shared.clone();
                this.rule = rule;
            }

            @Override
            public void candidate(String q, int type, String[] values) {
                List<String> f = new ArrayList<>(shared.length + (values == null ? 0 : values.length) + 2);
                String t = TYPE[type];
                for (int k = 0; k < shared.length; k++) {
                    f.add(t + ":" + SHARED[k] + "=" + shared[k]);
                }
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        f.add(t + ":" + FAMILY[k] + "=" + values[k]);
                    }
                }
                f.add("type=" + t);
                f.add(t + ":rule=" + rule);
                result.add(new Candidate(claim, q, f));
            }
        });
        return result;
    }

    /** A candidate before it is reported: its qualifier, type, values (null for none), and whether its sentence names it. */
    private record Pending(String q, int type, String[] values, boolean inSentence) {}

    /** What {@link Reading#each} reports: each eligible claim, then each of its candidates in order. */
    private interface Visitor {
        /**
         * Whether the claim's candidates need not be reported (branch enginespeed14: the scorer's bound); asked before the
         * sentence's cues are read, so the cue values of {@code shared} ({@link #CUES} on) are null and each candidate's
         * last value (the in-sentence qualifier with the comparison cue) is too, {@code inSentence} saying the first half.
         */
        default boolean skip(int i, String[] shared, String rule, List<Pending> candidates) {
            return false;
        }

        /** An eligible claim: its index, the values of {@link #SHARED}, its rule's first part. */
        void claim(int i, Claim c, String[] shared, String rule);

        /** A candidate of the last claim: the qualifier, its type, the values of {@link #FAMILY} (null for none). */
        void candidate(String q, int type, String[] values);
    }

    /**
     * One document's candidates (branch enginespeed14: what the thirty-fourth session's code computed per claim and per
     * candidate, computed once per document, once per sentence or once per claim; the candidates, their order and their
     * features are the same).
     */
    private static final class Reading {
        private final Document document;
        private final List<Claim> claims;
        private final int titleStart;
        /** Ordinal of each sentence start among the claims' sentences. */
        private final Map<Integer, Integer> ordinal = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        /** qualifier -> ordinals of the sentences naming it (in claim order, repeats kept). */
        private final Map<String, List<Integer>> at = new HashMap<>();
        private final Map<String, Set<String>> kinds = new HashMap<>();
        private final Map<String, String> rank = new HashMap<>();
        private final Map<String, String> share = new HashMap<>();
        private final String firstNamed;
        private final String qualifiersBucket;
        private final List<Mention> sources = new ArrayList<>();
        private final Map<Integer, List<Claim>> bySentence = new HashMap<>();
        private final Map<Sentence, SentenceView> views = new HashMap<>();
        private final Map<Integer, History> histories = new HashMap<>();

        Reading(Document document, List<Mention> mentions, List<Claim> claims) {
            this.document = document;
            this.claims = claims;
            this.titleStart = firstLetter(document.text());
            // the document's sentences in order, and where each qualifier was named
            TreeMap<Integer, Sentence> sentenceAt = new TreeMap<>();
            for (Claim c : claims) {
                sentenceAt.putIfAbsent(c.sentence().start(), c.sentence());
            }
            for (int s : sentenceAt.keySet()) {
                ordinal.put(s, ordinal.size());
            }
            Map<String, Integer> first = new HashMap<>(); // qualifier -> ordinal of first sentence naming it
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
            for (int r = 0; r < byFrequency.size(); r++) {
                rank.put(byFrequency.get(r), label(r, RANK, 0, 1));
            }
            firstNamed = first.entrySet().stream().min((a, b) -> a.getValue() - b.getValue() != 0
                    ? a.getValue() - b.getValue() : a.getKey().compareTo(b.getKey())).map(Map.Entry::getKey).orElse(null);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                share.put(e.getKey(), total == 0 ? "none"
                        : label((int) Math.round(10.0 * e.getValue() / total), SHARE, 2, 5, 8));
            }
            qualifiersBucket = label(counts.size(), QUALIFIERS, 0, 1, 2);
            for (Mention m : mentions) {
                if (m.is(MentionType.SOURCE)) {
                    sources.add(m);
                }
            }
            for (Claim c : claims) {
                bySentence.computeIfAbsent(c.sentence().start(), x -> new ArrayList<>()).add(c);
            }
        }

        /** What a sentence gives every claim of it: its section, its cues, the sources it names. */
        private final class SentenceView {
            final String section;
            private final String text;
            /** The values of the sentence's cues, {@link #SHARED} from {@link #CUES} on; read when first asked for. */
            private String[] cues;
            private boolean comparison;
            final Set<String> inSentenceText = new LinkedHashSet<>();
            final Set<String> inSentenceClaims = new LinkedHashSet<>();
            final String sourcesInSentence;
            final String nearestTrue;
            final String nearestFalse;

            SentenceView(Sentence s) {
                text = s.text();
                section = ClaimFeatures.sectionKind(document, s, titleStart);
                for (Mention m : sources) {
                    // a class word ("cells", a branch's root) names no source of its own, as ClaimExtractor reads it (lead, guard)
                    if (m.start() >= s.start() && m.end() <= s.end() && !m.term().branchRoot()
                            && !m.iri().equals(org.exokg.ExoKg.NS + "Cell")) {
                        inSentenceText.add(m.iri());
                    }
                }
                for (Claim d : bySentence.get(s.start())) {
                    inSentenceClaims.addAll(named(d));
                }
                sourcesInSentence = label(inSentenceText.size(), SOURCES, 0, 1);
                nearestTrue = "true+" + section;
                nearestFalse = "false+" + section;
            }

            String[] cues() {
                if (cues == null) {
                    boolean[] found = SubjectNarrowing.cues(text);
                    comparison = found[0];
                    cues = new String[found.length];
                    for (int k = 0; k < found.length; k++) {
                        cues[k] = String.valueOf(found[k]);
                    }
                }
                return cues;
            }

            /** Whether the sentence's text or claims name a qualifier other than q. */
            boolean namesAnother(String q) {
                for (String x : inSentenceText) {
                    if (!x.equals(q)) {
                        return true;
                    }
                }
                for (String x : inSentenceClaims) {
                    if (!x.equals(q)) {
                        return true;
                    }
                }
                return false;
            }
        }

        /** The qualifiers named at or before a sentence (in the order of {@code at}), their distances, the nearest. */
        private final class History {
            final List<String> named = new ArrayList<>();
            final Map<String, Integer> distance = new HashMap<>();
            final String nearest;

            History(int o) {
                String near = null;
                int nearestDistance = Integer.MAX_VALUE;
                for (Map.Entry<String, List<Integer>> e : at.entrySet()) {
                    int d = SubjectNarrowing.distance(e.getValue(), o);
                    if (d >= 0) {
                        named.add(e.getKey());
                        distance.put(e.getKey(), d);
                        if (d < nearestDistance || d == nearestDistance && e.getKey().compareTo(near) < 0) {
                            near = e.getKey();
                            nearestDistance = d;
                        }
                    }
                }
                nearest = near;
            }
        }

        void each(Visitor visitor) {
            String[] shared = new String[SHARED.length];
            List<Pending> pending = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (!eligible(c)) {
                    continue;
                }
                Sentence s = c.sentence();
                int o = ordinal.get(s.start());
                SentenceView view = views.computeIfAbsent(s, SentenceView::new);
                History history = histories.computeIfAbsent(o, History::new);
                String own = c.qualifierIri() == null ? NONE : c.qualifierIri();
                LinkedHashSet<String> offered = new LinkedHashSet<>();
                offered.add(own);
                offered.add(NONE);
                // a challenge is said of the kind unless its own sentence names the source: no narrowing from the
                // document's earlier preparations (lead's guard; CargoSubjectsAndTopicTest's structured abstract)
                if (c.relation() != Relation.HAS_CHALLENGE) {
                    offered.addAll(history.named);
                }
                offered.addAll(view.inSentenceText);
                if (c.relation() == Relation.DERIVED_FROM) {
                    // "milk-derived EVs ... derivedFrom Milk": the object as qualifier is the claim about the kind (the
                    // gold's normalisation), the same claim as none
                    offered.remove(c.objectIri());
                    offered.add(own);
                }
                shared[0] = c.relation().localName();
                shared[1] = local(c.subjectIri());
                shared[2] = view.section;
                shared[3] = form(c);
                shared[4] = String.valueOf(c.preparationName() != null);
                shared[5] = own.equals(NONE) ? "none" : "qualified";
                shared[6] = qualifiersBucket;
                java.util.Arrays.fill(shared, CUES, CUES + 9, null);
                shared[16] = view.sourcesInSentence;
                shared[17] = String.valueOf(c.hedged());
                shared[18] = String.valueOf(c.negated());
                String rule = c.rule().split(",")[0].split("\\+")[0];
                boolean ownIsNone = own.equals(NONE);
                pending.clear();
                for (String q : offered) {
                    int type = q.equals(own) ? OWN : q.equals(NONE) ? NONE_TYPE : OTHER;
                    if (q.equals(NONE)) {
                        pending.add(new Pending(q, type, null, false));
                        continue;
                    }
                    String[] values = new String[FAMILY.length];
                    Integer d = history.distance.get(q);
                    boolean nearest = q.equals(history.nearest);
                    boolean inText = view.inSentenceText.contains(q);
                    boolean inClaims = view.inSentenceClaims.contains(q);
                    values[0] = d == null ? "never" : label(d, DISTANCE, 0, 1, 3, 10);
                    values[1] = String.valueOf(nearest);
                    values[2] = rank.getOrDefault(q, "none");
                    values[3] = share.getOrDefault(q, "none");
                    values[4] = String.valueOf(q.equals(firstNamed));
                    values[5] = String.valueOf(inText);
                    values[6] = String.valueOf(inClaims);
                    values[7] = String.valueOf(view.namesAnother(q));
                    values[8] = String.valueOf(kinds.getOrDefault(q, Set.of()).contains(c.subjectIri()));
                    values[9] = String.valueOf(counts.size() == 1 && counts.containsKey(q));
                    values[10] = String.valueOf(ownIsNone);
                    values[11] = nearest ? view.nearestTrue : view.nearestFalse;
                    pending.add(new Pending(q, type, values, inText || inClaims));
                }
                if (visitor.skip(i, shared, rule, pending)) {
                    continue;
                }
                System.arraycopy(view.cues(), 0, shared, CUES, 9);
                visitor.claim(i, c, shared, rule);
                for (Pending k : pending) {
                    if (k.values() != null) {
                        k.values()[12] = BOTH[(k.inSentence() ? 2 : 0) + (view.comparison ? 1 : 0)];
                    }
                    visitor.candidate(k.q(), k.type(), k.values());
                }
            }
        }
    }

    /**
     * The claims with their narrowing replaced where the model prefers another candidate at or above the threshold;
     * duplicates that result are dropped (the first kept). Each candidate's score is the model's score of its features
     * ({@link ClaimConfidence#score}: the bias, then each feature's weight in the features' order), summed here from
     * the claim's shared features (once per claim and type) and a table of the candidate features' weights by value,
     * without building the features' text (branch enginespeed14; the same sums in the same order, so the same scores).
     */
    public static List<Claim> narrowed(Document document, List<Mention> mentions, List<Claim> claims, ClaimConfidence model,
            double threshold) {
        int n = claims.size();
        double[] ownScore = new double[n];
        boolean[] hasOwn = new boolean[n];
        String[] best = new String[n];
        double[] bestScore = new double[n];
        java.util.Arrays.fill(bestScore, -1.0);
        new Reading(document, mentions, claims).each(new Scorer(model, threshold) {
            @Override
            void scored(int claim, String q, int type, double p) {
                if (type == OWN) {
                    ownScore[claim] = p;
                    hasOwn[claim] = true;
                } else if (p > bestScore[claim]) {
                    bestScore[claim] = p;
                    best[claim] = q;
                }
            }
        });
        Map<String, Claim> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            if (best[i] != null && bestScore[i] >= threshold && bestScore[i] > (hasOwn[i] ? ownScore[i] : 0.0)) {
                c = withQualifier(c, best[i]);
            }
            result.putIfAbsent(c.identity(), c);
        }
        return new ArrayList<>(result.values());
    }

    /**
     * The model's score of each candidate, in {@link #candidates}' order (for tests: each equals
     * {@code model.score(candidate.features())}).
     */
    static double[] scores(Document document, List<Mention> mentions, List<Claim> claims, ClaimConfidence model) {
        List<Double> p = new ArrayList<>();
        new Reading(document, mentions, claims).each(new Scorer(model, Double.NaN) {
            @Override
            void scored(int claim, String q, int type, double score) {
                p.add(score);
            }
        });
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Scores each candidate as {@link ClaimConfidence#score} scores its features: the bias, the weights of the shared
     * features (summed once per claim and type), of the candidate features (from {@link Weights}), of the type and of
     * the rule, added in the features' order.
     */
    private abstract static class Scorer implements Visitor {
        private final Weights weights;
        private int claim;
        private String[] shared;
        private String rule;
        private final double[] sum = new double[TYPE.length];
        private final double[] ruleWeight = new double[TYPE.length];
        private final boolean[] summed = new boolean[TYPE.length];

        private final double[] sharedBound = new double[TYPE.length];
        private final boolean[] bounded = new boolean[TYPE.length];
        /** The sum under which a candidate's score is surely under the threshold (-infinity: every claim scored). */
        private final double limit;

        /** A scorer; with a threshold (not NaN), the claims no other candidate of which can reach it are skipped. */
        Scorer(ClaimConfidence model, double threshold) {
            this.weights = Weights.of(model);
            // the logit of the threshold less a margin far above the sums' rounding (about 1e-13 for some 40 weights):
            // a candidate whose bound lies under it scores under the threshold; thresholds near 0 or 1 skip nothing
            this.limit = threshold > 1e-6 && threshold < 1 - 1e-6 ? Math.log(threshold / (1 - threshold)) - 1e-6
                    : Double.NEGATIVE_INFINITY;
        }

        abstract void scored(int claim, String q, int type, double p);

        /**
         * (branch enginespeed14) A claim changes only when a candidate other than its own scores at or above the
         * threshold. Each such candidate's sum is bounded without the sentence's cues: its known weights plus, for each
         * cue (and the in-sentence-with-comparison value), the larger weight of its two values. When every bound lies
         * under the threshold's logit (less a margin), no candidate can reach the threshold, the claim stays as it is
         * and its scores are not needed (nor the sentence's cues, if no other claim of it needs them).
         */
        @Override
        public boolean skip(int i, String[] shared, String rule, List<Pending> candidates) {
            if (limit == Double.NEGATIVE_INFINITY) {
                return false;
            }
            java.util.Arrays.fill(bounded, false);
            for (Pending k : candidates) {
                if (k.type() == OWN) {
                    continue;
                }
                int t = k.type();
                if (!bounded[t]) {
                    // the type's part of every bound (the order of the sum is free here: the margin covers its rounding)
                    double b = weights.bias + weights.cueBound[t] + weights.type[t] + weights.rule(t, rule);
                    for (int f = 0; f < shared.length; f++) {
                        if (f < CUES || f >= CUES + 9) {
                            b += weights.shared(t, f, shared[f]);
                        }
                    }
                    sharedBound[t] = b;
                    bounded[t] = true;
                }
                double bound = sharedBound[t];
                if (k.values() != null) {
                    for (int f = 0; f < FAMILY.length - 1; f++) {
                        bound += weights.candidate(t, f, k.values()[f]);
                    }
                    int half = k.inSentence() ? 2 : 0;
                    bound += Math.max(weights.candidate(t, FAMILY.length - 1, BOTH[half]),
                            weights.candidate(t, FAMILY.length - 1, BOTH[half + 1]));
                }
                if (!(bound < limit)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void claim(int i, Claim c, String[] shared, String rule) {
            this.claim = i;
            this.shared = shared;
            this.rule = rule;
            java.util.Arrays.fill(summed, false);
        }

        @Override
        public void candidate(String q, int type, String[] values) {
            if (!summed[type]) {
                double z = weights.bias;
                for (int k = 0; k < shared.length; k++) {
                    z += weights.shared(type, k, shared[k]);
                }
                sum[type] = z;
                ruleWeight[type] = weights.rule(type, rule);
                summed[type] = true;
            }
            double z = sum[type];
            if (values != null) {
                for (int k = 0; k < values.length; k++) {
                    z += weights.candidate(type, k, values[k]);
                }
            }
            z += weights.type[type];
            z += ruleWeight[type];
            scored(claim, q, type, ClaimConfidence.probability(z));
        }
    }

    /**
     * A model's weights by type, family and value: the weight of {@code type:FAMILY=value} ({@link #SHARED},
     * {@link #FAMILY} and the rule), 0 for a feature the model does not know (as {@link ClaimConfidence#score}), and of
     * {@code type=T}; made once per model.
     */
    private static final class Weights {
        private static final Map<ClaimConfidence, Weights> OF = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
        final double bias;
        final double[] type = new double[TYPE.length];
        private final List<List<Map<String, Double>>> shared = new ArrayList<>();
        private final List<List<Map<String, Double>>> candidate = new ArrayList<>();
        private final List<Map<String, Double>> rule = new ArrayList<>();

        private Weights(ClaimConfidence model) {
            bias = model.bias();
            for (int t = 0; t < TYPE.length; t++) {
                type[t] = model.weight("type=" + TYPE[t]);
                shared.add(byValue(model, TYPE[t], SHARED));
                candidate.add(byValue(model, TYPE[t], FAMILY));
                rule.add(byValue(model, TYPE[t], new String[] {"rule"}).get(0));
            }
            for (int t = 0; t < TYPE.length; t++) {
                for (int f = CUES; f < CUES + 9; f++) {
                    cueBound[t] += largestCue(t, f);
                }
            }
        }

        /** For each family, the weights of {@code type:family=value} by value. */
        private static List<Map<String, Double>> byValue(ClaimConfidence model, String type, String[] families) {
            List<Map<String, Double>> result = new ArrayList<>();
            for (String f : families) {
                String prefix = type + ":" + f + "=";
                Map<String, Double> byValue = new HashMap<>();
                for (Map.Entry<String, Double> e : model.weights().entrySet()) {
                    // a family's name holds no '=' (nor ':'), so a feature's text starts with one family's prefix at most
                    if (e.getKey().startsWith(prefix)) {
                        byValue.put(e.getKey().substring(prefix.length()), e.getValue());
                    }
                }
                result.add(byValue);
            }
            return result;
        }

        static Weights of(ClaimConfidence model) {
            return OF.computeIfAbsent(model, Weights::new);
        }

        /** The larger weight of a cue's two values, "true" and "false" (0 for an unknown feature). */
        double largestCue(int type, int family) {
            return Math.max(shared(type, family, "true"), shared(type, family, "false"));
        }

        /** By type, the sum of the cues' larger weights ({@link #largestCue}): the cues' part of a bound. */
        final double[] cueBound = new double[TYPE.length];

        double shared(int type, int family, String value) {
            return shared.get(type).get(family).getOrDefault(value, 0.0);
        }

        double candidate(int type, int family, String value) {
            return candidate.get(type).get(family).getOrDefault(value, 0.0);
        }

        double rule(int type, String value) {
            return rule.get(type).getOrDefault(value, 0.0);
        }
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

    /** A count's labels for these bounds ("<=b" each, then ">last"), made once. */
    private static String[] labels(int... bounds) {
        String[] l = new String[bounds.length + 1];
        for (int k = 0; k < bounds.length; k++) {
            l[k] = "<=" + bounds[k];
        }
        l[bounds.length] = ">" + bounds[bounds.length - 1];
        return l;
    }

    /** The label of v: the first bound it is at most ("<=b"), or over the last; from {@link #labels} of the same bounds. */
    private static String label(int v, String[] labels, int... bounds) {
        for (int k = 0; k < bounds.length; k++) {
            if (v <= bounds[k]) {
                return labels[k];
            }
        }
        return labels[bounds.length];
    }

    /**
     * A sentence's cues, in {@link #SHARED}'s order from {@link #CUES} on: comparison, generic, vesiclesAre, we,
     * determined, pronoun, bareOpening, code, past.
     */
    static boolean[] cues(String text) {
        return new boolean[] {COMPARISON.matcher(text).find(),
                holdsAny(asciiLower(text), GENERIC_WORDS) && GENERIC.matcher(text).find(),
                VESICLES_ARE.matcher(text).find(), WE.matcher(text).find(), DETERMINED.matcher(text).find(),
                PRONOUN.matcher(text).find(), BARE_OPENING.matcher(text).find(),
                holdsAny(text, CODE_PARTS) && CODE.matcher(text).find(), PAST.matcher(text).find()};
    }

    /** The text with its ASCII capitals lowered, nothing else changed (what (?i) without UNICODE_CASE folds). */
    static String asciiLower(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? text : new String(c);
    }

    /** Whether the text holds one of the parts. */
    private static boolean holdsAny(String text, String[] parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
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
