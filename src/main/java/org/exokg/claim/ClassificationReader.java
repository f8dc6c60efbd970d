package org.exokg.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Classification claims ({@link Relation#IS_KIND_OF}): what a sentence says a vesicle <em>is</em>. Only
 * three sentence shapes state a kind, and only when the words between vesicle and class are
 * grammatical glue (articles, "a type/kind/subclass of", up to three modifiers):
 *
 * <ul>
 *   <li>copula: "exosomes are (not) (a type of) small extracellular vesicles", "may be a kind of liposome",
 *       also after a relative clause ("Exosomes, which are secreted by most cells, are ...");</li>
 *   <li>apposition: "exosomes, a subclass of extracellular vesicles (EVs) that ...";</li>
 *   <li>naming: "extracellular vesicles known as exosomes".</li>
 * </ul>
 * Predicates that are not a noun phrase of a material class ("are present in", "are released by", "are
 * promising carriers") do not match: a preposition, participle or verb between them breaks the glue, and
 * property, application, disease and challenge terms are never kinds.
 */
final class ClassificationReader {

    /** The branches whose terms are kinds of material thing a vesicle could be said to be. */
    private static final Set<MentionType> KIND_TYPES = EnumSet.of(MentionType.VESICLE, MentionType.SOURCE, MentionType.CARGO,
            MentionType.MATERIAL_ENTITY, MentionType.BARRIER);

    private static final String MODIFIERS = "(?:(?!(?:" + String.join("|",
            "in", "on", "at", "by", "from", "to", "for", "with", "of", "as", "into", "onto", "through", "across", "within", "via",
            "toward", "towards", "during", "after", "upon", "under", "between", "among",
            // a determiner after the modifiers opens a verb's object: "that were not engineered cross the BBB"
            "the", "a", "an", "this", "these", "those", "their", "its", "that", "which", "who", "whose", "than", "and", "or",
            "but", "not", "be", "been", "being", "is", "are", "was", "were", "can", "may", "might", "could", "also", "then", "such",
            "present", "found", "able", "capable", "used", "known", "shown", "promising", "potential", "important",
            // a comparison or an example is no category: "Liposomes, like exosomes, ..."
            "like", "unlike", "including", "except", "besides", "versus", "vs")
            + ")\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}\\-‐–]*\\s+){0,3}";
    /**
     * Switch (issue 15, branch kindof36): -Dexokg.kindPrepositions=true reads no kind where a preposition of place the
     * modifiers' list leaves out ("inside", "outside", "around", ...) stands among the last words before the class: "the
     * vesicles were inside microglia", "one type of extracellular vesicle, formed inside multivesicular bodies" (a modifier
     * read as the category). Off by default; read once (tests set the field).
     */
    static boolean KIND_PREPOSITIONS = Boolean.getBoolean("exokg.kindPrepositions");
    private static final Pattern PREPOSITION_BEFORE_CLASS = Pattern.compile("(?:\\A|[\\s,])(?:inside|outside|around|near|beside|beyond|"
            + "throughout|alongside|along|against|without|behind|over|below|above|beneath|amid|amongst)\\s+"
            + "(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}\\z");
    /** The words of kind-words.yaml (interjections, classifying verbs, connectors of a second category). */
    private static final KindWords WORDS = KindWords.defaults();
    /** A parenthetical set off by commas: "Exomeres, by contrast, are", "are, strictly, small EVs". */
    private static final String INTERJECTION = "(?:\\s*,\\s*" + WORDS.interjections() + "\\s*,)?";
    private static final String KIND_OF = "(?:(?:a|an|the|one)\\s+)?(?:(?:specific|particular|special|distinct|new|unique|heterogeneous)\\s+)?"
            // "an unusually large class of", "a third kind of": words before the class noun qualify the class
            + "(?:(?:(?!not\\b)[\\p{L}\\-]+\\s+){0,2}(?:type|kind|class|subclass|subtype|sub-type|form|family|category|group|population"
            + "|variety|subset|sort|subgroup)s?\\s+of\\s+)?"
            + "(?:(?:a|an|the)\\s+)?";
    /** Optional material between the vesicle and its verb: "(EVs)", ", which are secreted by most cells,". */
    private static final String SUBJECT_TAIL = "(?:\\s*\\([^()]{1,40}\\))?"
            // ", also called ectosomes,": another name of the subject, set off by commas
            + "(?:\\s*,\\s*(?:(?:also|often|sometimes)\\s+)?(?:which|that|whose|as|like|\\p{L}+(?:ed|en)|" + WORDS.irregularParticiples()
            + ")\\b[^,;]{1,100},)?" + INTERJECTION;
    private static final String COPULA = "(?:(?:(?:that|which)\\s+)?(?:(?:also|thus|therefore|generally|typically|usually|now|often|"
            + "formerly|still|mostly)\\s+)?"
            + "(?:are|is|were|was|(?:may|might|could|can|would|should|must|will|to)\\s+(?:not\\s+)?be|aren't|isn't|represent\\w*"
            + "|constitut\\w*|(?:are|is|were|was|be|been|being)\\s+(?:\\w+\\s+)?(?:classified|regarded|considered|described|defined"
            + "|viewed|seen|recogni[sz]ed|categori[sz]ed)\\s+as|(?:are|is|were|was)\\s+(?:\\w+\\s+)?(?:thought|believed|considered"
            + "|known|shown)\\s+to\\s+be)|" + WORDS.classifyingVerbs() + ")" + INTERJECTION;
    // ", which are": a non-restrictive relative clause states the kind of the vesicles before it
    private static final Pattern COPULA_GAP = Pattern.compile("\\A" + SUBJECT_TAIL + "\\s*(?:,\\s*(?=(?:which|that)\\b))?" + COPULA
            + "\\s+(?:(?:not|never)\\s+)?(?:(?:merely|only|just|simply|actually|in fact|indeed)\\s+)?" + KIND_OF + MODIFIERS + "\\z");
    // compiled once (they ran per candidate pair)
    private static final Pattern SUBJECT_TAIL_AT_START = Pattern.compile("\\A" + SUBJECT_TAIL);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\bbut\\b|\\bwhereas\\b|\\bhowever\\b");
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\A(?:\\s*\\([^()]{1,40}\\))?\\s*,\\s*" + KIND_OF + MODIFIERS + "\\z");
    /** (branch subjectclass) A likeness word right before a vesicle: "like exosomes", "unlike mammalian EVs". */
    private static final Pattern LIKENESS_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\-‐–])(?:un)?like\\s+(?:[\\p{L}\\-‐–]+\\s+)?\\z");
    /** An apposition is followed by its end, a relative clause or a participle, never by another list item. */
    private static final Pattern APPOSITION_END = Pattern.compile(
            "\\A(?:\\s*\\([^()]{1,40}\\))?\\s*(?:,(?!\\s*(?:and|or)\\b)|\\z|[.;:]|(?:that|which|who|whose)\\b|\\p{L}+(?:ed|en)\\b)");
    private static final Pattern LIST_CONTINUES = Pattern.compile("\\A(?:\\s*\\([^()]{1,40}\\))?\\s*,?\\s*(?:and|or|as well as)\\b");
    /**
     * The class must be the head noun of the predicate: after it the noun phrase ends (punctuation, an
     * abbreviation in brackets, a function word, a participle or adverb). A hyphen or another noun after it makes
     * it a modifier: "tumour-derived membranous structures", "lipid particles shed by cells", "liposome-like".
     */
    private static final Pattern HEAD_ENDS = Pattern.compile("\\A(?:\\s*\\([^()]{1,40}\\))?(?:\\s*\\z|\\s*[.,;:)\\[\\]—–]|\\s+(?:"
            + "that|which|who|whose|with|without|of|in|on|at|from|by|for|to|into|within|and|or|but|as|than|such|like|rather|via"
            + "|is|are|was|were|can|may|might|could|will|would|do|does|did|have|has|had"
            + "|\\p{L}+(?:ed|en|ing|ly)|" + WORDS.predicateEnds() + "|" + WORDS.irregularParticiples() + ")\\b)");
    /**
     * A verb inside the predicate before the class: "are carriers shuttling RNA" says what the carriers do, not
     * what the vesicles are (an -ing word after a content word, up to two words before the class).
     */
    private static final Pattern VERB_BEFORE_CLASS = Pattern.compile(
            "(?<!\\S)(?!(?:are|is|was|were|be|been|a|an|the|of|not|also|one)\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}\\-‐–]*\\s+\\p{L}{2,}ing\\s+"
                    + "(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-‐–]*\\s+){0,2}\\z");
    /**
     * A second category after the first one's noun phrase: denied after a stated one ("are small EVs rather than
     * exosomes"), stated after a denied one ("are not vesicles at all but non-vesicular particles").
     */
    private static final String AFTER_FIRST = "\\A(?:\\s*\\([^()]{1,40}\\))?(?:\\s+(?:at all|in the strict sense|of any size|"
            + WORDS.predicateEnds() + "))?\\s*,?\\s*";
    private static final Pattern DENIED_SECOND = Pattern.compile(AFTER_FIRST + "(" + WORDS.denyingConnectors() + ")\\s+" + KIND_OF
            + MODIFIERS + "\\z");
    private static final Pattern STATED_SECOND = Pattern.compile(AFTER_FIRST + WORDS.affirmingConnectors() + "\\s+" + KIND_OF
            + MODIFIERS + "\\z");
    /** Two vesicle terms joined as one subject: "Exosomes and microvesicles are", "Exomeres, and supermeres, are". */
    private static final Pattern COORDINATED = Pattern.compile("\\A(?:\\s*\\([^()]{1,40}\\))?\\s*,?\\s*"
            + WORDS.subjectCoordinators() + "\\s+(?:the\\s+)?\\z");
    /** A definition opening with its category: "A large extracellular vesicle released when ...". */
    private static final Pattern DEFINITION_OPENS = Pattern.compile("\\A\\s*(?:a|an)\\s+" + MODIFIERS + "\\z");
    /** A glossary headword: the paragraph's first words up to a full stop, one to four words. */
    private static final Pattern HEADWORD = Pattern.compile("\\A\\s*(\\p{L}[\\p{L}\\p{N}\\-‐]*(?:\\s+[\\p{L}\\p{N}\\-‐]+){0,3})\\.\\s*\\z");
    private static final Pattern NAMING_GAP = Pattern.compile(
            "\\A\\s+(?:(?:also|commonly|collectively|generally|often)\\s+)?(?:known|referred to|termed|called|named)\\s+(?:as\\s+)?\\z");

    private final Lexicon lexicon;
    private final SubjectScopeResolver scopes = new SubjectScopeResolver();
    /** The current sentence's parse and its uses (a reader belongs to one extractor, so to one thread). */
    private ClauseStructure structure;
    private Set<ParseUse> uses = Set.of();

    ClassificationReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param notSubjects vesicle mentions that are no subject (part of a hybrid, an example of another group) */
    List<Claim> read(String text, Sentence sentence, List<Mention> mentions, java.util.Set<Mention> notSubjects) {
        return read(text, sentence, mentions, notSubjects, null, Set.of());
    }

    /** @param structure the sentence's parse, or null; {@code uses} says what it decides here (head noun, negation) */
    List<Claim> read(String text, Sentence sentence, List<Mention> mentions, java.util.Set<Mention> notSubjects,
            ClauseStructure structure, Set<ParseUse> uses) {
        this.structure = uses.isEmpty() ? null : structure;
        this.uses = uses;
        List<Claim> claims = new ArrayList<>();
        // a class named in an apposition ("Exosomes, a subclass of EVs, carry RNA") ends it: it opens none of its own
        java.util.Set<Mention> appositionClasses = new java.util.HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention v = mentions.get(i);
            if (!subjectLike(v) || notSubjects.contains(v)) {
                continue;
            }
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention o = mentions.get(j);
                if (o.start() < v.end() || !isKind(o) || !categoryOf(v, o)) {
                    continue;
                }
                String gap = text.substring(v.end(), o.start()).toLowerCase(Locale.ROOT);
                if (KIND_PREPOSITIONS && PREPOSITION_BEFORE_CLASS.matcher(gap).find()) {
                    continue; // "were inside microglia", ", formed inside multivesicular bodies": a place, no category
                }
                if (COPULA_GAP.matcher(gap).matches() && noTermBetween(mentions, v, o, gap) && headNoun(text, o, gap, structure, uses)) {
                    Claim first = add(claims, text, sentence, mentions, v, o, "vesicle-is-kind", null);
                    if (first != null && j + 1 < mentions.size()) {
                        secondCategory(claims, text, sentence, mentions, v, o, mentions.get(j + 1), first.negated());
                    }
                } else if (v.is(MentionType.VESICLE) && !appositionClasses.contains(v) && APPOSITION_GAP.matcher(gap).matches() && noTermBetween(mentions, v, o, "")
                        // (branch subjectclass) "nanovesicles, like exosomes, carry microRNAs": a likeness's standard opens
                        // no apposition (the comma after it ends the aside)
                        && !LIKENESS_BEFORE.matcher(text.substring(Math.max(0, v.start() - 40), v.start())).find()
                        && apposition(text, mentions, v, o, j) && parsedHeadOrUnknown(o)) {
                    add(claims, text, sentence, mentions, v, o, "vesicle-apposition-kind");
                    appositionClasses.add(o);
                }
                if (o.start() - v.end() > 200) {
                    break;
                }
            }
            // "extracellular vesicles known as exosomes": the named vesicle is a kind of the class before it
            for (int j = i - 1; j >= 0 && v.is(MentionType.VESICLE); j--) {
                Mention o = mentions.get(j);
                if (isKind(o) && o.end() <= v.start()) {
                    if (NAMING_GAP.matcher(text.substring(o.end(), v.start()).toLowerCase(Locale.ROOT)).matches()) {
                        add(claims, text, sentence, mentions, v, o, "vesicle-known-as");
                    }
                    break;
                }
            }
        }
        coordinatedSubjects(claims, text, sentence, mentions, notSubjects);
        glossaryEntry(claims, text, sentence, mentions);
        return claims;
    }

    /**
     * A glossary entry: a paragraph opening with a headword sentence ("Apoptotic body.") and a definition that is a
     * noun phrase ("A large extracellular vesicle released when a cell dies."): the headword's term is a kind of the
     * definition's head noun.
     */
    private void glossaryEntry(List<Claim> claims, String text, Sentence sentence, List<Mention> mentions) {
        Mention o = mentions.stream().filter(m -> m.start() >= sentence.start()).findFirst().orElse(null);
        if (o == null || !isKind(o) || !DEFINITION_OPENS.matcher(text.substring(sentence.start(), o.start()).toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        int line = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        Matcher headword = HEADWORD.matcher(text.substring(line, sentence.start()));
        if (!headword.matches()) {
            return;
        }
        String key = org.exokg.mention.TermKeys.labelKey(headword.group(1));
        for (org.exokg.mention.Lexicon.Entry e : key == null ? List.<org.exokg.mention.Lexicon.Entry>of() : lexicon.entries(key)) {
            Mention h = new Mention(e.term(), line + headword.start(1), line + headword.end(1), headword.group(1));
            if (subjectLike(h) && categoryOf(h, o)) {
                String after = text.substring(o.end(), Math.min(text.length(), o.end() + 60)).toLowerCase(Locale.ROOT);
                if (HEAD_ENDS.matcher(after).lookingAt() && !Boolean.FALSE.equals(parsedHead(o))) {
                    add(claims, text, sentence, mentions, h, o, "glossary-entry-kind", null);
                }
                return;
            }
        }
    }

    /**
     * "are small EVs rather than exosomes", "are not vesicles but non-vesicular particles": the category right after
     * the first one's noun phrase, joined by a connector of kind-words.yaml, is denied after a stated category and
     * stated after a denied one. It must head its own noun phrase too.
     */
    private void secondCategory(List<Claim> claims, String text, Sentence sentence, List<Mention> mentions, Mention v,
            Mention first, Mention second, boolean firstDenied) {
        if (!isKind(second) || second.start() < first.end() || second.end() > sentence.end()) {
            return;
        }
        String gap = text.substring(first.end(), second.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(second.end(), Math.min(text.length(), second.end() + 60)).toLowerCase(Locale.ROOT);
        if (!HEAD_ENDS.matcher(after).lookingAt() || Boolean.FALSE.equals(parsedHead(second))) {
            return;
        }
        Matcher denied = DENIED_SECOND.matcher(gap);
        if (!firstDenied && denied.matches()) {
            add(claims, text, sentence, mentions, v, second, "vesicle-kind-contrast", denied.group(1).strip());
        } else if (firstDenied && STATED_SECOND.matcher(gap).matches()) {
            add(claims, text, sentence, mentions, v, second, "vesicle-kind-contrast", "");
        }
    }

    /**
     * "Exosomes and microvesicles are both extracellular vesicles": a vesicle term joined to the next one as one
     * subject shares the categories read for that one by the copula (with their polarity and hedge).
     */
    private void coordinatedSubjects(List<Claim> claims, String text, Sentence sentence, List<Mention> mentions,
            java.util.Set<Mention> notSubjects) {
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention v = mentions.get(i);
            Mention w = mentions.get(i + 1);
            if (!subjectLike(v) || !subjectLike(w) || notSubjects.contains(v) || notSubjects.contains(w)
                    || w.start() < v.end() || !COORDINATED.matcher(text.substring(v.end(), w.start()).toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            for (Claim c : List.copyOf(claims)) {
                if (c.subjectIri().equals(w.iri()) && c.sentence() == sentence && categoryOf(v, lexiconMention(c.objectIri(), mentions)) && !c.rule().startsWith("vesicle-apposition")
                        && !c.rule().startsWith("vesicle-known-as") && !c.objectIri().equals(v.iri()) && !lexicon.isA(c.objectIri(), v.iri())) {
                    SubjectScopeResolver.Scope scope = scopes.resolve(text, v, mentions, sentence.start());
                    Claim shared = new Claim(v.iri(), Relation.IS_KIND_OF, c.objectIri(), c.negationCue(), c.hedgeCue(), scope.scope(),
                            scope.qualifierIri(), "vesicle-coordinated-kind" + c.rule().substring(c.rule().indexOf('+') < 0
                                    ? c.rule().length() : c.rule().indexOf('+')), sentence);
                    if (claims.stream().noneMatch(x -> x.identity().equals(shared.identity()))) {
                        claims.add(shared);
                    }
                }
            }
        }
    }

    /**
     * A subject of a classification: a vesicle, or another material thing (an exomere, a nanoparticle) said to be or
     * not to be a vesicle kind ({@link #categoryOf}).
     */
    private static boolean subjectLike(Mention m) {
        return m.is(MentionType.VESICLE) || (m.is(MentionType.MATERIAL_ENTITY) && !m.term().branchRoot());
    }

    /**
     * A vesicle can be of any kind; another material thing only of a vesicle kind ("nanoparticles are not EVs") or of a
     * class the ontology puts it under ("exomeres are non-vesicular extracellular particles").
     */
    private boolean categoryOf(Mention subject, Mention category) {
        return category != null && (subject.is(MentionType.VESICLE) || category.is(MentionType.VESICLE)
                || lexicon.isA(subject.iri(), category.iri()));
    }

    private static Mention lexiconMention(String iri, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.iri().equals(iri)).findFirst().orElse(null);
    }

    /** Whether the parse makes the class a head noun (null: no parse, or it cannot tell). */
    private Boolean parsedHead(Mention o) {
        if (structure == null || !uses.contains(ParseUse.HEAD_NOUN)) {
            return null;
        }
        return structure.classIsHead(o);
    }

    /** The class is the head of the predicate's noun phrase, not a modifier of another noun or a verb's object. */
    private static boolean headNoun(String text, Mention o, String gap, ClauseStructure structure, Set<ParseUse> uses) {
        if (structure != null && uses.contains(ParseUse.HEAD_NOUN)) {
            Boolean head = structure.classIsHead(o);
            if (head != null) {
                return head; // the parse replaces the surface test below where it can tell
            }
        }
        String after = text.substring(o.end(), Math.min(text.length(), o.end() + 60)).toLowerCase(Locale.ROOT);
        return HEAD_ENDS.matcher(after).lookingAt() && !VERB_BEFORE_CLASS.matcher(gap).find();
    }

    /** In an apposition the surface test has no head-noun check of its own: the parse's, when there is one. */
    private boolean parsedHeadOrUnknown(Mention o) {
        if (structure == null || !uses.contains(ParseUse.HEAD_NOUN)) {
            return true;
        }
        return !Boolean.FALSE.equals(structure.classIsHead(o));
    }

    /**
     * A class a vesicle can be said to be. Of the branch roots only the natural kinds count ("extracellular
     * vesicles", "biological barriers"); the role words ("sources", "cargo") and "material entity" do not.
     */
    private boolean isKind(Mention m) {
        if (m.term().branchRoot()) {
            return m.is(MentionType.VESICLE) || m.is(MentionType.BARRIER);
        }
        return KIND_TYPES.stream().anyMatch(m::is);
    }

    /**
     * No other term lies between vesicle and object — except inside a relative clause before the copula
     * ({@code gap} given): ", which are secreted by most cell types, are".
     */
    private static boolean noTermBetween(List<Mention> mentions, Mention v, Mention o, String gap) {
        int clauseEnd = v.end();
        Matcher m = SUBJECT_TAIL_AT_START.matcher(gap);
        if (!gap.isEmpty() && m.lookingAt()) {
            clauseEnd = v.end() + m.end();
        }
        for (Mention x : mentions) {
            if (x != v && x != o && x.start() >= clauseEnd && x.end() <= o.start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "exosomes, a subclass of EVs that ..." but not a list ("exosomes, microvesicles and apoptotic bodies"),
     * and not the broader term naming the narrower one ("EVs, exosomes in particular").
     */
    private boolean apposition(String text, List<Mention> mentions, Mention v, Mention o, int index) {
        if (o.is(MentionType.VESICLE) && lexicon.isA(o.iri(), v.iri())) {
            return false;
        }
        String after = text.substring(o.end(), Math.min(text.length(), o.end() + 80)).toLowerCase(Locale.ROOT);
        if (LIST_CONTINUES.matcher(after).lookingAt() || !APPOSITION_END.matcher(after).lookingAt()) {
            return false;
        }
        if (index + 1 < mentions.size()) {
            // ", Y, Z": another term of the same kind right after a comma continues a list
            Mention next = mentions.get(index + 1);
            String between = text.substring(o.end(), Math.max(o.end(), next.start()));
            if (between.strip().equals(",") && next.term().types().equals(o.term().types())) {
                return false;
            }
        }
        return true;
    }

    private void add(List<Claim> claims, String text, Sentence sentence, List<Mention> mentions, Mention v, Mention o, String rule) {
        add(claims, text, sentence, mentions, v, o, rule, null);
    }

    /**
     * @param connector null: the negation is read from the words between; otherwise the polarity a second category's
     *                  connector gives ("rather than": denied; "": stated)
     * @return the claim added or already there, or null when none is (the vesicle is its own category)
     */
    private Claim add(List<Claim> claims, String text, Sentence sentence, List<Mention> mentions, Mention v, Mention o, String rule,
            String connector) {
        if (v.iri().equals(o.iri())) {
            return null;
        }
        int from = Math.min(v.start(), o.start());
        int to = Math.max(v.start(), o.start());
        // the claim's own words: a negation there denies the kind ("are not organelles"); "not merely" does not
        String negationScope = blank(text, Math.min(v.end(), o.end()), Math.max(v.start(), o.start()), mentions);
        Cues.Match negation = Cues.negationMatch(negationScope);
        int cueAt = negation == null ? -1 : negationScope.toLowerCase(Locale.ROOT).indexOf(negation.text().toLowerCase(Locale.ROOT));
        if (cueAt >= 0 && structure != null && uses.contains(ParseUse.NEGATION_SCOPE)
                && Boolean.FALSE.equals(structure.negationReaches(v, o, Math.min(v.end(), o.end()) + cueAt,
                        Math.min(v.end(), o.end()) + cueAt + negation.text().length()))) {
            negation = null; // the parse puts the negation on another word than the copula or apposition
        }
        if (connector != null) {
            negation = connector.isEmpty() ? null : new Cues.Match("kind-contrast", connector);
        }
        Cues.Match hedge = Cues.hedgeMatch(blank(text, clauseStart(text, sentence.start(), Math.max(from, sentence.start())), to, mentions));
        // a glossary's headword stands before the definition's sentence
        SubjectScopeResolver.Scope scope = scopes.resolve(text, v, mentions, Math.min(sentence.start(), v.start()));
        Claim claim = new Claim(v.iri(), Relation.IS_KIND_OF, o.iri(), negation == null ? null : negation.text(),
                hedge == null ? null : hedge.text(), scope.scope(), scope.qualifierIri(), rule + Cues.ruleSuffix(negation, hedge), sentence);
        for (Claim c : claims) {
            if (c.identity().equals(claim.identity())) {
                return c;
            }
        }
        claims.add(claim);
        return claim;
    }

    /** A semicolon or a contrast starts another clause: its hedges do not reach this one. */
    private static int clauseStart(String text, int sentenceStart, int at) {
        int start = sentenceStart;
        Matcher m = CLAUSE_BREAK.matcher(text.substring(sentenceStart, at).toLowerCase(Locale.ROOT));
        while (m.find()) {
            start = sentenceStart + m.end();
        }
        return start;
    }

    /** text[from, to) with the words of terms blanked, so that cue words inside terms are not cues. */
    private static String blank(String text, int from, int to, List<Mention> mentions) {
        if (to <= from) {
            return "";
        }
        char[] scope = text.substring(from, to).toCharArray();
        for (Mention m : mentions) {
            for (int i = Math.max(m.start(), from); i < Math.min(m.end(), to); i++) {
                scope[i - from] = ' ';
            }
        }
        return new String(scope);
    }
}
