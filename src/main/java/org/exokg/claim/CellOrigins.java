package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;
import org.exokg.mention.TermKeys;

/**
 * (issue 15, branch twolevelsources) Sources named at two levels: cells named with the fluid or tissue they were taken
 * from ("amniotic fluid stem cells", "urine-derived stem cells", "placental stromal cells"). The vesicles come from the
 * cells, so the cells are the qualifier and derivedFrom the cells stays unqualified (b); the fluid or tissue is a second
 * source of the same preparation, derivedFrom it qualified by the cells (conventions ee, tt). The fluid or tissue is
 * found by the lexicon's classes, as a mention stacked on the cells or as the first words of a cell name the lexicon
 * holds whole.
 */
final class CellOrigins {

    private CellOrigins() {}

    /**
     * A source named with the fluid or tissue it was taken from: {@code origin} "amniotic fluid" or "cord blood",
     * {@code named} the stem cells or the plasma named with it.
     */
    record Origin(Mention origin, Mention named) {}

    /**
     * The fluids and tissues that open a cell type's own name ("amniotic fluid stem cells" is one StemCell entry; its
     * first words name AmnioticFluid): the longest opening words of each cell mention, as its origin.
     */
    static List<Origin> insideCellNames(List<Mention> mentions, Lexicon lexicon, String cellIri, List<String> originClasses) {
        return insideCellNames(mentions, lexicon, cellIri, originClasses, new HashMap<>());
    }

    /**
     * What a cell name's own words give ({@link #insideCellNames}): for a surface read as class {@code iri}, the length of
     * its opening words that name the origin and the origin's term, or none ({@code origin} null).
     */
    record Opening(String iri, int length, Term origin) {}

    /**
     * As {@link #insideCellNames(List, Lexicon, String, List)}, with the answers already found for a surface kept in
     * {@code known} (branch enginespeed10, issue 16): the answer depends only on the surface and its class (the lexicon
     * and the classes are fixed), and a text names the same cells again and again. One-word names are passed over before
     * any key is made: without a space or hyphen inside there are no opening words.
     */
    static List<Origin> insideCellNames(List<Mention> mentions, Lexicon lexicon, String cellIri, List<String> originClasses,
            Map<String, Opening> known) {
        List<Origin> out = null;
        for (Mention m : mentions) {
            if (!m.is(MentionType.SOURCE) || !(m.iri().equals(cellIri) || lexicon.isA(m.iri(), cellIri))) {
                continue;
            }
            String surface = m.surface();
            if (!hasCut(surface)) {
                continue;
            }
            Opening opening = known.get(surface);
            if (opening == null || !opening.iri().equals(m.iri())) {
                opening = opening(m, lexicon, cellIri, originClasses);
                known.put(surface, opening);
            }
            if (opening.origin() != null) {
                out = out == null ? new ArrayList<>() : out;
                int i = opening.length();
                out.add(new Origin(new Mention(opening.origin(), m.start(), m.start() + i, surface.substring(0, i)), m));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether a surface has a place where its opening words could end: a space or hyphen after a character that is no space. */
    private static boolean hasCut(String surface) {
        for (int i = surface.length() - 1; i > 0; i--) {
            if (cut(surface, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cut(String surface, int i) {
        char c = surface.charAt(i);
        return (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011') && !Character.isWhitespace(surface.charAt(i - 1));
    }

    /** The opening words of a cell mention that name the fluid or tissue it was taken from, the longest first. */
    private static Opening opening(Mention m, Lexicon lexicon, String cellIri, List<String> originClasses) {
        String surface = m.surface();
        Opening none = new Opening(m.iri(), 0, null);
        // only a narrow name says where the cells were taken from ("amniotic fluid stem cell" under StemCell); a label
        // or exact synonym names the class itself ("blood platelet" is any platelet)
        String whole = TermKeys.labelKey(surface);
        if (whole == null || lexicon.entries(whole).stream().noneMatch(e -> e.term().iri().equals(m.iri()) && e.rank() >= 2)) {
            return none;
        }
        for (int i = surface.length() - 1; i > 0; i--) {
            if (!cut(surface, i)) {
                continue;
            }
            String key = TermKeys.labelKey(surface.substring(0, i));
            List<Lexicon.Entry> entries = key == null ? List.of() : lexicon.entries(key);
            if (entries.isEmpty()) {
                continue;
            }
            Lexicon.Entry e = entries.get(0);
            String iri = e.term().iri();
            // the words after the fluid must name a cell type of their own, the mention's class or a broader one
            // ("amniotic fluid | stem cells"); "plasma | cells" (B cells) are no cells of plasma
            String restKey = TermKeys.labelKey(surface.substring(i + 1));
            List<Lexicon.Entry> rest = restKey == null ? List.of() : lexicon.entries(restKey);
            boolean restIsCellType = !rest.isEmpty() && !rest.get(0).term().iri().equals(cellIri)
                    && (rest.get(0).term().iri().equals(m.iri()) || lexicon.isA(m.iri(), rest.get(0).term().iri()));
            if (restIsCellType && e.term().is(MentionType.SOURCE) && originClasses.stream().anyMatch(o -> !iri.equals(o) && lexicon.isA(iri, o))) {
                return new Opening(m.iri(), i, e.term());
            }
        }
        return none;
    }

    /**
     * Beside each affirmed derivedFrom of cells named with their origin, derivedFrom the origin qualified by the cells,
     * with the same subject, hedge and preparation.
     */
    static List<Claim> withOriginRows(List<Claim> claims, List<Origin> origins) {
        if (origins.isEmpty() || claims.isEmpty()) {
            return claims;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        claims.forEach(c -> out.putIfAbsent(c.identity(), c));
        for (Claim c : claims) {
            if (c.negated() || c.relation() != Relation.DERIVED_FROM || c.qualifierIri() != null) {
                continue;
            }
            for (Origin o : origins) {
                if (o.named().iri().equals(c.objectIri()) && !o.origin().iri().equals(c.objectIri())) {
                    Claim row = new Claim(c.subjectIri(), Relation.DERIVED_FROM, o.origin().iri(), null, c.hedgeCue(), SubjectScope.SPECIFIC,
                            c.objectIri(), c.rule() + "+cell-origin", c.sentence(), c.preparationName());
                    out.putIfAbsent(row.identity(), row);
                }
            }
        }
        return out.size() == claims.size() ? claims : new ArrayList<>(out.values());
    }

    /**
     * A fluid named with the fluid or tissue it was taken from ("umbilical cord blood plasma"): the outer source is the
     * preparation's (its derivedFrom row unqualified, b), the inner fluid's derivedFrom row is qualified by it (ee), as
     * the golds write plasma of cord blood. Only where both rows were read for the same subject.
     */
    static List<Claim> withInnerFluidsQualified(List<Claim> claims, List<Origin> origins) {
        if (origins.isEmpty() || claims.isEmpty()) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        boolean changed = false;
        for (Claim c : claims) {
            Claim kept = c;
            if (c.relation() != Relation.DERIVED_FROM && c.qualifierIri() != null) {
                // the preparation's other claims take the outer source as their qualifier, as the golds write them
                for (Origin o : origins) {
                    if (o.named().iri().equals(c.qualifierIri()) && outerRead(claims, c.subjectIri(), o.origin().iri())) {
                        kept = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                                o.origin().iri(), c.rule() + "+fluid-origin", c.sentence(), c.preparationName());
                        changed = true;
                        break;
                    }
                }
            }
            if (!c.negated() && c.relation() == Relation.DERIVED_FROM && c.qualifierIri() == null) {
                for (Origin o : origins) {
                    if (o.named().iri().equals(c.objectIri()) && outerRead(claims, c.subjectIri(), o.origin().iri())) {
                        kept = new Claim(c.subjectIri(), Relation.DERIVED_FROM, c.objectIri(), null, c.hedgeCue(), SubjectScope.SPECIFIC,
                                o.origin().iri(), c.rule() + "+fluid-origin", c.sentence(), c.preparationName());
                        changed = true;
                        break;
                    }
                }
            }
            out.add(kept);
        }
        return changed ? out : claims;
    }

    /** Whether the sentence's claims hold the subject's unqualified, affirmed derivedFrom the outer source. */
    private static boolean outerRead(List<Claim> claims, String subjectIri, String outerIri) {
        return claims.stream().anyMatch(d -> d.relation() == Relation.DERIVED_FROM && !d.negated() && d.qualifierIri() == null
                && d.subjectIri().equals(subjectIri) && d.objectIri().equals(outerIri));
    }
}
