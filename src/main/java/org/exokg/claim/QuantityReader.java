package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.claim.QuantityStatement.Property;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Reads the values a document reports about vesicles: numbers with units ({@link QuantityGrammar}) given a property
 * by their unit and the words before them, shares of vesicles from a source ("80–90 % of the EVs ... come from
 * platelets") and shares said in words ("most commonly released by immune cells"), each with its vesicle, the
 * population it is about (a source or fluid narrowing the vesicle, "circulating" = blood), the cargo, loading
 * technique or route it concerns, and the study setting ({@link StudyContextReader}).
 *
 * <p>A sentence that names no vesicle reports about the last vesicle of its section (with that vesicle's
 * population), like the claims' anaphora. Precision first: a percentage with no cue for what it measures is skipped.
 */
public final class QuantityReader {

    private static final Pattern LOADING_CUE = Pattern.compile("\\b(?:loading|encapsulation|entrapment)\\s+(?:efficiency|efficiencies|capacity|rate|yield)\\b|\\bloaded\\b|\\bencapsulat\\w*",
            Pattern.CASE_INSENSITIVE);
    /** A share of vesicles: "X % of (the) V ... come from", "... make up X % of V". */
    private static final Pattern SHARE_AFTER = Pattern.compile("\\A\\s*of\\s+(?:the\\s+|all\\s+|their\\s+)?[^,;.]{0,60}?\\b(?:come|comes|came|derive[sd]?|originate[sd]?|arise|are\\s+(?:released|produced|secreted|derived)|were\\s+(?:released|produced|derived))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_BEFORE = Pattern.compile("\\b(?:make|makes|made)\\s+up|\\baccount(?:s|ed)?\\s+for|\\brepresent(?:s|ed)?|\\bconstitute[sd]?|\\bcomprise[sd]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOSS_CUE = Pattern.compile("\\b(?:lost|lose|loses|losing|loss\\s+of|released|release[sd]?|leak\\w*)\\s*(?:about|only|approximately|up\\s+to|nearly)?\\s*\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EFFECT_CUE = Pattern.compile("\\b(?:by|reduc\\w*|increas\\w*|decreas\\w*|lower\\w*|improv\\w*|inhibit\\w*)\\s*(?:about|approximately|up\\s+to|nearly)?\\s*\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_VESICLE_SIZE = Pattern.compile("\\b(?:pore|pores|filter|filters|membrane|wavelength|excitation|emission|laser)\\b[^.;,()]{0,30}\\z",
            Pattern.CASE_INSENSITIVE);
    /** Predominance in words, longest first. */
    private static final Pattern PREDOMINANCE = Pattern.compile(
            "\\b(?<w>most\\s+commonly|most\\s+often|most\\s+frequently|almost\\s+always|almost\\s+exclusively|nearly\\s+always|"
                    + "predominantly|mainly|mostly|primarily|chiefly|largely|the\\s+majority\\s+of|a\\s+(?:far\\s+|much\\s+)?larger\\s+share|"
                    + "rarely|rare|most)\\b",
            Pattern.CASE_INSENSITIVE);
    /** PREDOMINANCE matches only where one of these is written (ASCII case aside). */
    private static final String[] PREDOMINANCE_WORDS = {"most", "always", "predominantly", "mainly", "primarily", "chiefly",
        "largely", "majority", "larger", "rare"};
    private static final Pattern ORIGIN_VERB = Pattern.compile(
            "\\b(?:come|comes|came|derive\\w*|originat\\w*|arise|releas\\w*|produc\\w*|secret\\w*|shed|contribut\\w*|obtained|origin|from)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCULATING = Pattern.compile("\\bcirculat\\w*", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_FLUID = Pattern.compile("\\b(?:in|within)\\s+(?:the\\s+)?\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_VESICLES = Pattern.compile("\\b(?:the|these|those|such)\\s+(?:[\\w‐-]+\\s+)?(?:vesicles|nanovesicles|particles)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YIELD_AFTER = Pattern.compile("\\A\\s+(?:more|higher|greater|larger)\\s+(?:particles|vesicles|yield|numbers?\\s+of\\s+(?:particles|vesicles))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "GFNV-3, a nanovesicle preparation from ...": a code-like name (two capitals or a digit) in apposition. Every
     * repetition is bounded, so that a very long word cannot make the match slow.
     */
    private static final Pattern APPOSITIVE_NAME = Pattern.compile(
            "(?<![\\w‐-])(?<name>(?=[\\w‐-]{0,20}?[A-Z][\\w‐-]{0,20}?[A-Z0-9])[A-Z][A-Za-z0-9]{0,15}(?:[‐-][A-Za-z0-9]{1,10}){0,3}),\\s+an?\\s+");
    private static final Pattern APPOSITION_COMMA = Pattern.compile(",\\s+an?\\s");
    private static final Pattern NAME_IN_PARENTHESES = Pattern.compile(
            "\\s*\\((?<name>(?=[\\w‐-]{0,20}?[A-Z][\\w‐-]{0,20}?[A-Z0-9])[A-Z][A-Za-z0-9]{0,15}(?:[‐-][A-Za-z0-9]{1,10}){0,3})\\)");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:than|above|below|unlike|compared\\s+(?:with|to)|relative\\s+to|reported\\s+for|versus|vs\\.?)\\s+(?:[\\w‐-]+\\s+){0,4}?\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FREQUENCY = Pattern.compile("\\b(?:twice|once|thrice|times|every|per|each)\\s+\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANAPHOR = Pattern.compile("\\b(?:the|these|those|such|both)\\s+(?:\\w+\\s+)?\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTAINS = Pattern.compile("\\A\\s+(?:contains?|contained|has|carries)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FREE_DRUG = Pattern.compile("\\bfree\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<Pattern, String> ROUTES = new LinkedHashMap<>();
    /** Characterisation assays, named as in the ontology's assay classes. */
    private static final Map<Pattern, String> ASSAYS = new LinkedHashMap<>();
    /** "Particle size and zeta potential were measured by dynamic light scattering": which assay measured what. */
    private static final Pattern MEASURED_BY = Pattern.compile(
            "(?<what>[^.;]{0,80}?)\\s+(?:were|was|are|is)\\s+(?:measured|determined|analy[sz]ed|characteri[sz]ed|assessed|quantified|estimated)"
                    + "\\s+(?:by|using|with|via)\\s+(?<how>[^.;]{0,160})",
            Pattern.CASE_INSENSITIVE);
    /**
     * MEASURED_BY cannot match a sentence without one of its verbs; checking for them first spares the costly search
     * (a lazy 80-character group tried at every position) on the sentences that have none.
     */
    private static final String[] MEASURED_BY_VERBS = {"measured", "determined", "analysed", "analyzed", "characterised",
        "characterized", "assessed", "quantified", "estimated"};
    private static final Pattern MEASURED_WHAT = Pattern.compile(
            "(?i)\\b(?<size>size|diameter)|(?<zeta>zeta)|(?<conc>concentration|particle\\s+number)");

    static {
        ROUTES.put(Pattern.compile("\\b(?:intravenous\\w*|i\\.v\\.|tail[\\s-]vein)", Pattern.CASE_INSENSITIVE), "IntravenousAdministration");
        ROUTES.put(Pattern.compile("\\b(?:oral\\w*|by\\s+gavage|per\\s+os)\\b", Pattern.CASE_INSENSITIVE), "OralAdministration");
        ROUTES.put(Pattern.compile("\\b(?:intraperitoneal\\w*|i\\.p\\.)", Pattern.CASE_INSENSITIVE), "IntraperitonealInjection");
        ROUTES.put(Pattern.compile("\\bintracoronar\\w*", Pattern.CASE_INSENSITIVE), "IntracoronaryAdministration");
        ROUTES.put(Pattern.compile("\\bsubcutaneous\\w*", Pattern.CASE_INSENSITIVE), "SubcutaneousInjection");
        ROUTES.put(Pattern.compile("\\bintranasal\\w*", Pattern.CASE_INSENSITIVE), "IntranasalAdministration");
        ROUTES.put(Pattern.compile("\\bintratumou?ral\\w*", Pattern.CASE_INSENSITIVE), "IntratumoralInjection");
        ROUTES.put(Pattern.compile("\\bintramuscular\\w*", Pattern.CASE_INSENSITIVE), "IntramuscularInjection");
        ASSAYS.put(Pattern.compile("\\bnanoparticle\\s+tracking\\s+analysis\\b|\\bNTA\\b"), "NanoparticleTrackingAnalysis");
        ASSAYS.put(Pattern.compile("\\bdynamic\\s+light\\s+scattering\\b|\\bDLS\\b|\\bphoton\\s+correlation\\s+spectroscopy\\b"), "DynamicLightScattering");
        ASSAYS.put(Pattern.compile("\\belectrophoretic\\s+light\\s+scattering\\b|\\bELS\\b|\\bzeta\\s+potential\\s+measurement\\b"), "ZetaPotentialMeasurement");
        ASSAYS.put(Pattern.compile("\\btunable\\s+resistive\\s+pulse\\s+sensing\\b|\\bTRPS\\b"), "TunableResistivePulseSensing");
    }

    private final Lexicon lexicon;
    private static final String EXTRACELLULAR_VESICLE = ExoKg.NS + "ExtracellularVesicle";

    private final SourceNamedKinds sourceNamedKinds;
    private final StudyContextReader contexts;
    private final String bloodIri;

    public QuantityReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sourceNamedKinds = new SourceNamedKinds(lexicon);
        this.contexts = new StudyContextReader(lexicon);
        String blood = ExoKg.NS + "Blood";
        this.bloodIri = lexicon.term(blood) != null ? blood : null;
    }

    /** A vesicle with the population that narrows it. */
    private record Population(String vesicleIri, String qualifierIri, int start, int end) {}

    /**
     * The values of one document.
     *
     * @param documentType the document's type as its metadata gives it ("review", "Journal Article"), or null
     * @param sentences the distinct sentences in document order
     * @param mentions the mentions of those sentences
     * @param claims the claims read from them
     */
    public Reading read(String text, String documentType, List<Sentence> sentences, List<Mention> mentions,
            List<Claim> claims) {
        StudyContextReader.DocumentSetting setting = contexts.documentSetting(text, documentType);
        List<QuantityStatement> out = new ArrayList<>();
        Map<Integer, StudyContext> claimContexts = new LinkedHashMap<>();
        Map<String, Population> aliases = new LinkedHashMap<>();
        Map<Property, String> assays = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            measuredBy(text.substring(s.start(), s.end()), assays);
        }
        Population last = null;
        Population lastInDocument = null;
        String lastCargo = null;
        String section = null;
        StudyContext lastInVivo = null;
        boolean first = true;
        // each sentence's mentions and claims, in list order: one pass over the document instead of one per sentence
        java.util.TreeMap<Integer, List<Mention>> mentionsAt = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Integer> sentenceEnds = new java.util.TreeMap<>();
        for (Sentence s : sentences) {
            mentionsAt.put(s.start(), new ArrayList<>());
            sentenceEnds.merge(s.start(), s.end(), Math::max);
        }
        for (Mention m : mentions) {
            // the sentences do not overlap: only the last one starting at or before the mention can contain it
            Map.Entry<Integer, Integer> at = sentenceEnds.floorEntry(m.start());
            if (at != null && m.end() <= at.getValue()) {
                mentionsAt.get(at.getKey()).add(m);
            }
        }
        Map<Integer, List<Claim>> claimsAt = new java.util.HashMap<>();
        for (Claim c : claims) {
            claimsAt.computeIfAbsent(c.sentence().start(), k -> new ArrayList<>()).add(c);
        }
        for (Sentence s : sentences) {
            if (first || !java.util.Objects.equals(section, s.section())) {
                last = null; // the cargo of a study stays the same across its sections; the vesicle spoken of does not
                section = s.section();
                first = false;
            }
            List<Quantity> found = QuantityGrammar.find(s.text(), s.start());
            // "mg of protein per litre": a term inside a unit is part of the unit
            List<Mention> ms = mentionsAt.get(s.start()).stream()
                    .filter(m -> found.stream().noneMatch(q -> m.start() >= q.start() && m.end() <= q.end() && !m.is(MentionType.VESICLE)))
                    .toList();
            List<Claim> cs = claimsAt.getOrDefault(s.start(), List.of());
            StudyContext stated = contexts.read(text, s, ms);
            if (stated != null && stated.stage() == StudyContext.Stage.IN_VIVO) {
                lastInVivo = stated;
            }
            if (stated != null) {
                claimContexts.put(s.start(), stated);
            } else if (setting.review()) {
                claimContexts.put(s.start(), new StudyContext(StudyContext.Stage.REVIEW, null, null, null, null, false));
            }
            List<Population> populations = populations(text, s, ms, cs);
            defineAliases(text, s, ms, populations, aliases);
            populations = withAliases(text, s, populations, aliases);
            if (populations.isEmpty() && opensWithOtherMaterial(text, s, ms)) {
                continue; // "Liposomes carrying the same siRNA were cleared within an hour": not about vesicles
            }
            populations = resolveAnaphors(text, populations, last);
            for (Quantity q : found) {
                if (q.unit() == Quantity.Unit.HOUR && FREQUENCY.matcher(text.substring(Math.max(s.start(), q.start() - 8), q.start())).find()) {
                    continue; // "twice a week" is how often, not how long
                }
                Property p = property(text, s, q, ms);
                if (p == null) {
                    continue;
                }
                Population pop = nearest(populations, q.start());
                if (pop != null && last != null && pop.start() > q.end() && compared(text, pop)) {
                    pop = last; // "42 %, far above the values reported for mammalian exosomes": a comparison, not the subject
                }
                if (pop == null) {
                    pop = last;
                }
                if (pop == null && BARE_VESICLES.matcher(s.text()).find()) {
                    pop = lastInDocument; // "The vesicles had a modal diameter of ...", opening a Results section
                }
                if (pop == null) {
                    continue;
                }
                String object = null;
                String method = null;
                if (p == Property.DOSE) {
                    if (!vesicleDose(text, s, q, ms)) {
                        continue;
                    }
                    object = cargoRightAfter(ms, q.end());
                    method = route(text, s, q);
                } else if (p == Property.LOADING_EFFICIENCY || p == Property.CARGO_LOSS) {
                    object = cargoIn(ms);
                    if (object == null) {
                        object = lastCargo;
                    }
                    if (p == Property.LOADING_EFFICIENCY) {
                        method = technique(text, ms, q, found);
                    }
                } else if (p == Property.SIZE || p == Property.ZETA_POTENTIAL || p == Property.CONCENTRATION) {
                    Map<Property, String> here = new LinkedHashMap<>();
                    measuredBy(text.substring(s.start(), s.end()), here);
                    method = here.getOrDefault(p, assays.get(p));
                } else if (p == Property.PROPORTION) {
                    object = shareSource(text, s, q, ms, pop);
                    if (object == null) {
                        continue;
                    }
                }
                String hedge = Cues.hedge(text.substring(s.start(), q.start()).toLowerCase(Locale.ROOT));
                StudyContext ctx = context(stated, setting, p, lastInVivo);
                out.add(new QuantityStatement(pop.vesicleIri(), pop.qualifierIri(), p, object, method, q,
                        p == Property.PROPORTION ? predominanceWordBefore(text, s, q) : null, hedge, ctx,
                        "quantity-" + p.key(), s));
            }
            readPredominance(text, s, ms, populations, last, stated, setting, lastInVivo, out);
            for (Population p : populations) {
                if (!compared(text, p)) {
                    last = p; // the vesicles a sentence is about, not those it compares them with
                    lastInDocument = p;
                    break;
                }
            }
            String c = cargoIn(ms);
            if (c != null) {
                lastCargo = c;
            }
        }
        return new Reading(out, claimContexts);
    }

    /**
     * @param statements the values read
     * @param contexts by sentence start offset: the setting a sentence states, or the review setting of a review
     */
    public record Reading(List<QuantityStatement> statements, Map<Integer, StudyContext> contexts) {
        public StudyContext contextOf(Sentence s) {
            return contexts.get(s.start());
        }
    }

    /** The setting of a statement: what its sentence says, else the document's (in vivo for doses in a research paper). */
    private static StudyContext context(StudyContext stated, StudyContextReader.DocumentSetting setting, Property p,
            StudyContext lastInVivo) {
        if (stated != null) {
            return stated;
        }
        if (setting.review()) {
            return new StudyContext(StudyContext.Stage.REVIEW, null, null, null, null, false);
        }
        if (p == Property.DOSE && lastInVivo != null) {
            return new StudyContext(StudyContext.Stage.IN_VIVO, lastInVivo.speciesIri(), lastInVivo.diseaseIri(), null, null, false);
        }
        // a research paper characterises and loads its vesicles at the bench
        return new StudyContext(StudyContext.Stage.IN_VITRO, null, null, null, null, false);
    }

    private Property property(String text, Sentence s, Quantity q, List<Mention> ms) {
        String before = text.substring(s.start(), q.start());
        String after = text.substring(q.end(), s.end());
        switch (q.unit()) {
            case NANOMETRE:
                return NOT_A_VESICLE_SIZE.matcher(before).find() ? null : Property.SIZE;
            case MILLIVOLT:
                return Property.ZETA_POTENTIAL;
            case MILLIGRAM_PER_KILOGRAM:
            case PARTICLES_PER_KILOGRAM:
                return Property.DOSE;
            case PARTICLES_PER_MILLILITRE:
                return Property.CONCENTRATION;
            case MILLIGRAM_PER_LITRE:
                return Property.YIELD;
            case DEGREE_CELSIUS:
                return Property.STORAGE_TEMPERATURE;
            case HOUR:
                return Property.DURATION;
            case FOLD:
                // "100 times more particles than natural secretion": a yield relative to another method
                return YIELD_AFTER.matcher(after).find() ? Property.YIELD : Property.EFFECT_SIZE;
            case PERCENT:
                if (SHARE_AFTER.matcher(after).find() || shareVerbBefore(before)) {
                    return Property.PROPORTION;
                }
                if (LOADING_CUE.matcher(before).find()) {
                    return Property.LOADING_EFFICIENCY;
                }
                if (LOSS_CUE.matcher(before).find()) {
                    return Property.CARGO_LOSS;
                }
                if (EFFECT_CUE.matcher(before).find()) {
                    return Property.EFFECT_SIZE;
                }
                return null;
            default:
                return null;
        }
    }

    /** "... make up less than 1 % of circulating EVs": a share verb close before the number. */
    private static boolean shareVerbBefore(String before) {
        Matcher m = SHARE_BEFORE.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && before.length() - end <= 16;
    }

    /** The predominance word that qualifies a share ("almost always make up less than 1 %"). */
    private static String predominanceWordBefore(String text, Sentence s, Quantity q) {
        Matcher m = PREDOMINANCE.matcher(text.substring(Math.max(s.start(), q.start() - 40), q.start()));
        String w = null;
        while (m.find()) {
            w = normalise(m.group("w"));
        }
        return w != null && !w.equals("most") ? w : null;
    }

    /**
     * The vesicles a sentence names, each with the population that narrows it: a source or fluid right before it
     * ("milk EVs", "plasma exosomes"), after it ("EVs from mesenchymal stromal cells"), "circulating" (blood), or the
     * qualifier its claims carry.
     */
    private List<Population> populations(String text, Sentence s, List<Mention> ms, List<Claim> cs) {
        List<Population> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention v = ms.get(i);
            if (!v.is(MentionType.VESICLE) || !lexicon.isA(v.iri(), EXTRACELLULAR_VESICLE)) {
                continue; // liposomes and other artificial vesicles are comparators: their values are not about EVs
            }
            String qualifier = null;
            if (i > 0 && ms.get(i - 1).is(MentionType.SOURCE) && SOURCE_BEFORE_GAP.matcher(gap(text, ms.get(i - 1).end(), v.start())).matches()) {
                qualifier = ms.get(i - 1).iri();
            } else if (i + 1 < ms.size() && ms.get(i + 1).is(MentionType.SOURCE)
                    && SOURCE_AFTER_GAP.matcher(gap(text, v.end(), ms.get(i + 1).start())).matches()
                    && !ORIGIN_VERB.matcher(text.substring(s.start(), v.start())).find()) {
                qualifier = ms.get(i + 1).iri();
            }
            if (qualifier == null) {
                for (Claim c : cs) {
                    if (c.subjectIri().equals(v.iri()) && c.qualifierIri() != null && c.scope() == SubjectScope.SPECIFIC) {
                        qualifier = c.qualifierIri();
                        break;
                    }
                }
            }
            if (qualifier == null && bloodIri != null) {
                String around = text.substring(Math.max(s.start(), v.start() - 15), Math.min(s.end(), v.end() + 25));
                if (CIRCULATING.matcher(around).find()) {
                    qualifier = bloodIri;
                }
            }
            if (qualifier == null) {
                // "Blood plasma contains 10⁹ EVs per millilitre"
                for (Mention m : ms) {
                    if (m.start() < v.start() && m.is(MentionType.SOURCE) && CONTAINS.matcher(text.substring(m.end(), v.start())).find()) {
                        qualifier = m.iri();
                    }
                }
            }
            if (qualifier == null) {
                // "In milk, by contrast, most EVs ...": a fluid named by "in" earlier in the sentence
                for (Mention m : ms) {
                    if (m.start() >= v.start()) {
                        break;
                    }
                    if (m.is(MentionType.SOURCE) && IN_FLUID.matcher(text.substring(Math.max(s.start(), m.start() - 10), m.start())).find()
                            && lexicon.isA(m.iri(), ExoKg.NS + "BodyFluid")) {
                        qualifier = m.iri();
                    }
                }
            }
            out.add(new Population(qualifier == null ? v.iri() : sourceNamedKinds.narrow(v.iri(), qualifier), qualifier, v.start(), v.end()));
        }
        return out;
    }

    /**
     * Names a text gives its preparation: "GFNV-3, a nanovesicle preparation from grapefruit juice" or "grapefruit
     * nanovesicles (GFNV)": later mentions of the name are those vesicles with their population.
     */
    private void defineAliases(String text, Sentence s, List<Mention> ms, List<Population> populations, Map<String, Population> aliases) {
        String sentence = text.substring(s.start(), s.end());
        Matcher a = APPOSITIVE_NAME.matcher(sentence);
        // the name is followed by ", a"/", an": without that, the search (a look-ahead at every position) is spared
        boolean apposition = APPOSITION_COMMA.matcher(sentence).find();
        while (apposition && a.find()) {
            int from = s.start() + a.end();
            int to = s.start() + clauseEnd(sentence, a.end());
            int comma = sentence.indexOf(',', a.end());
            if (comma >= 0) {
                to = Math.min(to, s.start() + comma);
            }
            for (Population p : populations) {
                if (p.start() >= from - 40 && p.start() < to && p.start() >= s.start() + a.start("name")) {
                    String qualifier = p.qualifierIri();
                    if (qualifier == null) {
                        for (Mention m : ms) {
                            if (m.is(MentionType.SOURCE) && m.start() > p.end() && m.end() <= to) {
                                qualifier = m.iri();
                                break;
                            }
                        }
                    }
                    String kind = qualifier == null ? p.vesicleIri() : sourceNamedKinds.narrow(p.vesicleIri(), qualifier);
                    aliases.putIfAbsent(a.group("name"), new Population(kind, qualifier, 0, 0));
                    break;
                }
            }
        }
        Matcher b = NAME_IN_PARENTHESES.matcher(sentence);
        boolean parenthesis = sentence.indexOf('(') >= 0;
        while (parenthesis && b.find()) {
            int at = s.start() + b.start();
            Population before = null;
            for (Population p : populations) {
                if (p.end() <= at && at - p.end() <= 2) {
                    before = p;
                }
            }
            if (before != null) {
                aliases.putIfAbsent(b.group("name"), new Population(before.vesicleIri(), before.qualifierIri(), 0, 0));
            }
        }
    }

    private static List<Population> withAliases(String text, Sentence s, List<Population> populations, Map<String, Population> aliases) {
        if (aliases.isEmpty()) {
            return populations;
        }
        List<Population> out = new ArrayList<>(populations);
        String sentence = text.substring(s.start(), s.end());
        for (Map.Entry<String, Population> e : aliases.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w‐-])" + Pattern.quote(e.getKey()) + "(?![\\w‐-])").matcher(sentence);
            while (m.find()) {
                int start = s.start() + m.start();
                out.add(new Population(e.getValue().vesicleIri(), e.getValue().qualifierIri(), start, s.start() + m.end()));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** A vesicle named only as a comparison: "unlike liposomes", "than exosomes", "reported for mammalian exosomes". */
    private static boolean compared(String text, Population p) {
        return COMPARISON.matcher(text.substring(Math.max(0, p.start() - 40), p.start())).find();
    }

    private static Population nearest(List<Population> ps, int at) {
        Population before = null;
        for (Population p : ps) {
            if (p.start() <= at) {
                before = p;
            }
        }
        if (before != null) {
            return before;
        }
        return ps.isEmpty() ? null : ps.get(0);
    }

    private static String gap(String text, int from, int to) {
        return from <= to ? text.substring(from, to) : "#";
    }

    /** A mass dose is of the vesicles only when vesicles carry it ("5 mg/kg doxorubicin in milk EVs"), not a free drug. */
    private static boolean vesicleDose(String text, Sentence s, Quantity q, List<Mention> ms) {
        if (q.unit() == Quantity.Unit.PARTICLES_PER_KILOGRAM) {
            return true;
        }
        String after = text.substring(q.end(), Math.min(s.end(), q.end() + 60));
        if (FREE_DRUG.matcher(text.substring(Math.max(s.start(), q.start() - 12), q.start())).find()) {
            return false;
        }
        for (Mention m : ms) {
            if (m.is(MentionType.VESICLE) && m.start() >= q.end() && m.start() - q.end() <= 60
                    && after.substring(0, m.start() - q.end()).matches("(?is)\\s*(?:\\S+\\s+){0,2}?(?:in|within|loaded\\s+(?:in|into)|encapsulated\\s+in|of|via|by)\\s+.*")
                    && !after.substring(0, m.start() - q.end()).matches("(?is).*\\b(?:plus|and|with|whereas|while|than)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** The cargo a dose is of: "5 mg/kg doxorubicin". */
    private static String cargoRightAfter(List<Mention> ms, int from) {
        for (Mention m : ms) {
            if (m.is(MentionType.CARGO) && m.start() >= from && m.start() - from <= 5) {
                return m.iri();
            }
        }
        return null;
    }

    private static String cargoIn(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.is(MentionType.CARGO)) {
                return m.iri();
            }
        }
        return null;
    }

    /**
     * The loading technique of an efficiency: the nearest one before it and after the previous value ("sonication gave
     * 28 %, electroporation 12 %"), else one right after it ("18 % by electroporation").
     */
    private static String technique(String text, List<Mention> ms, Quantity q, List<Quantity> all) {
        int from = 0;
        for (Quantity o : all) {
            if (o.end() <= q.start()) {
                from = o.end();
            }
        }
        String t = null;
        for (Mention m : ms) {
            if (m.is(MentionType.LOADING_TECHNIQUE) && m.end() <= q.start() && m.start() >= from) {
                t = m.iri();
            }
        }
        if (t == null) {
            for (Mention m : ms) {
                if (m.is(MentionType.LOADING_TECHNIQUE) && m.start() >= q.end() && m.start() - q.end() <= 20
                        && text.substring(q.end(), m.start()).matches("(?i)\\s*(?:by|using|with|via|after)\\s+(?:\\w+\\s+)?")) {
                    t = m.iri();
                }
            }
        }
        return t;
    }

    /** A bare "the vesicles", "the nanovesicles" names the vesicles last spoken of, with their population. */
    private List<Population> resolveAnaphors(String text, List<Population> ps, Population last) {
        if (last == null) {
            return ps;
        }
        List<Population> out = new ArrayList<>();
        for (Population p : ps) {
            boolean bare = p.qualifierIri() == null && lexicon.term(p.vesicleIri()) != null && lexicon.term(p.vesicleIri()).branchRoot()
                    && ANAPHOR.matcher(text.substring(Math.max(0, p.start() - 12), p.start())).find();
            boolean noun = lexicon.term(p.vesicleIri()) != null && lexicon.term(p.vesicleIri()).branchRoot()
                    && text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT).matches("(?:nano)?vesicles?|particles?");
            out.add(bare || (noun && p.qualifierIri() == null) ? new Population(last.vesicleIri(), last.qualifierIri(), p.start(), p.end()) : p);
        }
        return out;
    }

    private boolean opensWithOtherMaterial(String text, Sentence s, List<Mention> ms) {
        for (Mention m : ms) {
            boolean otherCarrier = m.is(MentionType.VESICLE) && !lexicon.isA(m.iri(), EXTRACELLULAR_VESICLE);
            if ((otherCarrier || m.is(MentionType.MATERIAL_ENTITY) && !lexicon.isA(m.iri(), ExoKg.NS + "Organism"))
                    && text.substring(s.start(), m.start()).trim().split("\\s+").length <= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which assay measured which property, from "X and Y were measured by A (and B)": the assays in the order of the
     * properties, or one assay for all. A property keeps the first assay a document gives it.
     */
    private static void measuredBy(String sentence, Map<Property, String> assays) {
        if (!mayStateAssay(sentence)) {
            return;
        }
        Matcher m = MEASURED_BY.matcher(sentence);
        while (m.find()) {
            List<Property> what = new ArrayList<>();
            Matcher w = MEASURED_WHAT.matcher(m.group("what"));
            while (w.find()) {
                what.add(w.group("size") != null ? Property.SIZE : w.group("zeta") != null ? Property.ZETA_POTENTIAL : Property.CONCENTRATION);
            }
            List<int[]> at = new ArrayList<>();
            List<String> how = new ArrayList<>();
            for (Map.Entry<Pattern, String> e : ASSAYS.entrySet()) {
                Matcher h = e.getValue() == null ? null : e.getKey().matcher(m.group("how"));
                while (h != null && h.find()) {
                    at.add(new int[] {h.start(), how.size()});
                    how.add(ExoKg.NS + e.getValue());
                }
            }
            at.sort((x, y) -> Integer.compare(x[0], y[0]));
            List<String> ordered = at.stream().map(x -> how.get(x[1])).toList();
            if (what.isEmpty() || ordered.isEmpty()) {
                continue;
            }
            for (int i = 0; i < what.size(); i++) {
                String assay = ordered.size() == what.size() ? ordered.get(i) : ordered.get(0);
                assays.putIfAbsent(what.get(i), assay);
            }
        }
    }

    /** False when the sentence has none of the verbs MEASURED_BY needs (its case-insensitivity is ASCII only). */
    private static boolean mayStateAssay(String sentence) {
        return containsAny(sentence.toLowerCase(Locale.ROOT), MEASURED_BY_VERBS);
    }

    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The route of administration nearest to a dose in its sentence. */
    private static String route(String text, Sentence s, Quantity q) {
        String sentence = text.substring(s.start(), s.end());
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> e : ROUTES.entrySet()) {
            Matcher m = e.getKey().matcher(sentence);
            while (m.find()) {
                int at = s.start() + m.start();
                int d = at >= q.end() ? at - q.end() : q.start() - at;
                if (d < distance) {
                    distance = d;
                    best = ExoKg.NS + e.getValue();
                }
            }
        }
        return best;
    }

    /**
     * The source of a share: a source after the number ("... come from platelets"), else the source that names the
     * counted vesicles before it ("tumour-derived vesicles ... make up less than 1 %").
     */
    private String shareSource(String text, Sentence s, Quantity q, List<Mention> ms, Population pop) {
        for (Mention m : ms) {
            if (m.is(MentionType.SOURCE) && m.start() >= q.end() && !m.iri().equals(pop.qualifierIri())
                    && ORIGIN_VERB.matcher(text.substring(q.end(), m.start())).find()) {
                return m.iri();
            }
        }
        Mention before = null;
        for (Mention m : ms) {
            if (m.is(MentionType.SOURCE) && m.end() <= q.start() && !m.iri().equals(pop.qualifierIri())) {
                before = m;
            }
        }
        return before != null ? before.iri() : null;
    }

    /** Shares said in words: "most commonly released by immune cells", "almost always produced by endothelium and cancer cells". */
    private void readPredominance(String text, Sentence s, List<Mention> ms, List<Population> populations, Population last,
            StudyContext stated, StudyContextReader.DocumentSetting setting, StudyContext lastInVivo, List<QuantityStatement> out) {
        String sentence = text.substring(s.start(), s.end());
        Matcher m = PREDOMINANCE.matcher(sentence);
        boolean cue = containsAny(sentence.toLowerCase(Locale.ROOT), PREDOMINANCE_WORDS);
        while (cue && m.find()) {
            int at = s.start() + m.start();
            int cueEnd = s.start() + m.end();
            String word = normalise(m.group("w"));
            // a number right after the word is read as a share already ("almost always make up less than 1 %")
            String rest = text.substring(cueEnd, s.end());
            if (rest.matches("(?s)\\A[^.;]{0,25}?\\d.*") && QuantityGrammar.find(rest.substring(0, Math.min(rest.length(), 40)), 0)
                    .stream().anyMatch(q -> q.unit() == Quantity.Unit.PERCENT)) {
                continue;
            }
            int clauseEnd = clauseEnd(sentence, m.end()) + s.start();
            Population pop = null;
            for (Population p : populations) {
                if (p.end() <= at || (p.start() >= cueEnd && p.start() - cueEnd <= 30)) {
                    pop = p; // the vesicle before the word, or right after a determiner-like "most"
                    if (p.start() >= cueEnd) {
                        break;
                    }
                }
            }
            if (pop == null) {
                pop = last;
            }
            if (pop == null) {
                continue;
            }
            if (word.equals("most") && populations.stream().noneMatch(p -> p.start() >= cueEnd && p.start() - cueEnd <= 25
                    && text.substring(cueEnd, p.start()).matches("[\\s\\w‐-]*"))) {
                continue; // "the most immunostimulatory preparations": a superlative, not a share
            }
            List<String> sources = new ArrayList<>();
            if (word.equals("a larger share")) {
                // "erythrocytes and endothelial cells contribute a far larger share": the sources come first
                for (Mention x : ms) {
                    if (x.is(MentionType.SOURCE) && x.end() <= at && text.substring(x.end(), at).matches("(?i)(?:\\s*(?:,|and|or)\\s+(?:\\w+\\s+){0,2}?\\w+)*\\s+contribut\\w*\\s+")) {
                        sources.add(x.iri());
                    }
                }
            }
            Mention previous = null;
            for (Mention x : ms) {
                if (!x.is(MentionType.SOURCE) || x.iri().equals(pop.qualifierIri())) {
                    continue;
                }
                boolean after = x.start() >= cueEnd && x.start() < clauseEnd
                        && ORIGIN_VERB.matcher(text.substring(cueEnd, x.start())).find()
                        && (previous == null ? SHORT_PHRASE.matcher(text.substring(cueEnd, x.start())).matches()
                                : LIST_GAP.matcher(text.substring(previous.end(), x.start())).matches());
                if (after) {
                    previous = x;
                }
                // "EVs of tissue origin are ... rare": a source that names the counted vesicles before the word
                boolean naming = word.equals("rare") || word.equals("rarely")
                        ? x.end() <= at && ORIGIN_VERB.matcher(text.substring(x.end(), Math.min(at, x.end() + 10))).find()
                        : false;
                if (after || naming) {
                    if (after && IN_FLUID.matcher(text.substring(Math.max(s.start(), x.start() - 10), x.start())).find()
                            && lexicon.isA(x.iri(), ExoKg.NS + "BodyFluid")) {
                        continue;
                    }
                    if (!sources.contains(x.iri())) {
                        sources.add(x.iri());
                    }
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            String hedge = Cues.hedge(sentence.toLowerCase(Locale.ROOT));
            StudyContext ctx = context(stated, setting, Property.PREDOMINANCE, lastInVivo);
            for (String src : sources) {
                out.add(new QuantityStatement(pop.vesicleIri(), pop.qualifierIri(), Property.PREDOMINANCE, src, null, null,
                        word, hedge, ctx, "predominance", s));
            }
        }
    }

    // compiled once (branch speed16): these were compiled at every call, up to several times per vesicle and quantity
    private static final Pattern SOURCE_BEFORE_GAP = Pattern.compile("[\\s‐-]*(?:derived\\s+|specific\\s+)?");
    private static final Pattern SOURCE_AFTER_GAP = Pattern.compile(
            "(?i)\\s+(?:from|of|derived\\s+from|released\\s+by|secreted\\s+by)\\s+(?:the\\s+)?(?:\\w+\\s+)?");
    private static final Pattern SHORT_PHRASE = Pattern.compile("(?is)[^,;]{0,60}");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)\\s*(?:,|and|or|as well as|\\s)*\\s*(?:\\w+\\s+)?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s*(?:but|whereas|while|although)\\b|\\.\\s");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LARGER_SHARE = Pattern.compile("^a (?:far |much )?larger share$");

    private static int clauseEnd(String sentence, int from) {
        Matcher b = CLAUSE_BREAK.matcher(sentence);
        return b.find(from) ? b.start() : sentence.length();
    }

    static String normalise(String word) {
        return LARGER_SHARE.matcher(WHITE_SPACE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceFirst("a larger share")
                .replace("the majority of", "the majority");
    }
}
