package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch guards41, forty-first session; docs/extraction.md, "Guards against the design sets' commonest wrong
 * claims") Guards: readings that only remove claims, read once per document on the final claims.
 * <ul>
 * <li>{@code -Dexokg.ownSubjectGuard} (OFF; {@code =true} turns it on): a claim the extractor gives to the vesicles of
 * the sentence before (rule suffix {@code +previous-sentence-subject}) is not read when the sentence opens with a
 * subject of its own, a term that is not the vesicles' and not the claim's object: a cell, tissue, fluid or organism
 * (a source term), a material or a disease, within the sentence's first {@value #OPENING_WORDS} words and before the
 * claim's object. "Synthetic carriers improve intracellular delivery but are cleared by the liver" after a sentence on
 * macrophage EVs is said of the carriers; "Manufacturing cardiac progenitor cells from biopsies is costly" of the
 * cells; "The sponsor uses cells from a single donor, which reduces variability between lots" of the sponsor's cells.
 * A list item after a lead-in ({@code list-item}) keeps its claim: the lead-in is its subject.</li>
 * </ul>
 * Read at each use, not when the class loads, so that a test can turn the guard on and off.
 */
public final class ClaimGuards {

    /** How many words may stand before the sentence's own subject term. */
    static final int OPENING_WORDS = 3;

    private ClaimGuards() {}

    /** Measurement switch: -Dexokg.ownSubjectGuard=true|false. */
    public static boolean ownSubjectGuard() {
        return Boolean.parseBoolean(System.getProperty("exokg.ownSubjectGuard", "false"));
    }

    /** Whether any guard is on. */
    public static boolean on() {
        return ownSubjectGuard();
    }

    /** The claims without those a guard that is on removes. */
    public static List<Claim> guarded(String text, List<Claim> claims, Function<Claim, List<Mention>> sentenceMentions) {
        boolean ownSubject = ownSubjectGuard();
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (ownSubject && ownSubjectOpens(text, c, sentenceMentions.apply(c))) {
                continue;
            }
            kept.add(c);
        }
        return kept.size() == claims.size() ? claims : kept;
    }

    /** A claim carried from the sentence before, in a sentence that opens with a subject term of its own. */
    static boolean ownSubjectOpens(String text, Claim c, List<Mention> mentions) {
        if (c.rule() == null || !c.rule().contains("+previous-sentence-subject") || c.rule().contains("list-item")) {
            return false;
        }
        int start = c.sentence().start();
        int end = c.sentence().end();
        int objectStart = -1;
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && m.iri().equals(c.objectIri())) {
                objectStart = m.start();
                break;
            }
        }
        if (objectStart < 0) {
            return false; // the object is not spelled in the sentence: nothing to tell the subject from
        }
        for (Mention m : mentions) {
            if (m.start() < start || m.end() > objectStart || m.iri().equals(c.objectIri())) {
                continue;
            }
            if (m.is(MentionType.VESICLE)) {
                return false; // the sentence names vesicles before the object: not a subject of another kind
            }
            if ((m.is(MentionType.SOURCE) || m.is(MentionType.MATERIAL_ENTITY) || m.is(MentionType.DISEASE))
                    && words(text, start, m.start()) <= OPENING_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Words in text[from, to). */
    static int words(String text, int from, int to) {
        int count = 0;
        boolean in = false;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }
}
