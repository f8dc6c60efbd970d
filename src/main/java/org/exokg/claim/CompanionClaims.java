package org.exokg.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;

/**
 * Companion claims: the row a gold convention writes beside a claim the extractor already reads (a delivery use beside a
 * therapeutic cargo carried to a place, a storage problem beside aggregation through storage), and the edible plant's
 * source class. Readings of branch conventions39 (issue 15, thirty-ninth session; docs/extraction.md, "Edible plants, carrying to a
 * destination and aggregation through storage"): three shapes the gold pass goldconv39 settled (conventions bb,
 * dddddddd, eeeeeeee in docs/gold-conventions.md), each behind its own switch, read at each use so that a test can turn
 * it on and off:
 * <ul>
 * <li>{@code -Dexokg.ediblePlantStructure} (OFF; {@code =true}): "edible plant nanovesicles", "edible plant-derived
 * exosome-like nanoparticles", "plant-derived edible nanovesicles": the plant named in the vesicle kind's name after
 * "edible" (or with "edible" after "plant-derived") is an edible plant, PlantStructure by convention bb, not the kind's
 * own source Plant;</li>
 * <li>{@code -Dexokg.carriedIntoPlace} (ON by the rule since this branch: pool +5 / 0, design +14 / 0; {@code =false} turns it off): a therapeutic cargo the vesicles carry into, to, back to or
 * across a destination is delivered (dddddddd): usedFor DrugDelivery beside the carries row, same subject, qualifier,
 * polarity and hedge; "carry" with no destination gives the content only;</li>
 * <li>{@code -Dexokg.storageAggregation} (OFF; {@code =true}): aggregation through storage (freezing, thawing,
 * freeze-drying, reconstitution, storage) is a storage problem too (eeeeeeee): hasChallenge StorageStability beside
 * hasChallenge VesicleAggregation; aggregation caused by loading, isolation or chemistry stays VesicleAggregation alone.</li>
 * </ul>
 */
public final class CompanionClaims {

    static final boolean EDIBLE_PLANT_STRUCTURE_DEFAULT = false;
    static final boolean CARRIED_INTO_PLACE_DEFAULT = true;
    static final boolean STORAGE_AGGREGATION_DEFAULT = false;

    private CompanionClaims() {}

    static boolean ediblePlantStructure() {
        return switchedOn("exokg.ediblePlantStructure", EDIBLE_PLANT_STRUCTURE_DEFAULT);
    }

    public static boolean carriedIntoPlace() {
        return switchedOn("exokg.carriedIntoPlace", CARRIED_INTO_PLACE_DEFAULT);
    }

    public static boolean storageAggregation() {
        return switchedOn("exokg.storageAggregation", STORAGE_AGGREGATION_DEFAULT);
    }

    private static boolean switchedOn(String property, boolean byDefault) {
        String v = System.getProperty(property);
        return v == null ? byDefault : "true".equalsIgnoreCase(v);
    }

    // ---- ediblePlantStructure (bb) ----
    private static final String PLANT = ExoKg.NS + "Plant";
    private static final String PLANT_STRUCTURE = ExoKg.NS + "PlantStructure";
    /** "edible" right before the plant word, or "plant-derived edible" around the kind's name. */
    private static final Pattern EDIBLE_BEFORE = Pattern.compile("(?i)\\bedible[\\s\\-‐]+\\z");
    private static final Pattern EDIBLE_AFTER_DERIVED = Pattern.compile("(?i)\\Aplants?[\\-‐\\s]+derived\\s+edible\\b");

    /**
     * The source of a vesicle kind's name ("plant" in "plant nanovesicles") as convention bb writes it: PlantStructure
     * when the plant is called edible ("edible plant nanovesicles", "plant-derived edible nanovesicles"), else the
     * source's own class. {@code sourceStart} is where the plant word begins in {@code text}, {@code vesicleStart} where
     * the vesicle mention begins.
     */
    static String ediblePlantSource(String text, int vesicleStart, int sourceStart, String sourceIri) {
        if (!ediblePlantStructure() || !PLANT.equals(sourceIri)) {
            return sourceIri;
        }
        String before = text.substring(Math.max(0, sourceStart - 12), sourceStart);
        if (EDIBLE_BEFORE.matcher(before).find()) {
            return PLANT_STRUCTURE;
        }
        String from = text.substring(sourceStart, Math.min(text.length(), sourceStart + 40));
        if (EDIBLE_AFTER_DERIVED.matcher(from).lookingAt()) {
            return PLANT_STRUCTURE;
        }
        return sourceIri;
    }

    // ---- carriedIntoPlace (dddddddd) ----
    /**
     * The verb "carry" with a destination within six words: "carried the drug into lung tumours", "carry curcumin across
     * the gut wall", "carry temozolomide back to their tumour of origin". Not "carries them to" (something carrying the
     * vesicles), "mice carrying human tumours", "conjugated / attached to", "to about", "to be / treat / reduce ..." (a
     * purpose), "to one another".
     */
    static final Pattern CARRY_TO_DESTINATION = Pattern.compile(
            "(?i)\\bcarr(?:y|ies|ied|ying)\\s+(?!them\\b|it\\b|human\\s+\\w+\\s*(?:tumou?r|cancer|neuroblastoma))(?:(?!conjugated\\b|attached\\b|bound\\b|linked\\b|coupled\\b|fused\\b|restored\\b)[\\w'\u2019\u2010()-]+\\s+){1,6}?"
            + "(?:back\\s+)?(?:into|across|through|to)\\s+(?:the\\s+|their\\s+|its\\s+|inflamed\\s+|human\\s+|target\\s+|recipient\\s+)?"
            + "(?!be\\b|treat|make|reduce|form|help|protect|improve|induce|about\\b|the\\s+same\\b|one\\s+another\\b|another\\b)[a-z]");
    /** fffffff's exceptions: a drug carried out of cells, monitoring, metabolites. */
    private static final Pattern NOT_A_DELIVERY = Pattern.compile("(?i)\\bout\\s+of\\b|\\bmonitoring\\b|\\btheir\\s+metabolites\\b");
    private static final Pattern MICE_CARRYING = Pattern.compile("(?i)\\b(?:mice|rats|animals|patients)\\s+carrying\\b");

    /** fffffff's therapeutic cargo classes: a drug, a therapeutic nucleic acid, an editing tool. */
    static boolean therapeuticCargo(String iri, Lexicon lexicon) {
        return iri.equals(ExoKg.NS + "SiRNA") || iri.equals(ExoKg.NS + "TherapeuticAgent")
                || lexicon.isA(iri, ExoKg.NS + "TherapeuticAgent");
    }

    /** usedFor DrugDelivery beside each carries row of a therapeutic cargo carried to a destination in {@code sentenceText}. */
    static List<Claim> deliveriesOfCarriedCargo(String sentenceText, Collection<Claim> claims, Lexicon lexicon) {
        List<Claim> more = new ArrayList<>();
        if (!carriedIntoPlace() || !CARRY_TO_DESTINATION.matcher(sentenceText).find()
                || NOT_A_DELIVERY.matcher(sentenceText).find() || MICE_CARRYING.matcher(sentenceText).find()) {
            return more;
        }
        String drugDelivery = ExoKg.NS + "DrugDelivery";
        for (Claim c : claims) {
            if (c.relation() != Relation.CARRIES || c.negationCue() != null || !therapeuticCargo(c.objectIri(), lexicon)) {
                continue;
            }
            more.add(new Claim(c.subjectIri(), Relation.USED_FOR, drugDelivery, c.negationCue(), c.hedgeCue(), c.scope(),
                    c.qualifierIri(), "conventions39-carried-into-place" + suffix(c.rule()), c.sentence(), c.preparationName()));
        }
        return more;
    }

    // ---- storageAggregation (eeeeeeee) ----
    private static final Pattern STORAGE_CAUSE = Pattern.compile(
            "(?i)\\bstor(?:ed|age|ing)\\b|\\bfreez\\w*|\\bfroz\\w*|\\bthaw\\w*|\\blyophil\\w*|\\bfreeze[-\u2010\\s]dr\\w*|\\breconstitut\\w*"
            + "|\\brefreez\\w*|\\bwarmed\\b|\\bshelf\\b|\\brehydrat\\w*");
    /** Aggregation caused by loading, isolation or chemistry: VesicleAggregation alone. */
    private static final Pattern NOT_STORAGE_AGGREGATION = Pattern.compile(
            "(?i)\\belectropor\\w*|\\bsonicat\\w*|\\bultracentrifug\\w*|\\bconjugat\\w*|\\bextru\\w*|\\bload\\w*|\\bprecipitat\\w*|\\bprevent\\w*");

    /** hasChallenge StorageStability beside each hasChallenge VesicleAggregation row of aggregation through storage. */
    static List<Claim> storageOfAggregation(String sentenceText, Collection<Claim> claims) {
        List<Claim> more = new ArrayList<>();
        if (!storageAggregation() || !STORAGE_CAUSE.matcher(sentenceText).find()
                || NOT_STORAGE_AGGREGATION.matcher(sentenceText).find()) {
            return more;
        }
        String aggregation = ExoKg.NS + "VesicleAggregation";
        String storage = ExoKg.NS + "StorageStability";
        for (Claim c : claims) {
            if (c.relation() != Relation.HAS_CHALLENGE || c.negationCue() != null || !c.objectIri().equals(aggregation)) {
                continue;
            }
            more.add(new Claim(c.subjectIri(), Relation.HAS_CHALLENGE, storage, c.negationCue(), c.hedgeCue(), c.scope(),
                    c.qualifierIri(), "conventions39-storage-aggregation" + suffix(c.rule()), c.sentence(), c.preparationName()));
        }
        return more;
    }

    /**
     * The document's claims with the rows of {@link #carriedIntoPlace()} and {@link #storageAggregation()} added beside the
     * rows of each sentence (not in Methods), each once.
     */
    public static List<Claim> withRowsBeside(List<Claim> claims, Lexicon lexicon) {
        java.util.Map<org.exokg.document.Sentence, List<Claim>> bySentence = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.sentence() != null && !org.exokg.document.Section.isMethods(c.sentence().section())) {
                bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        claims.forEach(c -> known.add(c.identity()));
        List<Claim> out = new ArrayList<>(claims);
        for (java.util.Map.Entry<org.exokg.document.Sentence, List<Claim>> e : bySentence.entrySet()) {
            String text = e.getKey().text();
            List<Claim> more = new ArrayList<>(deliveriesOfCarriedCargo(text, e.getValue(), lexicon));
            more.addAll(storageOfAggregation(text, e.getValue()));
            for (Claim c : more) {
                if (known.add(c.identity())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static String suffix(String rule) {
        int plus = rule == null ? -1 : rule.indexOf('+');
        return plus < 0 ? "" : rule.substring(plus).toLowerCase(Locale.ROOT);
    }
}
