package org.exokg.claim;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;

/**
 * (issue 15, branch dev34; convention fffff) A code the text defines for its vesicles keeps the vesicle word the code
 * itself ends in: "NSC-EV (small extracellular vesicles derived from a neural stem cell line)" names
 * ExtracellularVesicle at every later use, "the outer membrane vesicles of Akkermansia muciniphila (AmEVs)" too; the
 * defining phrase keeps its own kind in its own sentence. Only the generic kinds are exchanged (extracellular vesicles,
 * small EVs, exosomes, outer membrane vesicles and the size classes): a plant nanovesicle, a mimetic or an engineered
 * preparation keeps the kind its definition gave it, and a code with no vesicle word of these ("BCG-MVs", "CuNVs") too.
 * Switch: -Dexokg.codeVesicleWords=false turns it off (on by default since branch goldconv32: convention qqqqqq settled the
 * bacterium's codes, and the reading gained on the development sets and lost nothing).
 */
final class CodeVesicleWords {

    /** On by default (branch goldconv32); off with -Dexokg.codeVesicleWords=false (branch dev34 wrote it off). */
    static boolean ON = Boolean.parseBoolean(System.getProperty("exokg.codeVesicleWords", "true"));

    private static final String EV = ExoKg.NS + "ExtracellularVesicle";
    private static final String SMALL_EV = ExoKg.NS + "SmallExtracellularVesicle";
    private static final String EXOSOME = ExoKg.NS + "Exosome";
    private static final String OMV = ExoKg.NS + "BacterialOuterMembraneVesicle";

    /** The kinds a code's own word may replace (and be): the generic vesicle kinds. */
    private static final Set<String> GENERIC = Set.of(EV, SMALL_EV, EXOSOME, OMV, ExoKg.NS + "LargeExtracellularVesicle",
            ExoKg.NS + "Microvesicle", ExoKg.NS + "MembraneVesicle");

    /**
     * The vesicle word a code ends in, after a hyphen or glued to capitals or a small prefix ("NSC-EV", "Treg-sEVs",
     * "AmEVs", "MSC-Exos"), before an optional lot number ("DSC-EV-01").
     */
    private static final Pattern WORD = Pattern.compile("(?:^|[\\-‐–]|(?<=\\p{L}))(sEVs?|EVs?|Exos?|EXOs?|OMVs?)(?:[\\-‐–]\\p{N}+)?$");

    private static final Map<String, String> KIND = Map.of("sEV", SMALL_EV, "EV", EV, "Exo", EXOSOME, "EXO", EXOSOME, "OMV", OMV);

    private CodeVesicleWords() {}

    /** The kind the code's own vesicle word names, or null. */
    static String wordKind(String name) {
        Matcher m = WORD.matcher(name);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        return KIND.get(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
    }

    /** The kind the preparation named {@code name} is read as: the code's own word where both kinds are generic. */
    static String kind(String name, String definedKind) {
        String own = wordKind(name);
        return own != null && GENERIC.contains(definedKind) ? own : definedKind;
    }
}
