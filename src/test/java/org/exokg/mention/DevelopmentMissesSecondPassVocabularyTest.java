package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary from development misses, second pass (issue 15, sixteenth session, branch vocab18): terms that missed gold
 * claims of the development sets named and the lexicon did not read, read with the project's own ontology. Sentences
 * are invented; each check has a near neighbour that must not be over-matched. The third pass (branch vocab18b) adds
 * its checks at the end.
 */
class DevelopmentMissesSecondPassVocabularyTest {

    private static List<String> found(String text) {
        return new MentionRecognizer(TestSupport.projectLexicon()).recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void theVitreousIsTheFluidOfTheEye() {
        assertEquals(List.of("vitreous=VitreousHumor"), found("vitreous vesicles"));
        assertEquals(List.of("ExtracellularVesicle derivedFrom VitreousHumor", "ExtracellularVesicle carries MicroRNA"),
                triples(projectClaims("Extracellular vesicles in the vitreous carried microRNAs.")));
        // near neighbour: the drug given into the eye names no fluid
        assertTrue(found("an intravitreal injection").stream().noneMatch(m -> m.endsWith("=VitreousHumor")));
    }

    @Test
    void cargoAndApplicationsInPlainWords() {
        // "mucosal immunity" is Immunogenicity since gold convention uuuuu (immunity the vesicles induce)
        assertEquals(List.of("genetic messages=NucleicAcid", "anticancer compounds=Chemotherapeutic", "gene editors=GeneTherapy",
                "diagnosing=Diagnosis", "demyelination=MultipleSclerosis", "mucosal immunity=Immunogenicity"),
                found("genetic messages, anticancer compounds, gene editors, diagnosing, demyelination, mucosal immunity"));
        assertEquals(List.of("Exosome carries Protein", "Exosome carries NucleicAcid"),
                triples(projectClaims("Exosomes carry proteins and genetic data to other cells.")));
        // near neighbour: a gene and an editor apart are no gene editor
        assertTrue(found("the gene and its editor").stream().noneMatch(m -> m.endsWith("=GeneTherapy")));
    }

    @Test
    void propertiesAndChallengesInPlainWords() {
        assertEquals(List.of("nanoscale=SmallSize", "small enough=SmallSize", "remained intact=Stability",
                "no potency assay=LackOfPotencyAssay"),
                found("nanoscale, small enough, remained intact, no potency assay"));
        assertEquals(List.of("Exosome derivedFrom Milk", "Exosome hasProperty Stability"),
                triples(projectClaims("Milk exosomes remained intact in simulated gastric fluid.")));
        // near neighbours: small alone, intact alone and a potency assay that exists are none of these
        assertTrue(found("small vesicles with an intact membrane were tested in a potency assay").stream()
                .noneMatch(m -> m.endsWith("=SmallSize") || m.endsWith("=Stability") || m.endsWith("=LackOfPotencyAssay")));
    }

    @Test
    void immuneEffectsAndDeliveryInPlainWords() {
        assertEquals(List.of("calm inflamed tissue=Immunomodulation", "cytokine release=Immunogenicity", "oral vehicle=DrugDelivery",
                "no serious adverse events=LowToxicity", "tubular necrosis=AcuteKidneyInjury", "caused aggregation=VesicleAggregation"),
                found("calm inflamed tissue, cytokine release, oral vehicle, no serious adverse events, tubular necrosis, caused aggregation"));
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome treats AcuteKidneyInjury"),
                triples(projectClaims("MSC exosomes reduced tubular necrosis in mice.")));
        // near neighbours: a vehicle given to control mice and a release of vesicles are neither delivery nor immunogenicity
        assertTrue(found("mice given vehicle and the release of cytokines by vesicles").stream()
                .noneMatch(m -> m.endsWith("=DrugDelivery") || m.endsWith("=Immunogenicity")));
    }

    // Third pass (branch vocab18b): misses listed by branches vocab18 and triggers and by LexiconCoverageReview.

    @Test
    void theGutLiningIsTheIntestinalBarrier() {
        assertEquals(List.of("gut epithelium=IntestinalBarrier", "monolayer of intestinal epithelial cells=IntestinalBarrier",
                "intestinal epithelial monolayer=IntestinalBarrier"),
                found("gut epithelium, a monolayer of intestinal epithelial cells, an intestinal epithelial monolayer"));
        assertEquals(List.of("Exosome derivedFrom CaprineMilk", "Exosome crosses IntestinalBarrier"),
                triples(projectClaims("Goat milk exosomes crossed the gut epithelium.")));
        // near neighbour: the cells of the gut lining, named as cells, are cells, not the barrier
        // (branch vocab24: "intestinal epithelial cell" is read as "gut epithelial cell" too, so the whole phrase is the cells)
        assertEquals(List.of("gut epithelial cells=EpithelialCell"), found("gut epithelial cells and the intestinal lumen"));
    }

    @Test
    void sizeAndStabilityInPlainWords() {
        assertEquals(List.of("too small to=SmallSize", "withstood bile salts=Stability", "resists bile=Stability",
                "survived the acid=Stability", "preserved vesicle integrity=Stability", "keep their size=Stability"),
                found("too small to, withstood bile salts, resists bile, survived the acid, preserved vesicle integrity, keep their size"));
        assertEquals(List.of("Exosome hasProperty SmallSize"), triples(projectClaims("The exosomes are too small to clog capillaries.")));
        assertEquals(List.of("Exosome derivedFrom OvineMilk", "Exosome hasProperty Stability"),
                triples(projectClaims("Sheep milk exosomes withstood bile salts.")));
        // near neighbours: too few vesicles, and bile or acid that damage the vesicles, are neither
        assertTrue(found("too few vesicles to, bile salts lysed the vesicles and acid damaged their membranes").stream()
                .noneMatch(m -> m.endsWith("=SmallSize") || m.endsWith("=Stability")));
    }

    @Test
    void infectionsProteinsAndChallengesInPlainWords() {
        assertEquals(List.of("meningococcal disease=InfectiousDisease", "gonorrhoea=InfectiousDisease", "keep in touch=IntercellularCommunication",
                "serious infections=SafetyConcern", "teratoma formation=SafetyConcern", "potency cannot be measured=LackOfPotencyAssay",
                "lack of a potency assay=LackOfPotencyAssay"),
                found("meningococcal disease, gonorrhoea, keep in touch, serious infections, teratoma formation, potency cannot be measured, "
                        + "lack of a potency assay"));
        assertEquals(List.of("flagellin=Protein", "S100A8=Protein", "L1CAM=Protein", "Nef=Protein", "CD66b=Protein", "CD71=Protein",
                "adhesion molecules=Protein", "autoantigens=Protein", "hypoxia-inducible factor 1-alpha=Protein",
                "asialoglycoprotein receptor 1=Protein"),
                found("flagellin, S100A8, L1CAM, Nef, CD66b, CD71, adhesion molecules, autoantigens, hypoxia-inducible factor 1-alpha, "
                        + "asialoglycoprotein receptor 1"));
        assertEquals(List.of("BacterialOuterMembraneVesicle carries Protein"),
                triples(projectClaims("Outer membrane vesicles carried flagellin and CD71.")));
        // near neighbours: the bacterium named for the disease is a bacterium; infections alone, a potency measured
        // with a validated assay and a cell adhesion assay are no safety concern, missing assay or protein
        assertEquals(List.of("Neisseria gonorrhoeae=Bacterium"), found("Neisseria gonorrhoeae"));
        assertEquals(List.of("infections=InfectiousDisease"), found("infections, teratomas, potency was measured with a validated assay"));
        assertTrue(found("a cell adhesion assay").stream().noneMatch(m -> m.endsWith("=Protein")));
    }

    // Fourth pass (branch vocab19): LexiconCoverageReview over seed, held-out and blind 1-19.

    @Test
    void namedMoleculesAndDiseaseWordsOfDevelopmentMisses() {
        assertEquals(List.of("HULC=LongNoncodingRNA", "alkaline phosphatase=Enzyme", "EGFRvIII=Protein", "EpCAM=Protein",
                "haemagglutinin=Protein", "RANKL=SignalingProtein", "apolipoprotein A1=ApolipoproteinA1", "PMO=TherapeuticNucleicAcid",
                "STING agonist=TherapeuticAgent", "ileitis=InflammatoryBowelDisease", "infarct volume=Stroke",
                "pancreatic tumours=PancreaticCancer", "nephrotoxicity=Injury"),
                found("HULC, alkaline phosphatase, EGFRvIII, EpCAM, haemagglutinin, RANKL, apolipoprotein A1, PMO, STING agonist, "
                        + "ileitis, infarct volume, pancreatic tumours, nephrotoxicity"));
        assertEquals(List.of("Exosome carries LongNoncodingRNA"), triples(projectClaims("The exosomes carried HULC.")));
        // near neighbours: a cardiac infarct size is no stroke, pancreatic cells no cancer, and the absence of kidney
        // toxicity stays low toxicity (the longer label wins)
        assertTrue(found("infarct size, pancreatic cells").stream().noneMatch(m -> m.endsWith("=Stroke") || m.endsWith("=PancreaticCancer")));
        assertEquals(List.of("no nephrotoxicity=LowToxicity"), found("no nephrotoxicity"));
    }

    // (branch vocab20) "hard to scale" is no label since main 2f7b855 (it hid an event's reading); its sibling stays.
    @Test
    void challengesAndPropertiesInPlainWords() {
        assertEquals(List.of("hard to purify=LowPurity", "not a single population=Heterogeneity", "trapped by the liver=OffTargetAccumulation",
                "cleared by macrophages=RapidClearance", "cannot be scaled=Scalability", "regulatory path=RegulatoryUncertainty",
                "digestion-resistant=Stability", "circulate longer=Pharmacokinetics", "immunogens=Immunogenicity"),
                found("hard to purify, not a single population, trapped by the liver, cleared by macrophages, cannot be scaled, "
                        + "regulatory path, digestion-resistant, circulate longer, immunogens"));
        // (branch goldconv6) "hard to scale" is no label: the dev19 event "isolation from milk remains hard to scale" reads
        // it whole (Scalability, the milk inside no second source); the label kept the milk as a source
        // (UnseenTextBlind19ShapesTest) and gained no development claim
        assertEquals(List.of("ApoptoticBody hasChallenge RapidClearance"),
                triples(projectClaims("Apoptotic bodies are cleared by macrophages within minutes.")));
        // near neighbours: vesicles that are easy to purify, a liver that takes up its share, phagocytes named alone
        assertTrue(found("easy to purify, uptake by the liver, phagocytes").stream()
                .noneMatch(m -> m.endsWith("=LowPurity") || m.endsWith("=OffTargetAccumulation") || m.endsWith("=RapidClearance")));
    }

    @Test
    void isolationYieldAndCellWordsOfDevelopmentMisses() {
        assertEquals(List.of("absence of a standard isolation method=LackOfStandardisedIsolation", "yield few vesicles=LowYield",
                "avoid aggregation=VesicleAggregation", "alveolar damage=AcuteLungInjury", "synoviocytes=Fibroblast",
                "lung metastases=MetastaticCancer", "CD8=Protein"),
                found("absence of a standard isolation method, yield few vesicles, avoid aggregation, alveolar damage, synoviocytes, "
                        + "lung metastases, CD8"));
        assertEquals(List.of("Exosome hasChallenge LackOfStandardisedIsolation"),
                triples(projectClaims("The use of exosomes is limited by the absence of a standard isolation method.")));
        // near neighbours: a standard isolation method that exists, vesicles that yield their cargo, a lung without metastases named
        assertTrue(found("a standard isolation method was used, the vesicles yield their cargo, lung tissue").stream()
                .noneMatch(m -> m.endsWith("=LackOfStandardisedIsolation") || m.endsWith("=LowYield") || m.endsWith("=MetastaticCancer")));
    }
}
