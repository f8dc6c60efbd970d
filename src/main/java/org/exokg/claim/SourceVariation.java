package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;

/**
 * (issue 15, branch variation40, fortieth session; convention vv) Variation of the vesicles' starting material or product
 * between the units it is made from (donors, batches, lots, harvests, seasons, cultivars, herds, production runs) is
 * hasChallenge BatchVariability of the preparation under discussion, also in a sentence that names no vesicle ("Vesicle
 * yield and size differed between harvests", "Monocytes from donors differ in their yield of vesicles", "products vary
 * from lot to lot", "drops from different donors varied in strength"). The lone challenge events of claim-rules.yaml
 * read such wordings only where the sentence holds no other term and the chain finds the vesicles; here the document
 * pass adds the row to a sentence that has no BatchVariability claim yet.
 *
 * <p>The subject: the qualified vesicle claims of the sentence itself (each subject and source once), else a derivedFrom
 * claim of the sentence (its object the source), else the text's preparation (the subject and source most of the
 * document's qualified claims name, when more than half of them do), else the nearest qualified subject before the
 * sentence. A modal, "if", "whether" or "cannot be excluded" hedges the row.
 *
 * <p>Guards: variation the study did not find or removed ("did not differ between donors", "worked equally well",
 * "consistent between batches", "avoids donor variation", "overcomes the batch-to-batch variability"); variation of
 * something else than the vesicles (patients' responses, outcomes, animals, tumours, groups: "responses varied between
 * patients"); a comparison of patients with controls ("between patients and healthy donors"); Methods sentences.
 *
 * <p>Switch: {@code -Dexokg.sourceVariation=true} (OFF by default; read at each use).
 */
public final class SourceVariation {

    private SourceVariation() {}

    public static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.sourceVariation", "false"));
    }

    static final String RULE = "source-variation";

    private static final String UNITS = "(?:batch(?:es)?|lots?|donors?|donor\\s+pools?|harvests?|seasons?|cultivars?|variet(?:y|ies)"
            + "|breeds?|herds?|flocks?|farms?|dairies|cows|sows|ewes|mothers|babies|placentas|cords|animals|(?:production\\s+)?runs"
            + "|isolations|fermentations|passages|suppliers|manufacturers|regions)";
    private static final String UNIT_ONE = "(?:batch|lot|donor|harvest|season|cultivar|variety|breed|herd|flock|farm|dairy|cow|sow|ewe"
            + "|mother|baby|placenta|cord|animal|run|isolation|preparation|fermentation|passage|patient|supplier)";
    private static final String VARY = "(?:differ(?:s|ed|ences?)?|var(?:y|ies|ied|iable|iability|iation|iations)|fluctuat\\w*|ranged|changed)";

    /** The variation cues (convention vv). */
    static final Pattern CUE = Pattern.compile("(?i)"
            // "differed threefold between the three batches", "variable between donors", "vary in sulfur compounds between varieties"
            + "\\b" + VARY + "\\b[^.;:]{0,60}?\\b(?:between|among|across)\\s+(?:(?:the|different|individual|successive|its|their|two|three|four|five|several|first|last|clinical|product|\\d+)\\s+){0,4}(?:[a-z\\-]{1,20}\\s+){0,3}?(?:" + UNITS + "|[a-z\\-]{1,20}\\s+(?:harvested|collected|picked|grown)\\s+in)\\b"
            // "vary from lot to lot", "from one batch of carrots to the next", "lot-to-lot variation", "batch-to-batch differences"
            + "|\\bfrom\\s+(?:one\\s+)?" + UNIT_ONE + "(?:\\s+(?:of|and)\\s+[a-z\\-]{1,20}(?:\\s+[a-z\\-]{1,20})?)?\\s+to\\s+(?:the\\s+next|another|an?\\s+other|" + UNIT_ONE + ")\\b"
            + "|\\b" + UNIT_ONE + "[\\-\\s]to[\\-\\s]" + UNIT_ONE + "\\s+(?:variab\\w+|variations?|differences?|heterogeneity|inconsistenc\\w+)"
            // "products made from different donors may therefore differ", "drops from different donors varied in strength",
            // "different donors might give vesicles of different potency"
            + "|\\b(?:different|other|several|individual|many)\\s+(?:[a-z\\-]{1,20}\\s+){0,2}?" + UNITS + "\\b[^.;:]{0,80}?\\b(?:" + VARY + "|different)\\b"
            // "donors differ widely", "harvests differed"
            + "|\\b" + UNITS + "\\s+(?:(?:also|often|may|might|can|could|will|strongly|widely|greatly|considerably)\\s+){0,2}(?:differ|differed|vary|varied)\\b"
            // "donor variation may limit", "donor differences in vesicle potency", "two lots with equal particle numbers differed"
            + "|\\bdonor\\s+(?:variation|variability|differences)\\b"
            + "|\\b(?:lots|batches|harvests)\\s+(?:with\\s+[^.;:]{0,40}?)?(?:differed|differ|varied|vary|gave\\s+different|had\\s+different)\\b"
            // "donor age strongly affects their potency", "their potency falls with the donor's age"
            + "|\\bdonor(?:.s)?\\s+age\\s+(?:\\w+\\s+)?(?:affects?|affected|changed|changes|alters?|altered|influences?|influenced)\\b"
            + "|\\b(?:falls?|fell|declines?|declined|decreases?|decreased)\\s+with\\s+(?:the\\s+)?donor(?:.s)?\\s+age\\b"
            // "low and variable yields", "the variable composition of milk", "its seasonal composition is variable"
            + "|\\b(?:variable|inconsistent)\\s+(?:yields?|potency|composition|quality|cargo|content)\\b"
            + "|\\b(?:yields?|potency|composition|quality|cargo|content)\\s+(?:is|are|was|were)\\s+(?:highly\\s+|very\\s+|also\\s+)?variable\\b"
            // "varies with the stage of lactation", "varies with cultivar, season and ripeness"
            + "|\\b" + VARY + "\\s+(?:(?:widely|greatly|considerably|a\\s+lot|strongly|markedly)\\s+)?(?:with|by|according\\s+to|depending\\s+on)\\s+(?:the\\s+)?(?:cultivars?|seasons?|harvests?|ripeness|breeds?|herds?|donors?|donor.s\\s+age|stages?\\s+of\\s+lactation|lactation\\s+stages?)\\b");

    /** Variation not found or removed. */
    static final Pattern DENIED = Pattern.compile("(?i)\\b(?:(?:did|does|do|was|were|is|are|shall|should|must|will|would|can|could|may)\\s+not\\s+(?:\\w+\\s+)?(?:differ|vary|change)"
            + "|no\\s+(?:significant\\s+|relevant\\s+|major\\s+)?(?:differences?|variation|variability)|equally|similar(?:ly)?|consistent(?:ly)?"
            + "|comparable|reproducible|avoid\\w*|overc[oa]me\\w*|reduc\\w+|eliminat\\w+|minimi[sz]\\w+|remov\\w+|prevent\\w*|within\\s+(?:the\\s+)?specification)\\b");

    /** Variation of something else than the vesicles: patients, their responses, animals, tumours, groups. */
    static final Pattern OTHER_MATTER = Pattern.compile("(?i)\\b(?:patients?|responses?|outcomes?|participants?|subjects|mice|rats|tumou?rs?|groups|arms|symptoms|survival)\\b"
            + "[^.;:]{0,40}?\\b(?:differ|differed|differs|vary|varies|varied|variable)\\b"
            + "|\\bbetween\\s+(?:[a-z\\-]+\\s+){0,3}?(?:patients|controls|healthy|cases|responders|groups|arms|sexes|men|women)\\b"
            + "|\\bhealthy\\s+(?:donors|controls|volunteers|subjects)\\b"
            // an assay's or a measurement's own variation ("the assay ... its variability between runs exceeded 35 %")
            + "|\\b(?:assays?|tests?|measurements?)\\b[^.;:]{0,60}?\\b(?:variability|variation|var(?:y|ies|ied)|differ(?:s|ed)?)\\b");

    /**
     * A plural vesicle noun standing on its own, not an anaphor ("the / these / their vesicles") nor counted ("the yield of
     * vesicles"): "vesicles from different harvests differ", "plant nanovesicles ... their cargo varies", "engineered
     * exosomes": the sentence speaks of vesicles of the kind, whose source the document's preparation does not give.
     */
    private static final Pattern BARE_PLURAL = Pattern.compile("(?i)(?<!\\b(?:the|these|their|its|such|our|those|of|yield|release)\\s{1,3})"
            + "(?<![\\-\\w])(?:vesicles|exosomes|evs|nanovesicles|microvesicles|sevs)\\b");

    /**
     * Vesicles of a kind or of many sources (convention bb's generic plant vesicles, "vesicles from different donors"): the
     * sentence speaks of the field's vesicles, not of one preparation, even where a source word gives its claims a qualifier.
     */
    private static final Pattern GENERIC_VESICLES = Pattern.compile("(?i)\\b(?:(?:edible\\s+)?plant\\s+(?:nano)?vesicles"
            + "|(?:vesicles|exosomes|evs|nanovesicles)\\s+(?:[a-z]+\\s+){0,2}(?:from|of)\\s+(?:(?:different|many|various)\\s+(?:[a-z\\-]+\\s+){0,2}?" + UNITS + "|plants)\\b)");

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|might|could|if|whether|possibly|perhaps|cannot\\s+be\\s+excluded|likely)\\b");

    /** Whether the sentence states source variation (cue, not denied, not of other matter). */
    static Matcher cue(String text) {
        Matcher m = CUE.matcher(text);
        if (!m.find() || OTHER_MATTER.matcher(text).find()) {
            return null;
        }
        // the denial near the cue (its clause), not anywhere in the sentence ("did not prevent infection, and their
        // content varies from sow to sow")
        String near = text.substring(Math.max(0, m.start() - 50), Math.min(text.length(), m.end() + 30));
        return DENIED.matcher(near).find() ? null : m;
    }

    private static final String BV = ExoKg.NS + "BatchVariability";

    /** Qualifiers too general to name a preparation: a heading's or a producer's bare "cells", "tissue". */
    private static final Set<String> GENERAL_QUALIFIERS = Set.of(ExoKg.NS + "Cell", ExoKg.NS + "Tissue");

    /** A word: a sentence of fewer than five is a heading ("3.4 Donor variability."). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private record Subject(String subject, String qualifier) {}

    public static List<Claim> resolve(List<Sentence> sentences, List<Claim> claims) {
        if (!on()) {
            return claims;
        }
        Map<Sentence, List<Claim>> bySentence = new LinkedHashMap<>();
        Map<Subject, Integer> qualifiedCounts = new LinkedHashMap<>();
        int qualified = 0;
        for (Claim c : claims) {
            if (c.sentence() == null) {
                continue;
            }
            bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
            if (c.qualifierIri() != null) {
                qualifiedCounts.merge(new Subject(c.subjectIri(), c.qualifierIri()), 1, Integer::sum);
                qualified++;
            }
        }
        Subject textPreparation = null;
        for (Map.Entry<Subject, Integer> e : qualifiedCounts.entrySet()) {
            if (e.getValue() * 2 > qualified && (textPreparation == null || e.getValue() > qualifiedCounts.get(textPreparation))) {
                textPreparation = e.getKey();
            }
        }
        Set<String> known = new HashSet<>();
        claims.forEach(c -> known.add(c.identity()));
        List<Claim> out = new ArrayList<>(claims);
        Subject nearest = null;
        for (Sentence s : sentences) {
            List<Claim> own = bySentence.getOrDefault(s, List.of());
            boolean methods = org.exokg.document.Section.isMethods(s.section());
            String text = s.text();
            if (!methods && WORD.matcher(text).results().count() >= 5 && own.stream().noneMatch(c -> BV.equals(c.objectIri())) && cue(text) != null) {
                Set<Subject> subjects = new LinkedHashSet<>();
                for (Claim c : own) {
                    // a qualifier of a mere cell or tissue word ("producer cells", "adipose tissue") yields to the text's
                    // named preparation
                    if (c.qualifierIri() != null && !GENERAL_QUALIFIERS.contains(c.qualifierIri())) {
                        subjects.add(new Subject(c.subjectIri(), c.qualifierIri()));
                    }
                }
                if (subjects.isEmpty()) {
                    own.stream().filter(c -> c.relation() == Relation.DERIVED_FROM && !c.negated()
                            && !GENERAL_QUALIFIERS.contains(c.objectIri())).findFirst()
                            .ifPresent(c -> subjects.add(new Subject(c.subjectIri(), c.objectIri())));
                }
                String path = subjects.isEmpty() ? "" : "+own";
                boolean bare = (subjects.isEmpty() && BARE_PLURAL.matcher(text).find()) || GENERIC_VESICLES.matcher(text).find();
                if (bare) {
                    subjects.clear();
                }
                if (subjects.isEmpty() && !bare && textPreparation != null) {
                    path = "+text";
                    subjects.add(textPreparation);
                }
                if (subjects.isEmpty() && !bare && nearest != null) {
                    path = "+nearest";
                    subjects.add(nearest);
                }
                String hedge = null;
                Matcher h = HEDGE.matcher(text);
                if (h.find()) {
                    hedge = h.group().toLowerCase(Locale.ROOT);
                }
                for (Subject sub : subjects) {
                    Claim c = new Claim(sub.subject(), Relation.HAS_CHALLENGE, BV, null, hedge, SubjectScope.SPECIFIC,
                            sub.qualifier(), RULE + path, s);
                    if (known.add(c.identity())) {
                        out.add(c);
                    }
                }
            }
            for (Claim c : own) {
                if (c.qualifierIri() != null) {
                    nearest = new Subject(c.subjectIri(), c.qualifierIri());
                }
            }
        }
        return out;
    }
}
