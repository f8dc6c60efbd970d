package org.exokg.claim;

import java.io.InputStream;
import java.util.Map;

/**
 * The words of the classification reading, read from {@code kind-words.yaml} (data; the sections are described
 * there) for {@link ClassificationReader}. Each field is one group of alternatives to build expressions with.
 *
 * @param interjections a parenthetical between subject and copula, or right after the copula ("by contrast")
 * @param classifyingVerbs verbs of class membership read like a copula ("belong to", "count among")
 * @param predicateEnds words after the category that end its noun phrase ("either")
 * @param denyingConnectors after a stated category, a second one denied ("rather than", "and not")
 * @param affirmingConnectors after a denied category, a second one stated ("but")
 * @param subjectCoordinators two vesicle terms joined by these share the copula's category ("and")
 * @param irregularParticiples participles without -ed/-en that open a phrase between subject and copula ("shed by")
 */
record KindWords(String interjections, String classifyingVerbs, String predicateEnds, String denyingConnectors,
        String affirmingConnectors, String subjectCoordinators, String irregularParticiples) {

    static final String RESOURCE = "kind-words.yaml";

    private static final KindWords DEFAULT = RuleFile.read(RESOURCE, KindWords::parse);

    /** The shipped words. */
    static KindWords defaults() {
        return DEFAULT;
    }

    /** Reads a kind-word file; a missing section, an empty one or a word that is no regular expression is an error naming it. */
    static KindWords parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        return new KindWords(RuleFile.words(root, "interjections", name), RuleFile.words(root, "classifyingVerbs", name),
                RuleFile.words(root, "predicateEnds", name), RuleFile.words(root, "denyingConnectors", name),
                RuleFile.words(root, "affirmingConnectors", name), RuleFile.words(root, "subjectCoordinators", name),
                RuleFile.words(root, "irregularParticiples", name));
    }
}
