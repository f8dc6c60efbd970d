package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (Issue 15, branch sourceattribution) Producer cells named with what was done to them: "vesicles from Helicobacter
 * pylori-infected gastric cells", "EVs of LPS-stimulated macrophages", "exosomes from IFN-γ-primed MSCs",
 * "macrophages infected with Salmonella release exosomes". The cells are the vesicles' source; the agent (a bacterium,
 * virus, drug, cytokine or antigen) says what was done to them and is neither the source nor the qualifier of the
 * vesicles' claims. The agent's mention is dropped from the sentence's mentions, so the resolver and the claim rules see
 * the cells as the source, as {@code ClaimExtractor.withoutSpeciesOfCells} drops the species of "rat Schwann cells".
 * The participles are data: {@code cell-words.yaml}, treatmentParticiples.
 */
final class TreatedCells {

    /** Measurement switch: -Dexokg.noTreatedCellAgents keeps the agents' mentions (the reading before this branch). */
    static final boolean ON = !Boolean.getBoolean("exokg.noTreatedCellAgents");

    private static final String HYPHEN = "[\\-\u2010\u2011\u2012\u2013\u2014]";
    private static final String PARTICIPLE = CellWords.defaults().treatmentParticiples();

    /**
     * After the agent's mention: what its mention left out (a Greek letter or number glued to it, "TNF" of "TNF-α"; one
     * word, "virus" of "hepatitis B virus"), a hyphen, the participle, then the cells' words ("-infected gastric cells");
     * not conditioned medium or culture, which names the cells' product ("MSC-conditioned medium": the cells are the
     * source there).
     */
    private static final Pattern GLUED = Pattern.compile("(?i)\\A(?:" + HYPHEN + "?[\\p{IsGreek}0-9]+)?"
            // the word left out is no prefix of the participle: "MSCs pre-treated with melatonin" keeps the cells
            + "(?:\\s+(?!(?:pre|un|non|co|re|post|self|mock|sham|over|under|hyper|hypo|semi|well|freshly|newly)" + HYPHEN + ")"
            + "\\p{L}[\\p{L}0-9.]*)?\\s*" + HYPHEN + "\\s*" + PARTICIPLE + "(?=\\s+[\\p{L}0-9])(?!\\s+(?:media|medium|cultures?|supernatants?)\\b)");
    /** After the cells: the participle, its preposition and up to four words before the agent ("infected with a strain of"). */
    private static final Pattern AFTER_CELLS = Pattern.compile("(?i)\\A,?\\s+(?:[a-z]+ly\\s+)?" + PARTICIPLE
            + "\\s+(?:with|by|to)\\s+(?:[^\\s.;:,()]+\\s+){0,4}?\\z");
    /** Nothing but a space or hyphen between a source and the vesicles it names ("milk exosomes", "MSC-EVs"). */
    private static final Pattern ON_VESICLES = Pattern.compile("\\A[\\s\\-\u2010\u2011\u2012\u2013]*(?:derived\\s+)?\\z");

    /**
     * For the words between vesicles and their producer cells: an optional agent glued to a treatment participle, up to
     * three words ending in "-infected", "-treated", ... and a space ("helicobacter pylori-infected ", "tnf-α-primed ",
     * "hepatitis b virus-infected "), lower case; when the switch is off, nothing.
     */
    static final String AGENT_COMPOUND = ON
            ? "(?:(?:[^\\s,;:()]+\\s+){0,3}?[^\\s,;:()]*" + HYPHEN + PARTICIPLE + "\\s+)?" : "";

    /**
     * A vesicle word within the agent's noun phrase, up to three words after it and before any verb of giving off:
     * "treated with Lactobacillus plantarum vesicles" (the agent names vesicles of its own), not "infected with
     * Salmonella release exosomes" (the cells release them).
     */
    private static final Pattern VESICLES_SOON = Pattern.compile("(?i)\\A(?:[\\s\\-\u2010\u2011\u2013]+(?!(?:that|which|and|or|"
            + CellWords.defaults().releaseVerbs() + ")\\b)[\\p{L}\\p{N}.]+){0,3}?[\\s\\-\u2010\u2011\u2013]+(?:derived\\s+)?"
            + "(?:(?:micro|nano)?vesicles?|exosomes?|exos?|s?EVs?|OMVs?|ectosomes?|microparticles?)\\b");

    private TreatedCells() {}

    /**
     * The mentions without the agents of treated producers: a term glued to a treatment participle before the words that
     * follow it ("H. pylori-infected cells"), and a source named after cells and their participle ("macrophages infected
     * with Salmonella") unless it names vesicles of its own ("cells treated with milk exosomes"). {@code producer} tells
     * which sources can be treated producers (cells).
     */
    static List<Mention> withoutAgents(String text, List<Mention> mentions, Predicate<Mention> producer) {
        if (!ON) {
            return mentions;
        }
        List<Mention> kept = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            boolean agent = !a.is(MentionType.VESICLE) && GLUED.matcher(text).region(a.end(), text.length()).lookingAt();
            if (!agent && a.is(MentionType.SOURCE) && i > 0) {
                Mention cells = mentions.get(i - 1);
                Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                agent = cells.is(MentionType.SOURCE) && producer.test(cells) && cells.end() <= a.start()
                        && AFTER_CELLS.matcher(text.substring(cells.end(), a.start())).matches()
                        && !(next != null && next.is(MentionType.VESICLE) && next.start() >= a.end()
                                && ON_VESICLES.matcher(text.substring(a.end(), next.start())).matches())
                        && !VESICLES_SOON.matcher(text).region(a.end(), text.length()).lookingAt();
            }
            if (agent) {
                if (kept == null) {
                    kept = new ArrayList<>(mentions.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(a);
            }
        }
        return kept == null ? mentions : kept;
    }
}
