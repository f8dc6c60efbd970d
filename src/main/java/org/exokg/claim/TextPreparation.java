package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.TermKeys;

/**
 * (issue 15, branch preparationanaphors) The preparation an anaphor names when the text names one. Read once the whole
 * document's claims are known: when the claims read on named vesicles (every claim not made through the anaphor or the
 * discourse layer, derivedFrom and isKindOf aside) qualify their subject by exactly one source, and at least
 * more than {@link #MIN_QUALIFIED_SHARE} of them carry it, the text is about that preparation, and a claim made through an anaphor
 * ("They also cross the mucus layer", "The vesicles carry proteins ...") or a previous sentence's subject that the chain
 * left with no source takes it (convention c: an anaphor keeps its antecedent's source). A text whose named vesicles carry
 * two sources, or mostly none (a review of the field with one study's source among general statements), leaves its
 * anaphors as the chain read them. The anaphor's kind stays as read, and must be the kind of a claim that carries the
 * source, or one above or below it ("the vesicles" of outer-membrane vesicles; not a migrasome read through the last kind
 * named). A challenge in a present-tense or modal sentence ("Two obstacles remain: the yield of vesicles ... is low",
 * "Standard isolation protocols for these vesicles are missing") is the field's, as the discourse layer reads it, not the
 * preparation's; a challenge found in the study ("most of the vesicles were cleared within minutes") is the preparation's.
 * So is a list item after a lead-in ("The hurdles are well known: - the low yield of most producer cells"), read as the
 * field's by the discourse layer. A sentence that sets its vesicles against others by a contrast adverbial ("Vesicles from
 * healthy donors, by contrast, ...") names other vesicles than the preparation.
 * Claims changed are marked {@link #APPLIED}.
 * (branch preparationanaphors2) The text's sources are counted by source TERM, not by qualifier class: the source words
 * of the named vesicles' sentences (mentions whose term is the qualifier or below it), a narrow name of a class (the
 * lexicon's narrow synonyms: "Helicobacter pylori" and "Escherichia coli" under Bacterium, "garlic" and "ginger" under
 * PlantStructure) counting as a source of its own. A text naming two organisms, two cell types or two fluids of one class
 * is a text of two preparations.
 * Switch: -Dexokg.textPreparationAnaphors=false turns it off (on by default since branch preparationanaphors2).
 */
public final class TextPreparation {

    private TextPreparation() {
    }

    /**
     * On by default since branch preparationanaphors2 (docs/extraction.md): off with -Dexokg.textPreparationAnaphors=false.
     * Counted by source term, it gains on the development sets and on the sets out of sample for the anaphor code (blind
     * 30, 31) without a loss there, and development precision rises; the three fixtures that asserted the chain's
     * unqualified reading follow the development golds and the anaphor conventions (a bare anaphor after OMVs of two
     * bacteria is now met by the term count itself).
     */
    public static final boolean ON = !"false".equalsIgnoreCase(System.getProperty("exokg.textPreparationAnaphors", "true"));

    /**
     * (issue 15, branch preparationmentions38; convention cccccccc) Switch, ON by default since branch decision42
     * (thirty-ninth session: the decision rule on the pool 30-32 + 36-42, +7 right / -7 wrong, design +12 / -10);
     * -Dexokg.preparationFindings=false turns it off (read at each use, so a test can set it). In a text of one preparation (its qualified vesicle claims name one source, as
     * {@link #oneSource} counts them), a claim on a bare vesicle word ("Exosomes kept frozen for six months were as
     * active ...", "The EVs were enriched in ...") in a sentence that reports the study's finding (past tense, no
     * present-tense or modal verb, no citation, no literature cue, not Methods) is the preparation's and takes its source;
     * a present-tense general statement ("Exosomes are natural carriers of RNA") stays the kind's.
     */
    public static boolean preparationFindings() {
        return !"false".equalsIgnoreCase(System.getProperty("exokg.preparationFindings", "true"));
    }

    /** The rule suffix of a bare vesicle word's finding qualified by the text's one preparation. */
    static final String FINDING_APPLIED = "+preparation-finding";

    /** A past-tense or participle verb: the study's handling or result ("were", "was", "kept", "collected", "yielded"). */
    private static final Pattern PAST_TENSE = Pattern.compile("\\b(?:were|was|had|did|kept|given|shown|grown|taken|\\p{L}{3,}ed)\\b");

    /** The field's literature or another study: a past tense that is not this study's finding. */
    private static final Pattern LITERATURE = Pattern.compile("\\b(?:reported|previous(?:ly)?|prior|earlier|others|studies|literature|been|et al)\\b");

    /** A present-tense lexical verb or a definition: a statement of the kind, not a finding ("OMVs contain", "called exosomes"). */
    private static final Pattern GENERAL_VERB = Pattern.compile("\\b(?:could|shows?|loads|appears?|contains?|carries|carry|acts?|remains|offers?"
            + "|seems?|represents?|provides?|suggests?|indicates?|allows?|enables?|called|known as|a class of|a type of|a kind of)\\b");

    /**
     * A vesicle word followed by its own source ("OMVs from a mutant", "exosomes purified from strain 26695", "vesicles of
     * the commensal S. gordonii"): the sentence names its vesicles, they are no bare word.
     */
    private static final Pattern NAMED_SOURCE = Pattern.compile("\\b(?:exosomes?|(?:micro|nano)?vesicles?|s?evs?|omvs?|gmma)"
            + "(?:\\s+(?:\\p{L}+ed|derived|isolated|purified|released|secreted|produced|shed))?\\s+(?:from|of|by)\\b");

    /** Whether the sentence reports the text's own study's finding of its vesicles (convention cccccccc). */
    static boolean findingSentence(Claim c) {
        String t = c.sentence().text().toLowerCase(java.util.Locale.ROOT);
        return PAST_TENSE.matcher(t).find() && !PRESENT_TENSE.matcher(t).find() && !LITERATURE.matcher(t).find()
                && !GENERAL_VERB.matcher(t).find() && !NAMED_SOURCE.matcher(t).find()
                && c.sentence().referenceNumbers().isEmpty() && !org.exokg.document.Section.isMethods(c.sentence().section())
                && !CONTRAST.matcher(t).find();
    }

    /** The share of the named vesicles' claims that the one source must exceed (most of them carry it). */
    static final double MIN_QUALIFIED_SHARE = 0.5;

    /** The present tense and modals (ClaimExtractor.PRESENT_TENSE): a sentence about vesicles in general. */
    private static final Pattern PRESENT_TENSE = Pattern.compile("\\b(?:are|is|can|may|might|have|has|will|would|should|must|remains?)\\b");

    /** A contrast adverbial: the sentence's vesicles are set against the preparation ("Vesicles from healthy donors, by contrast, ..."). */
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:by contrast|in contrast|unlike|conversely|instead)\\b");

    /** The rule suffix of a claim whose qualifier came from the text's one preparation. */
    static final String APPLIED = "+text-preparation";

    /**
     * (branch kindof36) The rule suffix of a classification whose subject is a bare anaphor (ClaimExtractor's switch
     * kindAnaphorSource): such a claim takes the text's one source like the anaphor's other claims; it never counts
     * towards that source.
     */
    static final String KIND_ANAPHOR = "+kind-anaphor";

    /** Whether the claim was made through the anaphor or the discourse layer (ClaimExtractor's rule suffixes). */
    static boolean throughAnaphor(Claim c) {
        return c.rule().contains("+anaphor") || c.rule().contains("+previous-sentence-subject");
    }

    /** A taxon's scientific name: a genus, or a binomial (as OneNamedBacterium's). */
    private static final Pattern TAXON_NAME = Pattern.compile("[A-Z](?:[a-z]+|\\.)(?: [a-z]+)?");

    /** The one source the text's named vesicles carry, or null (none, several, or too few of their claims carry it). */
    static String oneSource(List<Claim> claims) {
        return oneSource(claims, new LinkedHashSet<>(), null);
    }

    /**
     * The source terms a qualified claim's sentence names for its qualifier: each mention (no vesicle) whose term is the
     * qualifier or one below it, as its term's IRI, or for a narrow name (rank 2 in the lexicon: a narrow synonym or a
     * hidden label) as the IRI and the name ("Escherichia coli", with a binomial counted by its genus's initial, "E.
     * coli"). Empty when the sentence names none (a qualifier inherited or remapped).
     */
    static Set<String> sourceTerms(String text, List<Mention> mentions, Claim c, Lexicon lexicon) {
        Set<String> out = new LinkedHashSet<>();
        String q = c.qualifierIri();
        for (Mention m : mentions) {
            if (m.start() < c.sentence().start() || m.end() > c.sentence().end() || m.is(MentionType.VESICLE)
                    || !(m.iri().equals(q) || lexicon.isA(m.iri(), q))) {
                continue;
            }
            out.add(termOf(text, m, lexicon));
        }
        return out;
    }

    /** The mention's source term: its IRI, with its name when the lexicon reads it by a narrow name. */
    private static String termOf(String text, Mention m, Lexicon lexicon) {
        StringBuilder key = new StringBuilder();
        for (TermKeys.Token t : TermKeys.tokenize(text, m.start(), m.end())) {
            key.append(TermKeys.key(t.text()));
        }
        for (Lexicon.Entry e : lexicon.entries(key.toString())) {
            if (e.term().iri().equals(m.iri())) {
                if (e.rank() < 2) {
                    return m.iri();
                }
                String label = e.label();
                int space = label.indexOf(' ');
                if (TAXON_NAME.matcher(label).matches() && space > 0) {
                    // "Helicobacter pylori" and "H. pylori" are one taxon
                    label = label.charAt(0) + "." + label.substring(space);
                }
                return m.iri() + "|" + label.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return m.iri();
    }

    /**
     * Each term's source: a class word ("bacteria", a term's IRI alone) names no source of its own beside a narrow name or a
     * narrower term the text also names (it is one of them: null), and a genus alone is the binomial of it the text names
     * ("Helicobacter" beside "H. pylori"); any other term is its own source.
     */
    static Map<String, String> canonicalSources(Set<String> terms, BiPredicate<String, String> isA) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : terms) {
            int bar = t.indexOf('|');
            String iri = bar < 0 ? t : t.substring(0, bar);
            String canonical = t;
            for (String o : terms) {
                if (o.equals(t)) {
                    continue;
                }
                int ob = o.indexOf('|');
                String oIri = ob < 0 ? o : o.substring(0, ob);
                if (bar < 0 && (oIri.equals(iri) && ob >= 0 || !oIri.equals(iri) && isA.test(oIri, iri))) {
                    canonical = null;
                    break;
                }
                String name = bar < 0 ? null : t.substring(bar + 1);
                if (name != null && ob >= 0 && oIri.equals(iri) && !name.contains(" ")
                        && o.substring(ob + 1).startsWith(name.charAt(0) + ". ")) {
                    canonical = o;
                    break;
                }
            }
            out.put(t, canonical);
        }
        return out;
    }

    /**
     * As {@link #oneSource(List)}, collecting the kinds of the claims that carry the source in {@code kinds}; with
     * {@code termsOf} (the source terms of a qualified claim's sentence, or null to count qualifier classes only) the
     * source class must also be named by one source term that more than half of the sentences of qualified claims naming a
     * term name:
     * a text of two organisms, two cell types or two fluids of one class, neither of them the text's, has no one source.
     */
    static String oneSource(List<Claim> claims, Set<String> kinds, TermCounter termsOf) {
        return oneSource(claims, kinds, termsOf, false);
    }

    /**
     * As {@link #oneSource(List, Set, TermCounter)}; {@code strict} (preparationFindings): every sentence of qualified
     * claims that names a source term names the one source (no second preparation at all, not only a minority one).
     */
    static String oneSource(List<Claim> claims, Set<String> kinds, TermCounter termsOf, boolean strict) {
        Set<String> sources = new LinkedHashSet<>();
        Map<String, Set<String>> termsBySentence = new LinkedHashMap<>();
        Set<String> terms = new LinkedHashSet<>();
        int named = 0;
        int qualified = 0;
        for (Claim c : claims) {
            if (throughAnaphor(c) || c.relation() == Relation.DERIVED_FROM || c.relation() == Relation.IS_KIND_OF) {
                continue;
            }
            named++;
            if (c.qualifierIri() != null) {
                qualified++;
                sources.add(c.qualifierIri());
                kinds.add(c.subjectIri());
                if (termsOf != null) {
                    Set<String> t = termsOf.terms(c);
                    termsBySentence.computeIfAbsent(c.sentence().normalizedText(), k -> new LinkedHashSet<>()).addAll(t);
                    terms.addAll(t);
                }
            }
        }
        boolean oneTerm = termsOf == null || (strict ? termsOf.onlyOne(new ArrayList<>(termsBySentence.values()), terms)
                : termsOf.oneDominant(new ArrayList<>(termsBySentence.values()), terms));
        return sources.size() == 1 && oneTerm && qualified > MIN_QUALIFIED_SHARE * named ? sources.iterator().next() : null;
    }

    /**
     * Whether one source term is named by more than half of the sentences that name any (each sentence of qualified
     * claims counting once for each source it names); true when none names a term (qualifiers inherited or remapped).
     */
    static boolean oneDominant(List<Set<String>> termsBySentence, Set<String> terms, BiPredicate<String, String> isA) {
        Map<String, String> canonical = canonicalSources(terms, isA);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int termed = 0;
        for (Set<String> t : termsBySentence) {
            Set<String> sourcesOfClaim = new LinkedHashSet<>();
            for (String x : t) {
                if (canonical.get(x) != null) {
                    sourcesOfClaim.add(canonical.get(x));
                }
            }
            if (sourcesOfClaim.isEmpty()) {
                continue;
            }
            termed++;
            sourcesOfClaim.forEach(x -> counts.merge(x, 1, Integer::sum));
        }
        if (termed == 0) {
            return true;
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return best > MIN_QUALIFIED_SHARE * termed && counts.values().stream().filter(v -> v == best).count() == 1;
    }

    /** The source terms of a claim's sentence and whether one of them is the text's. */
    interface TermCounter {
        Set<String> terms(Claim c);

        boolean oneDominant(List<Set<String>> termsBySentence, Set<String> terms);

        /** Whether the sentences naming source terms name one source only (canonical sources, as oneDominant counts them). */
        boolean onlyOne(List<Set<String>> termsBySentence, Set<String> terms);
    }

    /** Whether the sentences' source terms are one canonical source (true when none names a term). */
    static boolean onlyOne(List<Set<String>> termsBySentence, Set<String> terms, BiPredicate<String, String> isA) {
        Map<String, String> canonical = canonicalSources(terms, isA);
        Set<String> sources = new LinkedHashSet<>();
        for (Set<String> t : termsBySentence) {
            for (String x : t) {
                if (canonical.get(x) != null) {
                    sources.add(canonical.get(x));
                }
            }
        }
        return sources.size() <= 1;
    }

    /**
     * The document's claims with the unqualified anaphor claims given the text's one source (or unchanged), its sources
     * counted by source term (the mentions of the document, the text they were read in).
     */
    public static List<Claim> resolve(String text, List<Mention> mentions, List<Claim> claims, Lexicon lexicon) {
        return resolve(text, mentions, claims, lexicon, preparationFindings());
    }

    /**
     * As {@link #resolve(String, List, List, Lexicon)}, with the bare vesicle words' findings qualified too when
     * {@code findings} (the switch -Dexokg.preparationFindings; tests pass it).
     */
    public static List<Claim> resolve(String text, List<Mention> mentions, List<Claim> claims, Lexicon lexicon, boolean findings) {
        TermCounter counter = new TermCounter() {
            @Override
            public Set<String> terms(Claim c) {
                return sourceTerms(text, mentions, c, lexicon);
            }

            @Override
            public boolean oneDominant(List<Set<String>> termsBySentence, Set<String> terms) {
                return TextPreparation.oneDominant(termsBySentence, terms, lexicon::isA);
            }

            @Override
            public boolean onlyOne(List<Set<String>> termsBySentence, Set<String> terms) {
                return TextPreparation.onlyOne(termsBySentence, terms, lexicon::isA);
            }
        };
        return resolve(claims, lexicon::isA, counter, findings);
    }

    /** The document's claims with the unqualified anaphor claims given the text's one source (or unchanged). */
    public static List<Claim> resolve(List<Claim> claims, BiPredicate<String, String> isA) {
        return resolve(claims, isA, null, preparationFindings());
    }

    private static List<Claim> resolve(List<Claim> claims, BiPredicate<String, String> isA, TermCounter termsOf, boolean findings) {
        Set<String> kinds = new LinkedHashSet<>();
        String source = oneSource(claims, kinds, termsOf);
        if (source == null) {
            return claims;
        }
        boolean oneOnly = findings && oneSource(claims, new LinkedHashSet<>(), termsOf, true) != null;
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim d = c;
            boolean kindThroughAnaphor = c.relation() == Relation.IS_KIND_OF && c.rule().contains(KIND_ANAPHOR);
            if (c.qualifierIri() == null && (throughAnaphor(c) || kindThroughAnaphor) && c.relation() != Relation.DERIVED_FROM
                    && (c.relation() != Relation.IS_KIND_OF || kindThroughAnaphor)
                    && kinds.stream().anyMatch(k -> k.equals(c.subjectIri()) || isA.test(k, c.subjectIri()) || isA.test(c.subjectIri(), k))
                    && !(c.relation() == Relation.HAS_CHALLENGE && (c.rule().contains("+list-item")
                            || PRESENT_TENSE.matcher(c.sentence().text().toLowerCase(java.util.Locale.ROOT)).find()))
                    && !CONTRAST.matcher(c.sentence().text().toLowerCase(java.util.Locale.ROOT)).find()) {
                d = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), SubjectScope.SPECIFIC,
                        source, c.rule() + APPLIED, c.sentence(), c.preparationName());
            } else if (oneOnly && c.qualifierIri() == null && !throughAnaphor(c) && !kindThroughAnaphor
                    && c.relation() != Relation.DERIVED_FROM && c.relation() != Relation.IS_KIND_OF
                    && kinds.stream().anyMatch(k -> k.equals(c.subjectIri()) || isA.test(k, c.subjectIri()) || isA.test(c.subjectIri(), k))
                    && findingSentence(c)) {
                d = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), SubjectScope.SPECIFIC,
                        source, c.rule() + FINDING_APPLIED, c.sentence(), c.preparationName());
            }
            out.putIfAbsent(d.identity(), d);
        }
        return new ArrayList<>(out.values());
    }
}
