package org.exokg.claim;

/**
 * Switch of branch discoursedisease39 (issue 15, thirty-ninth session; docs/extraction.md, "The disease under
 * discussion as the object of a benefit or harm stated with no disease"): in a finding that names no disease, the
 * vesicles' benefit or harm to a body part, a function or a sign ("M2-Exos protect cartilage", "NSC-EVs protected the
 * brain", "F-EVs did not reduce collagen deposition", "reduced swelling by 52 %") is a treatment of (a contribution to)
 * the disease under discussion, chosen as the title's disease, else the disease of the text's model ("mice with
 * colitis"), else the one named most. The disease is a claim object only: the words are read as it in a second
 * reading of the sentence after its own, whose other claims are dropped, so that the sentence's own readings see what
 * they saw. Asserted claims only.
 * Object words are the outcome measures {@code discdis39-*} of claim-rules.yaml, read only by the rules
 * {@code discdis39-*}, which read nothing else. {@code -Dexokg.discourseDisease=true/false}; read at each use.
 */
public final class DiscourseDisease {

    /** The id prefix of the reading's object words and rules. */
    static final String PREFIX = "discdis39-";

    /** The default of {@code exokg.discourseDisease} (decided by the brief's rule; docs/switches.md). */
    static final boolean DEFAULT = false;

    private DiscourseDisease() {}

    /** True when the reading is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.discourseDisease");
        return value == null ? DEFAULT : Boolean.parseBoolean(value);
    }

    /** True when {@code id} names an object word or rule of the reading (never read in the sentence's own reading). */
    static boolean ours(String id) {
        // (branch opengaps40) the open questions' discourse part reads its own object words in the same pass
        return id.startsWith(PREFIX) || OpenQuestionContent.discourse(id);
    }
}
