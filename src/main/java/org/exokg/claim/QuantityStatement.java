package org.exokg.claim;

import org.exokg.ExoKg;
import org.exokg.document.Sentence;

/**
 * A value a sentence reports about vesicles (their size, zeta potential, a dose, a share from a source, ...), or a
 * share said in words ("most commonly", "almost always").
 *
 * @param subjectIri the vesicle the value is about
 * @param qualifierIri the source or body fluid that narrows the population ("milk EVs", "EVs circulating in blood"), or null
 * @param property what is measured
 * @param objectIri the source of a share, the cargo of a loading efficiency, dose or loss; else null
 * @param methodIri the loading technique of a loading efficiency, the route of a dose; else null
 * @param quantity the number with its unit; null for a share said only in words
 * @param predominance the words that state a share ("most commonly", "almost always", "rare"), or null
 * @param hedgeCue the cue that makes the statement tentative, or null
 * @param context the study setting
 * @param rule the pattern that read it
 */
public record QuantityStatement(String subjectIri, String qualifierIri, Property property, String objectIri,
        String methodIri, Quantity quantity, String predominance, String hedgeCue, StudyContext context, String rule,
        Sentence sentence) {

    /** What a value measures; the local names are individuals of exokg:QuantityKind. */
    public enum Property {
        SIZE("size", "VesicleSize"),
        ZETA_POTENTIAL("zetaPotential", "ZetaPotential"),
        CONCENTRATION("concentration", "ParticleConcentration"),
        YIELD("yield", "VesicleYield"),
        LOADING_EFFICIENCY("loadingEfficiency", "LoadingEfficiency"),
        DOSE("dose", "AdministeredDose"),
        PROPORTION("proportion", "SourceShare"),
        PREDOMINANCE("predominance", "SourcePredominance"),
        STORAGE_TEMPERATURE("storageTemperature", "StorageTemperature"),
        DURATION("duration", "Duration"),
        CARGO_LOSS("cargoLoss", "CargoLoss"),
        EFFECT_SIZE("effectSize", "EffectSize");

        private final String key;
        private final String localName;

        Property(String key, String localName) {
            this.key = key;
            this.localName = localName;
        }

        /** The name used in the gold files (heldout-blind5-quantities.tsv). */
        public String key() {
            return key;
        }

        public String iri() {
            return ExoKg.NS + localName;
        }
    }

    public String identity() {
        return String.join("|", subjectIri, String.valueOf(qualifierIri), property.key(), String.valueOf(objectIri),
                String.valueOf(methodIri), quantity == null ? "-" : quantity.asWritten() + "@" + quantity.start(),
                String.valueOf(predominance), sentence.normalizedText());
    }
}
