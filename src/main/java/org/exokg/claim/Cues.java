package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.exokg.mention.LeadingLookarounds;
import org.exokg.mention.RequiredWords;

/**
 * Negation and hedging cues, found in the part of a sentence that scopes a claim. The cues are data: the
 * entries of {@code cues.yaml} next to this class, each with an id that a claim's extraction rule names.
 */
public final class Cues {

    /** A cue found in a scope: the entry that matched and the words as written. */
    public record Match(String id, String text) {}

    /** One entry of the cue file. */
    record Entry(String id, Pattern pattern, RequiredWords.Search search) {

        /** An entry whose search (guarded expression, required words) is made once, at load (branch speed23). */
        Entry(String id, Pattern pattern) {
            this(id, pattern, RequiredWords.Search.of(pattern));
        }
    }

    static final String RESOURCE = "cues.yaml";
    /** The keys a cue may have besides its id (read before DEFAULT loads the file). */
    private static final Set<String> ENTRY_KEYS = Set.of("pattern", "example", "useStanding", "judgesUse", "switch", "onlyWith");
    private static final String WORD_START = "\\b";

    /**
     * The shipped cue file, read once; {@link #reload()} reads it again after a test has set a switch (an entry's {@code
     * switch} or {@code onlyWith} key is decided when the file is read).
     */
    private static volatile Cues DEFAULT = load();

    private final List<Entry> negation;
    private final List<Entry> hedge;
    private final List<Entry> notNegation;
    private final List<Entry> notHedge;
    private final List<Entry> negationBoundaries;
    private final List<Entry> hedgeBoundaries;
    private final List<Entry> subjectHedge;
    private final List<Entry> controlPreparations;
    private final List<Entry> unassertedComplements;
    private final List<Entry> phraseHedges;
    /** (branch hedgecues) Hedge words inside a term's own surface ("vaccine candidate", "candidate marker"); optional. */
    private final List<Entry> termHedges;
    /** (branch hedgemisses) Hedge frames a rule anchored at the vesicles may step over ("appear to", "are thought to"); optional. */
    private final List<Entry> hedgeFrames;
    /** (issue 15, branch hedges36) Words that attribute the statement after them to a party ("the chapter asserts that"); optional. */
    private final List<Entry> attributedStatements;
    /** (issue 15, branch hedges36) Words by which the writer doubts or rejects a statement ("is not supported", "should be removed"); optional. */
    private final List<Entry> statedDoubts;
    /** (issue 15, branch hedges39) The writer's doubt on the clause just stated ("but this has not been confirmed"); optional. */
    private final List<Entry> followingDoubts;
    /** Ids of the hedge entries marked {@code useStanding}: they say a use itself is not established (convention j). */
    private final Set<String> useStandingHedges;
    /** Ids of the hedge entries marked {@code judgesUse}: modal or evaluative words that make a subject's claim tentative. */
    private final Set<String> useJudgingHedges;

    /**
     * Per section, one pattern that matches wherever any of its entries matches: most scopes hold no cue, and one
     * search with it replaces a search per entry. Absent when the entries cannot be joined into one pattern.
     */
    private final Map<List<Entry>, Pattern> anyOf = new java.util.IdentityHashMap<>();
    /** Per section, the words of each entry (in entry order), looked up once rather than per scope tested. */
    private final Map<List<Entry>, RequiredWords[]> wordsOf = new java.util.IdentityHashMap<>();
    /**
     * Per section, its entries' words indexed (branch enginespeed): the entries a scope may match, found in one pass over
     * it, before each such entry's words are tested.
     */
    private final Map<List<Entry>, RequiredWords.Index> indexOf = new java.util.IdentityHashMap<>();
    /** Per section, its joined pattern guarded ({@link LeadingLookarounds#guarded}), made once (branch speed23). */
    private final Map<List<Entry>, Pattern> anyOfGuarded = new java.util.IdentityHashMap<>();

    private Cues(Map<String, List<Entry>> sections, Set<String> useStandingHedges, Set<String> useJudgingHedges) {
        this.useStandingHedges = Set.copyOf(useStandingHedges);
        this.useJudgingHedges = Set.copyOf(useJudgingHedges);
        this.negation = sections.get("negation");
        this.hedge = sections.get("hedge");
        this.notNegation = sections.get("notNegation");
        this.notHedge = sections.get("notHedge");
        this.negationBoundaries = sections.get("negationBoundaries");
        this.hedgeBoundaries = sections.get("hedgeBoundaries");
        this.subjectHedge = sections.get("subjectHedge");
        this.controlPreparations = sections.get("controlPreparations");
        this.unassertedComplements = sections.get("unassertedComplements");
        this.phraseHedges = sections.get("phraseHedges");
        this.termHedges = sections.getOrDefault("termHedges", List.of());
        this.hedgeFrames = sections.getOrDefault("hedgeFrames", List.of());
        this.attributedStatements = sections.getOrDefault("attributedStatements", List.of());
        this.statedDoubts = sections.getOrDefault("statedDoubts", List.of());
        this.followingDoubts = sections.getOrDefault("followingDoubts", List.of());
        for (List<Entry> entries : sections.values()) {
            wordsOf.put(entries, entries.stream().map(e -> e.search().words()).toArray(RequiredWords[]::new));
            indexOf.put(entries, RequiredWords.Index.of(entries.stream().map(e -> e.search().words()).toList()));
            // every entry is \b(?:p)(?!...): the word boundary is tested once for all of them
            if (entries.stream().allMatch(e -> e.pattern().pattern().startsWith(WORD_START))) {
                try {
                    Pattern joined = Pattern.compile(WORD_START + "(?:" + String.join("|", entries.stream()
                            .map(e -> "(?:" + e.pattern().pattern().substring(WORD_START.length()) + ")").toList()) + ")");
                    anyOf.put(entries, joined);
                    anyOfGuarded.put(entries, LeadingLookarounds.guarded(joined));
                } catch (PatternSyntaxException e) {
                    // e.g. one group name in two entries: search entry by entry
                }
            }
        }
    }

    /** Every pattern searched: the entries of all sections and the joined ones (for tests of {@link RequiredWords}). */
    static List<Pattern> patterns() {
        List<Pattern> all = new ArrayList<>(DEFAULT.anyOf.values());
        for (List<Entry> section : List.of(DEFAULT.negation, DEFAULT.hedge, DEFAULT.notNegation, DEFAULT.notHedge,
                DEFAULT.negationBoundaries, DEFAULT.hedgeBoundaries, DEFAULT.subjectHedge, DEFAULT.controlPreparations,
                DEFAULT.unassertedComplements, DEFAULT.phraseHedges, DEFAULT.termHedges, DEFAULT.hedgeFrames,
                DEFAULT.attributedStatements, DEFAULT.statedDoubts, DEFAULT.followingDoubts)) {
            section.forEach(e -> all.add(e.pattern()));
        }
        return all;
    }

    /** The shipped entries by section, in file order (for the expression cost benchmark, which names each entry). */
    static Map<String, List<Entry>> shippedSections() {
        Map<String, List<Entry>> sections = new java.util.LinkedHashMap<>();
        sections.put("negation", DEFAULT.negation);
        sections.put("hedge", DEFAULT.hedge);
        sections.put("notNegation", DEFAULT.notNegation);
        sections.put("notHedge", DEFAULT.notHedge);
        sections.put("negationBoundaries", DEFAULT.negationBoundaries);
        sections.put("hedgeBoundaries", DEFAULT.hedgeBoundaries);
        sections.put("subjectHedge", DEFAULT.subjectHedge);
        sections.put("controlPreparations", DEFAULT.controlPreparations);
        sections.put("unassertedComplements", DEFAULT.unassertedComplements);
        sections.put("phraseHedges", DEFAULT.phraseHedges);
        sections.put("termHedges", DEFAULT.termHedges);
        sections.put("hedgeFrames", DEFAULT.hedgeFrames);
        sections.put("attributedStatements", DEFAULT.attributedStatements);
        sections.put("statedDoubts", DEFAULT.statedDoubts);
        sections.put("followingDoubts", DEFAULT.followingDoubts);
        return sections;
    }

    /**
     * False only when no entry of {@code entries} matches anywhere in {@code text}: first whether the text holds the
     * words of some entry (most scopes hold none), then the joined pattern.
     */
    private boolean anyMatch(List<Entry> entries, String text, RequiredWords.Answers answers) {
        return anyMatch(entries, text, mayMatchEach(entries, text, answers));
    }

    /** As above, with the entries whose words {@code text} holds already known. */
    private boolean anyMatch(List<Entry> entries, String text, boolean[] mayMatchEach) {
        int mayMatch = 0;
        for (boolean may : mayMatchEach) {
            mayMatch += may ? 1 : 0;
        }
        Pattern any = anyOfGuarded.get(entries);
        // one entry left: its own search follows anyway
        // the joined pattern with its entries' opening characters tested first (branch speed22: the same matches)
        return mayMatch > 1 ? any == null || any.matcher(text).find() : mayMatch == 1;
    }

    /** For each entry, whether {@code text} holds its required words (false: the entry cannot match there). */
    private boolean[] mayMatchEach(List<Entry> entries, String text, RequiredWords.Answers answers) {
        RequiredWords[] words = wordsOf.get(entries);
        if (words == null) {
            // a list made by the caller (e.g. no exceptions at all), not a section: its words are not cached
            words = entries.stream().map(e -> e.search().words()).toArray(RequiredWords[]::new);
        }
        boolean[] may = new boolean[words.length];
        RequiredWords.Index index = indexOf.get(entries);
        long[] candidates = index != null ? index.candidates(text) : null;
        for (int i = 0; i < words.length; i++) {
            may[i] = (candidates == null || RequiredWords.Index.has(candidates, i)) && words[i].mayMatch(text, answers);
        }
        return may;
    }

    /** The last negation cue in {@code scope} as written, or null. */
    public static String negation(String scope) {
        Match m = negationMatch(scope);
        return m == null ? null : m.text();
    }

    /** The last hedging cue in {@code scope} as written, or null. */
    public static String hedge(String scope) {
        Match m = hedgeMatch(scope);
        return m == null ? null : m.text();
    }

    /**
     * The last negation cue in {@code scope}, or null. A cue before a stated reason ("because"), an open question
     * ("it is not known whether X" leaves X open: a hedge, not a denial) or the "but" of "not X but Y" does not
     * reach past it; "not only", a parenthetical "not <adverb>" and a comparison are no denial.
     */
    public static Match negationMatch(String scope) {
        return negationMatch(scope, RequiredWords.Answers.ofThread());
    }

    /** As {@link #negationMatch(String)}, the entries' required words answered in {@code answers} (the caller's own). */
    public static Match negationMatch(String scope, RequiredWords.Answers answers) {
        return DEFAULT.last(DEFAULT.negation, DEFAULT.notNegation, afterLast(DEFAULT.negationBoundaries, scope, answers), 0, answers);
    }

    /**
     * As {@link #negationMatch(String)} for the cues in {@code context} from offset {@code from} on; the spans where a
     * word is no cue are found in the whole context, so one that opens before {@code from} still masks ("failed to
     * show that the vesicles did not ..." when the scope starts after the vesicle).
     */
    public static Match negationMatch(String context, int from) {
        int start = Math.max(0, Math.min(from, context.length()));
        RequiredWords.Answers answers = RequiredWords.Answers.ofThread();
        String after = afterLast(DEFAULT.negationBoundaries, context, answers);
        start = Math.max(start, context.length() - after.length());
        return DEFAULT.last(DEFAULT.negation, DEFAULT.notNegation, context, start, answers);
    }

    /**
     * Whether a hedge cue's words are wholly a word of the {@code phraseHedges} section ("potential", "promising"): a
     * word that modifies the noun phrase after it, so hedges a use spelled there rather than a clause (branch hedge2).
     */
    public static boolean modifiesPhrase(Match cue) {
        String lower = cue.text().toLowerCase(Locale.ROOT);
        for (Entry e : DEFAULT.phraseHedges) {
            if (e.search().matcher(lower, RequiredWords.Answers.ofThread()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch hedgecues) A hedge word of the {@code termHedges} section inside the surface of a term ("a vaccine candidate",
     * "a further candidate marker", "its potential toxicity"): the term names a use or harm put forward as tentative, which
     * the term's own words hedge wherever it stands (the clause's cues are searched with terms blanked, so never see it).
     * Null when the surface holds none.
     */
    public static Match termHedgeMatch(String termSurface) {
        if (DEFAULT.termHedges.isEmpty()) {
            return null;
        }
        return DEFAULT.last(DEFAULT.termHedges, List.of(), termSurface, 0, RequiredWords.Answers.ofThread());
    }

    /**
     * (branch hedgecues) Whether a hedge cue says that a matter is not known or not settled: an open question ("whether"), an
     * entry marked useStanding ("remains to be shown", "is unknown") or a subjectHedge entry ("is unclear"). Such a cue is
     * what a knowledge-gap challenge (LackOfCharacterisation, RegulatoryUncertainty) asserts, not a doubt about it.
     */
    public static boolean statesUnsettled(Match cue) {
        return cue != null && (cue.id().equals("hedge-open-question") || DEFAULT.useStandingHedges.contains(cue.id())
                || DEFAULT.subjectHedge.stream().anyMatch(e -> e.id().equals(cue.id())));
    }

    /** The last hedging cue in {@code scope}, or null; a cue before a stated reason does not reach past it. */
    public static Match hedgeMatch(String scope) {
        return hedgeMatch(scope, RequiredWords.Answers.ofThread());
    }

    /** As {@link #hedgeMatch(String)}, the entries' required words answered in {@code answers} (the caller's own). */
    public static Match hedgeMatch(String scope, RequiredWords.Answers answers) {
        return DEFAULT.last(DEFAULT.hedge, DEFAULT.notHedge, afterLast(DEFAULT.hedgeBoundaries, scope, answers), 0, answers);
    }

    /**
     * A cue of the {@code subjectHedge} section in the predicate that follows a claim's object when the object is the
     * clause's subject ("Their low immunogenicity, however, has not been shown"); only up to the end of that clause.
     */
    public static Match subjectHedgeMatch(String predicate) {
        String clause = predicate;
        Matcher end = CLAUSE_END.matcher(predicate.toLowerCase(Locale.ROOT));
        if (end.find()) {
            clause = predicate.substring(0, end.start());
        }
        return DEFAULT.last(DEFAULT.subjectHedge, List.of(), clause, 0, RequiredWords.Answers.ofThread());
    }

    /**
     * A hedge cue in the predicate that follows a claim spelled as a noun phrase and standing as its clause's subject
     * ("exosome-based vaccines could offer ...", "As carriers, exosomes are attractive because ..."): the clause's own
     * predicate makes the use tentative. Only up to the end of that clause and the first hedge boundary (a reason
     * after "because" is said on its own).
     */
    public static Match predicateHedgeMatch(String predicate) {
        return predicateHedgeMatch(predicate, DEFAULT.useJudgingHedges);
    }

    /**
     * (branch hedge2, convention j) A hedge cue in the predicate after a use named in its clause's subject ("exosome therapy
     * remains experimental", "exosome-based vaccines are still under study") that says the use itself is not established:
     * the predicate's claim is the use's standing. Modal and evaluative predicates ("could offer", "is a promising
     * approach for X") say something else of a presupposed use, and do not hedge it.
     */
    public static Match useStandingHedgeMatch(String predicate) {
        return predicateHedgeMatch(predicate, DEFAULT.useStandingHedges);
    }

    private static Match predicateHedgeMatch(String predicate, Set<String> ids) {
        String clause = predicate;
        Matcher end = CLAUSE_END.matcher(predicate.toLowerCase(Locale.ROOT));
        if (end.find()) {
            clause = predicate.substring(0, end.start());
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        int cut = clause.length();
        for (Entry b : DEFAULT.hedgeBoundaries) {
            Matcher m = b.search().matcher(lower, RequiredWords.Answers.ofThread());
            if (m.find()) {
                cut = Math.min(cut, m.start());
            }
        }
        Match m = DEFAULT.last(DEFAULT.hedge, DEFAULT.notHedge, clause.substring(0, cut), 0, RequiredWords.Answers.ofThread());
        // a modal or an evaluative word judges the use itself ("could offer", "are attractive"); "are considered safer",
        // "has potential to be used in ..." judge another thing said of it (a property, a further use)
        return m != null && ids.contains(m.id()) ? m : null;
    }

    /** Where a predicate's clause ends: a semicolon or colon, or a comma before a coordinator or relative pronoun. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:]|,\\s*(?:and|but|whereas|while|which|so|although|because)\\b|\\s(?:but|whereas|although|because)\\s");

    /**
     * The entry of the {@code controlPreparations} section that ends {@code beforeVesicle} (the text before a vesicle
     * mention, up to it), or null: "Unloaded GM-EVs", "empty RBC-EVs" name a study's control arm (branch negscope). Up
     * to two words of the vesicles' own name may follow the cue ("unloaded milk EVs", the "GM-" of "GM-EVs").
     */
    public static Match controlPreparationBefore(String beforeVesicle) {
        return controlPreparationBefore(beforeVesicle, true);
    }

    /**
     * As {@link #controlPreparationBefore(String)}; {@code denialOfBoth} false also finds a control that is one conjunct
     * ("free siRNA and scrambled siRNA in EVs"): (branch anaphors3) for what the discourse is about, not for a denial.
     */
    public static Match controlPreparationBefore(String beforeVesicle, boolean denialOfBoth) {
        String lower = beforeVesicle.toLowerCase(Locale.ROOT).stripTrailing();
        for (Entry e : DEFAULT.controlPreparations) {
            Matcher m = e.search().matcher(lower, RequiredWords.Answers.ofThread());
            while (m.find()) {
                // "neither the targeted nor the untargeted exosomes": the control is one conjunct of a denial of both
                if (CONTROL_TO_VESICLE.matcher(lower.substring(m.end())).matches()
                        && !(denialOfBoth && COORDINATED_BEFORE.matcher(lower.substring(0, m.start())).find())) {
                    return new Match(e.id(), beforeVesicle.substring(m.start(), m.end()));
                }
            }
        }
        return null;
    }

    /**
     * The last entry of the {@code unassertedComplements} section in {@code beforeVesicle} (the clause up to a vesicle
     * mention) that opens the complement clause the vesicle stands in, or null: "could not confirm that the
     * microvesicles carry miR-155" asserts neither the cargo nor its absence (branch negscope). Only a few words, with
     * no comma, colon or semicolon, may stand between the cue and the vesicle.
     */
    public static Match unassertedComplementBefore(String beforeVesicle) {
        String lower = beforeVesicle.toLowerCase(Locale.ROOT);
        Match last = null;
        int lastEnd = -1;
        for (Entry e : DEFAULT.unassertedComplements) {
            Matcher m = e.search().matcher(lower, RequiredWords.Answers.ofThread());
            while (m.find()) {
                if (m.end() > lastEnd) {
                    lastEnd = m.end();
                    last = new Match(e.id(), beforeVesicle.substring(m.start(), m.end()));
                }
            }
        }
        return last != null && COMPLEMENT_OPENING.matcher(lower.substring(lastEnd)).matches() ? last : null;
    }

    /** A coordinator (and a determiner) right before a control cue: the control is coordinated with another preparation. */
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("\\b(?:nor|or|and|both|neither|as\\s+well\\s+as)\\s+(?:(?:the|these|those|their)\\s+)?\\z");

    /** Up to two words of a vesicle's name between a control cue and the vesicle mention, no clause punctuation. */
    private static final Pattern CONTROL_TO_VESICLE = Pattern.compile("(?:\\s+[^\\s,;:.()]+){0,2}");

    /** Up to four words, no clause punctuation: the start of the complement's subject noun phrase. */
    private static final Pattern COMPLEMENT_OPENING = Pattern.compile("\\s*(?:[^\\s,;:.()]+\\s+){0,4}");

    /** What a claim's extraction rule adds for its cues: "+negation:&lt;id&gt;", "+hedge:&lt;id&gt;" (empty without cues). */
    static String ruleSuffix(Match negation, Match hedge) {
        return (negation != null ? "+negation:" + negation.id() : "") + (hedge != null ? "+hedge:" + hedge.id() : "");
    }

    /** The part of {@code scope} after the last match of any boundary entry. */
    private static String afterLast(List<Entry> boundaries, String scope, RequiredWords.Answers answers) {
        String lower = scope.toLowerCase(Locale.ROOT);
        if (!DEFAULT.anyMatch(boundaries, lower, answers)) {
            return scope;
        }
        int from = 0;
        for (Entry b : boundaries) {
            Matcher m = b.search().matcher(lower, answers);
            while (m.find()) {
                from = Math.max(from, m.end());
            }
        }
        return scope.substring(from);
    }

    /**
     * The cue of {@code cues} that starts at or after {@code from} and last in {@code scope} (the longer at one start),
     * spans of {@code not} masked.
     */
    private Match last(List<Entry> cues, List<Entry> not, String scope, int from, RequiredWords.Answers answers) {
        char[] masked = scope.toLowerCase(Locale.ROOT).toCharArray();
        String lower = new String(masked);
        // each entry's words are tested once per text: the same answers decide whether any entry may match and
        // which entries are searched
        boolean[] notMay = mayMatchEach(not, lower, answers);
        if (anyMatch(not, lower, notMay)) {
            for (int i = 0; i < not.size(); i++) {
                if (!notMay[i]) {
                    continue;
                }
                Matcher m = not.get(i).search().guarded().matcher(lower);
                while (m.find()) {
                    Arrays.fill(masked, m.start(), m.end(), ' ');
                }
            }
        }
        String text = new String(masked);
        boolean[] cueMay = mayMatchEach(cues, text, answers);
        if (!anyMatch(cues, text, cueMay)) {
            return null;
        }
        Match found = null;
        int foundStart = -1;
        int foundEnd = -1;
        for (int i = 0; i < cues.size(); i++) {
            if (!cueMay[i]) {
                continue;
            }
            Entry e = cues.get(i);
            Matcher m = e.search().guarded().matcher(text);
            while (m.find()) {
                if (m.start() < from) {
                    continue;
                }
                if (m.start() > foundStart || m.start() == foundStart && m.end() > foundEnd) {
                    foundStart = m.start();
                    foundEnd = m.end();
                    found = new Match(e.id(), scope.substring(m.start(), m.end()));
                }
            }
        }
        return found;
    }

    private static Cues load() {
        return RuleFile.read(RESOURCE, Cues::parse);
    }

    /**
     * (branch hedgemisses) Reads the shipped cue file again, so that entries with a {@code switch} or {@code onlyWith} key
     * follow the system properties as they are now (for tests that turn a measurement switch on and back off).
     */
    static void reload() {
        DEFAULT = load();
    }

    /**
     * (issue 15, branch hedgemisses) {@code zone} (the words between the vesicles and a claim's object) with each hedge frame
     * of the {@code hedgeFrames} section blanked to spaces of the same length ("exosomes [appear to] cause few immune
     * reactions"), so that a rule anchored at the vesicles reads the predicate after it; the frame itself stays in the text
     * the hedge cues are searched in, which hedges the claim. Null when no frame stands in the zone.
     */
    public static String blankedHedgeFrames(String zone) {
        if (DEFAULT.hedgeFrames.isEmpty()) {
            return null;
        }
        String lower = zone.toLowerCase(Locale.ROOT);
        char[] blanked = null;
        for (Entry e : DEFAULT.hedgeFrames) {
            Matcher m = e.search().matcher(lower, RequiredWords.Answers.ofThread());
            while (m.find()) {
                if (blanked == null) {
                    blanked = zone.toCharArray();
                }
                Arrays.fill(blanked, m.start(), m.end(), ' ');
            }
        }
        return blanked == null ? null : new String(blanked);
    }

    /**
     * (issue 15, branch hedges36) The last entry of the {@code attributedStatements} section in {@code before} (the
     * sentence up to a claim), or null: "the chapter asserts that", "the claim in the abstract that".
     */
    public static Match attributionMatch(String before) {
        return DEFAULT.last(DEFAULT.attributedStatements, List.of(), before, 0, RequiredWords.Answers.ofThread());
    }

    /**
     * (issue 15, branch hedges36) An entry of the {@code statedDoubts} section in {@code after} (the sentence after a
     * claim), or null: "is not supported by", "should be removed", "please cite evidence".
     */
    public static Match statedDoubtMatch(String after) {
        return DEFAULT.last(DEFAULT.statedDoubts, List.of(), after, 0, RequiredWords.Answers.ofThread());
    }

    /**
     * (issue 15, branch hedges39) The entry of the {@code followingDoubts} section that matches at the start of {@code
     * after} (lower-cased), or null: "this has not been confirmed", "it requires validation".
     */
    static Match followingDoubtAt(String after) {
        String lower = after.toLowerCase(Locale.ROOT);
        for (Entry e : DEFAULT.followingDoubts) {
            Matcher m = e.pattern().matcher(lower);
            if (m.lookingAt()) {
                return new Match(e.id(), after.substring(0, m.end()));
            }
        }
        return null;
    }

    /** (branch hedges36) Where the last entry of the {@code statedDoubts} section in {@code text} starts, or -1. */
    static int statedDoubtStart(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int last = -1;
        for (Entry e : DEFAULT.statedDoubts) {
            Matcher m = e.search().matcher(lower, RequiredWords.Answers.ofThread());
            while (m.find()) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /** Reads the shipped cue file's text ({@link #parse(InputStream, String)} naming it cues.yaml). */
    static Cues parse(InputStream in) {
        return parse(in, RESOURCE);
    }

    /**
     * Reads a cue file; a missing section, an entry without id or pattern, an unknown key, or a bad pattern is an error
     * naming it. Ids are unique within a section (the two boundary sections share "reason" and "consequence").
     */
    static Cues parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "cue sections");
        Map<String, List<Entry>> sections = new java.util.HashMap<>();
        Set<String> useStanding = new java.util.HashSet<>();
        Set<String> judgesUse = new java.util.HashSet<>();
        for (String section : List.of("negation", "hedge", "notNegation", "notHedge", "negationBoundaries", "hedgeBoundaries",
                "subjectHedge", "controlPreparations", "unassertedComplements", "phraseHedges", "termHedges", "hedgeFrames",
                "attributedStatements", "statedDoubts", "followingDoubts")) {
            List<Entry> entries = new ArrayList<>();
            // (branch hedgecues) termHedges is optional: a cue file without it reads no hedge inside terms; so is hedgeFrames
            // (branch hedgemisses): without it no rule steps over a hedge frame
            List<?> items = section.equals("termHedges") || section.equals("hedgeFrames")
                    || section.equals("attributedStatements") || section.equals("statedDoubts") || section.equals("followingDoubts")
                    ? RuleFile.optionalSection(root, section, name) : RuleFile.section(root, section, name);
            for (RuleFile.Entry e : RuleFile.entries(items, section, name, new java.util.HashSet<>(),
                    ENTRY_KEYS)) {
                String p = e.text("pattern");
                // (branch hedgemisses) a measurement switch: -Dexokg.<switch>=true leaves the entry out, and an entry with
                // onlyWith is read only under -Dexokg.<onlyWith>=true (as topic-preparation.yaml's discourse subjects)
                String off = e.optionalText("switch");
                String only = e.optionalText("onlyWith");
                if (off != null && Boolean.getBoolean("exokg." + off) || only != null && !Boolean.getBoolean("exokg." + only)) {
                    continue;
                }
                if (e.flag("useStanding")) {
                    if (!section.equals("hedge")) {
                        throw new IllegalStateException(e.where() + ": 'useStanding' is for hedge entries only");
                    }
                    useStanding.add(e.id());
                }
                if (e.flag("judgesUse")) {
                    if (!section.equals("hedge")) {
                        throw new IllegalStateException(e.where() + ": 'judgesUse' is for hedge entries only");
                    }
                    judgesUse.add(e.id());
                }
                try {
                    entries.add(new Entry(e.id(), Pattern.compile(WORD_START + "(?:" + p + ")(?![\\p{L}\\p{N}])")));
                } catch (PatternSyntaxException x) {
                    throw new IllegalStateException(e.where() + ": bad pattern: " + x.getDescription(), x);
                }
            }
            sections.put(section, List.copyOf(entries));
        }
        return new Cues(sections, useStanding, judgesUse);
    }
}
