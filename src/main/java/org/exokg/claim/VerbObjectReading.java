package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * A general reading of a clause whose subject is a vesicle and whose verb takes a term as object or complement (issue
 * 15, branch verbs): the relation comes from the object's ontology class, the verb only reverses or blocks it (data:
 * {@code verb-object-readings.yaml}). It reads the surface: the words before the vesicle in its clause must be those of
 * a subject's noun phrase, the words between vesicle and object those of a predicate (auxiliaries, adverbs, one verb or
 * a chain of verbs, an optional preposition, a determiner and at most three modifiers); an object inside another
 * noun's phrase ("the size of tumours"), after a preposition of setting or comparison ("in", "than", "for") or after a
 * relative pronoun is not the verb's.
 */
final class VerbObjectReading {

    static final String RESOURCE = "verb-object-readings.yaml";
    /** What a term is in the token list of a zone. */
    static final String TERM = "§";

    /** One entry of {@code readings}; {@code view} is the entry as the claim builder sees a rule. */
    record Entry(String id, Relation relation, Set<MentionType> objects, Set<String> objectUnder, Set<String> whenVerb,
            Set<String> unlessVerb, Set<String> viaNouns, Set<String> notObject, List<Pattern> unlessObjectWord, ClaimRule view) {}

    /**
     * A predicate read between subject and object: its verbs, lower case, in order; {@code viaNoun} the noun whose
     * "of" phrase holds the object ("promote the migration of §"), or null.
     */
    record Predicate(List<String> verbs, String viaNoun) {
        Predicate(List<String> verbs) {
            this(verbs, null);
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("can", "could", "may", "might", "will", "would", "shall", "should",
            "must", "do", "does", "did", "don't", "doesn't", "didn't", "cannot", "can't", "won't", "is", "are", "was", "were",
            "be", "been", "being", "has", "have", "had", "not", "also", "further", "then", "thus", "therefore", "thereby",
            "still", "even", "only", "indeed", "often", "all", "both", "each", "no", "longer", "now", "again", "turn",
            "hence", "together", "alone", "themselves", "itself", "already", "first", "instead");
    /** Words ending in -ly that are verbs, not adverbs. */
    private static final Set<String> LY_VERBS = Set.of("apply", "applies", "supply", "supplies", "rely", "relies", "multiply",
            "multiplies", "reply", "imply", "implies", "comply", "ally", "fly", "flies");
    /** Prepositions a verb may take before its object ("contribute to", "protect against", "interact with"). */
    private static final Set<String> VERB_PREPOSITIONS = Set.of("to", "against", "into", "across", "through", "toward",
            "towards", "onto", "on", "with", "upon");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its", "this", "these", "those",
            "both", "all", "several", "various", "many", "multiple", "other", "such", "some", "most", "key");
    /** Words that are no verb and no modifier of the object: prepositions, conjunctions, pronouns, relative words. */
    private static final Set<String> STOP = Set.of("of", "in", "on", "at", "by", "from", "for", "with", "without", "within",
            "via", "into", "onto", "to", "than", "as", "like", "unlike", "versus", "vs", "between", "among", "after", "before",
            "during", "under", "over", "through", "across", "against", "toward", "towards", "upon", "per", "and", "or", "but",
            "nor", "that", "which", "who", "whom", "whose", "whether", "if", "when", "where", "while", "because", "although",
            "so", "the", "a", "an", "this", "these", "those", "their", "its", "our", "such", "there", "it", "they", "we",
            "compared", "including", "respectively", "e.g", "i.e", "order", "whereas", "since", "until", "unless", "about",
            "around", "beyond", "despite", "except", "near", "outside", "inside", "throughout", "along", "above", "below",
            "behind", "beside", "besides", "following", "regarding", "concerning", "using", "them", "itself",
            "what", "how", "why", "not", "no", "same");
    /** Noun endings: a word with one is not the predicate's verb ("exosome secretion reduces ..."). */
    private static final Pattern NOUN_ENDING = Pattern.compile(".*(?:tion|sion|ment|ness|ity|ance|ence|ism|ure)s?");
    /** A plural noun ("levels"), not a modifier of the object; -ss, -ous, -us, -is and -ics stay modifiers. */
    private static final Pattern PLURAL_NOUN = Pattern.compile(".*[^su'i]s");
    /** A word of a zone: a term, a word, or a punctuation mark that matters. */
    private static final Pattern WORD = Pattern.compile(TERM + "|[\\-‐‑–]?[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-‐]*|[,;:()\\[\\]]");
    /** A participle or "from" opening a postmodifier of the subject that names a term: "exosomes derived from MSCs". */
    private static final Pattern POSTMODIFIER_PARTICIPLE = Pattern.compile("\\p{L}+ed|from|of|with");
    private static final Set<String> POSTMODIFIER_PREPOSITIONS = Set.of("from", "by", "with", "of");
    /**
     * Nouns that follow a vesicle noun as the head of its phrase ("exosome release", "EV uptake"): the vesicle is then
     * no subject, and the noun no verb.
     */
    private static final Set<String> HEAD_NOUNS = Set.of("release", "releases", "uptake", "yield", "yields", "number",
            "numbers", "level", "levels", "content", "contents", "cargo", "cargoes", "cargos", "surface", "surfaces",
            "membrane", "membranes", "marker", "markers", "therapy", "therapies", "treatment", "treatments", "injection",
            "injections", "dose", "doses", "dosing", "size", "sizes", "biogenesis", "research", "field", "study", "studies",
            "mimetics", "mimetic", "hybrids", "hybrid", "lysate", "lysates", "count", "counts", "proteins", "protein",
            "rna", "rnas", "dna", "lipids", "subpopulation", "subpopulations", "subtype", "subtypes", "pellet", "pellets",
            "fraction", "fractions", "sample", "samples", "product", "products", "platform", "platforms", "source",
            "sources", "donor", "donors", "recipient", "recipients", "group", "groups", "arm", "vaccine", "vaccines");
    /** Prepositions after which a participle is a reduced relative clause of the noun before it ("pulsed with"). */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "with", "into", "from", "in", "to", "on", "at",
            "onto", "for", "as", "via", "through", "under", "within", "after", "before", "during");
    /** Words opening a relative or subordinate clause, or ending one: the predicate after them is not the subject's. */
    private static final Set<String> SUBORDINATORS = Set.of("which", "that", "who", "whom", "whose", "where", "when", "while",
            "whereas", "because", "although", "if", "whether", "than", ";", ":", "(", ")");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    /** Adjective endings: such a word after a coordinator modifies the next object ("and distinct §"). */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(?:ar|ent|ant|al|ble|ous|ive|ic)");
    /** Irregular past forms (a coordinated predicate after a verb in the past: "shrank § and made §"). */
    private static final Set<String> IRREGULAR_PAST = Set.of("made", "kept", "shrank", "brought", "took", "gave", "held", "left",
            "led", "drove", "bound", "built", "caught", "began", "fought", "found", "got", "grew", "hid", "hit", "let", "lost",
            "met", "put", "ran", "rose", "sent", "set", "shed", "shut", "slowed", "spread", "stood", "struck", "sped", "swept",
            "taught", "thrived", "undid", "wore", "won", "broke", "cut", "fed", "felt", "went", "came", "became", "saw", "showed",
            "shown", "overcame", "withstood", "underwent", "bore");
    /** Words of the auxiliary list that open a noun phrase, not a predicate ("and no participant ..."). */
    private static final Set<String> QUANTIFIERS = Set.of("no", "all", "both", "each");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s?");
    /** Hyphenated to the term before it: "§-derived", "§-induced" (a modifier, part of the term's phrase). */
    private static final Pattern HYPHEN_WORD = Pattern.compile("[\\-‐‑–][\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-‐]*");
    /**
     * (branch verbobject2) Words of a subject's phrase or postmodifier that make it no subject of a claim: a negative
     * quantifier ("neither preparation") or a control preparation ("control vesicles", "loaded with a control mRNA").
     */
    private static final Set<String> NOT_THE_STUDIED = Set.of("neither", "none", "control", "sham", "scrambled");
    /** (branch verbobject2) Modals of obligation: a requirement ("must show CD9"), recorded among the predicate's verbs. */
    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should");
    /** (branch verbobject2) An object lessened by its quantifier ("provoke fewer reactions"): no relation of the class. */
    private static final Set<String> LESSENING_QUANTIFIERS = Set.of("fewer", "less");
    /**
     * (branch verbobject2) Adjective endings that no verb of a coordinated predicate has ("resist bile and digestive §":
     * "digestive" modifies the object, it is no second verb).
     */
    private static final Pattern ADJECTIVE_ONLY = Pattern.compile(".*(?:ive|ous|ic|ical|ful|less)");
    private static final int MAX_SUBJECT_WORDS = 4;
    private static final int MAX_MODIFIERS = 3;

    private static volatile VerbObjectReading defaults;

    private final Map<String, List<Pattern>> verbClasses;
    private final List<Entry> entries;
    /** (branch verbobject38) the core's verbs by reading id ({@code coreVerbs}; none: the reading as in full). */
    private final Map<String, List<Pattern>> coreVerbs;

    private VerbObjectReading(Map<String, List<Pattern>> verbClasses, List<Entry> entries, Map<String, List<Pattern>> coreVerbs) {
        this.verbClasses = verbClasses;
        this.entries = List.copyOf(entries);
        this.coreVerbs = Map.copyOf(coreVerbs);
    }

    /**
     * (branch verbobject38, -Dexokg.verbObjectCore) Whether the reading {@code e} found for {@code predicate} is in the
     * core: a verb of the predicate is one of the reading's core verbs, or the reading has no core entry.
     */
    boolean inCore(Entry e, Predicate predicate) {
        List<Pattern> verbs = coreVerbs.get(e.id());
        if (verbs == null) {
            return true;
        }
        for (Pattern p : verbs) {
            for (String v : predicate.verbs()) {
                if (p.matcher(v).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shipped readings. */
    static VerbObjectReading defaults() {
        VerbObjectReading d = defaults;
        if (d == null) {
            d = RuleFile.read(RESOURCE, VerbObjectReading::parse);
            defaults = d;
        }
        return d;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The keys a reading may have besides its id. */
    private static final Set<String> READING_KEYS = Set.of("relation", "objects", "objectUnder", "whenVerb", "viaNouns", "unlessVerb", "notObject",
            "unlessObjectWord", "example");

    /** Reads a readings file; anything it cannot run with is refused with an error naming the file and the entry. */
    static VerbObjectReading parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "verb classes and readings");
        List<?> classes = RuleFile.section(root, "verbClasses", name);
        List<?> readings = RuleFile.section(root, "readings", name);
        Set<String> ids = new HashSet<>();
        Map<String, List<Pattern>> verbClasses = new LinkedHashMap<>();
        for (RuleFile.Entry c : RuleFile.entries(classes, "verbClasses", name, ids, Set.of("verbs"))) {
            String id = c.id();
            List<Pattern> verbs = new ArrayList<>();
            for (String v : strings(c.map(), "verbs", c.where())) {
                verbs.add(ClaimPatterns.compile(v, c.where()));
            }
            if (verbs.isEmpty()) {
                throw new IllegalStateException(c.where() + ": no verbs");
            }
            verbClasses.put(id, verbs);
        }
        List<Entry> entries = new ArrayList<>();
        for (RuleFile.Entry r : RuleFile.entries(readings, "readings", name, ids, READING_KEYS)) {
            Map<?, ?> e = r.map();
            String id = r.id();
            String where = r.where();
            Relation relation = ClaimPatterns.relation(String.valueOf(e.get("relation")), where);
            Set<MentionType> objects = new HashSet<>();
            for (String o : strings(e, "objects", where)) {
                objects.add(ClaimPatterns.objectType(o, where));
            }
            if (objects.isEmpty()) {
                throw new IllegalStateException(where + ": no objects");
            }
            Set<String> under = new HashSet<>();
            for (String u : strings(e, "objectUnder", where)) {
                if (!u.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new IllegalStateException(where + ": '" + u + "' is not an exokg local name");
                }
                under.add(ExoKg.NS + u);
            }
            // (branch verbobject2) classes too broad for the class to state the relation ("reached tissue", "bound cells")
            Set<String> notObject = new HashSet<>();
            for (String u : strings(e, "notObject", where)) {
                if (!u.matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new IllegalStateException(where + ": '" + u + "' is not an exokg local name");
                }
                notObject.add(ExoKg.NS + u);
            }
            List<Pattern> objectWords = new ArrayList<>();
            for (String x : strings(e, "unlessObjectWord", where)) {
                objectWords.add(ClaimPatterns.compile(x, where));
            }
            Set<String> when = new HashSet<>(strings(e, "whenVerb", where));
            Set<String> via = Set.copyOf(strings(e, "viaNouns", where));
            Set<String> unless = new HashSet<>(strings(e, "unlessVerb", where));
            for (String c : union(when, unless)) {
                if (!verbClasses.containsKey(c)) {
                    throw new IllegalStateException(where + ": unknown verb class '" + c + "'");
                }
            }
            ClaimRule view = new ClaimRule(id, relation, Set.copyOf(objects), ClaimRule.Order.VESICLE_FIRST,
                    Pattern.compile(Pattern.quote(id)), null, false, false, false, null, null, true, null, null, false,
                    Set.of(), Set.copyOf(under), Set.of(), null, null, null);
            entries.add(new Entry(id, relation, Set.copyOf(objects), Set.copyOf(under), Set.copyOf(when), Set.copyOf(unless), via,
                    Set.copyOf(notObject), List.copyOf(objectWords), view));
        }
        // (branch verbobject38) the core: per reading, the verbs that state its relation by their meaning
        Map<String, List<Pattern>> core = new LinkedHashMap<>();
        Set<String> readingIds = new HashSet<>();
        entries.forEach(x -> readingIds.add(x.id()));
        for (RuleFile.Entry c : RuleFile.entries(RuleFile.optionalSection(root, "coreVerbs", name), "coreVerbs", name, ids,
                Set.of("reading", "verbs"))) {
            String reading = String.valueOf(c.map().get("reading"));
            if (!readingIds.contains(reading)) {
                throw new IllegalStateException(c.where() + ": unknown reading '" + reading + "'");
            }
            List<Pattern> verbs = new ArrayList<>();
            for (String v : strings(c.map(), "verbs", c.where())) {
                verbs.add(ClaimPatterns.compile(v, c.where()));
            }
            if (verbs.isEmpty() || core.put(reading, verbs) != null) {
                throw new IllegalStateException(c.where() + ": no verbs, or a second core entry for '" + reading + "'");
            }
        }
        return new VerbObjectReading(verbClasses, entries, core);
    }

    // ---- the surface reading

    /**
     * Whether the words of a clause before its vesicle ({@code before}, terms as {@link #TERM}) are those of a subject's
     * noun phrase: after the last comma, colon or "that" at most four words, none a preposition, conjunction, verb
     * ending or auxiliary ("Here we show that MSC-derived exosomes", "In mice, these EVs"; not "treatment with
     * exosomes", "cells take up exosomes", "than exosomes").
     */
    static boolean opensSubject(String before) {
        List<String> words = words(before);
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(":") || w.equals("that") || w.equals("(")) {
                from = i + 1;
            }
        }
        // (branch verbobject2) "they could not confirm that the vesicles carry §", "no evidence that ...": a clause whose
        // truth its reporting verb denies states nothing
        if (from > 1 && words.get(from - 1).equals("that") && deniedReport(words.subList(Math.max(0, from - 5), from - 1))) {
            return false;
        }
        List<String> np = words.subList(from, words.size());
        if (np.size() > MAX_SUBJECT_WORDS) {
            return false;
        }
        for (String w : np) {
            if (w.equals(TERM) || DETERMINERS.contains(w) && !w.equals("all")) {
                continue;
            }
            // (branch verbobject2) "neither preparation caused ...": the cue lists read no denial on a quantified subject;
            // "control exosomes": a control preparation's result is no claim about the vesicles studied
            if (NOT_THE_STUDIED.contains(w)) {
                return false;
            }
            if (STOP.contains(w) || AUXILIARIES.contains(w) || PLURAL_NOUN.matcher(w).matches() || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** (branch verbobject2) A reporting verb or "evidence" with a denial before it: "could not confirm", "no evidence". */
    private static boolean deniedReport(List<String> lead) {
        if (lead.isEmpty()) {
            return false;
        }
        String last = lead.get(lead.size() - 1);
        boolean report = last.equals("evidence") || verbOfClass(last, "verbs-report")
                || last.matches("(?:verif|prov|establish|demonstrat)\\w*");
        return report && lead.stream().anyMatch(x -> x.equals("not") || x.equals("no") || x.equals("never") || x.equals("cannot")
                || x.endsWith("n't"));
    }

    /**
     * The predicate between a subject vesicle and an object ({@code zone}: the words after the vesicle up to the
     * object, terms as {@link #TERM}), or null if the words are no predicate with the object as its verb's object or
     * complement. Coordinated objects ("reduce § and §") and coordinated predicates ("carry § and reduce §") are read:
     * the predicate returned is the one whose object is the last.
     */
    static Predicate predicate(String zone) {
        List<String> w = words(zone);
        Predicate p = predicate(w);
        if (p != null) {
            return p;
        }
        // "lowered deficit scores and limited brain §": the subject's first predicate has an object that is no term; the
        // last predicate coordinated by "and" (or a comma) after it is read, if the subject's clause opens with a verb and no relative
        // or subordinate word stands before it
        int start = postmodifier(w);
        List<String> first = new ArrayList<>();
        if (start >= w.size() || HEAD_NOUNS.contains(w.get(start)) || reducedRelative(w, start) || verbChain(w, start, first) == start
                || first.isEmpty()) {
            return null;
        }
        for (int k = w.size() - 2; k > start; k--) {
            String x = w.get(k);
            if (SUBORDINATORS.contains(x)) {
                return null;
            }
            // (branch verbs2) "and no participant developed §": a quantifier opens a clause with a subject of its own
            // (branch verbs2) a predicate of a list "was taken up by §, shrank § in mice and made ...": after a comma, a verb
            // (branch verbs2) "reduced tumour volume by 61 % and lung §": after a first verb in the past, a coordinated verb is
            // in the past too, or it is a noun ("lung"), not a predicate
            if ((x.equals("and") && (verb(w.get(k + 1)) || AUXILIARIES.contains(w.get(k + 1))) || x.equals(",") && verb(w.get(k + 1)))
                    && !QUANTIFIERS.contains(w.get(k + 1)) && agreesInTense(first.get(0), w.get(k + 1))
                    && !ADJECTIVE_ONLY.matcher(w.get(k + 1)).matches()) {
                Predicate last = predicate(w.subList(k + 1, w.size()));
                if (last != null && !reducedRelative(w, k + 1)) {
                    return last;
                }
            }
        }
        return null;
    }

    private static Predicate predicate(List<String> w) {
        int i = w.isEmpty() || !w.get(0).equals(TERM) && HEAD_NOUNS.contains(w.get(0)) ? 0 : postmodifier(w);
        if (w.subList(0, i).stream().anyMatch(NOT_THE_STUDIED::contains)) {
            return null; // (branch verbobject2) "exosomes loaded with a control mRNA did not reduce §"
        }
        List<String> verbs = null;
        String viaNoun = null;
        while (true) {
            // one predicate: auxiliaries and adverbs, verbs (chained by "to" or coordinated), a preposition, the object
            List<String> found = new ArrayList<>();
            int start = i;
            if (start < w.size() && (HEAD_NOUNS.contains(w.get(start)) || reducedRelative(w, start))) {
                return null;
            }
            i = verbChain(w, i, found);
            if (found.stream().allMatch(OBLIGATION_MODALS::contains)) {
                // a copula whose complement is the term itself ("are highly §"): the copula is the predicate
                for (String x : w.subList(start, i)) {
                    if (COPULAS.contains(x) || HAVE.contains(x)) {
                        found.add(x); // "had a §": have as the main verb
                    }
                }
                if (found.stream().allMatch(OBLIGATION_MODALS::contains)) {
                    return null;
                }
            }
            verbs = found;
            if (i < w.size() && VERB_PREPOSITIONS.contains(w.get(i))) {
                i++;
            }
            // (branch verbs2) "promote the migration of §": the object in the "of" phrase of a noun some reading admits
            int via = viaNounEnd(w, i);
            viaNoun = via < 0 ? null : w.get(via - 2);
            i = objectPhrase(w, via < 0 ? i : via);
            if (i < 0) {
                return null;
            }
            // coordinated objects: ", §", "and the §", "as well as §"
            i = coordinatedObjectsEnd(w, i);
            if (i == w.size()) {
                return new Predicate(List.copyOf(verbs), viaNoun);
            }
            // a coordinated predicate: "carry § and reduce §"; not "are § and no participant developed §" (a clause with
            // a subject of its own)
            int j = coordinator(w, i);
            if (j < 0 || QUANTIFIERS.contains(w.get(j))) {
                return null;
            }
            i = j;
        }
    }

    /**
     * Whether the predicate opening at {@code i} is a participle of the noun before it rather than its clause's verb: an
     * -ing form without an auxiliary ("exosomes displaying a peptide"), a past participle followed by a preposition or
     * "to" ("exosomes pulsed with antigens", "engineered to display").
     */
    private static boolean reducedRelative(List<String> w, int i) {
        String x = w.get(i);
        if (x.endsWith("ing") && x.length() > 5) {
            return true;
        }
        return x.endsWith("ed") && i + 1 < w.size() && PARTICIPLE_PREPOSITIONS.contains(w.get(i + 1));
    }

    /**
     * The end of the last object phrase coordinated after the one ending at {@code end} ("§, § and §"). A word after
     * the coordinator that is a verb of the readings' verb classes opens a coordinated predicate, not an object's
     * modifier ("carry § and prime §"); a past participle does so only after a verb in the past ("carried § and
     * activated §", but "carry § and activated §").
     */
    private static int coordinatedObjectsEnd(List<String> w, int end) {
        while (true) {
            int j = coordinator(w, end);
            if (j >= 0 && j < w.size() && knownVerb(w.get(j)) && (!w.get(j).endsWith("ed") || pastBefore(w, end))) {
                return end;
            }
            int k = j < 0 ? -1 : objectPhrase(w, j);
            if (k < 0) {
                return end;
            }
            end = k;
        }
    }

    /** After a postmodifier of the subject that ends in a term ("derived from §", "loaded with the §"), else 0. */
    private static int postmodifier(List<String> w) {
        if (!w.isEmpty() && w.get(0).endsWith("ing") && w.get(0).length() > 5 && verb(w.get(0))) {
            // "EVs carrying mutant §": an -ing participle and its object, the subject's verb after it
            int end = objectPhrase(w, 1);
            if (end > 0) {
                end = coordinatedObjectsEnd(w, end);
                return end < w.size() && w.get(end).equals(",") ? end + 1 : end;
            }
            return 0;
        }
        if (w.isEmpty() || !POSTMODIFIER_PARTICIPLE.matcher(w.get(0)).matches()) {
            return 0;
        }
        int i = 0;
        if (!POSTMODIFIER_PREPOSITIONS.contains(w.get(0))) {
            i++;
        }
        if (i >= w.size() || !POSTMODIFIER_PREPOSITIONS.contains(w.get(i))) {
            return 0;
        }
        i++;
        int end = objectPhrase(w, i);
        if (end < 0) {
            return 0;
        }
        end = coordinatedObjectsEnd(w, end);
        if (end < w.size() && w.get(end).equals(",")) {
            end++; // "exosomes from MSCs, in turn, reduced ..."
        }
        return end;
    }

    /**
     * Whether the words after a subject ({@code zone} as for {@link #predicate(String)}) open with a postmodifier naming
     * the subject's origin: "from §", "derived from the §", "released by §", "of §".
     */
    static boolean originPostmodifier(String zone) {
        List<String> w = words(zone);
        int end = postmodifier(w);
        if (end == 0) {
            return false;
        }
        String first = w.get(0);
        String preposition = POSTMODIFIER_PREPOSITIONS.contains(first) ? first : w.size() > 1 ? w.get(1) : "";
        return !preposition.equals("with") && !first.endsWith("ing");
    }

    /** Reads auxiliaries, adverbs and verbs from {@code i}; adds the verbs to {@code verbs}; returns where it stopped. */
    private static int verbChain(List<String> w, int i, List<String> verbs) {
        while (i < w.size()) {
            String x = w.get(i);
            if (OBLIGATION_MODALS.contains(x)) {
                verbs.add(x); // (branch verbobject2) a requirement: verb-object-readings.yaml's verbs-oblige sees it
            }
            if (AUXILIARIES.contains(x) || adverb(x)) {
                i++;
                continue;
            }
            if (x.equals("in") && i + 1 < w.size() && w.get(i + 1).equals("turn")) {
                i += 2;
                continue;
            }
            if (!verb(x)) {
                return i;
            }
            verbs.add(x);
            i++;
            // "were shown to reduce", "help to promote"; "bind and enter"
            if (i + 1 < w.size() && w.get(i).equals("to") && verb(w.get(i + 1)) && !DETERMINERS.contains(w.get(i + 1))
                    && !w.get(i + 1).equals(TERM)) {
                i++;
                continue;
            }
            if (i + 1 < w.size() && (w.get(i).equals("and") || w.get(i).equals("or")) && verb(w.get(i + 1))
                    && i + 2 < w.size() && !w.get(i + 2).equals(TERM) && !DETERMINERS.contains(w.get(i + 2))) {
                i++; // "bind and enter §" reads on; "bind § and enter §" is a coordinated predicate
                continue;
            }
            return i;
        }
        return i;
    }

    /** A determiner, at most three modifiers and a term from {@code i}: the index after the term, or -1. */
    private static int objectPhrase(List<String> w, int i) {
        if (i < w.size() && DETERMINERS.contains(w.get(i))) {
            i++;
        }
        int modifiers = 0;
        while (i < w.size() && !w.get(i).equals(TERM)) {
            String x = w.get(i);
            if (++modifiers > MAX_MODIFIERS || STOP.contains(x) || AUXILIARIES.contains(x) && !x.equals("all")
                    || LESSENING_QUANTIFIERS.contains(x)
                    || !Character.isLetterOrDigit(x.charAt(0)) || PLURAL_NOUN.matcher(x).matches() || POSSESSIVE.matcher(x).matches()
                    // (branch verbs2) "and small RNA sequencing found §": a verb of reporting is the predicate of another
                    // clause, whose subject the words before it are
                    || verbOfClass(x, "verbs-report")) {
                return -1; // "the size of §", "the skin's §": the term is in another noun's phrase
            }
            i++;
        }
        if (i >= w.size()) {
            return -1;
        }
        while (i < w.size() && w.get(i).equals(TERM)) {
            i++; // "§ §": a compound of terms ("tumour § antigens"), one noun phrase
        }
        return i;
    }

    /** After a coordinator at {@code i} (", ", "and", ", and", "or", "as well as"), or -1. */
    private static int coordinator(List<String> w, int i) {
        int j = i;
        if (j < w.size() && w.get(j).equals(",")) {
            j++;
        }
        if (j < w.size() && (w.get(j).equals("and") || w.get(j).equals("or"))) {
            j++;
        } else if (j + 2 < w.size() && w.get(j).equals("as") && w.get(j + 1).equals("well") && w.get(j + 2).equals("as")) {
            j += 3;
        }
        return j > i && j < w.size() ? j : -1;
    }

    /**
     * Whether {@code next}, opening a predicate coordinated with one whose first verb is {@code first}, may be a verb of
     * the same tense: after a verb in -ed, a word in -ed, an irregular past, an auxiliary or a verb of the verb classes.
     */
    private static boolean agreesInTense(String first, String next) {
        return !first.endsWith("ed") || next.endsWith("ed") || IRREGULAR_PAST.contains(next) || AUXILIARIES.contains(next)
                || knownVerb(next);
    }

    /** After "(determiner) noun of" from {@code i} if the noun is one of some reading's {@code viaNouns}, else -1. */
    private static int viaNounEnd(List<String> w, int i) {
        int j = i < w.size() && DETERMINERS.contains(w.get(i)) ? i + 1 : i;
        if (j + 1 < w.size() && w.get(j + 1).equals("of")) {
            for (Entry e : defaults().entries) {
                if (e.viaNouns().contains(w.get(j))) {
                    return j + 2;
                }
            }
        }
        return -1;
    }

    /** Whether a word is a verb of the verb class {@code id} of the shipped readings. */
    private static boolean verbOfClass(String x, String id) {
        for (Pattern p : defaults().verbClasses.getOrDefault(id, List.of())) {
            if (p.matcher(x).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a verb of one of the shipped verb classes. */
    private static boolean knownVerb(String x) {
        if (ADJECTIVE_ENDING.matcher(x).matches()) {
            return false; // "similar", "different", "comparable": adjectives of the comparison class modify a noun
        }
        for (List<Pattern> verbs : defaults().verbClasses.values()) {
            for (Pattern p : verbs) {
                if (p.matcher(x).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word in the past (-ed) stands before {@code end} in {@code w}, outside terms. */
    private static boolean pastBefore(List<String> w, int end) {
        for (int i = 0; i < end; i++) {
            if (w.get(i).endsWith("ed") && verb(w.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean adverb(String x) {
        return x.length() > 4 && x.endsWith("ly") && !LY_VERBS.contains(x);
    }

    /** A word that may be the predicate's verb: no function word, no noun by its ending, no term. */
    private static boolean verb(String x) {
        return !x.equals(TERM) && Character.isLetter(x.charAt(0)) && !STOP.contains(x) && !DETERMINERS.contains(x)
                && !AUXILIARIES.contains(x) && !NOUN_ENDING.matcher(x).matches();
    }

    static List<String> words(String zone) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(zone.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String x = m.group();
            if (HYPHEN_WORD.matcher(x).matches()) {
                if (!out.isEmpty() && out.get(out.size() - 1).equals(TERM)) {
                    continue; // "§-derived §": the participle belongs to the term's phrase
                }
                x = x.substring(1);
            }
            out.add(x);
        }
        return out;
    }

    // ---- the relation from the object's class

    /** The first reading that fits the object and the predicate's verbs, or null. */
    Entry entryFor(Mention object, Predicate predicate, BiPredicate<String, String> isA) {
        for (Entry e : entries) {
            if (e.objects().stream().noneMatch(object::is)) {
                continue;
            }
            if (!e.objectUnder().isEmpty() && e.objectUnder().stream().noneMatch(u -> isA.test(object.iri(), u))) {
                continue;
            }
            if (e.notObject().contains(object.iri()) || lastWordMatches(object.surface(), e.unlessObjectWord())) {
                continue;
            }
            if (!e.whenVerb().isEmpty() && !ofClass(predicate, e.whenVerb())) {
                continue;
            }
            if (ofClass(predicate, e.unlessVerb()) || predicate.viaNoun() != null && !e.viaNouns().contains(predicate.viaNoun())) {
                continue;
            }
            return e;
        }
        return null;
    }

    /** Whether the last word of a term's surface (lower case) matches one of {@code patterns}. */
    private static boolean lastWordMatches(String surface, List<Pattern> patterns) {
        if (patterns.isEmpty() || surface == null) {
            return false;
        }
        String[] words = surface.toLowerCase(Locale.ROOT).split("[\\s\\-‐‑–]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return patterns.stream().anyMatch(p -> p.matcher(last).matches());
    }

    private boolean ofClass(Predicate predicate, Set<String> classes) {
        for (String c : classes) {
            for (Pattern p : verbClasses.get(c)) {
                for (String v : predicate.verbs()) {
                    if (p.matcher(v).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the words right after the object ({@code after}, lower case) end its noun phrase: a punctuation mark, a
     * function word, an adverb or the end. A hyphen or another word there makes the term a modifier of a longer phrase
     * ("tumour DNA", "lipid-bilayer particles", "microglial activation") or the subject of a clause of its own ("make
     * fibroblasts proliferate").
     */
    static boolean objectPhraseEnds(String after) {
        String a = after.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < a.length() && a.charAt(i) == ' ') {
            i++;
        }
        if (i == a.length()) {
            return true;
        }
        char c = a.charAt(i);
        if (i == 0 && "-‐‑–".indexOf(c) >= 0) {
            return false;
        }
        if (!Character.isLetterOrDigit(c)) {
            return true;
        }
        Matcher m = WORD.matcher(a).region(i, a.length());
        if (!m.lookingAt()) {
            return true;
        }
        String x = m.group();
        // "more neurons than hepatocytes": a comparison, not what the verb does to the term
        return !x.equals("than") && (STOP.contains(x) || adverb(x) || AUXILIARIES.contains(x) || COPULAS.contains(x));
    }

    /**
     * text[from, to) with each term of {@code mentions} inside it as one {@link #TERM}; {@code last} (the object) is
     * appended as a term.
     */
    static String zone(String text, int from, int to, List<Mention> mentions, boolean withObject) {
        StringBuilder b = new StringBuilder();
        int at = from;
        for (Mention m : mentions) {
            if (m.start() < at || m.end() > to) {
                continue;
            }
            b.append(text, at, m.start()).append(' ').append(TERM).append(' ');
            at = m.end();
        }
        b.append(text, at, to);
        if (withObject) {
            b.append(' ').append(TERM);
        }
        return b.toString();
    }

    private static List<String> strings(Map<?, ?> e, String key, String where) {
        Object v = e.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalStateException(where + ": '" + key + "' is not a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
