package org.exokg.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.TermKeys;

/**
 * Convention aaaa (issue 15, branch omvdiscourse): in a text whose outer-membrane vesicles come from one named bacterium,
 * bare later uses of the OMVs ("orally given OMVs", "Bare OMVs", "OMV-borne CagA"), their anaphors and the discourse
 * subjects read of them ("Treated mice showed ...") keep that bacterium as their qualifier, as the anaphors of convention
 * mmm do. The extractor marks the claims of such mentions ({@link #MARK}: an OMV subject with no source of its own, no
 * strain or mutant phrase, no antecedent with a source that is no taxon); this reading of the whole document gives them
 * the qualifier Bacterium when the sentences that name OMVs name exactly one bacterium by its scientific name (the
 * ontology's lexicon: a genus or a binomial, the abbreviated binomial being the same taxon), and only from the first such
 * sentence on. Texts whose OMV sentences name two bacteria, or none (a strain alone, "Gram-negative bacteria"), keep the
 * claims unqualified. Switch: -Dexokg.noOmvLaterUsesTaxon leaves every mark unused.
 */
public final class OneNamedBacterium {

    private OneNamedBacterium() {
    }

    /** On by default; off with -Dexokg.noOmvLaterUsesTaxon (docs/extraction.md, branch omvdiscourse). */
    public static final boolean ON = !Boolean.getBoolean("exokg.noOmvLaterUsesTaxon");

    /** The outer-membrane vesicle kind, whose subclasses count too. */
    static final String OMV = ExoKg.NS + "BacterialOuterMembraneVesicle";
    private static final String BACTERIUM = ExoKg.NS + "Bacterium";

    /** The rule suffix the extractor marks a bare later use with; removed or replaced here. */
    static final String MARK = "+bare-omv-use";
    private static final String APPLIED = "+one-named-bacterium";

    /** A taxon's scientific name as the ontology writes it: a genus, or a binomial (as ClaimExtractor.TAXON_NAME). */
    private static final Pattern TAXON_NAME = Pattern.compile("[A-Z](?:[a-z]+|\\.)(?: [a-z]+)?");

    /**
     * A strain or mutant named for the vesicles without its species (convention uuu): "OMVs from a gingipain-deficient
     * mutant", "OMVs of strain 26695", "OMVs from CagA-positive strains", "mutant OMVs".
     */
    private static final Pattern STRAIN_AFTER = Pattern.compile(
            "\\A\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:(?:derived|isolated|obtained|purified|released|shed|produced)\\s+)?(?:from|of|by)\\s+"
                    + "[^.;:,()]{0,50}?\\b(?:strains?|mutants?|isolates?)\\b");
    private static final Pattern STRAIN_BEFORE = Pattern.compile("\\b(?:strains?|mutants?|isolates?)(?:[\\s\\-‐][\\w\\-‐]+)?[\\s\\-‐]+\\z");

    /** Whether the vesicle mention is named by a strain or mutant phrase of its own (uuu: no bacterium named). */
    static boolean strainPhrase(String text, Mention v) {
        String after = text.substring(v.end(), Math.min(text.length(), v.end() + 90)).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, v.start() - 30), v.start()).toLowerCase(Locale.ROOT);
        return STRAIN_AFTER.matcher(after).find() || STRAIN_BEFORE.matcher(before).find();
    }

    /**
     * The document's claims with the marked ones qualified by Bacterium when the text's OMV sentences name one bacterium,
     * and the mark removed from all.
     *
     * @param sentenceMentions the mentions of each sentence of the document
     */
    public static List<Claim> resolve(String text, Collection<List<Mention>> sentenceMentions, List<Claim> claims, Lexicon lexicon) {
        boolean marked = false;
        for (Claim c : claims) {
            if (c.rule().contains(MARK)) {
                marked = true;
                break;
            }
        }
        if (!marked) {
            return claims;
        }
        Set<String> taxa = new TreeSet<>();
        int firstNamed = Integer.MAX_VALUE;
        // (branch bacterialqual40, convention mmm) the taxa named in a role of their own as well: the OMVs' sources
        Set<String> sourceTaxa = new TreeSet<>();
        int firstSource = Integer.MAX_VALUE;
        // (perf40) the sources are asked for only with the reading on: each taxon of an OMV sentence is tested by two
        // expressions (otherRoleThanSource), whose answer is not used with the switch off
        boolean anaphors = BacterialQualifierReadings.namedBacteriumAnaphors();
        for (List<Mention> sentence : sentenceMentions) {
            boolean omv = sentence.stream().anyMatch(m -> m.iri().equals(OMV) || lexicon.isA(m.iri(), OMV));
            for (Mention m : sentence) {
                String taxon = taxon(text, m, lexicon);
                if (taxon == null) {
                    continue;
                }
                // any taxon of a sentence that names OMVs; elsewhere a taxon named as the source of vesicles of another
                // word ("Vesicles released by Akkermansia muciniphila"): the text's vesicles then come from two bacteria
                if (omv) {
                    taxa.add(taxon);
                    firstNamed = Math.min(firstNamed, m.start());
                    if (anaphors && !BacterialQualifierReadings.otherRoleThanSource(text, m)) {
                        sourceTaxa.add(taxon);
                        firstSource = Math.min(firstSource, m.start());
                    }
                } else if (sentence.stream().anyMatch(v -> v.is(MentionType.VESICLE) && sourceOf(text, m, v))
                        || VESICLE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
                        || VESICLE_WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt()) {
                    taxa.add(taxon);
                    sourceTaxa.add(taxon);
                }
            }
        }
        boolean one = distinctTaxa(taxa) == 1;
        if (!one && anaphors && distinctTaxa(sourceTaxa) == 1) {
            // (branch bacterialqual40, convention mmm) a second taxon named only as an antigen's donor or a challenge's
            // pathogen ("OMVs of E. coli carry the Borrelia antigen OspA") is no second source: the later uses of the OMVs
            // keep the one source bacterium
            one = true;
            firstNamed = firstSource;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim r = c;
            if (c.rule().contains(MARK)) {
                boolean applies = ON && one && c.qualifierIri() == null && c.sentence().end() > firstNamed;
                String rule = c.rule().replace(MARK, applies ? APPLIED : "");
                r = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(),
                        applies ? SubjectScope.SPECIFIC : c.scope(), applies ? BACTERIUM : c.qualifierIri(), rule, c.sentence(),
                        c.preparationName());
            }
            out.putIfAbsent(r.identity(), r);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The scientific name a bacterium mention names (the lexicon's label, a binomial written with its genus's initial:
     * "H. pylori"), or null for none ("bacteria", "strains").
     */
    private static String taxon(String text, Mention m, Lexicon lexicon) {
        if (!(m.iri().equals(BACTERIUM) || lexicon.isA(m.iri(), BACTERIUM))) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (TermKeys.Token t : TermKeys.tokenize(text, m.start(), m.end())) {
            key.append(TermKeys.key(t.text()));
        }
        for (Lexicon.Entry e : lexicon.entries(key.toString())) {
            if (e.term().iri().equals(m.iri()) && TAXON_NAME.matcher(e.label()).matches()) {
                // "Helicobacter pylori" and "H. pylori" are one taxon: a binomial counts by its genus's initial
                int space = e.label().indexOf(' ');
                return space < 0 ? e.label() : e.label().charAt(0) + "." + e.label().substring(space);
            }
        }
        return null;
    }

    /** Between vesicles and their source: "vesicles (released) from / of / by (the)". */
    private static final Pattern SOURCE_AFTER_VESICLE = Pattern.compile(
            "(?i)\\A\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:(?:derived|isolated|obtained|purified|secreted|released|shed|produced)\\s+)?(?:from|of|by)\\s+(?:the\\s+)?\\z");
    /** Between a source and its vesicles: "Akkermansia muciniphila vesicles", "Akkermansia-derived vesicles". */
    private static final Pattern SOURCE_BEFORE_VESICLE = Pattern.compile("\\A[\\s\\-‐]*(?:derived\\s+)?\\z");

    /** A bare vesicle word the mention layer reads no term in, before its source: "Vesicles released by ". */
    private static final Pattern VESICLE_WORD_BEFORE = Pattern.compile(
            "(?i)\\b(?:nano)?vesicles?\\s+(?:(?:derived|isolated|obtained|purified|secreted|released|shed|produced)\\s+)?(?:from|of|by)\\s+(?:the\\s+)?\\z");
    /** ... or after it: "Akkermansia muciniphila vesicles". */
    private static final Pattern VESICLE_WORD_AFTER = Pattern.compile("(?i)\\A[\\s\\-‐]*(?:derived\\s+)?(?:nano)?vesicles?\\b");

    /** Whether the taxon mention is named as the source of the vesicle mention. */
    private static boolean sourceOf(String text, Mention taxon, Mention v) {
        if (taxon.start() >= v.end()) {
            return SOURCE_AFTER_VESICLE.matcher(text.substring(v.end(), taxon.start())).matches();
        }
        return taxon.end() <= v.start() && SOURCE_BEFORE_VESICLE.matcher(text.substring(taxon.end(), v.start())).matches();
    }

    /** Taxa counted once each: a genus named alone is the same taxon as a binomial with its initial that the text names. */
    static int distinctTaxa(Set<String> labels) {
        int n = 0;
        for (String l : labels) {
            boolean genusOfAnother = !l.contains(" ") && labels.stream().anyMatch(o -> o.startsWith(l.charAt(0) + ". "));
            if (!genusOfAnother) {
                n++;
            }
        }
        return n;
    }
}
