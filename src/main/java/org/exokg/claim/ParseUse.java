package org.exokg.claim;

/**
 * The uses of a sentence's dependency parse in extraction, each replacing a surface rule where the parse can tell
 * ({@link ClauseStructure}); each is measured on the gold sets against the rule it replaces (docs/extraction.md,
 * "Dependency parse").
 */
public enum ParseUse {
    /** isKindOf only when the class heads the predicate noun phrase ("are tumour-derived structures": no kind). */
    HEAD_NOUN,
    /** A negation counts only when it governs the predicate linking vesicle and object ("not X but Y" denies X only). */
    NEGATION_SCOPE,
    /** Vesicles coordinated with the subject by conj: one claim per conjunct. */
    COORDINATED_SUBJECTS,
    /** "are secreted ... by microglia", "taken up ... by macrophages": the passive agent, however far from the verb. */
    PASSIVE_AGENT,
    /** A "from X" that attaches to another noun ("loaded with drugs from plants") is no origin of the vesicle. */
    FROM_ATTACHMENT,
    /**
     * The argument reader ({@link ArgumentReader}, argument-rules.yaml): claims read from a predicate's arguments in the
     * tree (cargo as subject, passive agents, nominalisations, relative clauses, coordinated arguments) for pairs the
     * surface rules did not link.
     */
    ARGUMENTS,
    /**
     * (branch parser2) A surface claim is dropped when the tree says its vesicle is not what the clause is said of: the
     * vesicle is a compared noun ("unlike exosomes", "than EVs"), sits inside the phrase of another term that is the
     * subject ("macrophages treated with exosomes", "EV-like liposomes"), or is the object of a verb whose subject is
     * another term ("tumour cells release exosomes and evade ...") ({@link ClauseStructure#otherSubject}).
     */
    VETO,
    /**
     * (branch parser2, twenty-second session) The grammatical subject of the predicate (nsubj / nsubjpass, through
     * coordinated verbs, appositions, conjuncts and the noun a relative or participle clause modifies) replaces the
     * surface rule's vesicle when it is another vesicle mention or a resolved anaphor ({@link
     * ClauseStructure#subjectVesicle}); a subject that is no vesicle leaves the surface reading.
     */
    SUBJECT,
    /**
     * (branch parseveto, twenty-eighth session) A surface claim is dropped when the tree puts its vesicle or object
     * outside the clause of the trigger's verb: the object hangs on another clause, or the verb's clause has a noun
     * subject of its own, or modifies another noun, that is not the vesicle nor holds it ({@link
     * ClauseStructure#clauseMismatch}).
     */
    CLAUSE_VETO;

    /**
     * The uses on when a pipeline parses: those that did not lose on any gold set (docs/extraction.md, "Dependency
     * parse"). FROM_ATTACHMENT lost one right claim on the seed corpus ("fluid from ascites": the parse attaches "from"
     * to "fluid", itself a source in the list) and is off. SUBJECT (branch parser2, twenty-second session: +6 right,
     * -5 wrong on the development sets, blind 24 unchanged; docs/extraction.md, "The parse as subject finder") is on
     * unless {@code -Dexokg.parser.subject=false}.
     */
    public static final java.util.Set<ParseUse> ADOPTED = adopted();

    private static java.util.Set<ParseUse> adopted() {
        java.util.Set<ParseUse> uses = java.util.EnumSet.of(HEAD_NOUN, NEGATION_SCOPE, COORDINATED_SUBJECTS, PASSIVE_AGENT);
        if (Boolean.parseBoolean(System.getProperty("exokg.parser.subject", "true"))) {
            uses.add(SUBJECT);
        }
        return java.util.Collections.unmodifiableSet(uses);
    }
}
