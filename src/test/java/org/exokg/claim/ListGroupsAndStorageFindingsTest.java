package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision8 (twentieth session): three general causes of false positives found on the late development
 * sets, each on invented sentences (none from a gold set) with a near neighbour that keeps its claim, through the real
 * pipeline and the project ontology.
 */
class ListGroupsAndStorageFindingsTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void theGroupWordOfAListWithReadItemsGetsNoRow() throws Exception {
        // "A and other X", "many X: A and B": the items are the cargo, X only groups them (convention aa's reading)
        check("Exosomes from neutrophils contain cholesterol and other membrane molecules.\n", "contain",
                List.of("Exosome[Neutrophil] carries Cholesterol"), List.of("Exosome[Neutrophil] carries Molecule"));
        check("Vesicles of soil bacteria carry many molecules: phospholipids and short peptides.\n", "carry",
                List.of(), List.of("ExtracellularVesicle[Bacterium] carries Molecule"));
        // near neighbours: a group word with no item of its own keeps its row; "X:" without a count elaborates X; a
        // denial of "A or other X" denies the group too
        check("Exosomes from neutrophils carry RNA: short microRNAs are sorted into them by binding proteins.\n", "sorted",
                List.of("Exosome[Neutrophil] carries RNA", "Exosome[Neutrophil] carries MicroRNA"), List.of());
        check("Unlike exosomes, these plant nanovesicles lack CD81 or other tetraspanins.\n", "lack",
                List.of("PlantDerivedNanovesicle NOT carries Tetraspanin"), List.of());
        check("Exosomes from neutrophils contain many different molecules.\n", "contain",
                List.of("Exosome[Neutrophil] carries Molecule"), List.of());
    }

    @Test
    void keepingOrLosingTheCargoContentInStorageStatesNoCargo() throws Exception {
        check("After a month at 4 °C the goat milk exosomes had kept their shape and microRNA content.\n", "kept",
                List.of(), List.of("Exosome[CaprineMilk] carries MicroRNA"));
        check("Stored for six weeks at 4 °C, the loaded nanovesicles kept their size and drug content.\n", "kept",
                List.of(), List.of("PlantDerivedNanovesicle carries TherapeuticAgent", "Exosome carries TherapeuticAgent"));
        // near neighbours: the cargo named as a finding of the vesicles stays, also after "lost when"
        check("Platelet exosomes protected cultured neurons, a benefit lost when their microRNA content was depleted.\n",
                "benefit", List.of("Exosome[Platelet] carries MicroRNA"), List.of());
        check("Goat milk exosomes kept their shape at 4 °C, and their microRNA content was higher in early lactation.\n", "higher",
                List.of("Exosome[CaprineMilk] carries MicroRNA"), List.of());
    }

    @Test
    void aUseNobodyHasTestedYetGivesNoClaim() throws Exception {
        check("Camel milk exosomes have not yet been tested as drug carriers.\n", "tested",
                List.of("Exosome derivedFrom CamelMilk"), List.of("Exosome[CamelMilk] usedFor DrugDelivery", "Exosome[CamelMilk] NOT usedFor DrugDelivery"));
        check("Camel milk exosomes resist digestion, but their use as drug carriers has not been explored.\n", "explored",
                List.of("Exosome derivedFrom CamelMilk"), List.of("Exosome[CamelMilk] usedFor DrugDelivery"));
        check("No study has yet tested apoptotic bodies as drug carriers.\n", "No study", List.of(),
                List.of("ApoptoticBody usedFor DrugDelivery"));
        // near neighbours: the use tried and reported stays
        check("Camel milk exosomes have been tested as drug carriers in rats.\n", "tested",
                List.of("Exosome[CamelMilk] usedFor DrugDelivery"), List.of());
        check("Camel milk exosomes resist digestion, and their use as drug carriers has been explored in rats.\n", "explored",
                List.of("Exosome[CamelMilk] usedFor DrugDelivery"), List.of());
        check("One study has tested apoptotic bodies as drug carriers.\n", "One study",
                List.of("ApoptoticBody usedFor DrugDelivery"), List.of());
    }
}
