package org.exokg.claim;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that tell a cell population from other sources, read from {@code cell-words.yaml} (data; the sections are
 * described there) for {@link SubjectScopeResolver}.
 *
 * @param populationName matches the whole of a source's name that ends in a population's head ("stem cells")
 * @param tissueCells found at the end of a source's name that names the cells of the tissue before it ("bone marrow MSCs")
 * @param unnaming matches the whole of a word before "cells" that names no population ("parent", "the")
 * @param releaseVerbs the finite verbs by which a source, their clause's subject, gives off the vesicles after it
 *                     ("secrete", "sheds"), as one group of alternatives to build expressions with (branch producers)
 * @param treatmentParticiples what was done to producer cells ("infected", "treated", "primed"), as one group of
 *                     alternatives: the agent glued to or named after such a participle is not the vesicles' source
 *                     ({@link TreatedCells}, branch sourceattribution)
 */
record CellWords(Pattern populationName, Pattern tissueCells, Pattern unnaming, String releaseVerbs, String treatmentParticiples) {

    static final String RESOURCE = "cell-words.yaml";

    private static final CellWords DEFAULT = RuleFile.read(RESOURCE, CellWords::parse);

    /** The shipped words. */
    static CellWords defaults() {
        return DEFAULT;
    }

    /** Reads a cell-word file; a missing section, an empty one or a word that is no regular expression is an error naming it. */
    static CellWords parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        return new CellWords(Pattern.compile("(?i).*" + RuleFile.words(root, "populationHeads", name)),
                Pattern.compile("(?i)" + RuleFile.words(root, "tissueCellHeads", name) + "\\z"),
                Pattern.compile("(?i)" + RuleFile.words(root, "unnamingWords", name)),
                RuleFile.words(root, "releaseVerbs", name), RuleFile.words(root, "treatmentParticiples", name));
    }
}
