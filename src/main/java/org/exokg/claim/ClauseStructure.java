package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.syntax.DependencyParse;
import org.exokg.syntax.Token;

/**
 * What a sentence's dependency parse says about how a vesicle and a term are linked: where the surface rules
 * guess from word order, these read the tree (head noun of a predicate, the reach of a negation, conjuncts,
 * passive agents, what a "from" phrase attaches to). Each answer is a {@link Boolean} or a list; null (or empty)
 * means the parse cannot tell (a mention it did not tokenise the same way), and the surface rule decides.
 */
final class ClauseStructure {

    /** Kind words whose "of" object names the class: "a subclass of EVs". */
    private static final Set<String> KIND_WORDS = Set.of("type", "kind", "class", "subclass", "subtype", "sub-type", "form",
            "family", "category", "group", "population", "variety", "subset", "sort", "subgroup");
    /** Verbs of a copula-like predicate whose object or "as" phrase is the class. */
    private static final Set<String> CLASSIFYING_VERBS = Set.of("represent", "constitute", "classify", "regard", "consider",
            "describe", "define", "view", "see", "recognize", "recognise", "categorize", "categorise");
    /** Verbs whose passive agent is the vesicles' origin. */
    static final Set<String> ORIGIN_VERBS = Set.of("secrete", "release", "produce", "shed", "generate", "make", "synthesize",
            "synthesise", "excrete", "derive", "export", "emit");
    /** Verbs whose passive agent takes the vesicles up. */
    static final Set<String> UPTAKE_VERBS = Set.of("take", "internalize", "internalise", "engulf", "phagocytose", "endocytose",
            "capture");
    private static final Set<String> NEGATIVE_DETERMINERS = Set.of("no", "neither", "nor", "never", "not");
    /** Coordinators that contrast: "not X but Y" denies X only. */
    private static final Set<String> CONTRAST = Set.of("but", "yet", "rather");

    private final DependencyParse parse;

    ClauseStructure(DependencyParse parse) {
        this.parse = parse;
    }

    /** The word heading a mention, or null if the parse has none there. */
    Token head(Mention m) {
        return parse.headOf(m.start(), m.end());
    }

    // ---- head noun of a classification predicate

    /**
     * Is the class the head of the predicate ("are small vesicles", "a subclass of EVs", ", a type of vesicle,")
     * rather than a modifier ("tumour-derived", "lipid particles") or a verb's object ("carriers shuttling RNA")?
     */
    Boolean classIsHead(Mention cls) {
        Token t = head(cls);
        if (t == null) {
            return null;
        }
        for (int steps = 0; steps < 4 && t != null; steps++) {
            String label = t.label();
            if (label.equals("attr") || label.equals("appos") || label.equals("oprd") || label.equals("root")
                    || label.equals("acomp") && t.isNoun()) {
                return true;
            }
            Token h = parse.head(t);
            if (h == null) {
                return false;
            }
            if (label.equals("conj")) {
                t = h; // "are X and Y": each conjunct is a class
                continue;
            }
            if (label.equals("dobj") && CLASSIFYING_VERBS.contains(lemma(h))) {
                return true; // "represent a subset of ..."
            }
            if (label.equals("pobj")) {
                Token g = parse.head(h);
                String prep = lower(h);
                if (g != null && prep.equals("of") && KIND_WORDS.contains(lemma(g))) {
                    t = g; // "a subclass of EVs": the kind word's own place decides
                    continue;
                }
                if (g != null && prep.equals("as") && CLASSIFYING_VERBS.contains(lemma(g))) {
                    return true; // "are classified as ..."
                }
            }
            return false;
        }
        return false;
    }

    // ---- negation scope

    /**
     * Does the negation cue found in text[scopeStart, ...) deny the link between vesicle and object? Yes when the
     * word it negates lies on the tree path between them and no contrast ("not X but Y") separates it from the
     * object; null when the cue or the mentions cannot be placed in the parse.
     *
     * @param cueStart document offset of the cue's first character
     * @param cueEnd document offset after its last character
     */
    Boolean negationReaches(Mention vesicle, Mention object, int cueStart, int cueEnd) {
        Token v = head(vesicle);
        Token o = head(object);
        List<Token> cue = parse.within(cueStart, cueEnd);
        if (v == null || o == null || cue.isEmpty()) {
            return null;
        }
        // the word the cue denies: "not"/"never"/"n't" (neg) and "no"/"neither"/"nor" deny their head; a negative verb,
        // noun or preposition ("lacked", "absence of", "without", "failed to") denies itself; "did not": the neg decides
        Token negated = null;
        Token determiner = null;
        for (Token t : cue) {
            if (t.label().equals("neg") || NEGATIVE_DETERMINERS.contains(lower(t))) {
                negated = parse.head(t);
                determiner = SUBJECT_QUANTIFIERS.contains(lower(t)) ? t : null;
                break;
            }
        }
        if (determiner != null && negated != null && quantifiesVesicle(negated, v)) {
            // (branch parser2) "neither the tumour exosomes nor NK-Exos were toxic", "no exosomes crossed": the cue
            // quantifies the subject itself, so the whole clause is denied of it
            return true;
        }
        if (negated == null) {
            Token first = parse.headOf(cueStart, cueEnd);
            negated = first == null || first.label().equals("aux") ? null : first;
        }
        if (negated == null) {
            return null;
        }
        if (negated.pos().startsWith("RB") && negated.label().equals("advmod") && adjacentToHead(negated)) {
            // "no longer suppressed", "not yet approved": the adverb is part of the negation of its verb; a parenthetical
            // ", not redundantly," stands apart from its verb and negates the adverb only
            negated = parse.head(negated);
        }
        Token top = parse.commonAncestor(v, o);
        if (top == null) {
            return null;
        }
        // on the object's side: from the object up to the common ancestor, no contrast conjunct on the way
        Token x = o;
        while (x != null) {
            if (x.index() == negated.index()) {
                return true;
            }
            if (x.index() == top.index()) {
                break;
            }
            Token h = parse.head(x);
            if (x.label().equals("conj") && h != null && contrastBetween(h, x)) {
                return false; // "not after whole vesicles but after the RNA": the RNA is not denied
            }
            x = h;
        }
        // on the vesicle's side (the subject's own verb: "exosomes that did not ..."), up to the common ancestor
        for (Token y = v; y != null && y.index() != top.index(); y = parse.head(y)) {
            if (y.index() == negated.index()) {
                return y.index() != v.index();
            }
        }
        return false;
    }

    /** Negative words that quantify a noun: "no exosomes", "neither X nor Y". */
    private static final Set<String> SUBJECT_QUANTIFIERS = Set.of("no", "neither", "nor");
    private static final Set<String> PREMODIFIERS = Set.of("amod", "compound", "nmod", "det");

    /**
     * Is the word a negative quantifier attaches to the vesicle itself, a conjunct of it ("neither X nor Y": the cue
     * hangs on the first conjunct), or a premodifier of one of these ("neither the targeted nor the untargeted
     * exosomes")?
     */
    private boolean quantifiesVesicle(Token negated, Token v) {
        Token vr = conjunctRoot(v);
        if (conjunctRoot(negated).index() == vr.index()) {
            return true;
        }
        Token h = parse.head(negated);
        return h != null && (h.index() == v.index() || h.index() == vr.index())
                && PREMODIFIERS.contains(negated.label());
    }

    private Token conjunctRoot(Token t) {
        Token r = t;
        while (r.label().equals("conj") && parse.head(r) != null) {
            r = parse.head(r);
        }
        return r;
    }

    /** No punctuation or other word but adverbs between a word and its head. */
    private boolean adjacentToHead(Token t) {
        Token h = parse.head(t);
        if (h == null) {
            return false;
        }
        for (int i = Math.min(t.index(), h.index()) + 1; i < Math.max(t.index(), h.index()); i++) {
            Token between = parse.token(i);
            if (!between.pos().startsWith("RB") && !between.pos().equals("MD") && !between.label().equals("aux")
                    && !between.label().equals("auxpass")) {
                return false;
            }
        }
        return true;
    }

    /** A contrasting coordinator ("but") between a conjunct and its head. */
    private boolean contrastBetween(Token first, Token conjunct) {
        for (Token d : parse.dependents(first)) {
            if (d.label().equals("cc") && CONTRAST.contains(lower(d)) && d.index() < conjunct.index()) {
                return true;
            }
        }
        return false;
    }

    // ---- coordination

    /** Vesicle mentions coordinated with {@code v} by conj (either way, transitively), {@code v} excluded. */
    List<Mention> conjuncts(Mention v, List<Mention> vesicles) {
        Token t = head(v);
        List<Mention> found = new ArrayList<>();
        if (t == null) {
            return found;
        }
        Token root = t;
        while (root.label().equals("conj") && parse.head(root) != null) {
            root = parse.head(root);
        }
        for (Mention other : vesicles) {
            if (other == v || other.start() == v.start()) {
                continue;
            }
            Token u = head(other);
            if (u == null || u.index() == t.index()) {
                continue;
            }
            Token r = u;
            while (r.label().equals("conj") && parse.head(r) != null) {
                r = parse.head(r);
            }
            if (r.index() == root.index() && (u.label().equals("conj") || t.label().equals("conj"))) {
                found.add(other);
            }
        }
        return found;
    }

    // ---- passive agents

    /**
     * The verb of which {@code object} is the passive agent ("by microglia") and {@code vesicle} the subject or the
     * noun it modifies ("exosomes secreted by ..."), if its lemma is one of {@code verbs}; else null.
     */
    Token passiveAgentVerb(Mention vesicle, Mention object, Set<String> verbs) {
        Token v = head(vesicle);
        Token o = head(object);
        if (v == null || o == null) {
            return null;
        }
        while (o.label().equals("conj") && parse.head(o) != null) {
            o = parse.head(o); // "by microglia and astrocytes"
        }
        Token by = parse.head(o);
        if (by == null || !o.label().equals("pobj") || !by.label().equals("agent")) {
            return null;
        }
        Token verb = parse.head(by);
        if (verb == null || !verbs.contains(lemma(verb))) {
            return null;
        }
        // the vesicle is the verb's passive subject (also of a conjoined verb: "are isolated and secreted by"), or the
        // verb modifies the vesicle ("exosomes secreted by")
        for (Token x = verb; x != null; x = x.label().equals("conj") || x.label().equals("xcomp") ? parse.head(x) : null) {
            for (Token d : parse.dependents(x)) {
                if ((d.label().equals("nsubjpass") || d.label().equals("nsubj")) && sameOrConjunct(d, v)) {
                    return verb;
                }
            }
            if ((x.label().equals("acl") || x.label().equals("relcl")) && sameOrConjunct(parse.head(x), v)) {
                return verb;
            }
        }
        return null;
    }

    private boolean sameOrConjunct(Token a, Token v) {
        if (a == null) {
            return false;
        }
        if (a.index() == v.index()) {
            return true;
        }
        for (Token x = v; x.label().equals("conj") && parse.head(x) != null; x = parse.head(x)) {
            if (parse.head(x).index() == a.index()) {
                return true;
            }
        }
        return false;
    }

    // ---- veto (branch parser2): the clause is said of another noun than the vesicle

    /** Words that set a noun apart as the one compared with: "unlike EVs", "than exosomes", "compared with EVs". */
    private static final Set<String> COMPARISON = Set.of("unlike", "than", "versus", "vs", "vs.", "compare", "compared",
            "contrast", "opposed");
    /** Words that make the vesicle an example of the noun above it: "nanovesicles such as BNV-7", "EVs, including exosomes". */
    private static final Set<String> EXAMPLE = Set.of("as", "like", "including", "include", "e.g.", "especially", "notably");
    private static final Set<String> SUBJECT_LABELS = Set.of("nsubj", "nsubjpass", "csubj", "csubjpass");
    /** Links that keep a word the same noun as its head: conjuncts, appositions, abbreviations in brackets. */
    private static final Set<String> SAME_NOUN = Set.of("conj", "appos", "dep", "cc", "preconj", "punct", "parataxis");
    /**
     * Terms that are things of their own: a subject headed by one of them is another noun than the vesicle inside it.
     * Cargo, uses, challenges, properties and techniques are aspects of the vesicle ("exosomal miR-21 could serve as a
     * marker", "exosome vaccines are considered safer", "isolation of exosomes remains difficult"): the gold gives such
     * statements to the vesicle, so they are never vetoed.
     */
    private static final Set<MentionType> OTHER_THINGS = java.util.EnumSet.of(MentionType.SOURCE, MentionType.VESICLE,
            MentionType.MATERIAL_ENTITY, MentionType.DISEASE, MentionType.BARRIER);

    /**
     * Why the tree says that what links {@code vesicle} and {@code object} is said of another noun, or null when the
     * vesicle may be the subject (or the parse cannot tell). Three shapes, read between the two words and the lowest
     * word that governs both:
     * <ul>
     * <li>{@code compared}: on the vesicle's way up lies a comparison ("unlike", "than", "versus", "compared with");
     * <li>{@code inside-subject:<type>}: the vesicle sits in a phrase (prepositional, participle, modifier) of another
     * thing that heads the clause's subject: a cell or source, another kind of vesicle, a material, a disease
     * ("fibroblasts incubated with EVs", "hybrid vesicles obtained by fusing EVs with liposomes");
     * <li>{@code object-of:<type>}: the vesicle is the direct object of a verb whose subject is another thing, and the
     * object term belongs to a further verb that has no subject of its own, so shares that one ("tumour cells release
     * exosomes and evade immune surveillance").
     * </ul>
     * The subject must be a noun: a participle the parse takes for a clausal subject ("Circulating tumour exosomes
     * might serve as ...": "Circulating" as csubj) is no other noun.
     * Nothing is vetoed when one of the two words governs the other ("exosomes secreted by macrophages",
     * "macrophages treated with exosomes" for the macrophages themselves), nor when the vesicle is a conjunct or
     * apposition of the subject ("both exosomes and ectosomes", "EVs (MSC-EVs)") or an example of it ("such as").
     */
    String otherSubject(Mention vesicle, Mention object, List<Mention> mentions) {
        Token v = head(vesicle);
        Token o = head(object);
        if (v == null || o == null || v.index() == o.index()) {
            return null;
        }
        Token top = parse.commonAncestor(v, o);
        if (top == null || top.index() == v.index() || top.index() == o.index()) {
            return null;
        }
        List<Token> path = upTo(v, top);
        for (Token x : path.subList(1, path.size())) {
            if (COMPARISON.contains(lower(x)) || COMPARISON.contains(lemma(x))) {
                return "compared";
            }
        }
        for (Token x : path.subList(1, path.size())) {
            if (EXAMPLE.contains(lower(x)) && (x.label().equals("prep") || x.label().equals("advmod") || x.isVerb())) {
                return null; // "nanovesicles such as BNV-7": the vesicle is one of the subject's kind
            }
        }
        Token vTop = path.get(path.size() - 1);
        boolean ownPhrase = path.subList(0, path.size() - 1).stream().allMatch(x -> SAME_NOUN.contains(x.label()));
        if (vTop.index() != v.index() && !ownPhrase && vTop.isNoun() && SUBJECT_LABELS.contains(vTop.label())) {
            Mention other = termHeadedBy(vTop, vesicle, object, mentions);
            if (other != null) {
                return "inside-subject:" + kind(other);
            }
        }
        if (vTop.label().equals("dobj") && sameOrConjunct(vTop, v) && objectSharesTheSubject(o, top)) {
            for (Token d : parse.dependents(top)) {
                if (SUBJECT_LABELS.contains(d.label()) && d.isNoun() && !parse.dominates(d, o)) {
                    Mention other = termHeadedBy(d, vesicle, object, mentions);
                    if (other != null) {
                        return "object-of:" + kind(other);
                    }
                }
            }
        }
        return null;
    }

    /** The words from {@code t} up to the child of {@code top} on its way, {@code t} first. */
    private List<Token> upTo(Token t, Token top) {
        List<Token> path = new ArrayList<>();
        for (Token x = t; x != null && x.index() != top.index() && path.size() <= parse.tokens().size(); x = parse.head(x)) {
            path.add(x);
        }
        return path;
    }

    /**
     * The object term belongs to a verb below {@code top} ("... and evade immune surveillance") that has no subject of
     * its own; false when it hangs on {@code top} itself ("release EVs into body fluids": the verb relates both) or
     * its clause names its own subject ("..., and these vesicles carry DNA", "where they carry").
     */
    private boolean objectSharesTheSubject(Token o, Token top) {
        boolean verb = false;
        for (Token x : upTo(o, top)) {
            if (x.isVerb()) {
                verb = true;
                for (Token d : parse.dependents(x)) {
                    if (SUBJECT_LABELS.contains(d.label()) || d.label().equals("expl")) {
                        return false;
                    }
                }
            }
        }
        return verb;
    }

    private static String kind(Mention m) {
        return m.term().types().stream().filter(OTHER_THINGS::contains).map(Enum::name).sorted().findFirst().orElse("TERM");
    }

    /** A thing (a term of {@link #OTHER_THINGS}) apart from the vesicle and the object whose head word is {@code t}. */
    private Mention termHeadedBy(Token t, Mention vesicle, Mention object, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m == vesicle || m == object || m.start() < vesicle.end() && m.end() > vesicle.start()
                    || m.term().types().stream().noneMatch(OTHER_THINGS::contains)) {
                continue;
            }
            Token h = head(m);
            if (h != null && h.index() == t.index()) {
                return m;
            }
        }
        return null;
    }

    // ---- clause check (branch parseveto, twenty-eighth session, ParseUse.CLAUSE_VETO)

    private static final Set<String> OWN_SUBJECT = Set.of("nsubj", "nsubjpass", "csubj", "csubjpass", "expl");
    private static final Set<String> AUXILIARY = Set.of("aux", "auxpass", "cop", "neg");
    /** Links by which a verb or participle modifies the noun above it ("EVs carrying ...", "tumour-derived EVs"). */
    private static final Set<String> MODIFIES_NOUN = Set.of("relcl", "rcmod", "acl", "partmod", "infmod", "amod");

    /**
     * (branch parseveto) Why the tree says the surface claim's vesicle or object is not in the clause of its relation
     * verb (the verb word of the trigger text[triggerStart, triggerEnd)), or null when both are, or the parse cannot
     * tell. A word is in the verb's clause when the verb governs it without passing through another verb that has a
     * subject of its own (a clause of its own). The vesicle may also be the clause's subject given from outside: the
     * noun a relative or participle clause modifies, the subject shared by a coordinated, infinitive or adverbial verb,
     * or a word inside or conjoined with that subject. Reasons:
     * <ul>
     * <li>{@code object-outside}: the object is not in the verb's clause ("exosomes carry proteins which bind
     * receptors that activate macrophages": "activate"'s object for a verb higher up);
     * <li>{@code vesicle-outside:subject} the verb's clause has a noun subject of its own that is not the vesicle nor
     * holds it ("Exosomes were isolated, and the cells expressed CD63");
     * <li>{@code vesicle-outside:modifies} the verb's clause modifies another noun than the vesicle ("exosomes from
     * tumour cells that express PD-L1").
     * </ul>
     * Only verb triggers are checked; a subject that is a pronoun or determiner ("they", "these") is left to the
     * surface reading.
     */
    String clauseMismatch(int triggerStart, int triggerEnd, Mention vesicle, Mention object, List<Mention> mentions) {
        if (triggerStart < 0 || triggerEnd <= triggerStart) {
            return null;
        }
        Token v = head(vesicle);
        Token o = head(object);
        Token p = parse.headOf(triggerStart, triggerEnd);
        if (v == null || o == null || p == null || v.index() == o.index()) {
            return null;
        }
        if (AUXILIARY.contains(p.label()) && parse.head(p) != null) {
            p = parse.head(p);
        }
        if (!p.isVerb() || p.index() == v.index() || p.index() == o.index()) {
            return null;
        }
        // the clause's subject: its own, else the noun its clause modifies, else the one it shares with the verb above
        Token subject = null;
        String how = null;
        Token q = p;
        for (int steps = 0; q != null && subject == null && steps < 5; steps++) {
            for (Token d : parse.dependents(q)) {
                if (OWN_SUBJECT.contains(d.label())) {
                    subject = d;
                    how = "subject";
                    break;
                }
            }
            if (subject != null) {
                if (RELATIVE_PRONOUNS.contains(lower(subject)) && MODIFIES_NOUN.contains(q.label())) {
                    subject = parse.head(q);
                    how = "modifies";
                }
                break;
            }
            if (MODIFIES_NOUN.contains(q.label())) {
                subject = parse.head(q);
                how = "modifies";
                break;
            }
            if (!SHARED_SUBJECT.contains(q.label())) {
                break;
            }
            q = parse.head(q);
            if (q != null && !q.isVerb() && !q.pos().startsWith("JJ")) {
                break;
            }
        }
        if (!inClause(p, o) && !(subject != null && related(subject, o))) {
            return "object-outside";
        }
        if (inClause(p, v) || subject == null || related(subject, v)) {
            return null;
        }
        if (!subject.pos().startsWith("NN")) {
            return null; // a pronoun, determiner or clause: the parse cannot say whose clause it is
        }
        if (parse.dominates(v, subject)) {
            return null; // "exosomes from HEK293 cells that display CD47": the gold reads the source's clause as the vesicle's
        }
        if (standsForTheVesicle(subject, v, mentions)) {
            return null;
        }
        return "vesicle-outside:" + how;
    }

    /**
     * The clause's subject may be the vesicle under another name: a vesicle term or an anaphor ("these vesicles",
     * "their vesicles", "such preparations"), or the predicate noun or apposition of a copula whose subject holds the
     * vesicle ("Exosomes are nanoparticles that deliver ...").
     */
    private boolean standsForTheVesicle(Token subject, Token v, List<Mention> mentions) {
        for (Mention m : mentions) {
            Token h = head(m);
            if (h != null && h.index() == subject.index() && m.term().types().contains(MentionType.VESICLE)) {
                return true;
            }
        }
        for (Token d : parse.dependents(subject)) {
            if (ANAPHOR_DETERMINERS.contains(lower(d))) {
                return true;
            }
        }
        Token up = subject;
        for (int steps = 0; up != null && steps < 4 && (SAME_NOUN.contains(up.label()) || up.label().equals("attr")
                || up.label().equals("dobj") && parse.head(up) != null && lemma(parse.head(up)).equals("be")); steps++) {
            up = parse.head(up);
            if (up != null && up.isVerb()) {
                for (Token d : parse.dependents(up)) {
                    if (OWN_SUBJECT.contains(d.label()) && related(d, v)) {
                        return true;
                    }
                }
            } else if (up != null && related(up, v)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ANAPHOR_DETERMINERS = Set.of("these", "those", "this", "their", "its", "such");

    /** {@code x} hangs on {@code p} without passing through another verb that has a subject of its own. */
    private boolean inClause(Token p, Token x) {
        if (!parse.dominates(p, x)) {
            return false;
        }
        for (Token w = parse.head(x); w != null && w.index() != p.index(); w = parse.head(w)) {
            if (w.isVerb() && parse.dependents(w).stream().anyMatch(d -> OWN_SUBJECT.contains(d.label()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code x} is the subject {@code s}, lies inside its phrase, or heads it through a conjunct or apposition. */
    private boolean related(Token s, Token x) {
        if (parse.dominates(s, x)) {
            return true;
        }
        for (Token w = s; w != null && SAME_NOUN.contains(w.label()); w = parse.head(w)) {
            Token h = parse.head(w);
            if (h != null && h.index() == x.index()) {
                return true;
            }
        }
        return false;
    }

    // ---- the grammatical subject (branch parser2, twenty-second session, ParseUse.SUBJECT)

    /** Relative pronouns: a relative clause whose subject is one of them is said of the noun it modifies. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom");
    private static final Set<String> SUBJECT_OF_CLAUSE = Set.of("nsubj", "nsubjpass");

    /** A noun, pronoun or demonstrative ("those from M1 macrophages", tagged DT): a subject that may be a vesicle. */
    private static boolean nounLike(Token t) {
        return t.isNoun() || t.pos().equals("DT") || t.pos().equals("WDT");
    }

    /** Links by which a verb without a subject of its own shares the subject of the word it hangs on. */
    private static final Set<String> SHARED_SUBJECT = Set.of("conj", "xcomp", "advcl");
    /** Links by which a verb modifies a noun: the noun is what the clause is said of. */
    private static final Set<String> NOUN_CLAUSE = Set.of("relcl", "rcmod", "acl", "partmod", "infmod");

    /**
     * The vesicle mention (a named vesicle or a resolved anaphor, one of {@code vesicles}) that is the grammatical
     * subject of the predicate linking to {@code object}: the predicate is the verb (or copula) above the trigger
     * (text[triggerStart, triggerEnd), or the object when there is no trigger word) that governs the object; its
     * subject is its nsubj / nsubjpass, else the subject of the verb it is coordinated with or depends on as an
     * infinitive or participle clause ("are able to cross", "cross ... and deliver"), or the noun a relative or
     * participle clause modifies ("EVs, which carry ...", "vesicles carrying ..."); from that noun its appositions and
     * conjuncts are tried too ("our preparation, MSC-EVs, ...", "the cells and their exosomes ..."). Null when the
     * parse cannot place the words, the subject is no vesicle, the surface vesicle {@code surface} is the subject or one
     * of its conjuncts, or the object lies in the surface vesicle's own phrase (the surface reading then stands).
     */
    Mention subjectVesicle(int triggerStart, int triggerEnd, Mention object, Mention surface, List<Mention> vesicles) {
        Token o = head(object);
        if (o == null) {
            return null;
        }
        Token s = surface == null ? null : head(surface);
        if (s != null && parse.dominates(s, o)) {
            return null; // the object is in the surface vesicle's own phrase ("small EVs of NK cells", "those from DCs")
        }
        if (s != null && SUBJECT_OF_CLAUSE.contains(s.label()) && parse.head(s) != null && parse.dominates(parse.head(s), o)) {
            return null; // the surface vesicle is the subject of a clause holding the object ("..., and those of X are ...")
        }
        Token p = triggerStart >= 0 && triggerEnd > triggerStart ? parse.headOf(triggerStart, triggerEnd) : o;
        if (p == null) {
            return null;
        }
        for (int steps = 0; p != null && !p.isVerb() && steps < 6; steps++) {
            p = parse.head(p);
        }
        if (p == null || !p.isVerb() || !parse.dominates(p, o)) {
            return null;
        }
        Token subject = null;
        for (int steps = 0; p != null && subject == null && steps < 5; steps++) {
            for (Token d : parse.dependents(p)) {
                if (SUBJECT_OF_CLAUSE.contains(d.label()) && nounLike(d)) {
                    subject = d;
                    break;
                }
            }
            if (subject != null) {
                if (RELATIVE_PRONOUNS.contains(lower(subject)) && NOUN_CLAUSE.contains(p.label())) {
                    subject = parse.head(p); // "EVs, which carry ...": the noun the clause modifies
                }
                break;
            }
            if (NOUN_CLAUSE.contains(p.label())) {
                subject = parse.head(p); // "vesicles carrying miR-21", "EVs that cross ..."
                break;
            }
            if (!SHARED_SUBJECT.contains(p.label())) {
                return null;
            }
            p = parse.head(p);
            if (p != null && !p.isVerb() && !p.pos().startsWith("JJ")) {
                return null; // a conjunct of a noun or a clause of something else
            }
        }
        if (subject == null || !nounLike(subject)) {
            return null;
        }
        List<Token> tried = new ArrayList<>();
        tried.add(subject);
        for (int k = 0; k < tried.size() && k < 12; k++) {
            // the subject's appositions and conjuncts, and theirs ("X, Y and Z")
            for (Token d : parse.dependents(tried.get(k))) {
                if ((d.label().equals("appos") || d.label().equals("conj")) && tried.stream().noneMatch(t -> t.index() == d.index())) {
                    tried.add(d);
                }
            }
        }
        if (s != null && tried.stream().anyMatch(t -> t.index() == s.index())) {
            return null; // the surface vesicle is the subject or one of its conjuncts: it stands
        }
        for (Token t : tried) {
            for (Mention m : vesicles) {
                Token h = head(m);
                if (h != null && h.index() == t.index()) {
                    return m;
                }
            }
        }
        return null;
    }

    // ---- prepositional attachment

    /**
     * Does the "from" (or other preposition) at {@code prepStart} attach to the vesicle, or to a verb or noun that
     * governs it, rather than to another noun ("loaded with drugs from plants")? Null if the parse has no such word.
     */
    Boolean attachesToVesicle(Mention vesicle, int prepStart) {
        Token v = head(vesicle);
        Token prep = null;
        for (Token t : parse.tokens()) {
            if (t.start() == prepStart) {
                prep = t;
            }
        }
        if (v == null || prep == null || !prep.label().equals("prep")) {
            return null;
        }
        Token h = parse.head(prep);
        if (h == null || h.index() == v.index() || h.isVerb()) {
            return true;
        }
        for (Token d : parse.dependents(h)) {
            if (d.label().equals("poss") && (lower(d).equals("their") || lower(d).equals("its"))) {
                return true; // "their yield from cultured cells": the possessive stands for the vesicles
            }
        }
        Token vh = parse.head(v);
        if (vh != null && vh.index() == h.index() || parse.head(h) != null && parse.head(h).index() == v.index()) {
            return true; // "EV release from cells", "vesicles, isolates from ..."
        }
        // a noun inside the vesicle's own phrase ("exosome preparations from milk")
        return h.start() >= vesicle.start() && h.end() <= vesicle.end() ? Boolean.TRUE : Boolean.FALSE;
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }

    private static String lower(Token t) {
        return t.form().toLowerCase(Locale.ROOT);
    }

}
