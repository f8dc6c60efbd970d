package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.exokg.ExoKg;
import org.exokg.claim.RuleFile.Entry;
import org.exokg.mention.MentionType;
import org.exokg.mention.RequiredWords;

/**
 * The extraction rules: which words between a vesicle and a term of a given type express which relation, and
 * what a relation and object mean together (remappings). The rules are data: the entries of
 * {@code claim-rules.yaml} next to this class, each with an id that a claim's extraction rule names. The
 * object's type (its ontology branch) does most of the work; the trigger words keep mere co-occurrence out.
 * No rule names a particular term or sentence.
 */
public final class ClaimPatterns {

    static final String RESOURCE = "claim-rules.yaml";
    /**
     * The keys an entry of each section may have besides its id: a key the reader does not know (a misspelt
     * "unlesBefore") is refused, not read as absent. A new key of a rule needs its name here and its reading below
     * (before DEFAULT: read when the class loads).
     */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "rules", Set.of("relation", "objects", "order", "triggers", "pattern", "example", "acrossClause", "attributive",
                    "cellsOnly", "findingsOnly", "notTitleTopic", "objectFirstGap", "objectNotUnder", "objectPrefix", "objectSuffix",
                    "objectUnder", "outcomeMeasure", "termBetweenUnder", "termsBetween", "unlessAfterObject", "unlessBefore",
                    "unlessBetween", "unlessSentence", "vesiclePrefix"),
            "remappings", Set.of("when", "then", "example"),
            "qualifierRemappings", Set.of("when", "then", "example"),
            "challengeEvents", Set.of("challenge", "pattern", "termsInside", "lone", "example"),
            "challengePredicates", Set.of("pattern", "example"),
            "eventPredicates", Set.of("challenge", "says", "pattern", "termsInside", "example"),
            "eventAttributes", Set.of("noun", "scale", "skip", "varies", "verbs", "whenBad", "whenGood", "example"),
            "outcomeMeasures", Set.of("better", "pattern", "diseaseUnder", "example"),
            "impliedProperties", Set.of("whenRules", "property", "relation", "example", "whenRelation", "objectUnder", "sentence",
                    "qualifierFromObject"));

    /** A relation and object read together as another relation or object ("contributes to cancer" → tumour promotion). */
    public record Remapping(String id, Relation whenRelation, String whenObjectIri, Relation thenRelation, String thenObjectIri,
            boolean whenDenied, Pattern whenSurface, Pattern whenBefore, Pattern whenAfter) {
        public Remapping(String id, Relation whenRelation, String whenObjectIri, Relation thenRelation, String thenObjectIri,
                boolean whenDenied) {
            this(id, whenRelation, whenObjectIri, thenRelation, thenObjectIri, whenDenied, null, null, null);
        }

        boolean appliesTo(Relation relation, String objectIri) {
            return whenRelation == relation && whenObjectIri.equals(objectIri);
        }

        /**
         * (branch dev29) A remapping with 'surface' or 'before' in its 'when' applies only where the object mention's words
         * match 'surface', the sentence up to the object mention (lower-case) matches 'before' ("did not provoke
         * inflammation": a verb of causing right before the harm) and the sentence after it matches 'after' ("in
         * macrophages"); without the words (null) it does not apply.
         */
        boolean appliesTo(Relation relation, String objectIri, String surface, String before, String after) {
            if (!appliesTo(relation, objectIri)) {
                return false;
            }
            if (whenSurface == null && whenBefore == null && whenAfter == null) {
                return true;
            }
            return surface != null && before != null && after != null
                    && (whenSurface == null || whenSurface.matcher(surface.toLowerCase(java.util.Locale.ROOT)).find())
                    && (whenBefore == null || whenBefore.matcher(before.toLowerCase(java.util.Locale.ROOT)).find())
                    && (whenAfter == null || whenAfter.matcher(after.toLowerCase(java.util.Locale.ROOT)).find());
        }

        /** The relation after this remapping: its 'then' relation, or the one it was given when 'then' keeps it. */
        Relation relationAfter(Relation relation) {
            return thenRelation != null ? thenRelation : relation;
        }

        String objectAfter(String objectIri) {
            return thenObjectIri != null ? thenObjectIri : objectIri;
        }
    }

    /** A claim's relation and object after the remappings; {@code remappings} lists the ids that applied. */
    public record Remapped(Relation relation, String objectIri, List<String> remappings) {}

    /**
     * A term narrowing a vesicle read as the vesicles' source: a qualifier that is {@code whenUnderIri} or under it
     * becomes {@code thenIri} ("tumour-derived exosomes": derived from tumour cells, not from the disease).
     */
    public record QualifierRemapping(String id, String whenUnderIri, String thenIri) {}

    /**
     * (branch goldconv, issue 15) A property a rule's reading also states of the vesicles: an affirmed claim of one of
     * {@code whenRules} gives a second claim, hasProperty {@code propertyIri}, with the same subject, qualifier and hedge
     * ("were taken up by neurons": the vesicles target the neurons and show cellular uptake). (branch triggers5) An entry
     * may name {@code relation: usedFor} instead: the reading also states a use ("deliver siRNA to the fibrotic liver").
     */
    public record ImpliedProperty(String id, Set<String> whenRules, String propertyIri, Relation relation, Relation whenRelation,
            Set<String> objectUnder, Pattern sentence, boolean qualifierFromObject) {

        /** An entry of the older form: the listed rules' affirmed claims, whatever their object or sentence. */
        public ImpliedProperty(String id, Set<String> whenRules, String propertyIri, Relation relation) {
            this(id, whenRules, propertyIri, relation, null, Set.of(), null, false);
        }
    }

    /**
     * A challenge stated as an event or predicate ("the loading efficiency was poor", "isolation methods are still
     * lacking"): the words matched by {@code pattern} (lower case) name the challenge {@code challengeIri}, as a
     * noun-phrase label would; {@code termsInside} are term types the words may swallow ("loading of nucleic acids
     * into EVs remains difficult": what is hard to load, not a carries claim).
     */
    public record ChallengeEvent(String id, String challengeIri, Pattern pattern, Set<MentionType> termsInside,
            List<String> mentionGroups, boolean composed, boolean lone, List<Pattern> alternatives) {
        /**
         * {@code alternatives} (branch enginespeed11): for a composed event, its predicates' expressions, each compiled on
         * its own ({@code pattern} is their alternation); empty for others. A text that holds the required words of none
         * of them cannot match {@code pattern}, though it may hold the words the alternation as a whole requires.
         */
        public ChallengeEvent {
            alternatives = List.copyOf(alternatives);
        }

        public ChallengeEvent(String id, String challengeIri, Pattern pattern, Set<MentionType> termsInside,
                List<String> mentionGroups, boolean composed, boolean lone) {
            this(id, challengeIri, pattern, termsInside, mentionGroups, composed, lone, List.of());
        }

        public ChallengeEvent(String id, String challengeIri, Pattern pattern) {
            this(id, challengeIri, pattern, Set.of());
        }

        public ChallengeEvent(String id, String challengeIri, Pattern pattern, Set<MentionType> termsInside) {
            this(id, challengeIri, pattern, termsInside, List.of(), false, false);
        }

        public ChallengeEvent(String id, String challengeIri, Pattern pattern, Set<MentionType> termsInside,
                List<String> mentionGroups, boolean composed) {
            this(id, challengeIri, pattern, termsInside, mentionGroups, composed, false);
        }

        /**
         * (branch events) The words the mention spans: those of the first named group of {@code mentionGroups} that took
         * part in the match (a composed event names the attribute's noun phrase, "the yield", and leaves "of EVs from
         * HEK293 cells is low" to the rules, as they read "the low yield of EVs from HEK293 cells"), else the whole match.
         * {@code composed}: made of an attribute and a predicate (eventAttributes): a term other than a vesicle inside
         * its words keeps them from being read ("large-scale isolation" is the label of Scalability, not an isolation).
         */
        public int[] span(java.util.regex.Matcher m) {
            for (String g : mentionGroups) {
                if (m.start(g) >= 0) {
                    return new int[] {m.start(g), m.end(g)};
                }
            }
            return new int[] {m.start(), m.end()};
        }
    }

    /**
     * An outcome measure of a disease (issue 15, branch recall2): "infarct size", "colitis scores", "hindlimb locomotion".
     * The words matched by {@code pattern} (lower case) stand for the disease under discussion when a vesicle lowers
     * (or, for a measure better higher, raises) them; {@code better} says which way is the benefit.
     */
    public record OutcomeMeasure(String id, ClaimRule.OutcomeDirection better, Pattern pattern, Set<String> diseaseUnder) {}

    private static final ClaimPatterns DEFAULT = load();

    /** The rules of {@code claim-rules.yaml}, in file order. */
    public static final List<ClaimRule> RULES = DEFAULT.rules();

    private final List<ClaimRule> rules;
    private final List<Remapping> remappings;
    private final List<QualifierRemapping> qualifierRemappings;
    private final List<ChallengeEvent> challengeEvents;
    /**
     * The rules left once the readings behind a switch are taken out (MissedClaimReadings#ruleOff), one list per state of
     * those switches ({@link MissedClaimReadings#ruleSwitches}): made once, so that each call costs a lookup.
     */
    private final Map<Long, List<ClaimRule>> rulesBySwitches = new java.util.concurrent.ConcurrentHashMap<>();
    /** (branch enginespeed13) {@link #rulesBySwitches} of one order each: index {@code Order.ordinal()}. */
    @SuppressWarnings("unchecked")
    private final Map<Long, List<ClaimRule>>[] rulesByOrder = new Map[] {
        new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>()};
    /**
     * (branch enginespeed) Per challenge event (file order), its required words and its guarded expression
     * ({@link org.exokg.mention.LeadingLookarounds#guarded}), and the words indexed: which events a sentence may match,
     * in one pass. Made once per rule file (each extractor looked them up again per document).
     */
    private final RequiredWords[] challengeEventWords;
    private final Pattern[] challengeEventGuarded;
    private final RequiredWords.Index challengeEventIndex;
    /** (branch perf41) {@link #challengeEventIndex} without the events of switched-off readings, per set left out. */
    private final Map<java.util.BitSet, RequiredWords.Index> challengeEventIndexes = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * (branch enginespeed11) Per challenge event (file order), the required words of each of its alternatives
     * ({@link ChallengeEvent#alternatives}), or null for an event without. The words an alternation requires as a whole
     * are only those every branch shares: the composed variation events (an attribute that "varies between batches",
     * branch paraphrases' "donors differ in potency" and "varied by a factor of four between harvests") share only the
     * attribute's noun ("size", "content", "vesicles" of "number of vesicles"), found in most sentences, while each
     * branch also needs a verb of variation.
     */
    private final RequiredWords[][] challengeEventAlternativeWords;
    /** (branch enginespeed) Per outcome measure (file order), its required words, and their index. */
    private final RequiredWords[] outcomeMeasureWords;
    private final RequiredWords.Index outcomeMeasureIndex;
    private final List<Pattern> challengePredicates;
    private final List<OutcomeMeasure> outcomeMeasures;
    private final List<ImpliedProperty> impliedProperties;
    /** (branch triggers2) the object-first rules with their own {@code objectFirstGap}, by rule id. */
    private final Map<String, Integer> objectFirstGaps;
    private final int widestObjectFirstGap;
    /** (branch triggers4) the object-first rules that read across a clause boundary ({@code acrossClause}), by rule id. */
    private final Set<String> acrossClauseRules;

    /** Tokens an object-first rule may span between its object and the vesicle unless it says {@code objectFirstGap}. */
    public static final int OBJECT_FIRST_GAP = 8;

    private ClaimPatterns(List<ClaimRule> rules, List<Remapping> remappings, List<QualifierRemapping> qualifierRemappings,
            List<ChallengeEvent> challengeEvents, List<Pattern> challengePredicates, List<OutcomeMeasure> outcomeMeasures,
            List<ImpliedProperty> impliedProperties, Map<String, Integer> objectFirstGaps, Set<String> acrossClauseRules) {
        this.outcomeMeasures = List.copyOf(outcomeMeasures);
        this.impliedProperties = List.copyOf(impliedProperties);
        this.rules = List.copyOf(rules);
        this.remappings = List.copyOf(remappings);
        this.qualifierRemappings = List.copyOf(qualifierRemappings);
        this.challengeEvents = List.copyOf(challengeEvents);
        this.challengeEventWords = this.challengeEvents.stream().map(e -> RequiredWords.of(e.pattern())).toArray(RequiredWords[]::new);
        this.challengeEventGuarded = this.challengeEvents.stream().map(e -> org.exokg.mention.LeadingLookarounds.guarded(e.pattern()))
                .toArray(Pattern[]::new);
        this.challengeEventIndex = RequiredWords.Index.of(List.of(challengeEventWords));
        this.challengeEventAlternativeWords = this.challengeEvents.stream().map(e -> e.alternatives().isEmpty() ? null
                : e.alternatives().stream().map(RequiredWords::of).toArray(RequiredWords[]::new)).toArray(RequiredWords[][]::new);
        this.outcomeMeasureWords = this.outcomeMeasures.stream().map(m -> RequiredWords.of(m.pattern())).toArray(RequiredWords[]::new);
        this.outcomeMeasureIndex = RequiredWords.Index.of(List.of(outcomeMeasureWords));
        this.challengePredicates = List.copyOf(challengePredicates);
        this.objectFirstGaps = Map.copyOf(objectFirstGaps);
        this.acrossClauseRules = Set.copyOf(acrossClauseRules);
        this.widestObjectFirstGap = Math.max(OBJECT_FIRST_GAP, objectFirstGaps.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /**
     * (branch triggers2) How many tokens this object-first rule may span between its object and the vesicle: the rule's
     * {@code objectFirstGap}, else {@link #OBJECT_FIRST_GAP}. A technique whose cargo phrase is long ("electroporation
     * placed around 20 % of the siRNA into the exosomes") stands further from the vesicle than other objects.
     */
    public int objectFirstGap(ClaimRule rule) {
        return objectFirstGaps.getOrDefault(rule.id(), OBJECT_FIRST_GAP);
    }

    /**
     * (branch triggers4) Whether this object-first rule reads across a clause boundary between its object and the vesicle
     * (its {@code acrossClause}): a possessive that refers back to the sentence's subject ("camel milk differs from cow
     * milk, and its vesicles have hardly been studied") stands after ", and" with a clause of its own.
     */
    public boolean acrossClause(ClaimRule rule) {
        return acrossClauseRules.contains(rule.id());
    }

    /** Whether any rule reads across a clause boundary ({@link #acrossClause}). */
    public boolean anyAcrossClause() {
        return !acrossClauseRules.isEmpty();
    }

    /** The widest {@link #objectFirstGap} of any rule (at least {@link #OBJECT_FIRST_GAP}). */
    public int widestObjectFirstGap() {
        return widestObjectFirstGap;
    }

    /**
     * The rule file's {@code challengePredicates}: what may follow a challenge that opens a sentence ("Heterogeneity
     * remains a major hurdle", "Poor purity hampers ...") for it to be said of the vesicles under discussion.
     */
    public boolean challengePredicateFollows(String afterChallenge) {
        for (Pattern p : challengePredicates) {
            if (p.matcher(afterChallenge).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    public List<ChallengeEvent> challengeEvents() {
        return challengeEvents;
    }

    /**
     * The challenge events' required words ({@link RequiredWords#of} of each event's pattern), indexed in the order of
     * {@link #challengeEvents()}: the events a text may match, found in one pass over it.
     */
    public RequiredWords.Index challengeEventIndex() {
        return challengeEventIndex;
    }

    /**
     * (branch perf41) {@link #challengeEventIndex()} without the events numbered in {@code leftOut} (their readings'
     * switches are off: {@link MissedClaimReadings#off}): such an event is never a candidate, and its words are not
     * looked for. Made once per set of events left out; {@code leftOut} must not change afterwards.
     */
    public RequiredWords.Index challengeEventIndex(java.util.BitSet leftOut) {
        return leftOut.isEmpty() ? challengeEventIndex : challengeEventIndexes.computeIfAbsent(leftOut,
                k -> RequiredWords.Index.of(List.of(challengeEventWords), k));
    }

    /**
     * (branch perf41) The events whose readings' switches are off now ({@link MissedClaimReadings#off}), by their place
     * in {@link #challengeEvents()}: what {@link #challengeEventIndex(java.util.BitSet)} leaves out. Reads the switches:
     * the extractor asks once per document.
     */
    public java.util.BitSet challengeEventsOff() {
        java.util.BitSet off = new java.util.BitSet(challengeEvents.size());
        for (int i = 0; i < challengeEvents.size(); i++) {
            if (MissedClaimReadings.off(challengeEvents.get(i).id())) {
                off.set(i);
            }
        }
        return off;
    }

    /** The required words of challenge event {@code i} of {@link #challengeEvents()} ({@link RequiredWords#of} its pattern). */
    public RequiredWords challengeEventWords(int i) {
        return challengeEventWords[i];
    }

    /**
     * (branch enginespeed11) Whether {@code text} holds the required words of some alternative of challenge event
     * {@code i} (always, for an event without alternatives): where it holds none, the event's expression cannot match,
     * since a match of an alternation is a match of one of its branches on the same text. To be asked after
     * {@link #challengeEventWords}, whose words the answers already hold.
     */
    public boolean challengeEventAlternativesMayMatch(int i, String text, RequiredWords.Answers answers) {
        RequiredWords[] alternatives = challengeEventAlternativeWords[i];
        if (alternatives == null) {
            return true;
        }
        for (RequiredWords words : alternatives) {
            if (words.mayMatch(text, answers)) {
                return true;
            }
        }
        return false;
    }

    /** The guarded expression of challenge event {@code i} ({@link org.exokg.mention.LeadingLookarounds#guarded}: the same matches). */
    public Pattern challengeEventGuarded(int i) {
        return challengeEventGuarded[i];
    }

    /** The required words of outcome measure {@code i} of {@link #outcomeMeasures()}, and their index (in that order). */
    public RequiredWords outcomeMeasureWords(int i) {
        return outcomeMeasureWords[i];
    }

    public RequiredWords.Index outcomeMeasureIndex() {
        return outcomeMeasureIndex;
    }

    /** The rule file's {@code outcomeMeasures}, in file order. */
    public List<OutcomeMeasure> outcomeMeasures() {
        return outcomeMeasures;
    }

    /** The rule file's {@code impliedProperties} (branch goldconv), in file order. */
    public List<ImpliedProperty> impliedProperties() {
        return impliedProperties;
    }

    /** The rules shipped with ExoKG. */
    public static ClaimPatterns defaults() {
        return DEFAULT;
    }

    public List<ClaimRule> rules() {
        // readings whose rules sit in the rule file behind a switch (keptcargo-, lesionanaphor-, paraphrase33-): their
        // rules are left out while the switch is off, read at each call so that a test can turn one on; with the
        // default switches the rules are the base's, so no other rule's claim is displaced
        return rules(MissedClaimReadings.ruleSwitches());
    }

    /**
     * (branch perf41) {@link #rules()} for switches already read ({@link MissedClaimReadings#ruleSwitches}): the
     * extractor reads them once per document and asks with them, instead of reading some twenty system properties for
     * every vesicle and object.
     */
    public List<ClaimRule> rules(long switches) {
        return rulesBySwitches.computeIfAbsent(switches,
                k -> rules.stream().filter(r -> !MissedClaimReadings.ruleOff(r.id(), k)).toList());
    }

    /** Every rule of the file, those behind a switch that is off included (file order). */
    List<ClaimRule> everyRule() {
        return rules;
    }

    /**
     * (branch enginespeed13) The rules of one order ({@link #rules} in the same order, the others left out), for a loop
     * that tries only those: the vesicle-first loop ran over all of them for every vesicle and object and turned half
     * away by their order (its first line held 1.4 % of extraction on generated documents).
     */
    public List<ClaimRule> rules(ClaimRule.Order order) {
        return rules(order, MissedClaimReadings.ruleSwitches());
    }

    /** (branch perf41) {@link #rules(ClaimRule.Order)} for switches already read, as {@link #rules(long)}. */
    public List<ClaimRule> rules(ClaimRule.Order order, long switches) {
        return rulesByOrder[order.ordinal()].computeIfAbsent(switches,
                k -> rules(k).stream().filter(r -> r.order() == order).toList());
    }

    public List<Remapping> remappings() {
        return remappings;
    }

    /** Applies the remappings in file order, each to the result of the ones before. */
    public Remapped remap(Relation relation, String objectIri) {
        List<String> applied = new ArrayList<>(0);
        for (Remapping r : remappings) {
            if (!r.whenDenied() && r.appliesTo(relation, objectIri)) {
                relation = r.relationAfter(relation);
                objectIri = r.objectAfter(objectIri);
                applied.add(r.id());
            }
        }
        return new Remapped(relation, objectIri, applied);
    }

    /**
     * A denial that states the opposite property (branch dev13): a remapping with {@code when: {polarity: negative}}
     * turns a denied relation and object into the affirmed one it names ("were not toxic", "neither A nor B were toxic":
     * LowToxicity, positive, the gold convention of every set). Null if no such remapping applies.
     */
    public Remapped remapDenial(Relation relation, String objectIri) {
        return remapDenial(relation, objectIri, null, null, null);
    }

    /**
     * {@link #remapDenial(Relation, String)} with the object mention's words and the sentence before and after it, for
     * the remappings conditioned on them (branch dev29: a harm denied after a verb of causing).
     */
    public Remapped remapDenial(Relation relation, String objectIri, String surface, String before, String after) {
        for (Remapping r : remappings) {
            if (r.whenDenied() && r.appliesTo(relation, objectIri, surface, before, after)) {
                return new Remapped(r.relationAfter(relation), r.objectAfter(objectIri), List.of(r.id()));
            }
        }
        return null;
    }

    public List<QualifierRemapping> qualifierRemappings() {
        return qualifierRemappings;
    }

    /**
     * The qualifier as the vesicles' source: the qualifier remappings applied in file order, each to the result of the
     * ones before; {@code isA} tells whether a class is another or under it. Null stays null.
     */
    public String remapQualifier(String qualifierIri, java.util.function.BiPredicate<String, String> isA) {
        for (QualifierRemapping r : qualifierRemappings) {
            if (qualifierIri != null && isA.test(qualifierIri, r.whenUnderIri())) {
                qualifierIri = r.thenIri();
            }
        }
        return qualifierIri;
    }

    private static ClaimPatterns load() {
        return RuleFile.read(RESOURCE, ClaimPatterns::parse);
    }

    /**
     * The entries of section {@code key} (absent: none), read by {@link RuleFile#entries}: each a mapping with an id
     * unique across the file ({@code ids} collects them) and no unknown key; errors name the file and the entry
     * ({@code label} and its id, by number until its id is known).
     */
    private static List<Entry> entries(Map<?, ?> root, String key, String label, String name, Set<String> ids) {
        return RuleFile.entries(RuleFile.optionalSection(root, key, name), label, name, ids, KEYS.get(key));
    }

    /**
     * Reads a rule file. Anything a rule cannot run with (a missing or unknown key value, a bad regular expression,
     * a duplicate id) is refused with an error naming the file and the entry.
     */
    public static ClaimPatterns parse(InputStream in, String name) {
        Object loaded = RuleFile.yaml(in, name);
        if (!(loaded instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?>)) {
            throw new IllegalStateException(name + ": no list 'rules'");
        }
        Set<String> ids = new HashSet<>();
        List<ClaimRule> rules = new ArrayList<>();
        Map<String, Integer> objectFirstGaps = new java.util.HashMap<>();
        Set<String> acrossClauseRules = new HashSet<>();
        for (Entry e : entries(root, "rules", "rule", name, ids)) {
            rules.add(rule(e.map(), e.id(), e.where()));
            if (e.map().get("objectFirstGap") instanceof Integer gap) {
                objectFirstGaps.put(e.id(), gap); // checked by rule(...)
            }
            if (Boolean.TRUE.equals(e.map().get("acrossClause"))) {
                acrossClauseRules.add(e.id()); // checked by rule(...)
            }
        }
        List<Remapping> remappings = new ArrayList<>();
        for (Entry e : entries(root, "remappings", "remapping", name, ids)) {
            String where = e.where();
            Map<?, ?> when = mapping(e, "when");
            Map<?, ?> then = mapping(e, "then");
            Relation thenRelation = then.get("relation") == null ? null : relation(text(then, "relation", where), where);
            String thenObject = then.get("object") == null ? null : localName(text(then, "object", where), where);
            if (thenRelation == null && thenObject == null) {
                throw new IllegalStateException(where + ": 'then' changes neither relation nor object");
            }
            Object polarity = when.get("polarity");
            if (polarity != null && !"negative".equals(String.valueOf(polarity))) {
                throw new IllegalStateException(where + ": 'when' polarity can only be negative");
            }
            // (branch dev29) 'surface', 'before' and 'after': regular expressions over the object mention's words and the
            // sentence up to it and after it, for a denial remapping only
            Pattern surface = when.get("surface") == null ? null : compile(text(when, "surface", where), where);
            Pattern before = when.get("before") == null ? null : compile(text(when, "before", where), where);
            Pattern after = when.get("after") == null ? null : compile(text(when, "after", where), where);
            if ((surface != null || before != null || after != null) && polarity == null) {
                throw new IllegalStateException(where + ": 'surface', 'before' and 'after' need 'polarity: negative'");
            }
            for (Object k : when.keySet()) {
                if (!Set.of("relation", "object", "polarity", "surface", "before", "after").contains(String.valueOf(k))) {
                    throw new IllegalStateException(where + ": unknown key in 'when': " + k);
                }
            }
            if (Boolean.getBoolean("exokg.noDeniedHarmVerbs") && e.id().startsWith("dev29-")) {
                // (branch dev29) switch -Dexokg.noDeniedHarmVerbs leaves out the denied harms after a verb of causing
                continue;
            }
            remappings.add(new Remapping(e.id(), relation(text(when, "relation", where), where),
                    localName(text(when, "object", where), where), thenRelation, thenObject, polarity != null, surface, before, after));
        }
        List<QualifierRemapping> qualifierRemappings = new ArrayList<>();
        for (Entry e : entries(root, "qualifierRemappings", "qualifier remapping", name, ids)) {
            String where = e.where();
            String under = localName(text(mapping(e, "when"), "qualifierUnder", where), where);
            String into = localName(text(mapping(e, "then"), "qualifier", where), where);
            if (under.equals(into)) {
                throw new IllegalStateException(where + ": 'then' changes nothing");
            }
            qualifierRemappings.add(new QualifierRemapping(e.id(), under, into));
        }
        List<ChallengeEvent> events = new ArrayList<>();
        for (Entry e : entries(root, "challengeEvents", "challenge event", name, ids)) {
            Set<MentionType> inside = termTypes(e);
            // (branch batchvar, convention vv) -Dexokg.noBatchWordings leaves out the source-variation wordings (ids "bv-")
            // and restores the entries they replace (ids "bvoff-"), so switched off the reading is the earlier one
            boolean batchWordings = !Boolean.getBoolean("exokg.noBatchWordings");
            if (batchWordings ? e.id().startsWith("bvoff-") : e.id().startsWith("bv-")) {
                continue;
            }
            if (Boolean.getBoolean("exokg.noUnlabelledChallengeEvents") && e.id().startsWith("c8-")) {
                // (branch challenges8) measurement switch -Dexokg.noUnlabelledChallengeEvents: the challenge events with no
                // challenge label (claim-rules.yaml block challenges8, ids "c8-") left out; read here, not in a static
                // field, because the default patterns are loaded while this class initialises
                continue;
            }
            // (branch challenges3) lone: true - an outcome said of the vesicles under discussion when its sentence names
            // none ("No serious adverse events occurred"), as a lone challenge event is
            Object lone = e.map().get("lone");
            if (lone != null && !(lone instanceof Boolean)) {
                throw new IllegalStateException(e.where() + ": 'lone' must be true or false");
            }
            // (branch dev23) -Dexokg.noAbsentHarms leaves out the events of absent harms stated as a safety outcome
            // (entries dev23-absent-harm-*, convention cc), so their effect can be measured; read here, not in a static
            // field, because the default patterns are loaded during class initialisation
            if (Boolean.getBoolean("exokg.noAbsentHarms") && e.id().startsWith("dev23-absent-harm")) {
                continue;
            }
            // (branch absentharms) -Dexokg.noAbsentHarmMeasures leaves out the absent harms named by a measure (entries
            // absentharms-*: "liver enzymes stayed normal", "did not lower blood counts"), so their effect can be measured
            if (Boolean.getBoolean("exokg.noAbsentHarmMeasures") && e.id().startsWith("absentharms-")) {
                continue;
            }
            // (branch vocab25) -Dexokg.noLiteratureWordings leaves out the challenges said in the literature's own words
            // (entries vocab25-*), so their effect can be measured
            if (Boolean.getBoolean("exokg.noLiteratureWordings") && e.id().startsWith("vocab25-")) {
                continue;
            }
            // (branch objects4) -Dexokg.noInjuredOrgan leaves out the objects said in words next to a vesicle subject
            // (entries objects4-*), so their effect can be measured
            if (Boolean.getBoolean("exokg.noInjuredOrgan") && e.id().startsWith("objects4-")) {
                continue;
            }
            // (branch labelledanaphors) -Dexokg.noLabelledAnaphors leaves out the label read before bare "vesicles" (entries
            // labelledanaphors-*), with VesicleAnaphora's part of the change, so its effect can be measured
            if (Boolean.getBoolean("exokg.noLabelledAnaphors") && e.id().startsWith("labelledanaphors-")) {
                continue;
            }
            events.add(new ChallengeEvent(e.id(), localName(text(e.map(), "challenge", e.where()), e.where()),
                    compile(text(e.map(), "pattern", e.where()), e.where()), Set.copyOf(inside), List.of(), false,
                    Boolean.TRUE.equals(lone)));
        }
        events.addAll(composedEvents(root, name, ids));
        List<Pattern> predicates = new ArrayList<>();
        for (Entry e : entries(root, "challengePredicates", "challenge predicate", name, ids)) {
            predicates.add(compile(text(e.map(), "pattern", e.where()), e.where()));
        }
        List<OutcomeMeasure> measures = new ArrayList<>();
        for (Entry e : entries(root, "outcomeMeasures", "outcome measure", name, ids)) {
            measures.add(new OutcomeMeasure(e.id(), direction(text(e.map(), "better", e.where()), e.where()),
                    compile(text(e.map(), "pattern", e.where()), e.where()), classes(e.map(), "diseaseUnder", e.where())));
        }
        List<ImpliedProperty> implied = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.id()));
        for (Entry e : entries(root, "impliedProperties", "implied property", name, ids)) {
            // (branch triggers8) an entry may name the relation of the claims it follows (whenRelation) instead of their
            // rules, narrowed by their object (objectUnder) and by the words of their sentence (sentence, lower case)
            Relation whenRelation = e.map().get("whenRelation") == null ? null
                    : relation(text(e.map(), "whenRelation", e.where()), e.where());
            List<?> whenRules = e.map().get("whenRules") instanceof List<?> l ? l : List.of();
            if (whenRules.isEmpty() && (whenRelation == null || e.map().get("whenRules") != null)) {
                throw new IllegalStateException(e.where() + ": 'whenRules' missing or not a list of rule ids");
            }
            Set<String> when = new HashSet<>();
            for (Object r : whenRules) {
                if (!ruleIds.contains(String.valueOf(r))) {
                    throw new IllegalStateException(e.where() + ": no rule '" + r + "'");
                }
                when.add(String.valueOf(r));
            }
            // (branch triggers5) optional relation: hasProperty (default) or usedFor ("deliver siRNA to the fibrotic
            // liver" states drug delivery as the use)
            Relation impliedRelation = e.map().get("relation") == null ? Relation.HAS_PROPERTY
                    : relation(text(e.map(), "relation", e.where()), e.where());
            // (branch hedged9) or hasChallenge: a harmful cargo the vesicles may carry is their challenge (convention pp)
            // (branch triggers8) or derivedFrom: a source the source's own name spells (convention tt)
            if (impliedRelation != Relation.HAS_PROPERTY && impliedRelation != Relation.USED_FOR && impliedRelation != Relation.HAS_CHALLENGE
                    && impliedRelation != Relation.DERIVED_FROM) {
                throw new IllegalStateException(e.where() + ": 'relation' of an implied property must be hasProperty, usedFor, hasChallenge or derivedFrom");
            }
            if (Boolean.getBoolean("exokg.noHedgedHazardsAndPlans") && e.id().startsWith("hedged9-")) {
                continue;
            }
            Object qualifierFromObject = e.map().get("qualifierFromObject");
            if (qualifierFromObject != null && !(qualifierFromObject instanceof Boolean)) {
                throw new IllegalStateException(e.where() + ": 'qualifierFromObject' must be true or false");
            }
            implied.add(new ImpliedProperty(e.id(), Set.copyOf(when), localName(text(e.map(), "property", e.where()), e.where()),
                    impliedRelation, whenRelation, classes(e.map(), "objectUnder", e.where()),
                    e.map().get("sentence") == null ? null : compile(text(e.map(), "sentence", e.where()), e.where()),
                    Boolean.TRUE.equals(qualifierFromObject)));
        }
        if (Boolean.getBoolean("exokg.noTreatedCellAgents")) {
            // (branch sourceattribution) -Dexokg.noTreatedCellAgents also leaves out rule vesicle-of-treated-cells (the
            // switch of TreatedCells; read here, not from its constant, for the reason given below)
            rules.removeIf(r -> r.id().equals("vesicle-of-treated-cells"));
        }
        if (Boolean.getBoolean("exokg.noLoadedAmounts")) {
            // (branch implicitsubjects, twenty-sixth session) -Dexokg.noLoadedAmounts leaves out the rules
            // "implicitsubjects-*" (claim-rules.yaml block implicitsubjects: amounts a technique loaded), for measuring them
            rules.removeIf(r -> r.id().startsWith("implicitsubjects-"));
        }
        if (Boolean.getBoolean("exokg.noParticipleSubjectFrames")) {
            // (branch hedged8) -Dexokg.noParticipleSubjectFrames leaves out the rules "hedged8-*" (claim-rules.yaml block hedged8),
            // for measuring them; read here, not in a constant: DEFAULT is loaded before the class's constants are set
            rules.removeIf(r -> r.id().startsWith("hedged8-"));
        }
        if (Boolean.getBoolean("exokg.noHedgedHazardsAndPlans")) {
            // (branch hedged9) -Dexokg.noHedgedHazardsAndPlans leaves out the rules, implied challenges and challenge events
            // "hedged9-*" (claim-rules.yaml blocks hedged9: hazards, plans and uses under a modal), for measuring them
            rules.removeIf(r -> r.id().startsWith("hedged9-"));
            events.removeIf(ev -> ev.id().startsWith("hedged9-"));
        }
        if (Boolean.getBoolean("exokg.noRiskVerbs")) {
            // (branch riskverbs) -Dexokg.noRiskVerbs leaves out the rules and challenge events "riskverbs-*" (claim-rules.yaml
            // blocks riskverbs: risks stated by a verb phrase), for measuring them
            rules.removeIf(r -> r.id().startsWith("riskverbs-"));
            events.removeIf(ev -> ev.id().startsWith("riskverbs-"));
        }
        if (!treatedGroups()) {
            // (branch subjects6) -Dexokg.noTreatedGroups leaves out the rules "subjects6-*" (claim-rules.yaml block subjects6:
            // treatments and treated groups as subjects), for measuring them
            rules.removeIf(r -> r.id().startsWith("subjects6-"));
        }
        if (Boolean.getBoolean("exokg.noRelationVerbFamilies")) {
            // (branch relationverbs) -Dexokg.noRelationVerbFamilies leaves out the rules "relationverbs-*" (claim-rules.yaml
            // block relationverbs: verb families of treating), for measuring them
            rules.removeIf(r -> r.id().startsWith("relationverbs-"));
        }
        if (Boolean.getBoolean("exokg.noPropertyFrames")) {
            // (branch propertyframes) -Dexokg.noPropertyFrames leaves out the rules "propertyframes-*" (claim-rules.yaml
            // block propertyframes: property and challenge frames), for measuring them
            rules.removeIf(r -> r.id().startsWith("propertyframes-"));
        }
        if (Boolean.getBoolean("exokg.noReleaseFrames")) {
            // (branch rulecost) -Dexokg.noReleaseFrames leaves out "exosomes are tiny bubbles that cells release"
            // (relationframes-vesicle-the-cells-release), for measuring it. It was off by default for one session: its
            // unlessBetween let a masked term's run of '§' be split among the repetitions of a loop (exponential in the
            // run's length), which took a 400 KB one-line text past HostileInputTest's budget; the loop now reads one
            // character per repetition (the same expression's language, linear)
            rules.removeIf(r -> r.id().equals("relationframes-vesicle-the-cells-release"));
        }
        String noFrames = System.getProperty("exokg.noRelationFrames");
        if (noFrames != null) {
            // (branch relationframes) -Dexokg.noRelationFrames (or =true) leaves out the rules "relationframes-*"
            // (claim-rules.yaml block relationframes: frames of source, cargo and target); =id,id leaves out those named
            // (without the prefix), for measuring each frame
            Set<String> named = noFrames.isBlank() || noFrames.equals("true") ? Set.of()
                    : Set.of(noFrames.strip().split("\\s*,\\s*"));
            rules.removeIf(r -> r.id().startsWith("relationframes-")
                    && (named.isEmpty() || named.contains(r.id().substring("relationframes-".length()))));
        }
        return new ClaimPatterns(rules, remappings, qualifierRemappings, events, predicates, measures, implied, objectFirstGaps, acrossClauseRules);
    }

    /**
     * (branch subjects6) Measurement switch: -Dexokg.noTreatedGroups leaves out the entries whose id starts with
     * "subjects6-" (claim-rules.yaml and topic-preparation.yaml: treatments and treated groups as subjects). A method,
     * not a constant: the rule files are read while this class is initialised.
     */
    static boolean treatedGroups() {
        return !Boolean.getBoolean("exokg.noTreatedGroups");
    }

    /** How an attribute fares as its value rises (branch events): yield and purity are better higher, cost lower. */
    private enum Scale { HIGHER_BETTER, LOWER_BETTER, PROCESS }

    /**
     * (branch events, issue 15) Challenges and properties stated as events, composed from the rule file's
     * {@code eventAttributes} (what is measured of the vesicles or done with them: yield, purity, cost, isolation, uptake)
     * and {@code eventPredicates} (what is said of it: low, high, hard, a hurdle, varies between batches, done to the
     * vesicles). The class follows from the attribute's scale and the predicate's direction: a low yield is the
     * attribute faring badly (LowYield), a low toxicity faring well (LowToxicity), a process said to be hard faring badly;
     * a predicate may name its class itself (variation between batches). One challenge event per attribute and class,
     * its pattern the alternation of the predicates that give that class, so the rest of the extractor reads them as it
     * reads the hand-written events. The fragments of {@code eventFragments} are substituted for {name} in the patterns;
     * {noun} and {verb} are the attribute's own (a predicate that needs {verb} skips attributes without verbs).
     */
    private static List<ChallengeEvent> composedEvents(Map<?, ?> root, String name, Set<String> ids) {
        Object fragmentsValue = root.get("eventFragments");
        if (fragmentsValue != null && !(fragmentsValue instanceof Map<?, ?>)) {
            throw new IllegalStateException(name + ": 'eventFragments' is not a mapping");
        }
        Map<?, ?> fragments = fragmentsValue == null ? Map.of() : (Map<?, ?>) fragmentsValue;
        record Predicate(String id, String says, String challenge, String pattern, Set<MentionType> inside) {}
        List<Predicate> predicates = new ArrayList<>();
        for (Entry e : entries(root, "eventPredicates", "event predicate", name, ids)) {
            // (branch paraphrases) -Dexokg.paraphrasedChallenges=false leaves out the paraphrased predicates (ids
            // "paraphrases-"), so their effect can be measured; read here because the defaults load at class initialisation
            if (!Boolean.parseBoolean(System.getProperty("exokg.paraphrasedChallenges", "true")) && e.id().startsWith("paraphrases-")) {
                continue;
            }
            String says = e.map().get("challenge") != null ? null : text(e.map(), "says", e.where());
            if (says != null && !Set.of("low", "high", "hard", "done").contains(says)) {
                throw new IllegalStateException(e.where() + ": 'says' must be low, high, hard or done");
            }
            String challenge = e.map().get("challenge") == null ? null : localName(text(e.map(), "challenge", e.where()), e.where());
            predicates.add(new Predicate(e.id(), says, challenge, text(e.map(), "pattern", e.where()), termTypes(e)));
        }
        List<ChallengeEvent> out = new ArrayList<>();
        for (Entry e : entries(root, "eventAttributes", "event attribute", name, ids)) {
            if (!Boolean.parseBoolean(System.getProperty("exokg.paraphrasedChallenges", "true")) && e.id().startsWith("paraphrases-")) {
                continue; // (branch paraphrases) the switch leaves out the paraphrases' attributes too
            }
            Map<?, ?> m = e.map();
            Scale scale = switch (text(m, "scale", e.where())) {
                case "higher-better" -> Scale.HIGHER_BETTER;
                case "lower-better" -> Scale.LOWER_BETTER;
                case "process" -> Scale.PROCESS;
                default -> throw new IllegalStateException(e.where() + ": 'scale' must be higher-better, lower-better or process");
            };
            String bad = m.get("whenBad") == null ? null : localName(text(m, "whenBad", e.where()), e.where());
            String good = m.get("whenGood") == null ? null : localName(text(m, "whenGood", e.where()), e.where());
            String verb = m.get("verbs") == null ? null : text(m, "verbs", e.where());
            boolean varies = flag(m, "varies", e.where());
            Set<String> skip = new HashSet<>();
            if (m.get("skip") instanceof List<?> ids0) {
                ids0.forEach(x -> skip.add(String.valueOf(x)));
            } else if (m.get("skip") != null) {
                throw new IllegalStateException(e.where() + ": 'skip' must be a list of event predicate ids");
            }
            String noun = text(m, "noun", e.where());
            Map<String, List<String>> byClass = new java.util.LinkedHashMap<>();
            Map<String, Set<MentionType>> insideByClass = new java.util.HashMap<>();
            Map<String, List<String>> groupsByClass = new java.util.HashMap<>();
            for (Predicate p : predicates) {
                if (skip.contains(p.id())) {
                    continue;
                }
                String iri;
                if (p.challenge() != null) {
                    // a predicate that names its class: variation ("varies between batches") for the attributes that
                    // vary, a verb's ("expensive to produce") for those with verbs
                    iri = p.pattern().contains("{verb}") || varies ? p.challenge() : null;
                } else {
                    boolean fine = switch (p.says()) {
                        case "low" -> scale == Scale.LOWER_BETTER;
                        case "high", "done" -> scale == Scale.HIGHER_BETTER;
                        default -> false; // hard: faring badly whatever the scale
                    };
                    // a level (low, high) or a deed done to the vesicles says nothing of a process; hard always applies
                    boolean applies = p.says().equals("hard") || scale != Scale.PROCESS;
                    iri = !applies ? null : fine ? good : bad;
                }
                if (iri == null || p.pattern().contains("{verb}") && verb == null) {
                    continue;
                }
                String regex = p.pattern();
                for (Map.Entry<?, ?> f : fragments.entrySet()) {
                    regex = regex.replace("{" + f.getKey() + "}", String.valueOf(f.getValue()));
                }
                regex = regex.replace("{noun}", "(?:" + noun + ")").replace("{verb}", "(?:" + verb + ")");
                // each predicate's mention group gets its own name: the predicates of one class are one alternation
                String group = "m" + byClass.values().stream().mapToInt(List::size).sum();
                if (regex.contains("(?<mention>")) {
                    regex = regex.replace("(?<mention>", "(?<" + group + ">");
                    groupsByClass.computeIfAbsent(iri, k -> new ArrayList<>()).add(group);
                }
                if (regex.matches("(?s).*\\{[a-z]+\\}.*")) {
                    throw new IllegalStateException(e.where() + ", predicate '" + p.id() + "': unknown fragment in " + regex);
                }
                byClass.computeIfAbsent(iri, k -> new ArrayList<>()).add(regex);
                insideByClass.computeIfAbsent(iri, k -> new LinkedHashSet<>()).addAll(p.inside());
            }
            byClass.forEach((iri, regexes) -> out.add(new ChallengeEvent(e.id() + "-" + iri.substring(ExoKg.NS.length()), iri,
                    compile(regexes.size() == 1 ? regexes.get(0) : "(?:" + String.join("|", regexes) + ")", e.where()),
                    Set.copyOf(insideByClass.get(iri)), List.copyOf(groupsByClass.getOrDefault(iri, List.of())), true, false,
                    regexes.size() == 1 ? List.of() : regexes.stream().map(r -> compile(r, e.where())).toList())));
        }
        return out;
    }

    private static Set<MentionType> termTypes(Entry e) {
        Set<MentionType> inside = new LinkedHashSet<>();
        if (e.map().get("termsInside") instanceof List<?> names) {
            for (Object n : names) {
                inside.add(objectType(String.valueOf(n), e.where()));
            }
        } else if (e.map().get("termsInside") != null) {
            throw new IllegalStateException(e.where() + ": 'termsInside' must be a list of term types");
        }
        return inside;
    }

    private static ClaimRule.OutcomeDirection direction(String value, String where) {
        return switch (value) {
            case "lower" -> ClaimRule.OutcomeDirection.LOWER;
            case "higher" -> ClaimRule.OutcomeDirection.HIGHER;
            default -> throw new IllegalStateException(where + ": 'better' / 'outcomeMeasure' must be lower or higher");
        };
    }

    private static ClaimRule rule(Map<?, ?> entry, String id, String where) {
        Relation relation = relation(text(entry, "relation", where), where);
        if (!(entry.get("objects") instanceof List<?> objectNames) || objectNames.isEmpty()) {
            throw new IllegalStateException(where + ": 'objects' missing or empty");
        }
        Set<MentionType> objects = new LinkedHashSet<>();
        for (Object o : objectNames) {
            objects.add(objectType(String.valueOf(o), where));
        }
        ClaimRule.Order order = switch (text(entry, "order", where)) {
            case "vesicle-first" -> ClaimRule.Order.VESICLE_FIRST;
            case "object-first" -> ClaimRule.Order.OBJECT_FIRST;
            default -> throw new IllegalStateException(where + ": 'order' must be vesicle-first or object-first");
        };
        String trigger;
        if (entry.get("triggers") != null && entry.get("pattern") != null) {
            throw new IllegalStateException(where + ": has both 'triggers' and 'pattern'");
        } else if (entry.get("triggers") instanceof List<?> words && !words.isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            for (Object w : words) {
                if (!(w instanceof String s) || s.isBlank()) {
                    throw new IllegalStateException(where + ": a trigger is empty or not text: " + w);
                }
                compile(s, where + ": trigger '" + s + "'");
                alternatives.add(s);
            }
            trigger = "\\b(?:" + String.join("|", alternatives) + ")\\b";
        } else if (entry.get("pattern") instanceof String p && !p.isBlank()) {
            trigger = p;
        } else {
            throw new IllegalStateException(where + ": needs a non-empty list 'triggers' or a 'pattern'");
        }
        if (entry.get("objectFirstGap") != null) {
            if (!(entry.get("objectFirstGap") instanceof Integer gap) || gap < 1 || gap > 20 || order != ClaimRule.Order.OBJECT_FIRST) {
                throw new IllegalStateException(where + ": 'objectFirstGap' must be a number of tokens from 1 to 20, on an object-first rule");
            }
        }
        if (entry.get("acrossClause") != null && (!(entry.get("acrossClause") instanceof Boolean)
                || order != ClaimRule.Order.OBJECT_FIRST)) {
            throw new IllegalStateException(where + ": 'acrossClause' must be true or false, on an object-first rule");
        }
        Pattern suffix = entry.get("objectSuffix") == null ? null : compile(text(entry, "objectSuffix", where), where + ": objectSuffix");
        Pattern prefix = entry.get("vesiclePrefix") == null ? null
                : compile("(?:" + text(entry, "vesiclePrefix", where) + ")\\s*\\z", where + ": vesiclePrefix");
        Pattern objectPrefix = entry.get("objectPrefix") == null ? null
                : compile("(?:" + text(entry, "objectPrefix", where) + ")\\s*\\z", where + ": objectPrefix");
        return new ClaimRule(id, relation, Set.copyOf(objects), order, compile(trigger, where), suffix,
                flag(entry, "cellsOnly", where), flag(entry, "attributive", where), flag(entry, "termsBetween", where), prefix,
                objectPrefix, flag(entry, "findingsOnly", where),
                entry.get("unlessSentence") == null ? null : compile(text(entry, "unlessSentence", where), where + ": unlessSentence"),
                entry.get("unlessBefore") == null ? null : compile(textOrAlternatives(entry, "unlessBefore", where), where + ": unlessBefore"),
                flag(entry, "notTitleTopic", where), classes(entry, "termBetweenUnder", where),
                classes(entry, "objectUnder", where), classes(entry, "objectNotUnder", where),
                entry.get("unlessAfterObject") == null ? null : compile(text(entry, "unlessAfterObject", where), where + ": unlessAfterObject"),
                entry.get("outcomeMeasure") == null ? null : direction(text(entry, "outcomeMeasure", where), where),
                entry.get("unlessBetween") == null ? null : compile(textOrAlternatives(entry, "unlessBetween", where), where + ": unlessBetween"));
    }

    private static Set<String> classes(Map<?, ?> entry, String key, String where) {
        if (entry.get(key) == null) {
            return Set.of();
        }
        if (!(entry.get(key) instanceof List<?> names) || names.isEmpty()) {
            throw new IllegalStateException(where + ": '" + key + "' must be a non-empty list of exokg local names");
        }
        Set<String> iris = new LinkedHashSet<>();
        for (Object n : names) {
            iris.add(localName(String.valueOf(n), where));
        }
        return Set.copyOf(iris);
    }

    /** A remapping's 'when' or 'then' part. */
    private static Map<?, ?> mapping(Entry e, String key) {
        if (!(e.map().get("when") instanceof Map<?, ?>) || !(e.map().get("then") instanceof Map<?, ?>)) {
            throw new IllegalStateException(e.where() + ": needs 'when' and 'then' mappings");
        }
        return (Map<?, ?>) e.map().get(key);
    }

    /** A regex, or a list of regexes read as alternatives (branch fromobject: readable exceptions, one shape a line). */
    private static String textOrAlternatives(Map<?, ?> entry, String key, String where) {
        if (!(entry.get(key) instanceof List<?> items)) {
            return text(entry, key, where);
        }
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new IllegalStateException(where + ": '" + key + "' list items must be non-empty text");
            }
            parts.add("(?:" + s + ")");
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException(where + ": '" + key + "' must not be an empty list");
        }
        return String.join("|", parts);
    }

    private static String text(Map<?, ?> entry, String key, String where) {
        if (!(entry.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalStateException(where + ": '" + key + "' missing or not text");
        }
        return s;
    }

    private static boolean flag(Map<?, ?> entry, String key, String where) {
        Object v = entry.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalStateException(where + ": '" + key + "' must be true or false");
        }
        return b;
    }

    static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad regular expression: " + e.getDescription(), e);
        }
    }

    static Relation relation(String localName, String where) {
        for (Relation r : Relation.values()) {
            if (r.localName().equals(localName) && r != Relation.IS_KIND_OF) {
                return r;
            }
        }
        throw new IllegalStateException(where + ": unknown relation '" + localName + "'");
    }

    static MentionType objectType(String name, String where) {
        try {
            MentionType t = MentionType.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (t != MentionType.VESICLE && t != MentionType.RNA_EXOSOME_COMPLEX && t != MentionType.MATERIAL_ENTITY) {
                return t;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException(where + ": '" + name + "' is not an object type");
    }

    private static String localName(String name, String where) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalStateException(where + ": '" + name + "' is not an exokg local name");
        }
        return ExoKg.NS + name;
    }
}
