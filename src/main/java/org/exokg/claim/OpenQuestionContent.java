package org.exokg.claim;

/**
 * Switch of branch opengaps40 (issue 15, fortieth session; docs/extraction.md, "An open question or a stated gap about
 * the vesicles: its content as a hedged claim"): gold convention aaaaa, an open question or a stated gap about the
 * vesicles ("Whether such vesicles act in a systemic autoimmune disease is not known", "Whether they work as well in
 * pigs has not been tested"; gold convention nnnnnnn for whether-clauses) gives the claim its content states, hedged.
 * A whether-clause is also an if-clause after a verb or adjective of not knowing or testing ("it remains to be tested if",
 * "unclear if"). One family under one switch, {@code -Dexokg.openQuestionContent=true/false} (OFF by default while
 * measured; read at each use):
 * <ul>
 * <li>rules {@code opengaps40-question-*} of claim-rules.yaml: inside a whether-clause, the vesicles acting, working or
 * helping in a disease the clause names ("act in a systemic autoimmune disease", "improve pump function in ischaemic
 * heart failure") treat it; the cells they act on, shape or change are targets;</li>
 * <li>the discourse part, object words and rules {@code opengaps40-discourse-*}: inside a whether-clause whose sentence
 * names no disease, the vesicles working or helping, or protecting, rescuing, improving a body part or a function
 * ("Whether they work as well in pigs has not been tested", "We asked whether M2-Exos protect cartilage") treat the
 * disease under discussion (the reading of branch discoursedisease39, which reads asserted findings only: the title's
 * disease, else the model's, else the one named most), here the title's disease only; hedged claims only.</li>
 * </ul>
 * The hedge is the sentence's own cue ("whether": hedge-open-question; "if": hedge-condition): a
 * question the sentence answers, a denied result, or vesicles of no class (liposomes) give nothing new.
 */
public final class OpenQuestionContent {

    /** The id prefix of the family's rules and object words. */
    static final String PREFIX = "opengaps40-";

    /** The id prefix of the discourse part (object words read only in the disease-under-discussion pass). */
    static final String DISCOURSE = PREFIX + "discourse-";

    /** The default of {@code exokg.openQuestionContent} (decided by the brief's rule, fortieth session: pool +1 right / +1 wrong, OFF; docs/switches.md). */
    static final boolean DEFAULT = false;

    private OpenQuestionContent() {}

    /** True when the family is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.openQuestionContent");
        return value == null ? DEFAULT : Boolean.parseBoolean(value);
    }

    /** True when {@code id} names an object word or rule of the discourse part. */
    static boolean discourse(String id) {
        return id.startsWith(DISCOURSE);
    }
}
