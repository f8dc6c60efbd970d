package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.syntax.DependencyParse;
import org.exokg.syntax.Token;

/**
 * Reads claims from a sentence's dependency tree rather than its word order ({@link ParseUse#ARGUMENTS}): every word
 * may be a predicate (a verb, a copula, an adjective after a copula, a noun with prepositional arguments); its
 * arguments are collected through the tree in slots (subject, passive-subject, object, attr, by, from, via, ..., and
 * one level down, "attr.for"), with coordinated arguments and appositions sharing their slot and the subjects of
 * relative clauses, participles, infinitives and coordinated verbs read from the words they depend on. A rule of
 * {@code argument-rules.yaml} (data, one entry per rule, with an id) says which trigger words and which pair of slots
 * (vesicle, term) state which relation; negation and hedging are read from the predicate's own chain of verbs with the
 * cue lists of {@link Cues}.
 */
final class ArgumentReader {

    static final String RESOURCE = "argument-rules.yaml";

    /** Slot names that are no prepositions. */
    private static final Set<String> CORE_SLOTS = Set.of("subject", "passive-subject", "object", "attr", "acomp", "compound");
    private static final Set<String> WH_WORDS = Set.of("that", "which", "who", "whom", "whose", "what");

    /**
     * One entry of the rule file.
     *
     * @param slots "vesicle-slot object-slot" pairs
     * @param view the rule as the claim builder sees it (id, relation, object types, cells only)
     */
    record ArgumentRule(String id, Relation relation, List<Pattern> triggers, Set<String> slots, ClaimRule view) {

        boolean triggeredBy(List<String> phrases) {
            for (Pattern p : triggers) {
                for (String phrase : phrases) {
                    if (p.matcher(phrase).matches()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A vesicle and a term linked by a rule through one predicate, with the cues read from that predicate. */
    record Link(Mention vesicle, Mention object, ArgumentRule rule, Token predicate, Cues.Match negation, Cues.Match hedge) {}

    private record Arg(String slot, Token token) {}

    private static volatile ArgumentReader defaults;

    private final List<ArgumentRule> rules;
    /** Nouns that measure a process or quantity of the term that modifies them ("reduced infarct size", "the growth of tumours"). */
    private final Set<String> measureNouns;

    private ArgumentReader(List<ArgumentRule> rules, Set<String> measureNouns) {
        this.rules = List.copyOf(rules);
        this.measureNouns = Set.copyOf(measureNouns);
    }

    /** The shipped rules, their trigger words completed from the shipped claim rules. */
    static ArgumentReader defaults() {
        ArgumentReader r = defaults;
        if (r == null) {
            r = RuleFile.read(RESOURCE, (in, name) -> parse(in, name, ClaimPatterns.defaults()));
            defaults = r;
        }
        return r;
    }

    List<ArgumentRule> rules() {
        return rules;
    }

    /** The keys an argument rule may have besides its id. */
    private static final Set<String> ARGUMENT_KEYS = Set.of("relation", "objects", "triggersOf", "triggers", "slots", "cellsOnly", "example");

    /**
     * Reads a rule file; an entry the reader cannot run with (missing key, unknown relation, object type, slot or
     * {@code triggersOf} id, bad regular expression, duplicate id) is refused with a message naming the entry.
     */
    static ArgumentReader parse(InputStream in, String name, ClaimPatterns surface) {
        Object loaded = RuleFile.yaml(in, name);
        if (!(loaded instanceof Map<?, ?> root) || !(root.get("arguments") instanceof List<?> entries)) {
            throw new IllegalStateException(name + ": no list 'arguments'");
        }
        Map<String, ClaimRule> surfaceRules = new LinkedHashMap<>();
        surface.rules().forEach(r -> surfaceRules.put(r.id(), r));
        Set<String> ids = new HashSet<>();
        List<ArgumentRule> rules = new ArrayList<>();
        for (RuleFile.Entry e : RuleFile.entries(entries, "arguments", name, ids, ARGUMENT_KEYS)) {
            Map<?, ?> entry = e.map();
            String id = e.id();
            String where = e.where();
            Relation relation = ClaimPatterns.relation(e.text("relation"), where);
            Set<MentionType> objects = new LinkedHashSet<>();
            for (Object t : list(entry, "objects", where, true)) {
                objects.add(ClaimPatterns.objectType(String.valueOf(t), where));
            }
            List<Pattern> triggers = new ArrayList<>();
            for (Object t : list(entry, "triggersOf", where, false)) {
                ClaimRule r = surfaceRules.get(String.valueOf(t));
                if (r == null || r.trigger() == null) {
                    throw new IllegalStateException(where + ": triggersOf names no claim rule with triggers: '" + t + "'");
                }
                triggers.add(r.trigger());
            }
            for (Object t : list(entry, "triggers", where, false)) {
                triggers.add(ClaimPatterns.compile(String.valueOf(t), where + ": trigger '" + t + "'"));
            }
            if (triggers.isEmpty()) {
                throw new IllegalStateException(where + ": needs 'triggers' or 'triggersOf'");
            }
            Set<String> slots = new LinkedHashSet<>();
            for (Object s : list(entry, "slots", where, true)) {
                String pair = String.valueOf(s).strip();
                String[] two = pair.split("\\s+");
                if (two.length != 2 || !validSlot(two[0]) || !validSlot(two[1])) {
                    throw new IllegalStateException(where + ": a slot pair must be 'vesicle-slot object-slot': '" + pair + "'");
                }
                slots.add(two[0] + " " + two[1]);
            }
            boolean cellsOnly = e.flag("cellsOnly");
            ClaimRule view = new ClaimRule(id, relation, Set.copyOf(objects), ClaimRule.Order.VESICLE_FIRST, triggers.get(0), null,
                    cellsOnly, false, false, null, null, false, null, null, false, Set.of(), Set.of(), Set.of(), null, null, null);
            rules.add(new ArgumentRule(id, relation, List.copyOf(triggers), Set.copyOf(slots), view));
        }
        Set<String> measures = new LinkedHashSet<>();
        if (root.get("measureNouns") != null) {
            if (!(root.get("measureNouns") instanceof List<?> nouns)) {
                throw new IllegalStateException(name + ": 'measureNouns' must be a list of words");
            }
            nouns.forEach(n -> measures.add(String.valueOf(n).toLowerCase(Locale.ROOT)));
        }
        return new ArgumentReader(rules, measures);
    }

    private static List<?> list(Map<?, ?> entry, String key, String where, boolean required) {
        Object v = entry.get(key);
        if (v == null && !required) {
            return List.of();
        }
        if (!(v instanceof List<?> l) || l.isEmpty()) {
            throw new IllegalStateException(where + ": '" + key + "' must be a non-empty list");
        }
        return l;
    }

    /** A core slot, a preposition, or either followed by ".preposition". */
    private static boolean validSlot(String slot) {
        String[] parts = slot.split("\\.");
        if (parts.length > 2) {
            return false;
        }
        for (String p : parts) {
            if (!CORE_SLOTS.contains(p) && !p.matches("[a-z]+")) {
                return false;
            }
        }
        return parts.length == 1 || !CORE_SLOTS.contains(parts[1]);
    }

    /**
     * The links the rules read in one parsed sentence between {@code vesicles} and {@code objects}.
     *
     * @param fits whether a rule may take a term as its object (type, cells only)
     */
    List<Link> links(DependencyParse parse, List<Mention> vesicles, List<Mention> objects, BiPredicate<ClaimRule, Mention> fits) {
        Map<Integer, List<Mention>> vesicleAt = headed(parse, vesicles);
        Map<Integer, List<Mention>> objectAt = headed(parse, objects);
        for (Mention o : objects) {
            // "reduced infarct size", "inhibited the growth of tumours": the measure noun stands for its term
            Token t = parse.headOf(o.start(), o.end());
            Token h = t == null ? null : parse.head(t);
            if (h != null && t.label().equals("pobj") && lower(h).equals("of")) {
                h = parse.head(h);
            } else if (t != null && !Set.of("compound", "nmod", "amod", "poss").contains(t.label())) {
                h = null;
            }
            if (h != null && h.isNoun() && measureNouns.contains(h.lemma().toLowerCase(Locale.ROOT)) && !objectAt.containsKey(h.index())) {
                objectAt.computeIfAbsent(h.index(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Link> found = new ArrayList<>();
        if (vesicleAt.isEmpty() || objectAt.isEmpty()) {
            return found;
        }
        for (Token predicate : parse.tokens()) {
            List<Arg> args = arguments(parse, predicate);
            for (Arg va : args) {
                for (Mention v : vesicleAt.getOrDefault(va.token().index(), List.of())) {
                    for (Arg oa : args) {
                        if (oa.token().index() == va.token().index() || oa.slot().equals(va.slot())) {
                            continue;
                        }
                        for (Mention o : objectAt.getOrDefault(oa.token().index(), List.of())) {
                            String pair = va.slot() + " " + oa.slot();
                            for (ArgumentRule rule : rules) {
                                if (rule.slots().contains(pair) && fits.test(rule.view(), o)
                                        && rule.triggeredBy(phrases(parse, predicate, va.slot(), oa.slot()))) {
                                    Cues.Match negation = negation(parse, predicate, oa);
                                    if (negation != null && oa.slot().equals("acomp")) {
                                        continue; // the adjective is the term ("not toxic"): the lexicon, not the tree, knows its polarity
                                    }
                                    found.add(new Link(v, o, rule, predicate, negation, hedge(parse, predicate, oa)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Mentions by the index of the word heading them. */
    private static Map<Integer, List<Mention>> headed(DependencyParse parse, List<Mention> mentions) {
        Map<Integer, List<Mention>> at = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Token t = parse.headOf(m.start(), m.end());
            if (t != null) {
                at.computeIfAbsent(t.index(), k -> new ArrayList<>()).add(m);
            }
        }
        return at;
    }

    // ---- arguments

    /** The arguments of a word taken as a predicate, coordinated arguments and appositions included. */
    private static List<Arg> arguments(DependencyParse parse, Token predicate) {
        List<Arg> direct = new ArrayList<>();
        boolean hasSubject = false;
        for (Token d : parse.dependents(predicate)) {
            String label = d.label();
            boolean wh = WH_WORDS.contains(lower(d));
            switch (label) {
                case "nsubj" -> {
                    hasSubject |= !wh;
                    if (!wh) {
                        direct.add(new Arg("subject", d));
                    }
                }
                case "nsubjpass" -> {
                    hasSubject |= !wh;
                    if (!wh) {
                        direct.add(new Arg("passive-subject", d));
                    }
                }
                case "dobj" -> {
                    if (!wh) {
                        direct.add(new Arg("object", d));
                    }
                }
                case "attr", "oprd" -> direct.add(new Arg("attr", d));
                case "acomp" -> direct.add(new Arg("acomp", d));
                case "compound", "nmod" -> {
                    if (predicate.isNoun()) {
                        direct.add(new Arg("compound", d));
                    }
                }
                case "agent" -> pobjs(parse, d).forEach(p -> direct.add(new Arg("by", p)));
                case "prep" -> pobjs(parse, d).forEach(p -> direct.add(new Arg(lower(d), p)));
                default -> {
                    // other dependents are no arguments
                }
            }
        }
        if (!hasSubject && predicate.isVerb() || predicate.pos().startsWith("JJ")) {
            Arg implicit = implicitSubject(parse, predicate, 0);
            if (implicit != null && !hasSubject) {
                direct.add(implicit);
            }
        }
        List<Arg> all = new ArrayList<>(direct);
        for (Arg a : direct) {
            if (a.slot().equals("attr") || a.slot().equals("object") || a.slot().equals("subject")) {
                for (Token d : parse.dependents(a.token(), "prep")) {
                    pobjs(parse, d).forEach(p -> all.add(new Arg(a.slot() + "." + lower(d), p)));
                }
            }
        }
        List<Arg> expanded = new ArrayList<>(all);
        for (Arg a : all) {
            for (Token c : coordinated(parse, a.token())) {
                expanded.add(new Arg(a.slot(), c));
            }
        }
        return expanded;
    }

    /** The objects of a preposition (or agent "by"). */
    private static List<Token> pobjs(DependencyParse parse, Token prep) {
        return parse.dependents(prep).stream().filter(t -> t.label().equals("pobj") || t.label().equals("pcomp")).toList();
    }

    /** Conjuncts and appositions of a word, transitively. */
    private static List<Token> coordinated(DependencyParse parse, Token t) {
        List<Token> found = new ArrayList<>();
        List<Token> todo = new ArrayList<>(List.of(t));
        while (!todo.isEmpty() && found.size() < 40) {
            Token x = todo.remove(todo.size() - 1);
            for (Token d : parse.dependents(x)) {
                if (d.label().equals("conj") || d.label().equals("appos")) {
                    found.add(d);
                    todo.add(d);
                }
            }
        }
        return found;
    }

    /**
     * The subject a predicate without its own takes from the words it depends on: the noun a relative clause or
     * participle modifies, the subject of the verb an infinitive, predicate adjective or coordinated verb depends on.
     */
    private static Arg implicitSubject(DependencyParse parse, Token predicate, int depth) {
        Token h = parse.head(predicate);
        if (h == null || depth > 4) {
            return null;
        }
        String label = predicate.label();
        boolean passive = !parse.dependents(predicate, "auxpass").isEmpty();
        if ((label.equals("relcl") || label.equals("acl")) && h.isNoun()) {
            for (Token d : parse.dependents(predicate)) {
                if (WH_WORDS.contains(lower(d))) {
                    switch (d.label()) {
                        case "nsubj" -> {
                            return new Arg("subject", h);
                        }
                        case "nsubjpass" -> {
                            return new Arg("passive-subject", h);
                        }
                        case "dobj" -> {
                            return new Arg("object", h);
                        }
                        default -> {
                            // a pronoun in another role: read below
                        }
                    }
                }
            }
            if (predicate.pos().equals("VBN") || passive) {
                return new Arg("passive-subject", h);
            }
            if (predicate.pos().equals("VBG") || label.equals("relcl")) {
                return new Arg("subject", h);
            }
            Token g = parse.head(h);
            if (g != null && (h.label().equals("dobj") || h.label().equals("attr")) && !parse.dependents(predicate, "aux").isEmpty()) {
                // "have the ability to cross": the infinitive's subject is the subject of the verb that has the noun
                Arg s = subjectOf(parse, g, depth + 1);
                return s == null ? null : new Arg("subject", s.token());
            }
            return null;
        }
        if (label.equals("xcomp") || label.equals("acomp") || label.equals("conj") && predicate.isVerb() && h.isVerb()) {
            Arg s = subjectOf(parse, h, depth + 1);
            if (s == null) {
                return null;
            }
            boolean passiveHere = passive || label.equals("conj") && predicate.pos().equals("VBN") && s.slot().equals("passive-subject")
                    && parse.dependents(predicate, "aux").isEmpty();
            return new Arg(passiveHere ? "passive-subject" : "subject", s.token());
        }
        return null;
    }

    /** A predicate's own subject, or the one it takes from the words it depends on. */
    private static Arg subjectOf(DependencyParse parse, Token predicate, int depth) {
        for (Token d : parse.dependents(predicate)) {
            if ((d.label().equals("nsubj") || d.label().equals("nsubjpass")) && !WH_WORDS.contains(lower(d))) {
                return new Arg(d.label().equals("nsubj") ? "subject" : "passive-subject", d);
            }
        }
        return implicitSubject(parse, predicate, depth);
    }

    // ---- triggers

    /**
     * What a trigger may match: the predicate's form or lemma, with its particle ("taken up"), with the preposition
     * of the object's or vesicle's slot ("derived from", "taken up by"), and for an attr slot the predicate noun with
     * its preposition ("vehicles for").
     */
    private static List<String> phrases(DependencyParse parse, Token predicate, String vesicleSlot, String objectSlot) {
        List<String> bases = new ArrayList<>(List.of(lower(predicate), predicate.lemma().toLowerCase(Locale.ROOT)));
        for (Token prt : parse.dependents(predicate, "prt")) {
            bases.add(lower(predicate) + " " + lower(prt));
        }
        List<String> phrases = new ArrayList<>(bases);
        for (String slot : List.of(objectSlot, vesicleSlot)) {
            String[] parts = slot.split("\\.");
            if (!CORE_SLOTS.contains(parts[0])) {
                for (String b : bases) {
                    phrases.add(b + " " + parts[0]);
                }
            }
            if (parts[0].equals("attr") || parts[0].equals("object") || parts[0].equals("acomp")) {
                for (Token a : parse.dependents(predicate)) {
                    if (a.label().equals("attr") || a.label().equals("oprd") || a.label().equals("dobj") || a.label().equals("acomp")) {
                        phrases.add(lower(a));
                        if (parts.length == 2) {
                            phrases.add(lower(a) + " " + parts[1]);
                        }
                    }
                }
            }
        }
        return phrases;
    }

    // ---- cues

    /**
     * The words that state whether the predicate holds: the predicate and the verbs it depends on as an infinitive or
     * predicate adjective ("failed to cross", "are not able to cross"), each with its auxiliaries, negation and
     * adverbs; a determiner "no" of the object ("contain no DNA").
     */
    private static Set<Token> polarityWords(DependencyParse parse, Token predicate, Arg object) {
        Set<Token> words = new LinkedHashSet<>();
        Token x = predicate;
        for (int i = 0; x != null && i < 5; i++) {
            words.add(x);
            for (Token d : parse.dependents(x)) {
                if (Set.of("aux", "auxpass", "neg", "advmod").contains(d.label())) {
                    words.add(d);
                }
            }
            x = x.label().equals("xcomp") || x.label().equals("acomp") ? parse.head(x) : null;
        }
        for (Token d : parse.dependents(object.token(), "det")) {
            if (lower(d).equals("no")) {
                words.add(d);
            }
        }
        return words;
    }

    private static Cues.Match negation(DependencyParse parse, Token predicate, Arg object) {
        return Cues.negationMatch(inOrder(polarityWords(parse, predicate, object)));
    }

    /**
     * Hedges: the polarity words, the verbs the predicate's clause is the complement of or coordinated with ("suggest
     * that ...", "are thought to", "may cross ... and deliver") with their auxiliaries, and the modifiers of a
     * predicate noun ("are promising carriers", "potential biomarkers").
     */
    private static Cues.Match hedge(DependencyParse parse, Token predicate, Arg object) {
        Set<Token> words = polarityWords(parse, predicate, object);
        Token x = predicate;
        for (int i = 0; x != null && i < 6; i++) {
            String label = x.label();
            Token h = parse.head(x);
            if (h == null || !(label.equals("xcomp") || label.equals("acomp") || label.equals("ccomp") || label.equals("conj"))) {
                break;
            }
            words.add(h);
            for (Token d : parse.dependents(h)) {
                if (Set.of("aux", "auxpass", "advmod").contains(d.label())) {
                    words.add(d);
                }
            }
            for (Token d : parse.dependents(x, "mark")) {
                words.add(d);
            }
            x = h;
        }
        for (Token a : parse.dependents(predicate)) {
            if (a.label().equals("attr") || a.label().equals("acomp") || a.index() == object.token().index()) {
                words.add(a);
                for (Token d : parse.dependents(a)) {
                    if (d.label().equals("amod") || d.label().equals("advmod")) {
                        words.add(d);
                    }
                }
            }
        }
        return Cues.hedgeMatch(inOrder(words));
    }

    private static String inOrder(Set<Token> words) {
        StringBuilder b = new StringBuilder();
        words.stream().sorted(Comparator.comparingInt(Token::index)).forEach(t -> b.append(b.isEmpty() ? "" : " ").append(t.form()));
        return b.toString();
    }

    private static String lower(Token t) {
        return t.form().toLowerCase(Locale.ROOT);
    }
}
