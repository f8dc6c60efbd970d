package org.exokg.claim;

import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Switches of the readings of branch misses36 (issue 15, thirty-fifth session; docs/extraction.md, "Challenges the
 * extractor missed"): hasChallenge claims the design sets' golds have and the extractor missed. Read at each use, not
 * when a class loads, so that a test can turn them on and off.
 * <ul>
 * <li>{@code -Dexokg.treatmentBeforeChallenge} (OFF since decision39, the stricter rule; {@code =true} turns it on; was ON): a loading technique or treatment named
 * before a challenge event of loading, aggregation or storage in a sentence that names no vesicle ("Electroporation also
 * caused some aggregation") is the event's cause, not a rival subject; the event is said of the vesicles under
 * discussion, as a lone event is. (The older switch noLoaderBeforeLoadingEvent, branch challenges8, meant this for
 * loading events, but its test compared the class IRI with "#LowLoadingEfficiency" while the namespace ends with "/",
 * so it never applied; removed after the thirty-fifth session's merges.)</li>
 * <li>{@code -Dexokg.untestedGaps} (OFF since decision39, the stricter rule; {@code =true} turns it on; was ON): challenge event {@code misses36-untested-vesicles},
 * vesicles that "have not been tested / studied" as LackOfCharacterisation (gold convention aaaaa: an untested matter
 * with no claim of its own);</li>
 * <li>{@code -Dexokg.whetherGaps=true} (OFF): challenge event {@code misses36-whether-unknown} and rule
 * {@code misses36-whether-vesicle-gap}, an open question closed by "is unknown / remains to be shown / has not been
 * tested" as the vesicles' LackOfCharacterisation (aaaaa, aaaaaa);</li>
 * <li>{@code -Dexokg.variationFactors=true} (OFF): challenge event {@code misses36-variation-with-factors}, an attribute
 * that varies with what a product varies over ("their potency falls with the donor's age", "donor age affects their
 * potency") as BatchVariability;</li>
 * <li>{@code -Dexokg.doseShares} (OFF since decision39, the stricter rule; {@code =true} turns it on; was ON): challenge events {@code misses36-dose-*}, where the dose went said of the
 * dose or its share ("most of the dose ended up in the liver": OffTargetAccumulation; "only 3 % of it reached the
 * muscle": LowTargetingEfficiency);</li>
 * <li>{@code -Dexokg.contaminantEvents=true} (OFF): challenge event {@code misses36-preparations-hold-contaminants}, a
 * preparation said to hold a known contaminant (free or serum proteins, albumin, polymer, debris, fat globules,
 * endotoxin, uromodulin) as LowPurity.</li>
 * </ul>
 */
public final class ChallengeMissReadings {

    /** The id prefix of the branch's challenge events and rules. */
    static final String PREFIX = "misses36-";

    private static final Set<String> CAUSED_CHALLENGES = Set.of(ExoKg.NS + "LowLoadingEfficiency",
            ExoKg.NS + "VesicleAggregation", ExoKg.NS + "StorageStability");

    private ChallengeMissReadings() {}

    static boolean contaminantEvents() {
        return Boolean.getBoolean("exokg.contaminantEvents");
    }

    static boolean whetherGaps() {
        return Boolean.getBoolean("exokg.whetherGaps");
    }

    static boolean untestedGaps() {
        return Boolean.parseBoolean(System.getProperty("exokg.untestedGaps", "false"));
    }

    /**
     * (issue 15, branch challenge39) Event {@code misses36-unknown-aspect}: an aspect of the vesicles named by "their"
     * said to be unknown ("their biogenesis is still poorly understood") as LackOfCharacterisation. OFF by default.
     */
    static boolean unknownAspects() {
        return Boolean.parseBoolean(System.getProperty("exokg.unknownAspects", "false"));
    }

    static boolean variationFactors() {
        return Boolean.getBoolean("exokg.variationFactors");
    }

    static boolean doseShares() {
        return Boolean.parseBoolean(System.getProperty("exokg.doseShares", "false"));
    }

    static boolean treatmentBeforeChallenge() {
        return Boolean.parseBoolean(System.getProperty("exokg.treatmentBeforeChallenge", "false"));
    }

    /** True when {@code id} names a challenge event or rule of this branch whose switch is off. */
    static boolean off(String id) {
        if (!id.startsWith(PREFIX)) {
            return false;
        }
        if (id.startsWith(PREFIX + "whether")) {
            return !whetherGaps();
        }
        if (id.startsWith(PREFIX + "variation")) {
            return !variationFactors();
        }
        if (id.startsWith(PREFIX + "dose")) {
            return !doseShares();
        }
        if (id.startsWith(PREFIX + "untested")) {
            return !untestedGaps();
        }
        if (id.startsWith(PREFIX + "unknown")) {
            return !unknownAspects();
        }
        return !contaminantEvents();
    }

    /**
     * True when {@code m}, a loading technique or treatment named before a lone challenge event of class
     * {@code objectIri} (a loading, aggregation or storage challenge), is the event's cause and not a rival subject.
     */
    static boolean causeBeforeEvent(Mention m, String objectIri) {
        return m.is(MentionType.LOADING_TECHNIQUE) && CAUSED_CHALLENGES.contains(objectIri) && treatmentBeforeChallenge();
    }
}
