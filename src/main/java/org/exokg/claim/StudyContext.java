package org.exokg.claim;

import org.exokg.ExoKg;

/**
 * The setting a statement reports: a review of other work, an in vitro, an in vivo (species, disease model) or a
 * clinical study (phase, registry ID).
 *
 * @param stage the kind of study
 * @param speciesIri for in vivo: the organism (exokg:Mouse ...), or null
 * @param diseaseIri for in vivo and clinical: the disease studied, or null
 * @param phase for clinical: "phase I", "phase I/II" ..., or null
 * @param registryId for clinical: the trial registry ID as written (NCT number), or null
 * @param stated true when the sentence itself states the setting; false when it is the document's default
 */
public record StudyContext(Stage stage, String speciesIri, String diseaseIri, String phase, String registryId,
        boolean stated) {

    /** Study stages; the local names are those of the ontology's study classes. */
    public enum Stage {
        REVIEW("LiteratureReview", "review"),
        IN_VITRO("InVitroStudy", "in vitro"),
        IN_VIVO("InVivoAnimalStudy", "in vivo"),
        CLINICAL("ClinicalTrial", "clinical");

        private final String localName;
        private final String label;

        Stage(String localName, String label) {
            this.localName = localName;
            this.label = label;
        }

        public String iri() {
            return ExoKg.NS + localName;
        }

        public String label() {
            return label;
        }
    }

    /** The class of the stage, the phase-specific trial class when the phase is one of I, II, III. */
    public String stageIri() {
        if (stage == Stage.CLINICAL && phase != null) {
            String p = phase.replaceFirst("(?i)^phase\\s*", "").toUpperCase(java.util.Locale.ROOT);
            String n = switch (p) {
                case "I", "1" -> "1";
                case "II", "2" -> "2";
                case "III", "3" -> "3";
                default -> null;
            };
            if (n != null) {
                return ExoKg.NS + "Phase" + n + "ClinicalTrial";
            }
        }
        return stage.iri();
    }
}
