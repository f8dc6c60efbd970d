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
 * <li>{@code -Dexokg.shiftedMacrophages=true} (convention ooo): macrophages the vesicles repolarise towards an
 * anti-inflammatory, M2 or resolving state, or shift or reprogramme in a "by" phrase ("reduce lung inflammation by
 * reprogramming alveolar macrophages"), are their target and the use is immunomodulation (impliedProperties
 * {@code immunecells41-shifted-macrophages-is-immunomodulation}): rule ids {@value #SHIFTED}.</li>
 * </ul>
 */
final class ImmuneCellReadings {

    /** The id prefix of the activated-cells rules (convention a). */
    static final String ACTIVATED = "immunecells41-activated-";
    /** The id prefix of the shifted-macrophages rules (convention ooo). */
    static final String SHIFTED = "immunecells41-shifted-";
    /** The rule switches' bits in {@link MissedClaimReadings#ruleSwitches}. */
    static final int ACTIVATED_BIT = 1 << 25;
    static final int SHIFTED_BIT = 1 << 26;

    private ImmuneCellReadings() {}

    static boolean activatedCells() {
        return Boolean.getBoolean("exokg.activatedCells");
    }

    static boolean shiftedMacrophages() {
        return Boolean.getBoolean("exokg.shiftedMacrophages");
    }

    /** This reading's bits of {@link MissedClaimReadings#ruleSwitches}. */
    static int bits() {
        return (activatedCells() ? ACTIVATED_BIT : 0) | (shiftedMacrophages() ? SHIFTED_BIT : 0);
    }

    /** True when {@code id} is a rule of this branch whose switch is off in {@code switches}; false for other ids. */
    static boolean ruleOff(String id, int switches) {
        if (id.startsWith(ACTIVATED)) {
            return (switches & ACTIVATED_BIT) == 0;
        }
        return id.startsWith(SHIFTED) && (switches & SHIFTED_BIT) == 0;
    }

    /** True when {@code id} names a rule of this branch (the prefixes above). */
    static boolean owns(String id) {
        return id.startsWith(ACTIVATED) || id.startsWith(SHIFTED);
    }
}
