package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch cargolexicon (twenty-fifth session): a cargo or probe named by a member of its family (a drug by
 * name or by its stem, a nucleic acid therapeutic, an enzyme, a cytokine, an antibody, a dye, a radionuclide, a plant
 * constituent) is read as that cargo's class (ontology block of branch cargolexicon: narrow synonyms and name patterns
 * of existing classes). Invented sentences, each with a near neighbour in which the same word names no cargo of the
 * vesicles (a drug given to the animals or patients, a plasmid of the producer cells, a figure panel).
 */
class CargoFamilyNamesTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void namedDrugIsSmallMoleculeDrugCargo() throws Exception {
        List<String> got = claims("Exosomes from mesenchymal stem cells were loaded with tacrolimus by sonication.");
        assertTrue(TestSupport.anyContains(got, "carries SmallMoleculeDrug"), got.toString());
        List<String> antibiotic = claims("Exosomes from macrophages were loaded with ciprofloxacin and killed intracellular bacteria.");
        assertTrue(TestSupport.anyContains(antibiotic, "carries SmallMoleculeDrug"), antibiotic.toString());
        // the drug given to the animals beside the vesicles is no cargo
        List<String> given = claims("Mice given tacrolimus received exosomes from mesenchymal stem cells.");
        assertTrue(!TestSupport.anyContains(given, "carries SmallMoleculeDrug"), given.toString());
        List<String> treated = claims("Mice infected with bacteria were treated with ciprofloxacin and with exosomes from macrophages.");
        assertTrue(!TestSupport.anyContains(treated, "carries SmallMoleculeDrug"), treated.toString());
    }

    @Test
    void drugStemsNameTheirFamily() throws Exception {
        // a kinase inhibitor by its stem "-tinib", a platinum drug by "-platin": neither word is listed
        List<String> tinib = claims("Milk exosomes loaded with osimertinib slowed lung tumour growth.");
        assertTrue(TestSupport.anyContains(tinib, "carries SmallMoleculeDrug"), tinib.toString());
        List<String> platin = claims("Exosomes loaded with satraplatin killed ovarian cancer cells.");
        assertTrue(TestSupport.anyContains(platin, "carries Chemotherapeutic"), platin.toString());
        List<String> mab = claims("Exosomes displaying trastuzumab bound breast cancer cells.");
        assertTrue(TestSupport.anyContains(mab, "carries Antibody"), mab.toString());
        // resistant cells and treated patients carry nothing of the drug
        List<String> resistant = claims("Osimertinib-resistant cancer cells released exosomes that carried microRNAs.");
        assertTrue(!TestSupport.anyContains(resistant, "carries SmallMoleculeDrug"), resistant.toString());
        List<String> patients = claims("Patients who received satraplatin had more circulating exosomes.");
        assertTrue(!TestSupport.anyContains(patients, "carries Chemotherapeutic"), patients.toString());
        List<String> mabPatients = claims("Patients treated with trastuzumab had fewer circulating exosomes.");
        assertTrue(!TestSupport.anyContains(mabPatients, "carries Antibody"), mabPatients.toString());
    }

    @Test
    void nucleicAcidTherapeuticsAndProteins() throws Exception {
        List<String> plasmid = claims("Exosomes were loaded with a reporter plasmid by electroporation.");
        assertTrue(TestSupport.anyContains(plasmid, "carries DNA"), plasmid.toString());
        List<String> gapmer = claims("Milk exosomes were loaded with gapmers by electroporation.");
        assertTrue(TestSupport.anyContains(gapmer, "carries TherapeuticNucleicAcid"), gapmer.toString());
        List<String> enzyme = claims("Exosomes from astrocytes carried glutamine synthetase and microRNAs.");
        assertTrue(TestSupport.anyContains(enzyme, "carries Enzyme"), enzyme.toString());
        List<String> polyphenol = claims("Tea leaf nanovesicles contained polyphenols and microRNAs.");
        assertTrue(TestSupport.anyContains(polyphenol, "carries Metabolite"), polyphenol.toString());
        // the plasmid of the producer cells is not carried by their exosomes; "release" is no enzyme
        List<String> producer = claims("HEK293 cells transfected with a plasmid encoding Lamp2b released exosomes.");
        assertTrue(!TestSupport.anyContains(producer, "carries DNA"), producer.toString());
        List<String> release = claims("Exosome release from astrocytes increased in the disease.");
        assertTrue(!TestSupport.anyContains(release, "Enzyme"), release.toString());
    }

    @Test
    void dyesAndRadionuclidesAreProbes() throws Exception {
        List<String> dye = claims("Exosomes labelled with Alexa Fluor 647 accumulated in the liver.");
        assertTrue(TestSupport.anyContains(dye, "carries FluorescentDye"), dye.toString());
        List<String> technetium = claims("Exosomes labelled with 99mTc were found in the spleen.");
        assertTrue(TestSupport.anyContains(technetium, "carries Radiolabel"), technetium.toString());
        List<String> radiolabelled = claims("Radiolabelled exosomes from macrophages reached the brain.");
        assertTrue(TestSupport.anyContains(radiolabelled, "carries Radiolabel"), radiolabelled.toString());
        // a figure panel "18F" is no fluorine-18
        List<String> panel = claims("Figure 18F shows exosomes from macrophages in the liver.");
        assertTrue(!TestSupport.anyContains(panel, "Radiolabel"), panel.toString());
    }
}
