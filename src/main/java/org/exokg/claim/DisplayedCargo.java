package org.exokg.claim;

/**
 * The switch of the reading of branch displayed40 (issue 15, fortieth session; docs/extraction.md, "Molecules
 * displayed on or attached to the vesicles"): {@code -Dexokg.displayedCargo} (OFF unless decided ON), read at each use
 * so that a test can turn it on and off. One family of rules in claim-rules.yaml (ids {@code displayed40-}), designed
 * together and declared here before any pool measurement:
 * <ul>
 * <li>{@code displayed40-engineered-to-display}: vesicles engineered, modified or designed to display or present a
 * molecule carry it (gold convention i: "exosomes from HEK293 cells were engineered to display a folate ligand" ->
 * carries FolateLigand); the older rule vesicle-displays-cargo leaves these out by a seed convention the golds no longer
 * follow;</li>
 * <li>{@code displayed40-decorated-with}: vesicles decorated, coated, functionalised, conjugated, armed or surface-modified
 * with a molecule, or conjugated, coupled, attached or anchored to one, carry it ("horse milk vesicles decorated with
 * the iRGD peptide" -> carries IrgdPeptide).</li>
 * </ul>
 * Guards (convention i's exclusions): a capture bead, plate or antibody used to isolate the vesicles ("EVs captured on
 * beads coated with anti-CD63"), a look-alike carrier named between the vesicles and the verb ("exosomes, unlike
 * liposomes decorated with RVG, ..."), the displayed molecule's target after "against / binding" and a fusion partner
 * after the object. PEG is no term of the lexicon, so "coated with PEG" reads nothing.
 */
public final class DisplayedCargo {

    /** The id prefix of the branch's rules. */
    static final String PREFIX = "displayed40-";

    /** The default of {@code exokg.displayedCargo}. */
    static final boolean DEFAULT = false;

    private DisplayedCargo() {}

    /** True when the reading is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.displayedCargo");
        return value == null ? DEFAULT : Boolean.parseBoolean(value);
    }
}
