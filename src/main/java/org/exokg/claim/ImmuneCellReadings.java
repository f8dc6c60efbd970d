package org.exokg.claim;

/**
 * (issue 15, branch immunecells41, forty-first session) Switches of two readings of vesicles acting on immune cells, each
 * a written gold convention the design golds follow, both OFF while measured (docs/extraction.md, "Vesicles that
 * activate, prime or reprogramme immune cells"). Read at each use, not when a class loads, so that a test can turn them
 * on and off:
 * <ul>
 * <li>{@code -Dexokg.activatedCells=true} (convention a): cells the vesicles activate, prime or stimulate are their
 * target also with a fuller name ("activated CD4-positive T cells", "primed antigen-specific CD8 T cells"), after
 * "by priming", "nevertheless activated", and cells in which they activate a process ("activated autophagy in HCT116
 * cells", "stimulated Toll-like receptor 4 signalling of human monocytes"): claim-rules.yaml, rule ids
 * {@value #ACTIVATED};</li>
 * <li>{@code -Dexokg.inducedImmuneCells=true} (convention a's reading with the verbs of raising or lowering a population):
 * immune cells the vesicles induce, expand, recruit or attract, whose number or infiltration they change, or in which
 * they induce or lower a molecule ("induce protective Th17 cells", "lowered the number of macrophages in the infarct",
 * "induced interleukin-10 in dendritic cells"): rule ids {@value #INDUCED};</li>
 * <li>{@code -Dexokg.shiftedMacrophages=true} (convention ooo): macrophages the vesicles repolarise towards an
 * anti-inflammatory, M2 or resolving state, or shift or reprogramme in a "by" phrase ("reduce lung inflammation by
 * reprogramming alveolar macrophages"), are their target and the use is immunomodulation (impliedProperties
 * {@code immunecells41-shifted-macrophages-is-immunomodulation}): rule ids {@value #SHIFTED}.</li>
 * </ul>
 */
final class ImmuneCellReadings {

    /** The id prefix of the activated-cells rules (convention a). */
    static final String ACTIVATED = "immunecells41-activated-";
    /** The id prefix of the induced-immune-cells rules (convention a's reading, verbs of raising a population). */
    static final String INDUCED = "immunecells41-induced-";
    /** The id prefix of the shifted-macrophages rules (convention ooo). */
    static final String SHIFTED = "immunecells41-shifted-";
    /** The rule switches' bits in {@link MissedClaimReadings#ruleSwitches}, as {@link RuleSwitches#TABLE} gives them. */
    static final long ACTIVATED_BIT = 1L << 25;
    static final long SHIFTED_BIT = 1L << 26;
    static final long INDUCED_BIT = 1L << 27;

    private ImmuneCellReadings() {}

    static boolean activatedCells() {
        return Boolean.getBoolean("exokg.activatedCells");
    }

    static boolean inducedImmuneCells() {
        return Boolean.getBoolean("exokg.inducedImmuneCells");
    }

    static boolean shiftedMacrophages() {
        return Boolean.getBoolean("exokg.shiftedMacrophages");
    }

    /** True when {@code id} is a rule of this branch whose switch is off in {@code switches}; false for other ids. */
    static boolean ruleOff(String id, long switches) {
        if (id.startsWith(ACTIVATED)) {
            return (switches & ACTIVATED_BIT) == 0;
        }
        if (id.startsWith(INDUCED)) {
            return (switches & INDUCED_BIT) == 0;
        }
        return id.startsWith(SHIFTED) && (switches & SHIFTED_BIT) == 0;
    }

    /** True when {@code id} names a rule of this branch (the prefixes above). */
    static boolean owns(String id) {
        return id.startsWith(ACTIVATED) || id.startsWith(SHIFTED) || id.startsWith(INDUCED);
    }
}
