package org.exokg.claim;

/**
 * A number with its unit as a sentence writes it, and the same normalised.
 *
 * @param start offset of the expression in the document text (UTF-16, inclusive)
 * @param end offset of its end (exclusive)
 * @param asWritten the expression as the text gives it ("185 ± 22 nm", "−24 mV", "below 5 %")
 * @param low normalised lower bound, or null when the text gives none ("below 5 %")
 * @param high normalised upper bound, or null ("more than 80 %"); equals low for a single value
 * @param unit the normalised unit (one of {@link Unit})
 * @param modifier how the value is qualified: "range", "about", "<", "≤", ">", "≥", "within", or null
 * @param spread the ± spread in the normalised unit, or null
 */
public record Quantity(int start, int end, String asWritten, Double low, Double high, Unit unit, String modifier,
        Double spread) {

    /** Normalised units; the UO IDs were checked in the unit ontology's own file (ontology/mappings/verified-terms.tsv). */
    public enum Unit {
        NANOMETRE("nm", "UO_0000018"),
        MILLIVOLT("mV", "UO_0000247"),
        PERCENT("%", "UO_0000187"),
        MILLIGRAM_PER_KILOGRAM("mg/kg", "UO_0000308"),
        /** No UO unit counts particles per volume or body weight: the unit stays a label. */
        PARTICLES_PER_KILOGRAM("particles/kg", null),
        PARTICLES_PER_MILLILITRE("particles/mL", null),
        MILLIGRAM_PER_LITRE("mg/L", "UO_0000273"),
        DEGREE_CELSIUS("°C", "UO_0000027"),
        HOUR("h", "UO_0000032"),
        FOLD("fold", "UO_0000190");

        private final String label;
        private final String uoLocalName;

        Unit(String label, String uoLocalName) {
            this.label = label;
            this.uoLocalName = uoLocalName;
        }

        public String label() {
            return label;
        }

        /** The UO class IRI, or null when UO has no such unit. */
        public String iri() {
            return uoLocalName == null ? null : "http://purl.obolibrary.org/obo/" + uoLocalName;
        }
    }

    public boolean isRange() {
        return low != null && high != null && !low.equals(high);
    }
}
