package org.exokg.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch scope38) Readings of the subject's scope where a claim is right but for its subject's narrowing
 * (docs/extraction.md, "Claims wrong only in their subject's scope"). Switches read at each use, so that a test may set
 * them either way (one property look-up per vesicle mention, nothing rebuilt).
 */
final class ScopeReadings {

    private ScopeReadings() {}

    /**
     * {@code -Dexokg.stackedFluidCells}: a vesicle noun with two sources stacked on it, one body fluid (or other source
     * that is no cell population) and one cell population, in either order ("plasma neuron-derived exosomes",
     * "Neuron-derived plasma EVs", "plasma hepatocyte EVs"), names vesicles of the cells found in the fluid: the cells are
     * the subject's qualifier, derivedFrom the cells stays unqualified (convention b) and derivedFrom the fluid carries
     * the cells as its qualifier (conventions ee, zz, tt). Before it, the source nearer the noun was the qualifier and
     * the fluid's derivedFrom row was read as one of two coordinated origins (unqualified).
     */
    static boolean stackedFluidCells() {
        return Boolean.parseBoolean(System.getProperty("exokg.stackedFluidCells", "false"));
    }

    /** Only blanks, or a hyphen and "derived" glued to the first source: "plasma neuron-", "neuron-derived plasma". */
    private static final Pattern STACKED_GAP = Pattern.compile("\\A(?:\\s+|\\s*[\\-\u2010\u2011\u2013]\\s*derived\\s+)\\z");

    /**
     * The cell population stacked right before {@code fluid} in one noun phrase ("Neuron-derived plasma EVs": the
     * neurons for "plasma"), or null: {@code fluid} must be a source that is no cell population and the mention just
     * before it a cell population joined to it by blanks or "-derived" only (no "and", no comma).
     */
    static Mention cellsStackedBefore(String text, Mention fluid, List<Mention> mentions, Pattern cellWord) {
        int i = mentions.indexOf(fluid);
        if (i <= 0 || !fluid.is(MentionType.SOURCE) || cellWord.matcher(fluid.surface()).matches()) {
            return null;
        }
        Mention cells = mentions.get(i - 1);
        return cells.is(MentionType.SOURCE) && !cells.term().branchRoot() && cellWord.matcher(cells.surface()).matches()
                && cells.end() <= fluid.start() && STACKED_GAP.matcher(text.substring(cells.end(), fluid.start())).matches()
                ? cells : null;
    }

    /**
     * Whether {@code fluid} and {@code cells} are stacked in that order on one vesicle noun ("plasma neuron-derived
     * exosomes"): the fluid no cell population, the cells one, only blanks between them.
     */
    static boolean fluidStackedOnCells(String text, Mention fluid, Mention cells, Pattern cellWord) {
        return fluid != null && cells != null && fluid.is(MentionType.SOURCE) && cells.is(MentionType.SOURCE)
                && !cellWord.matcher(fluid.surface()).matches() && cellWord.matcher(cells.surface()).matches()
                && fluid.end() <= cells.start() && text.substring(fluid.end(), cells.start()).isBlank()
                && !text.substring(fluid.end(), cells.start()).isEmpty();
    }
}
