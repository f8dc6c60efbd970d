package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.mention.RequiredWords;

/**
 * (branch topicprep, issue 15) The cues of the study's preparation across bare mentions, read from
 * {@code topic-preparation.yaml}: which words before a bare vesicle noun make it the preparation under discussion
 * ("the exosomes", "injected exosomes"), and which words in a sentence make it speak of other vesicles or of vesicles
 * in general, so that it carries no preparation and ends the chain.
 */
final class TopicPreparation {

    static final String RESOURCE = "topic-preparation.yaml";

    /** A cue; {@code fromCue}: it breaks only the mentions after it (branch chains), else the whole sentence. */
    record Cue(String id, Pattern pattern, boolean fromCue) {}

    private static TopicPreparation defaults;

    private final List<Cue> carriers;
    private final List<Cue> breaks;
    private final List<Cue> introducers;
    /** (branch subjects) Cues of bare "vesicles" whose producer or subject role the sentence states (optional sections). */
    private final Map<String, List<Cue>> bareVesicleCues;

    /** (branch subjects) The optional sections of cues for bare "vesicles" (see the file's header). */
    static final List<String> BARE_VESICLE_SECTIONS = List.of("possessed", "produced-after", "bare-subjects", "vesicle-compounds");

    /**
     * (branch anaphors2) A subject without a vesicle word that stands for the vesicles under discussion ("Treated mice
     * ...", "The treatment ..."): matched at the start of the sentence; {@code relations}: the relations read through
     * it (empty: every relation). (issue 15, branch groups41) {@code onSwitch}: the name of an OFF switch the entry needs
     * ({@code on-switch: X}: read only under -Dexokg.X=true, checked at each use), or null.
     */
    record DiscourseSubject(String id, Pattern pattern, Set<Relation> relations, String onSwitch) {

        /** Whether the entry is read now: it has no on-switch, or its switch is set. */
        boolean on() {
            return onSwitch == null || Boolean.parseBoolean(System.getProperty("exokg." + onSwitch, "false"));
        }
    }

    /**
     * (issue 15, branch anaphorqualifiers) Measurement switch -Dexokg.noKindBackReferences: "vesicles of this kind" is
     * read as an origin phrase again ("of ..."), so the anaphor loses its antecedent's source.
     */
    static final boolean KIND_BACK_REFERENCES = !Boolean.getBoolean("exokg.noKindBackReferences");

    /** (branch anaphors2) The optional sections of cues that are tested like the bare-vesicle ones. */
    static final List<String> ANAPHORS2_SECTIONS = List.of("back-references", "control-origins", "subjects-after-outcome",
            "carriers-after", "introducers-after",
            "carriers-participle-after", "carriers-participle-before",
            // (branch anaphors9)
            "sources-stated-after",
            // (branch anaphors10)
            "bare-plural-openings", "bare-plural-past-predicates", "bare-plural-generic", "bare-plural-general-sections",
            // (branch anaphors12)
            "product-nouns",
            // (branch subjects5)
            "source-vesicle-compounds",
            // (issue 15, branch barevesicles3)
            "releasing-source-between", "finding-verbs-before",
            // (branch studied)
            "bare-plural-present-predicates", "one-product-general",
            // (issue 15, branch anaphorqualifiers)
            "kind-back-references",
            // (issue 15, branch anaphorarms)
            "comparator-arm-clauses",
            // (issue 15, branch namedvesicles)
            "post-modified-producers",
            // (issue 15, branch anaphorqual40)
            "participle-anaphors");

    private List<DiscourseSubject> discourseSubjects = List.of();
    /** (branch anaphors2) Local names of the classes whose mention makes a discourse subject ambiguous (a drug, a liposome). */
    private List<String> rivalKinds = List.of();
    /** (branch mend17) What may open a sentence before a challenge event that continues the discourse (event-openings). */
    private Pattern eventOpening = eventOpening(List.of());
    /** (branch challenges5) Local names of the challenge classes read of the preparation in sentences naming no vesicle. */
    private Set<String> discourseChallengeClasses = Set.of();
    /** (branch challenges5) Sentences whose difficulty is not the preparation's (a disease's, a patient's) or that ask or deny. */
    private List<Cue> notProductChallenges = List.of();
    /** (branch safety5) Local names of the property classes read of the studied preparation in sentences naming no vesicle. */
    private Set<String> discoursePropertyClasses = Set.of();
    /** (branch safety5) Sentences that speak of storing a preparation (storage-outcomes). */
    private List<Cue> storageOutcomes = List.of();

    private TopicPreparation(List<Cue> carriers, List<Cue> breaks, List<Cue> introducers, Map<String, List<Cue>> bareVesicleCues) {
        this.carriers = carriers;
        this.breaks = breaks;
        this.introducers = introducers;
        this.bareVesicleCues = bareVesicleCues;
    }

    static synchronized TopicPreparation defaults() {
        if (defaults == null) {
            defaults = RuleFile.read(RESOURCE, TopicPreparation::parse);
        }
        return defaults;
    }

    /** Reads a cue file; an entry it cannot run with is refused with an error naming the file and the entry. */
    static TopicPreparation parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "cue lists");
        Set<String> ids = new HashSet<>();
        List<Cue> carriers = cues("carriers", RuleFile.section(root, "carriers", name), name, ids);
        List<Cue> breaks = cues("breaks", RuleFile.section(root, "breaks", name), name, ids);
        // (branch chains) optional: sources stated by a verb
        List<Cue> introducers = cues("introducers", RuleFile.optionalSection(root, "introducers", name), name, ids);
        Map<String, List<Cue>> bare = new java.util.HashMap<>();
        List<String> optional = new ArrayList<>(BARE_VESICLE_SECTIONS);
        optional.addAll(ANAPHORS2_SECTIONS);
        for (String section : optional) {
            bare.put(section, cues(section, RuleFile.optionalSection(root, section, name), name, ids));
        }
        TopicPreparation t = new TopicPreparation(carriers, breaks, introducers, Map.copyOf(bare));
        t.discourseSubjects = discourseSubjects(RuleFile.optionalSection(root, "discourse-subjects", name), name, ids);
        Object rivals = root.get("rival-kinds");
        if (rivals != null) {
            if (!(rivals instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw new IllegalStateException(name + ": 'rival-kinds' must be a list of class names");
            }
            t.rivalKinds = l.stream().map(String.class::cast).toList();
        }
        Object challengeClasses = root.get("discourse-challenge-classes");
        if (challengeClasses != null) {
            if (!(challengeClasses instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw new IllegalStateException(name + ": 'discourse-challenge-classes' must be a list of class names");
            }
            t.discourseChallengeClasses = Set.copyOf(l.stream().map(String.class::cast).toList());
        }
        Object propertyClasses = root.get("discourse-property-classes");
        if (propertyClasses != null) {
            if (!(propertyClasses instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw new IllegalStateException(name + ": 'discourse-property-classes' must be a list of class names");
            }
            t.discoursePropertyClasses = Set.copyOf(l.stream().map(String.class::cast).toList());
        }
        t.storageOutcomes = cues("storage-outcomes", RuleFile.optionalSection(root, "storage-outcomes", name), name, ids);
        t.notProductChallenges = cues("not-product-challenges", RuleFile.optionalSection(root, "not-product-challenges", name), name, ids);
        Object openings = root.get("event-openings");
        if (openings != null) {
            if (!(openings instanceof List<?> l) || l.stream().anyMatch(x -> !(x instanceof String))) {
                throw new IllegalStateException(name + ": 'event-openings' must be a list of words or phrases");
            }
            t.eventOpening = eventOpening(l.stream().map(String.class::cast).toList());
        }
        return t;
    }

    /**
     * The words that may open a sentence before a challenge event that continues the discourse ("However, ", "Second, ",
     * then "the/their/its"), as written, in the file's order; none: only the article or possessive.
     */
    private static Pattern eventOpening(List<String> words) {
        String opener = words.isEmpty() ? "" : "(?:(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\s*,?\\s*)?";
        return Pattern.compile("\\s*" + opener + "(?:(?:[Tt]he|[Tt]heir|[Ii]ts)\\s+)?");
    }

    /**
     * (branch challenges5) Whether a challenge of class {@code localName} in a sentence that names no vesicle, whose
     * lower-case words are {@code sentenceLower}, is a difficulty of making, loading, dosing, storing or delivering the
     * preparation under discussion (discourse-challenge-classes, not-product-challenges).
     */
    boolean productChallenge(String localName, String sentenceLower) {
        if (!discourseChallengeClasses.contains(localName)) {
            return false;
        }
        for (Cue c : notProductChallenges) {
            if (c.pattern().matcher(sentenceLower).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * (branch safety5) Whether a property of class {@code localName} (safety, immunogenicity, storage) in a sentence that
     * names no vesicle is an outcome of the preparation the document studies (discourse-property-classes).
     */
    boolean studiedProperty(String localName) {
        return discoursePropertyClasses.contains(localName);
    }

    /** (branch safety5) Whether the lower-case sentence speaks of storing a preparation (storage-outcomes). */
    boolean storageOutcome(String sentenceLower) {
        for (Cue c : storageOutcomes) {
            if (c.pattern().matcher(sentenceLower).find()) {
                return true;
            }
        }
        return false;
    }

    /** The opening of a sentence before a challenge event that continues the discourse (event-openings). */
    Pattern eventOpening() {
        return eventOpening;
    }

    /** (branch anaphors2) The discourse subjects: each a cue with an optional list of relation names. */
    private static List<DiscourseSubject> discourseSubjects(List<?> items, String name, Set<String> ids) {
        List<DiscourseSubject> out = new ArrayList<>();
        for (RuleFile.Entry e : RuleFile.entries(items, "discourse-subjects", name, ids, DISCOURSE_SUBJECT_KEYS)) {
            Cue c = cue(e);
            Set<Relation> relations = new HashSet<>();
            Object rs = e.map().get("relations");
            if (rs != null) {
                if (!(rs instanceof List<?> rl)) {
                    throw new IllegalStateException(e.where() + ": 'relations' must be a list");
                }
                for (Object r : rl) {
                    Relation relation = java.util.Arrays.stream(Relation.values()).filter(x -> x.localName().equals(r))
                            .findFirst().orElseThrow(() -> new IllegalStateException(e.where() + ": unknown relation '" + r + "'"));
                    relations.add(relation);
                }
            }
            String sw = e.optionalText("switch");
            if (sw != null && Boolean.getBoolean("exokg." + sw)) {
                continue; // a measurement switch turns the entry off (-Dexokg.<switch>)
            }
            out.add(new DiscourseSubject(c.id(), c.pattern(), Set.copyOf(relations), e.optionalText("on-switch")));
        }
        return List.copyOf(out);
    }

    /**
     * (branch anaphors2) The discourse subject the words of a sentence open with ("Treated mice", "The treatment"), or
     * null; the match's end is where the subject ends.
     */
    java.util.regex.Matcher discourseSubject(String sentenceStart, DiscourseSubject[] which) {
        for (DiscourseSubject d : discourseSubjects) {
            if (!d.on()) {
                continue; // (branch groups41) an entry of an OFF switch
            }
            java.util.regex.Matcher m = d.pattern().matcher(sentenceStart);
            if (m.lookingAt()) {
                which[0] = d;
                return m;
            }
        }
        return null;
    }

    /** (branch anaphors2) Local names of the classes that compete with the vesicles as what a discourse subject means. */
    List<String> rivalKinds() {
        return rivalKinds;
    }

    /**
     * (branch anaphors2) Whether the words right after a vesicle noun refer back to the preparation ("the vesicles of the
     * invention", "the exosome of claim 2"): no origin of their own.
     */
    boolean backReference(String after) {
        return bareVesicleCue("back-references", after)
                // (issue 15, branch anaphorqualifiers) "vesicles of this kind": the kind under discussion, no origin
                || KIND_BACK_REFERENCES && bareVesicleCue("kind-back-references", after);
    }

    /**
     * (branch anaphors3) Whether the lower-case words right after a vesicle noun name a control arm's origin ("exosomes
     * from untreated cells", "EVs of mock-transfected cells"): those vesicles are the study's comparison, not its
     * preparation, and no later anaphor refers back to them.
     */
    boolean controlOrigin(String after) {
        return bareVesicleCue("control-origins", after);
    }

    /**
     * (issue 15, branch anaphorarms) Whether the lower-case words of a vesicle's own clause make it the comparison of the
     * preparation under discussion: a second sample of the same people or animals ("Plasma EVs from the same patients
     * showed none of these differences").
     */
    boolean comparatorArmClause(String clause) {
        return bareVesicleCue("comparator-arm-clauses", clause);
    }

    /** The keys a cue may have besides its id; a discourse subject may have relations and a switch too. */
    private static final Set<String> CUE_KEYS = Set.of("pattern", "example", "from-cue");
    private static final Set<String> DISCOURSE_SUBJECT_KEYS = Set.of("pattern", "example", "relations", "switch", "on-switch");

    /** The cues of {@code section} ({@code items}, its list). */
    private static List<Cue> cues(String section, List<?> items, String name, Set<String> ids) {
        return cues(RuleFile.entries(items, section, name, ids, CUE_KEYS));
    }

    /** The cues of entries read by {@link RuleFile#entries}: each needs a pattern and an example. */
    static List<Cue> cues(List<RuleFile.Entry> entries) {
        // (branch subjects6) -Dexokg.noTreatedGroups leaves out the cues "subjects6-*" (ClaimPatterns.treatedGroups())
        return entries.stream().filter(e -> ClaimPatterns.treatedGroups() || !e.id().startsWith("subjects6-"))
                .map(TopicPreparation::cue).toList();
    }

    private static Cue cue(RuleFile.Entry e) {
        e.text("example"); // every cue shows a text it matches
        return new Cue(e.id(), ClaimPatterns.compile(e.text("pattern"), e.where()), e.flag("from-cue"));
    }

    /** Whether the lower-case words of a sentence right before a bare vesicle noun make it the preparation under discussion. */
    boolean carries(String before) {
        for (Cue c : carriers) {
            if (c.pattern().matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch chains) Whether the lower-case words between a source and the vesicle noun after it state the source by a
     * verb ("colostrum| yielded ten times more |EVs", "tears| were collected and their |EVs").
     */
    boolean introduces(String between) {
        for (Cue c : introducers) {
            if (c.pattern().matcher(between).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch chains) Where in a lower-case sentence its vesicles stop being the preparation under discussion: 0 for a
     * cue that breaks the whole sentence, the start of the earliest cue that breaks only what follows it ("the
     * peptide-displaying vesicles crossed the barrier, whereas unmodified exosomes ..."), -1 for none.
     */
    int breakAt(String sentence) {
        return breakAt(sentence, RequiredWords.Answers.ofThread());
    }

    /**
     * (issue 15, branch anaphorqual40) Measurement switch -Dexokg.versusInNames (OFF while measured): a break cue glued into
     * a hyphenated name by a hyphen on either side ("graft-versus-host disease", "host-versus-graft") is a word of that
     * name, not a contrast with other vesicles, so the chain of the preparation under discussion goes on across it
     * (convention c: "In mice with ocular graft-versus-host disease, the exosomes reduced ... Labelled exosomes applied to
     * the eye stayed ..." are the UC-MSC exosomes of the text).
     */
    static boolean versusInNames() {
        return Boolean.getBoolean("exokg.versusInNames");
    }

    /** Whether the span is glued to the words around it by a hyphen on either side ("graft-versus-host"). */
    static boolean gluedByHyphens(String text, int start, int end) {
        return start > 0 && isHyphen(text.charAt(start - 1)) || end < text.length() && isHyphen(text.charAt(end));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    /**
     * As {@link #breakAt(String)}, each cue tested against its words first ({@link RequiredWords}, the answers kept in
     * {@code answers}): (branch speed20) the cues were searched at every position of every sentence after a topic.
     */
    int breakAt(String sentence, RequiredWords.Answers answers) {
        int at = -1;
        boolean versusInNames = versusInNames();
        for (Cue c : breaks) {
            java.util.regex.Matcher m = RequiredWords.matcher(c.pattern(), sentence, answers);
            boolean found = m.find();
            while (found && versusInNames && gluedByHyphens(sentence, m.start(), m.end())) {
                found = m.find(); // (issue 15, branch anaphorqual40) "graft-versus-host disease" compares nothing
            }
            if (found) {
                int here = c.fromCue() ? m.start() : 0;
                at = at < 0 ? here : Math.min(at, here);
            }
        }
        return at;
    }

    /**
     * (branch subjects) Whether a cue of one of the bare-vesicle sections ({@link #BARE_VESICLE_SECTIONS}) is found in
     * the given lower-case text (the words before or after a bare "vesicles", as the section says).
     */
    /**
     * (branch subjects2) The treated subject that stands after the outcome ("serum creatinine fell in treated mice",
     * "infarct size was smaller in animals given the vesicles"): the span of the cue's group {@code subject} in the
     * lower-case sentence, or null.
     */
    int[] subjectAfterOutcome(String sentenceLower) {
        for (Cue c : bareVesicleCues.getOrDefault("subjects-after-outcome", List.of())) {
            // the cue's words first (branch speed22): most sentences hold none, and the search tries every position
            java.util.regex.Matcher m = org.exokg.mention.RequiredWords.matcher(c.pattern(), sentenceLower);
            if (m.find()) {
                return new int[] {m.start("subject"), m.end("subject")};
            }
        }
        return null;
    }

    /** (branch anaphors12) The cues of one of the optional sections, in the file's order. */
    List<Cue> cues(String section) {
        return bareVesicleCues.getOrDefault(section, List.of());
    }

    /**
     * (issue 15, branch namedvesicles) Measurement switch, on: -Dexokg.noPostModifiedProducers reads a source as the giver
     * of a bare "vesicles" only through releasing-source-between (and the introducers), not through
     * post-modified-producers: a source whose noun phrase goes on with a participle, prepositional or relative phrase or
     * an inserted adverbial before its verb of giving off ("Tumour cells lining the bladder shed vesicles", "Pericytes
     * exposed to high glucose released vesicles", "Fibroblasts beyond passage 12 release fewer vesicles").
     */
    static final boolean POST_MODIFIED_PRODUCERS = !Boolean.getBoolean("exokg.noPostModifiedProducers");

    /**
     * (issue 15, branch namedvesicles) Whether the lower-case words between a source and a bare "vesicles" say that the
     * source gives them off as its clause's subject: releasing-source-between, or (switch above) post-modified-producers.
     */
    boolean sourceGivesOff(String between) {
        return bareVesicleCue("releasing-source-between", between)
                || POST_MODIFIED_PRODUCERS && bareVesicleCue("post-modified-producers", between);
    }

    boolean bareVesicleCue(String section, String words) {
        for (Cue c : bareVesicleCues.getOrDefault(section, List.of())) {
            if (c.pattern().matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
