package org.exokg.claim;

/**
 * Switches of the readings of branch hedgedmisses35 (issue 15, thirty-fifth session; docs/extraction.md, "Hedged claims
 * the extractor missed"): hedged claims stated as uses under test, proposed roles and proposed deliveries, which no rule
 * read. Each reading is data in claim-rules.yaml under ids with its own prefix; the cues that hedge the claim are the
 * cue file's (hedge-tested-perfect, hedge-modal), none new.
 * <ul>
 * <li>{@code -Dexokg.testedInDisease=true} (OFF by default since decision39, the stricter rule; was ON): rule "hedgedmisses35-tested-in-disease" (treats): vesicles that "have been
 * tested in" a disease or its models ("MSC exosomes have been tested in at least eleven rodent models of liver
 * fibrosis");</li>
 * <li>{@code -Dexokg.modalRoleForDisease=true} (OFF by default since decision39, the stricter rule; was ON): rule "hedgedmisses35-modal-role-for-disease" (treats): a role the
 * vesicles may become or offer for a disease, the role a word or a therapy term ("could thus become a food-grade
 * supplement for infants at risk of bowel injury", "could offer a cell-free approach to obesity");</li>
 * <li>{@code -Dexokg.modalDeliveryUse=true} (OFF by default): implied property "hedgedmisses35-delivery-may-deliver-drug" (usedFor
 * DrugDelivery): a therapeutic cargo the vesicles may or could deliver or carry is a proposed drug delivery (convention
 * fffffff) with the carries claim's hedge ("could deliver siRNA to microglia", "might carry such drugs");</li>
 * <li>{@code -Dexokg.trialObjectives=true} (OFF by default since decision39, the stricter rule; was ON): rule "hedgedmisses35-objective-whether-helps-in-disease" (treats): a trial's or
 * study's objective, whether the vesicles help or are safe in people with a disease ("this trial tests whether nebulised
 * exosomes shorten the time to recovery in adults in hospital with COVID-19"), hedged by "whether".</li>
 * </ul>
 * Decided by the brief's rule (thirty-fifth session): the three treats readings ON (the deciding pool gained right claims
 * without losing precision, or no pool claim changed and the design effect was one-sided), the delivery reading OFF (one
 * wrong claim more on the deciding pool, none right). Read at each use, not when a class loads, so that a test can turn
 * them on and off.
 */
public final class HedgedMissReadings {

    /** The id prefix of the branch's rules and implied properties. */
    static final String PREFIX = "hedgedmisses35-";
    static final String TESTED = PREFIX + "tested-";
    static final String ROLE = PREFIX + "modal-role-";
    static final String DELIVERY = PREFIX + "delivery-";
    static final String OBJECTIVE = PREFIX + "objective-";

    private HedgedMissReadings() {}

    static boolean testedInDisease() {
        return Boolean.parseBoolean(System.getProperty("exokg.testedInDisease", "false"));
    }

    static boolean modalRoleForDisease() {
        return Boolean.parseBoolean(System.getProperty("exokg.modalRoleForDisease", "false"));
    }

    static boolean modalDeliveryUse() {
        return Boolean.parseBoolean(System.getProperty("exokg.modalDeliveryUse", "false"));
    }

    static boolean trialObjectives() {
        return Boolean.parseBoolean(System.getProperty("exokg.trialObjectives", "false"));
    }

    /** True when {@code id} names a rule, event or implied property of this branch whose switch is off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(TESTED)) {
            return !testedInDisease();
        }
        if (id.startsWith(ROLE)) {
            return !modalRoleForDisease();
        }
        if (id.startsWith(DELIVERY)) {
            return !modalDeliveryUse();
        }
        if (id.startsWith(OBJECTIVE)) {
            return !trialObjectives();
        }
        return false;
    }

    /** The switches as bits (1 tested, 2 role, 4 delivery, 8 objective), for ClaimPatterns' cached rule lists. */
    static int bits() {
        return (testedInDisease() ? 1 : 0) | (modalRoleForDisease() ? 2 : 0) | (modalDeliveryUse() ? 4 : 0)
                | (trialObjectives() ? 8 : 0);
    }

    /** True when rule {@code id} belongs to a reading of this branch that is off in {@code bits} ({@link #bits}). */
    static boolean off(String id, int bits) {
        if (id.startsWith(TESTED)) {
            return (bits & 1) == 0;
        }
        if (id.startsWith(ROLE)) {
            return (bits & 2) == 0;
        }
        if (id.startsWith(DELIVERY)) {
            return (bits & 4) == 0;
        }
        if (id.startsWith(OBJECTIVE)) {
            return (bits & 8) == 0;
        }
        return false;
    }
}
