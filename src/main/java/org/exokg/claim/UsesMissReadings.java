package org.exokg.claim;

/**
 * Switches of the readings of branch usesmisses37 (issue 15, thirty-seventh session; docs/extraction.md, "Uses the
 * extractor missed"): usedFor claims the design sets' golds write for a use the sentence states by its structure, not
 * by a label of the application. Each reading is one family of implied properties in claim-rules.yaml (ids
 * {@code usesmisses37-<family>-...}): a claim the extractor already reads (carries, treats), in a sentence with the
 * family's words, also states the use, with the claim's subject, qualifier and hedge.
 * <ul>
 * <li>{@code -Dexokg.deliveredCargoUse} (ON by default; {@code =false} turns it off): a therapeutic cargo (TherapeuticAgent and below, SiRNA) the vesicles deliver
 * (no modal before the verb: that is modalDeliveryUse's) or are a carrier, vehicle or delivery platform of gives usedFor
 * DrugDelivery (conventions fffffff, ssss): "Engineered vesicles delivered the siRNA to neurons", "milk exosomes are a
 * carrier for oral paclitaxel";</li>
 * <li>{@code -Dexokg.distinguishingCargoUse} (OFF; {@code =true}): a cargo the vesicles carry that tells one disease or state from another
 * ("carry microRNAs that distinguish eosinophilic from neutrophilic asthma") gives usedFor Diagnosis (convention q);</li>
 * <li>{@code -Dexokg.vaccinatedGroupUse} (OFF; {@code =true}): a protection read for a group immunised or vaccinated with the vesicles
 * (treats an infectious disease or a cancer) gives usedFor Vaccine or CancerVaccine beside it (convention ppp).</li>
 * </ul>
 * Decided by the brief's rule (thirty-seventh session): deliveredCargoUse ON (deciding pool +5 right, 0 wrong; design
 * +19 right, +1 wrong), distinguishingCargoUse OFF (pool +2 / +1), vaccinatedGroupUse OFF (no pool claim changed).
 * Read at each use, not when a class loads, so that a test can turn them on and off.
 */
public final class UsesMissReadings {

    /** The id prefix of the branch's implied properties. */
    static final String PREFIX = "usesmisses37-";
    static final String DELIVERED = PREFIX + "delivered-";
    static final String DISTINGUISHING = PREFIX + "distinguishing-";
    static final String VACCINATED = PREFIX + "vaccinated-";

    private UsesMissReadings() {}

    static boolean deliveredCargoUse() {
        return Boolean.parseBoolean(System.getProperty("exokg.deliveredCargoUse", "true"));
    }

    static boolean distinguishingCargoUse() {
        return Boolean.parseBoolean(System.getProperty("exokg.distinguishingCargoUse", "false"));
    }

    static boolean vaccinatedGroupUse() {
        return Boolean.parseBoolean(System.getProperty("exokg.vaccinatedGroupUse", "false"));
    }

    /** True when {@code id} names an implied property of this branch whose switch is off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(DELIVERED)) {
            return !deliveredCargoUse();
        }
        if (id.startsWith(DISTINGUISHING)) {
            return !distinguishingCargoUse();
        }
        if (id.startsWith(VACCINATED)) {
            return !vaccinatedGroupUse();
        }
        return false;
    }
}
