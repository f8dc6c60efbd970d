package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Lexicon;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two gold conventions a machine can check without a reader (branch goldconv3, fifteenth session), so that the
 * development golds cannot drift from them again: d) an outer-membrane-vesicle row whose sentence names a bacterium the
 * ontology knows is qualified by it (a group word, "gut bacteria", names none); and the rows of one subject in a sentence
 * that names no source are about one discourse vesicle, so they share its qualifier (a chain the gold qualifies must
 * not be left half qualified). First on an invented fixture, to show each check finds what it should, then on the
 * development golds goldconv3 edits (never blind 17's, which dev17 writes, nor a sealed set).
 */
class GoldConventionsCheckTest {

    @TempDir
    Path dir;

    private static final Lexicon LEXICON = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));

    private static String[] row(String doc, String sentence, String subject, String qualifier, String relation, String object,
            String polarity) {
        return new String[] {doc, sentence, subject, qualifier, relation, object, polarity, "false", ""};
    }

    private static List<String> kinds(List<GoldConventions.Finding> findings) {
        return findings.stream().map(f -> f.convention() + " " + f.row()).toList();
    }

    @Test
    void theChecksFindANamedBacteriumLeftOffAndAHalfQualifiedSentence() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles of Escherichia coli carry lipopolysaccharide. "
                + "Gut bacteria also release outer membrane vesicles that carry DNA. "
                + "Exosomes from dendritic cells carry MHC proteins. "
                + "The loaded vesicles reduced inflammation, and they did not induce antibodies.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "of Escherichia coli carry", "BacterialOuterMembraneVesicle", "-", "carries", "Lipid", "positive"),
                row(doc, "Gut bacteria also release", "BacterialOuterMembraneVesicle", "-", "carries", "DNA", "positive"),
                row(doc, "Exosomes from dendritic cells carry", "Exosome", "DendriticCell", "carries", "Protein", "positive"),
                row(doc, "The loaded vesicles reduced inflammation", "Exosome", "DendriticCell", "treats", "InflammatoryDisease", "positive"),
                row(doc, "The loaded vesicles reduced inflammation", "Exosome", "-", "hasProperty", "Immunogenicity", "negative")));
        List<String> found = kinds(GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("d") || f.convention().equals("sibling")).toList());
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("d BacterialOuterMembraneVesicle carries Lipid"), found.toString());
        assertTrue(found.get(1).startsWith("sibling "), found.toString());

        // the same rows written to the conventions give no finding: the E. coli row qualified, the chain qualified whole
        rows.set(0, row(doc, "of Escherichia coli carry", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"));
        rows.set(4, row(doc, "The loaded vesicles reduced inflammation", "Exosome", "DendriticCell", "hasProperty", "Immunogenicity", "negative"));
        assertEquals(List.of(), kinds(GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("d") || f.convention().equals("sibling")).toList()));
    }

    /**
     * Findings read and settled as right (set | convention | document | sentence), each with its reason: the check cannot
     * tell these from a broken row, a reader can.
     */
    /** The design sets' names (seed, held-out, blind held-out, blind 2-29, 33-35, 45); not the deciding pool or never-tuned. */
    private static final java.util.regex.Pattern DESIGN_SET = java.util.regex.Pattern.compile(
            "(?!blind (?:3[0-2]|3[6-9]|4[0-4]|4[6-9])$).*");

    private static final java.util.Set<String> SETTLED = java.util.Set.of(
            // goldconv41, n applied: the text's disease is cisplatin-induced hearing loss, which has no class beyond Disease,
            // and no gold writes targets Disease as a place ("DXM-MoEVs reached the cochlea" has no targets row either)
            "blind 34 | n | pmc-PMC9934002 | We reasoned that monocyte vesicles might therefore pass the round window and be retained in the inflamed cochlea.",
            // decision44 (blind 44 promoted to the deciding pool), yyy: "transfer RNA fragments" names a cargo (tRNA
            // fragments), not a transfer of nucleic acids to cells; settled by the set's writer (its gold header), carries RNA only
            "blind 44 | yyy | blind44-i-brief-report-abstract-trichomonas-vaginalis-evs-intranasal-vaccine-vaginal-infection-mice | They were 50 to 100 nm across and carried the tetraspanin TvTSP1, the adhesin AP65 and transfer RNA fragments.",
            // goldconv39, bbbbbbbb: the free exosomes "without hydrogel" are the study's own exosomes given another way, a
            // comparator of delivery, not an arm of the same source changed: their lack of effect is a real denial
            "blind 9 | bbbbbbbb | pmc-PMC9909901 | Free exosomes injected without hydrogel were cleared from the defect within two days and did not improve healing.",
            // goldconv38b, bbbbbbbb: "protect the lungs" in a bronchopulmonary dysplasia text names no classed disease (the
            // active arm's row is pulmonary hypertension's), so the fibroblast arm's lack of effect has no row to deny
            "blind 21 | bbbbbbbb | blind21-investigators-brochure-excerpt-umbilical-cord-msc-sevs-bronchopulmonary-dysplasia | Vesicles from human dermal fibroblasts, used as a control, did not protect the lungs.",
            // branch dev31: the sentence's second clause is another study's vaccines ("and exosome-based vaccines have
            // protected mice against Toxoplasma gondii"), unqualified as other studies are (the anaphor convention); its
            // first clause keeps the Leishmania exosomes' qualifier
            "blind 31 | sibling | pmc-PMC9931002 | The same vesicles, paradoxically, are immunogenic, and exosome-based vaccines have protected mice against Toxoplasma gondii.",
            // branch dev31: the Disease row is autism's ("reverse autism"; the lexicon names "autism spectrum disorder" only, so
            // the check sees no Disease mention); COPD and emphysema have their InflammatoryDisease row beside it (oooo)
            "blind 31 | oooo | blind31-warning-letter-clinic-unapproved-whartons-jelly-exosome-nebuliser-products | Your website states that these exosomes \"regenerate lung tissue in COPD and emphysema\", \"reverse autism\" and \"cure long COVID\".",
            // branch dev32: the group word is the compared vesicles' ("Unlike vesicles of Gram-negative bacteria"); the subject is
            // LLMV-RM2, the Lactococcus lactis vesicles the certificate defines, whose code spells the bacterium (ss)
            "blind 32 | ss | blind32-certificate-of-analysis-lactococcus-lactis-membrane-vesicle-reference-material | Unlike vesicles of Gram-negative bacteria, LLMV-RM2 contains no lipopolysaccharide.",
            // branch goldconv29 (wwwww): the microRNAs are asserted in the sentence's second clause ("miR-204, abundant in these
            // exosomes"), so the carries row is unhedged; only the mechanism is hedged
            "blind 13 | wwwww | blind13-dry-eye-tear-ev-review | The drops may also act through their microRNAs: miR\u2010204, abundant in these exosomes, is thought to dampen interleukin\u20101 signalling in the cornea.",
            // branch dev33: "thus" concludes from the text's own vesicles, all of one named bacterium (Lactobacillus
            // johnsonii), so the group word is a discourse use of them and keeps the qualifier (aaaa), not an unnamed group (ss)
            "blind 33 | ss | pmc-PMC9933003 | Bacterial vesicles could thus offer a non-living alternative to probiotics for ulcerative colitis.",
            // branch dev33: a student's answer the tutor guide quotes and marks incorrect gives no rows, "tiny" included
            "blind 33 | pppp | blind33-problem-based-learning-tutor-guide-plasma-evs-ar-v7-prostate-cancer-liquid-biopsy | \"Exosomes are tiny cells\": incorrect; they have no nucleus and cannot divide.",
            // branch dev34: the vesicles are named by a code spelling their bacterium (BL-EVs, Bifidobacterium longum: ll),
            // not by the strain phrase after the verb, so the derivedFrom Bacterium row stands (eeee is for strain-named vesicles)
            "blind 34 | eeee | blind34-licensing-term-sheet-summary-bifidobacterium-longum-evs-atopic-dermatitis | BL-EVs are released by a probiotic strain isolated from the stool of a healthy infant.",
            // branch dev35: a list of separate sources ("products derived from mesenchymal stem cells, amniotic fluid, placenta
            // or umbilical cord") names no umbilical-cord MSCs, so no derivedFrom UmbilicalCord qualified by the MSCs (tt)
            "blind 35 | tt | blind35-clinical-commissioning-policy-statement-exosome-products-and-urine-exosome-prostate-test | The integrated care board does not routinely commission injections or infusions of exosome products, including products derived from mesenchymal stem cells, amniotic fluid, placenta or umbilical cord, for any indication.",
            // branch dev35: the attribution is doubted in its own sentence ("but no study was filed to support this"): ii, hedged
            "blind 35 | f-according | blind35-trademark-opposition-decision-hemp-leaf-nanovesicle-cosmetic-serum-mark | According to the applicant's website, the vesicles calm skin inflammation and reach the deeper layers of the skin, but no study was filed to support this.",
            // branch decision36: the unknown mechanism is LPV-3's ("how LPV-3 acts"), a named bacterium's preparation the gold
            // qualifies [Bacterium] throughout, not the group word's "bacterial vesicle product"
            "blind 36 | ss | blind36-business-school-teaching-case-lactobacillus-membrane-vesicle-postbiotic-startup-atopic-dermatitis | Investors warned that no bacterial vesicle product had yet been approved as a medicine, and that regulators would ask how LPV-3 acts, which no one could yet explain.",
            // branch decision37: the text is about one named bacterium, Mycobacterium tuberculosis, whose vesicles in urine
            // the test captures; "bacterial vesicles" is a discourse use of them and keeps the qualifier (aaaa), not an unnamed
            // group (ss)
            "blind 37 | ss | pmid-99370002 | We enriched bacterial vesicles from 20 mL urine samples of 212 children under five years of age with suspected tuberculosis by size-exclusion chromatography followed by immunocapture with an antibody against lipoarabinomannan.",
            // branch decision37 (bbbbbb): the Disease row is autism's ("calm brain inflammation in autism": the inflammation of
            // the named disease is that disease's, and blind 31 writes autism Disease; the lexicon names "autism spectrum
            // disorder" only, so the check sees the inflammation and no Disease mention)
            "blind 37 | oooo | blind37-travel-health-advisory-exosome-infusion-clinics-abroad-multiple-sclerosis-autism | Some clinics claim that the exosomes repair myelin in multiple sclerosis and calm brain inflammation in autism.",
            // branch goldconv35 (lllllll, n): the panda milk paper names no disease (cub gut development), so the protected
            // epithelium is targets EpithelialCell only ("protected cells are targets"), no treats row
            "blind 20 | lllllll | pmid-99200003 | Giant panda milk vesicles shift from immune to metabolic microRNAs during lactation and protect intestinal epithelium.",
            // lead, thirty-fifth session (blind 38 promoted by decision38 while goldconv35 wrote lllllll): a call for papers
            // on oral bacteria in several systemic diseases (periodontitis, Alzheimer's disease, colorectal cancer, diabetes)
            // has no one disease of the text, so the commensals' protected gum epithelium keeps its hedged targets row only
            // (lllllll's "the text's disease" names none here; as the panda paper)
            "blind 38 | lllllll | blind38-call-for-papers-special-issue-oral-microbiome-bacterial-vesicles-in-systemic-disease | At the same time, vesicles of oral commensals such as Streptococcus salivarius may protect the gum epithelium and are being explored as mucosal vaccines.");

    @Test
    void developmentGoldsFollowTheCheckableConventions() throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<String> broken = new ArrayList<>();
        for (HedgeReview.GoldSet set : GoldConventions.auditedSets()) {
            List<DocumentExtraction> extractions = new ArrayList<>();
            for (Path p : set.texts()) {
                extractions.addAll(builder.extract(p));
            }
            List<String[]> rows = GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile()));
            for (GoldConventions.Finding f : GoldConventions.findings(set.name(), rows, extractions, LEXICON)) {
                boolean namedBacteriumLeftOff = f.convention().equals("d") && f.why().startsWith("bacterium named");
                if (SETTLED.contains(f.set() + " | " + f.convention() + " | " + f.document() + " | " + f.sentence())) {
                    continue;
                }
                // bbbbbbbb and cccccccc (goldconv38b) were applied to the design sets only; branch goldconv39 (thirty-ninth
                // session) converted the deciding pool's golds (blind 30-32, 36-41; decision42 blind 42, decision43 blind 43, decision44 blind 44 on
                // their promotion), so their findings count there too
                if (namedBacteriumLeftOff || List.of("sibling", "mm", "ss", "tt", "vv", "yy", "aaa", "bbb", "fff", "ggg", "hhh", "jjj", "ooo", "ppp", "uuu", "yyy", "zzz",
                        "cccc", "dddd", "eeee", "ffff", "gggg", "iiii", "jjjj", "kkkk", "nnnn", "oooo", "pppp", "ssss", "tttt", "zzzz", "aaaaa", "bbbbb", "eeeee", "ggggg", "jjjjj", "kkkkk", "lllll", "mmmmm", "nnnnn", "ooooo", "ppppp", "qqqqq", "sssss", "ttttt", "uuuuu", "vvvvv", "wwwww", "xxxxx", "yyyyy",
                        "zzzzz", "aaaaaa", "bbbbbb", "cccccc", "dddddd", "eeeeee", "ffffff", "gggggg",
                        "hhhhhh", "iiiiii", "kkkkkk", "mmmmmm", "nnnnnn", "oooooo", "pppppp", "f-according",
                        "iiiiiii", "jjjjjjj", "kkkkkkk", "lllllll", "mmmmmmm", "nnnnnnn", "fffffff",
                        "ooooooo", "ppppppp", "qqqqqqq", "uuuuuuu", "vvvvvvv",
                        "xxxxxxx", "yyyyyyy", "zzzzzzz", "bbbbbbbb", "cccccccc", "dddddddd", "eeeeeeee",
                        "gggggggg", "n", "hhhhhhhh", "iiiiiiii", "jjjjjjjj").contains(f.convention())) {
                    broken.add(f.set() + " | " + f.convention() + " | " + f.document() + " | " + f.why() + " | " + f.row());
                }
            }
        }
        assertEquals(List.of(), broken, String.join("\n", broken));
    }

    /**
     * Convention mm (twentieth session, branch goldconv12): vesicles of a named bacterium take the class of the vesicle word
     * the text uses; "vesicles of Akkermansia muciniphila" are ExtracellularVesicle, "outer membrane vesicles of ..." OMVs,
     * and an anaphor with no vesicle word next to the bacterium ("Those of Escherichia coli") is left to the reader.
     */
    @Test
    void vesiclesOfANamedBacteriumFiledAsOuterMembraneVesiclesAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Vesicles of Akkermansia muciniphila tighten the gut barrier. "
                + "Outer membrane vesicles of Escherichia coli carry lipopolysaccharide. "
                + "Those of Salmonella carry flagellin.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Vesicles of Akkermansia muciniphila tighten", "BacterialOuterMembraneVesicle", "Bacterium", "targets", "EpithelialCell", "positive"),
                row(doc, "of Escherichia coli carry", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"),
                row(doc, "Those of Salmonella carry", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Protein", "positive")));
        List<String> found = findingsOf("mm", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("mm BacterialOuterMembraneVesicle[Bacterium] targets EpithelialCell"), found.toString());

        rows.set(0, row(doc, "Vesicles of Akkermansia muciniphila tighten", "ExtracellularVesicle", "Bacterium", "targets", "EpithelialCell", "positive"));
        assertEquals(List.of(), findingsOf("mm", rows, e));
    }

    /**
     * Convention ss (twenty-first session, branch goldconv13): vesicles of bacteria named only by a group word ("Gram-negative
     * bacteria") are unqualified, while "the bacteria" after a named species is an anaphor and may keep the qualifier.
     */
    @Test
    void vesiclesOfUnnamedBacteriaQualifiedBacteriumAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles bud from Gram-negative bacteria and carry lipopolysaccharide. "
                + "Outer membrane vesicles of Escherichia coli carry flagellin. "
                + "The bacteria also release vesicles that carry DNA.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "bud from Gram-negative bacteria", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"),
                row(doc, "of Escherichia coli carry flagellin", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Protein", "positive"),
                row(doc, "The bacteria also release vesicles", "ExtracellularVesicle", "Bacterium", "carries", "DNA", "positive")));
        List<String> found = findingsOf("ss", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("ss BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), found.toString());

        rows.set(0, row(doc, "bud from Gram-negative bacteria", "BacterialOuterMembraneVesicle", "-", "carries", "Lipid", "positive"));
        assertEquals(List.of(), findingsOf("ss", rows, e));
    }

    /**
     * Branch dev26: ss's exceptions as blind 26 wrote them: a code spelling the bacterium ("Kp-OMVs") beside a group word,
     * and a species named as the group's item ("such as Vibrio cholerae", aa), keep the qualifier; the group alone does not.
     */
    @Test
    void aBacteriumNamedByCodeOrAsTheGroupsItemIsNoGroupOnly() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Kp-OMVs might replace probiotic bacteria in colitis. "
                + "Gram-negative bacteria such as Vibrio cholerae release vesicles that carry toxins. "
                + "Gram-negative bacteria release vesicles that carry toxins.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = List.of(
                row(doc, "Kp-OMVs might replace probiotic bacteria", "BacterialOuterMembraneVesicle", "Bacterium", "treats", "InflammatoryDisease", "positive"),
                row(doc, "such as Vibrio cholerae release vesicles", "ExtracellularVesicle", "Bacterium", "carries", "Protein", "positive"),
                row(doc, "Gram-negative bacteria release vesicles that", "ExtracellularVesicle", "Bacterium", "carries", "Protein", "positive"));
        List<String> found = findingsOf("ss", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<Gram-negative bacteria release vesicles"), found.toString());
    }

    /**
     * Convention tt (twenty-first session, branch goldconv13): umbilical cord MSC vesicles, in words or in a code spelling the
     * cord ("UC-MSC-EVs"), list derivedFrom UmbilicalCord with the subject's qualifier besides derivedFrom MesenchymalStemCell.
     */
    @Test
    void umbilicalCordMscVesiclesWithoutTheCordRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes from umbilical cord mesenchymal stem cells reduced liver fibrosis. "
                + "UC-MSC-EVs carried microRNAs. "
                + "Exosomes from bone marrow mesenchymal stem cells carried proteins.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "from umbilical cord mesenchymal stem cells reduced", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "from umbilical cord mesenchymal stem cells reduced", "Exosome", "-", "derivedFrom", "UmbilicalCord", "positive"),
                row(doc, "UC-MSC-EVs carried microRNAs", "ExtracellularVesicle", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "from bone marrow mesenchymal stem cells carried", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive")));
        List<String> found = findingsOf("tt", rows, e);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("tt Exosome derivedFrom MesenchymalStemCell"), found.toString());
        assertTrue(found.get(1).startsWith("tt ExtracellularVesicle derivedFrom MesenchymalStemCell"), found.toString());

        rows.set(1, row(doc, "from umbilical cord mesenchymal stem cells reduced", "Exosome", "MesenchymalStemCell", "derivedFrom", "UmbilicalCord", "positive"));
        rows.add(row(doc, "UC-MSC-EVs carried microRNAs", "ExtracellularVesicle", "MesenchymalStemCell", "derivedFrom", "UmbilicalCord", "positive"));
        assertEquals(List.of(), findingsOf("tt", rows, e));
    }

    /**
     * Convention tt (branch dev25): umbilical cord tissue named as one item of a list of sources is a source of its own
     * (e), so its sentence needs no cord row qualified MesenchymalStemCell; the cord named on the MSCs still does.
     */
    @Test
    void umbilicalCordTissueInAListOfSourcesIsNotUmbilicalCordMscs() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The plan excludes exosomes derived from mesenchymal stem cells, umbilical cord tissue or platelets. "
                + "The plan excludes vesicles derived from mesenchymal stem cells of umbilical cord tissue or bone marrow.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "from mesenchymal stem cells, umbilical cord tissue or platelets", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "from mesenchymal stem cells, umbilical cord tissue or platelets", "Exosome", "-", "derivedFrom", "UmbilicalCord", "positive"),
                row(doc, "from mesenchymal stem cells of umbilical cord tissue or bone marrow", "ExtracellularVesicle", "-", "derivedFrom", "MesenchymalStemCell", "positive")));
        List<String> found = findingsOf("tt", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("tt ExtracellularVesicle derivedFrom MesenchymalStemCell"), found.toString());
    }

    /**
     * Convention b for code names (branch goldconv4, sixteenth session): once the gold gives a code name's sentence a
     * derivedFrom row (the code spells the source), every sentence naming the preparation only by that code lists one.
     */
    @Test
    void aCodeNameThatSpellsItsSourceGetsTheRowInEverySentence() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "QX-Exos reduced liver fibrosis in mice. "
                + "QX-Exos carried microRNAs. "
                + "ZY-Exos carried proteins.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "QX-Exos reduced liver fibrosis", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "QX-Exos reduced liver fibrosis", "Exosome", "MesenchymalStemCell", "treats", "LiverFibrosis", "positive"),
                row(doc, "QX-Exos carried microRNAs", "Exosome", "MesenchymalStemCell", "carries", "MicroRNA", "positive"),
                row(doc, "ZY-Exos carried proteins", "Exosome", "HEK293Cell", "carries", "Protein", "positive")));
        List<GoldConventions.MissingSource> found = GoldConventions.inconsistentCodeNames("fixture", rows, List.of(e), LEXICON);
        assertEquals(1, found.size(), found.toString());
        assertEquals("QX-Exos carried microRNAs", found.get(0).model()[1]);
        assertEquals("MesenchymalStemCell", found.get(0).source());

        rows.add(row(doc, "QX-Exos carried microRNAs", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"));
        assertEquals(List.of(), GoldConventions.inconsistentCodeNames("fixture", rows, List.of(e), LEXICON));
    }

    /** dev22: the sentence that introduces a code ("called ZK-Exos") names the source in words, so it is no evidence. */
    @Test
    void aSentenceDefiningACodeNameIsNoEvidenceThatTheCodeSpellsTheSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The exosomes, called ZK-Exos, are made by fibroblast-like mesenchymal cells. "
                + "ZK-Exos carried proteins.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "called ZK-Exos, are made by", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "called ZK-Exos, are made by", "Exosome", "MesenchymalStemCell", "carries", "Protein", "positive"),
                row(doc, "ZK-Exos carried proteins", "Exosome", "MesenchymalStemCell", "carries", "Protein", "positive")));
        assertEquals(List.of(), GoldConventions.inconsistentCodeNames("fixture", rows, List.of(e), LEXICON));
        assertTrue(GoldConventions.definesCode("Vesicles of kiwifruit (KNVs) were loaded.", "KNVs"));
        assertTrue(!GoldConventions.definesCode("KNVs were loaded (with methotrexate).", "KNVs"));
    }

    /**
     * dev24: a sentence that defines one code from another ("We coated QB-sEVs with a polymer (PQ-sEVs)") is no evidence for
     * either code; a sentence naming both codes without defining one still is.
     */
    @Test
    void aSentenceDefiningOneCodeFromAnotherIsNoEvidenceForEither() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "We coated QB-sEVs with a polymer (PQ-sEVs), which prolonged their circulation. "
                + "PQ-sEVs kept the cargo of unmodified QB-sEVs.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "We coated QB-sEVs with a polymer", "EngineeredExosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "We coated QB-sEVs with a polymer", "EngineeredExosome", "MesenchymalStemCell", "hasProperty", "Pharmacokinetics", "positive"),
                row(doc, "PQ-sEVs kept the cargo", "EngineeredExosome", "MesenchymalStemCell", "carries", "Protein", "positive")));
        assertEquals(List.of(), GoldConventions.inconsistentCodeNames("fixture", rows, List.of(e), LEXICON));

        // the same rows with a sentence that only names both codes: the row there is evidence again
        DocumentExtraction f = TestSupport.extractText(dir, "We coated QB-sEVs and PQ-sEVs with a polymer. "
                + "PQ-sEVs kept the cargo of unmodified QB-sEVs.\n", ".txt");
        String doc2 = f.document().id();
        List<String[]> rows2 = new ArrayList<>(List.of(
                row(doc2, "We coated QB-sEVs and PQ-sEVs with a polymer", "EngineeredExosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc2, "We coated QB-sEVs and PQ-sEVs with a polymer", "EngineeredExosome", "MesenchymalStemCell", "hasProperty", "Pharmacokinetics", "positive"),
                row(doc2, "PQ-sEVs kept the cargo", "EngineeredExosome", "MesenchymalStemCell", "carries", "Protein", "positive")));
        assertTrue(!GoldConventions.inconsistentCodeNames("fixture", rows2, List.of(f), LEXICON).isEmpty());
    }

    /**
     * dev29: a sentence naming two codes of one kind from two sources ("QB-EVs and ZK-EVs were alike", a derivedFrom row
     * of each) is no evidence that either code spells the other's source; two codes with one source still are.
     */
    @Test
    void aSentenceNamingTwoCodesOfTwoSourcesIsNoEvidenceForEither() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "QB-EVs and ZK-EVs were alike in size. "
                + "Both preparations calmed macrophages, but QB-EVs did so more strongly.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "QB-EVs and ZK-EVs were alike", "ExtracellularVesicle", "-", "derivedFrom", "Osteoblast", "positive"),
                row(doc, "QB-EVs and ZK-EVs were alike", "ExtracellularVesicle", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "QB-EVs and ZK-EVs were alike", "ExtracellularVesicle", "MesenchymalStemCell", "hasProperty", "SmallSize", "positive"),
                row(doc, "Both preparations calmed macrophages", "ExtracellularVesicle", "MesenchymalStemCell", "targets", "Macrophage", "positive")));
        assertEquals(List.of(), GoldConventions.inconsistentCodeNames("fixture", rows, List.of(e), LEXICON));

        // one source for both codes: the row is evidence, and the later sentence lacks it
        List<String[]> rows2 = new ArrayList<>(List.of(
                row(doc, "QB-EVs and ZK-EVs were alike", "ExtracellularVesicle", "-", "derivedFrom", "MesenchymalStemCell", "positive"),
                row(doc, "QB-EVs and ZK-EVs were alike", "ExtracellularVesicle", "MesenchymalStemCell", "hasProperty", "SmallSize", "positive"),
                row(doc, "Both preparations calmed macrophages", "ExtracellularVesicle", "MesenchymalStemCell", "targets", "Macrophage", "positive")));
        assertTrue(!GoldConventions.inconsistentCodeNames("fixture", rows2, List.of(e), LEXICON).isEmpty());
    }

    @Test
    void developmentGoldsGiveCodeNamesTheirSourceRows() throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<String> broken = new ArrayList<>();
        for (HedgeReview.GoldSet set : GoldConventions.auditedSets()) {
            if (set.name().equals("blind 18")) {
                continue; // blind 18's gold is branch dev18's, brought to convention b there
            }
            List<DocumentExtraction> extractions = new ArrayList<>();
            for (Path p : set.texts()) {
                extractions.addAll(builder.extract(p));
            }
            List<String[]> rows = GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile()));
            for (GoldConventions.MissingSource m : GoldConventions.inconsistentCodeNames(set.name(), rows, extractions, LEXICON)) {
                broken.add(m.set() + " | " + m.document() + " | " + m.model()[2] + " derivedFrom " + m.source() + " | " + m.sentence());
            }
        }
        assertEquals(List.of(), broken, String.join("\n", broken));
    }

    /**
     * Convention vv (twenty-second session, branch goldconv14): variation of a source between seasons, harvests or donors is
     * BatchVariability; a mixture inside one preparation stays Heterogeneity.
     */
    @Test
    void sourceVariationWrittenAsHeterogeneityIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Olive nanovesicles differ from one harvest season to the next. "
                + "Olive nanovesicles are a mixture of small and large particles.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "differ from one harvest season", "PlantDerivedNanovesicle", "-", "hasChallenge", "Heterogeneity", "positive"),
                row(doc, "are a mixture of small and large", "PlantDerivedNanovesicle", "-", "hasChallenge", "Heterogeneity", "positive")));
        List<String> found = findingsOf("vv", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("differ from one harvest season"), found.toString());

        rows.set(0, row(doc, "differ from one harvest season", "PlantDerivedNanovesicle", "-", "hasChallenge", "BatchVariability", "positive"));
        assertEquals(List.of(), findingsOf("vv", rows, e));
    }

    /** Convention aaa (goldconv14): vesicles qualified by a plant are PlantDerivedNanovesicle, whatever the vesicle word. */
    @Test
    void plantVesiclesFiledAsExtracellularVesiclesAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Vesicles from ginger reduced colitis in mice. "
                + "Vesicles from macrophages reduced colitis in mice.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Vesicles from ginger reduced", "ExtracellularVesicle", "Ginger", "treats", "InflammatoryDisease", "positive"),
                row(doc, "Vesicles from macrophages reduced", "ExtracellularVesicle", "Macrophage", "treats", "InflammatoryDisease", "positive")));
        List<String> found = findingsOf("aaa", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("aaa ExtracellularVesicle[Ginger]"), found.toString());

        rows.set(0, row(doc, "Vesicles from ginger reduced", "PlantDerivedNanovesicle", "Ginger", "treats", "InflammatoryDisease", "positive"));
        assertEquals(List.of(), findingsOf("aaa", rows, e));
    }

    /**
     * Convention yy (goldconv14): vesicles that themselves suppress T cells are used for immunomodulation; tumour vesicles
     * that suppress T cells (an escape, not a use) and a molecule "on the vesicles" as the subject are not checked.
     */
    @Test
    void vesiclesSuppressingTCellsWithoutImmunomodulationAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes of stromal cells suppress T cell responses in arthritic joints. "
                + "Exosomes of melanoma cells suppress T cells in lymph nodes. "
                + "CD73 on these vesicles may also suppress T cells.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes of stromal cells suppress", "Exosome", "MesenchymalStemCell", "targets", "TCell", "positive"),
                row(doc, "Exosomes of melanoma cells suppress", "Exosome", "TumorCell", "targets", "TCell", "positive"),
                row(doc, "CD73 on these vesicles", "Exosome", "-", "targets", "TCell", "positive")));
        List<String> found = findingsOf("yy", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("yy Exosome[MesenchymalStemCell] targets TCell"), found.toString());

        rows.add(row(doc, "Exosomes of stromal cells suppress", "Exosome", "MesenchymalStemCell", "usedFor", "Immunomodulation", "positive"));
        assertEquals(List.of(), findingsOf("yy", rows, e));
    }

    /**
     * Convention yy with the T cells' modifiers between (branch dev27: blind 27's "Treg-EVs suppressed the proliferation of
     * autologous effector T cells" passed the check without its usedFor Immunomodulation row); the modifiers of other
     * cells ("the proliferation of memory B cells") still name no T cells.
     */
    @Test
    void vesiclesSuppressingModifiedTCellsWithoutImmunomodulationAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Treg-EVs suppressed the proliferation of autologous effector T cells. "
                + "Treg-EVs suppressed the proliferation of memory B cells.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Treg-EVs suppressed the proliferation of autologous", "ExtracellularVesicle", "TCell", "targets", "TCell", "positive"),
                row(doc, "Treg-EVs suppressed the proliferation of memory", "ExtracellularVesicle", "TCell", "targets", "TCell", "positive")));
        List<String> found = findingsOf("yy", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("yy ExtracellularVesicle[TCell] targets TCell"), found.toString());

        rows.add(row(doc, "Treg-EVs suppressed the proliferation of autologous", "ExtracellularVesicle", "TCell", "usedFor", "Immunomodulation", "positive"));
        assertEquals(List.of(), findingsOf("yy", rows, e));
    }

    /** Convention bbb (goldconv14): a harm denied after dosing is an affirmed LowToxicity, with no denial row beside it. */
    @Test
    void deniedHarmsAfterDosingWrittenAsDenialsAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Kiwi nanovesicles did not cause thrombosis in treated rabbits. "
                + "The loaded vesicles did not provoke inflammation in the liver.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "did not cause thrombosis", "PlantDerivedNanovesicle", "Fruit", "contributesTo", "CardiovascularDisease", "negative"),
                row(doc, "did not cause thrombosis", "PlantDerivedNanovesicle", "Fruit", "hasProperty", "LowToxicity", "positive"),
                row(doc, "did not provoke inflammation", "PlantDerivedNanovesicle", "Fruit", "contributesTo", "InflammatoryDisease", "negative")));
        List<String> found = findingsOf("bbb", rows, e);
        assertEquals(2, found.size(), found.toString());

        rows.remove(0);
        rows.set(1, row(doc, "did not provoke inflammation", "PlantDerivedNanovesicle", "Fruit", "hasProperty", "LowToxicity", "positive"));
        assertEquals(List.of(), findingsOf("bbb", rows, e));
    }

    /** Convention fff (goldconv15): vesicles coated with PEG are deliberately modified, so EngineeredExosome. */
    @Test
    void pegCoatedVesiclesFiledAsPlainExosomesAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "PEGylated exosomes circulated longer in mice. "
                + "Exosomes from dendritic cells circulated for an hour in mice.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "PEGylated exosomes circulated longer", "Exosome", "-", "hasProperty", "Pharmacokinetics", "positive"),
                row(doc, "Exosomes from dendritic cells circulated", "Exosome", "DendriticCell", "hasProperty", "Pharmacokinetics", "positive")));
        List<String> found = findingsOf("fff", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("fff Exosome hasProperty Pharmacokinetics  <PEGylated"), found.toString());

        rows.set(0, row(doc, "PEGylated exosomes circulated longer", "EngineeredExosome", "-", "hasProperty", "Pharmacokinetics", "positive"));
        assertEquals(List.of(), findingsOf("fff", rows, e));
    }

    /** Conventions ggg and hhh (goldconv15): clearance by macrophages is no targets row; clearance by the liver is off target too. */
    @Test
    void clearanceWrittenAsTargetsOrWithoutOffTargetAccumulationIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Injected vesicles were cleared within minutes by macrophages of the lung. "
                + "Injected vesicles were taken up by macrophages of the lung within minutes. "
                + "Kiwi nanovesicles were cleared rapidly by the liver and spleen. "
                + "Kiwi nanovesicles were cleared rapidly from the blood.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "were cleared within minutes by macrophages", "ExtracellularVesicle", "-", "targets", "Macrophage", "positive"),
                row(doc, "were taken up by macrophages", "ExtracellularVesicle", "-", "targets", "Macrophage", "positive"),
                row(doc, "cleared rapidly by the liver", "PlantDerivedNanovesicle", "Fruit", "hasChallenge", "RapidClearance", "positive"),
                row(doc, "cleared rapidly from the blood", "PlantDerivedNanovesicle", "Fruit", "hasChallenge", "RapidClearance", "positive")));
        List<String> ggg = findingsOf("ggg", rows, e);
        assertEquals(1, ggg.size(), ggg.toString());
        assertTrue(ggg.get(0).contains("<were cleared within minutes"), ggg.toString());
        List<String> hhh = findingsOf("hhh", rows, e);
        assertEquals(1, hhh.size(), hhh.toString());
        assertTrue(hhh.get(0).contains("<cleared rapidly by the liver"), hhh.toString());

        rows.set(0, row(doc, "were cleared within minutes by macrophages", "ExtracellularVesicle", "-", "hasChallenge", "RapidClearance", "positive"));
        rows.add(row(doc, "cleared rapidly by the liver", "PlantDerivedNanovesicle", "Fruit", "hasChallenge", "OffTargetAccumulation", "positive"));
        assertEquals(List.of(), findingsOf("ggg", rows, e));
        assertEquals(List.of(), findingsOf("hhh", rows, e));
    }

    /** Convention jjj (goldconv15): inflammation denied after dosing, no immune word, is LowToxicity. */
    @Test
    void deniedInflammationWrittenAsLowImmunogenicityIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The vesicles did not provoke joint inflammation in treated rats. "
                + "The vesicles did not provoke antibodies or inflammation in treated dogs.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "did not provoke joint inflammation", "ExtracellularVesicle", "-", "hasProperty", "LowImmunogenicity", "positive"),
                row(doc, "did not provoke antibodies or inflammation", "ExtracellularVesicle", "-", "hasProperty", "LowImmunogenicity", "positive")));
        List<String> found = findingsOf("jjj", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<did not provoke joint inflammation"), found.toString());

        rows.set(0, row(doc, "did not provoke joint inflammation", "ExtracellularVesicle", "-", "hasProperty", "LowToxicity", "positive"));
        assertEquals(List.of(), findingsOf("jjj", rows, e));
    }

    /**
     * Convention ooo (goldconv15): vesicles that shift macrophages target them and are used for immunomodulation; tumour
     * vesicles whose shift promotes the tumour (contributesTo TumorPromotion) are left to the reader.
     */
    @Test
    void shiftedMacrophagesWithoutBothRowsAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes of stem cells shifted macrophages towards a healing phenotype. "
                + "Exosomes of melanoma cells polarised macrophages towards a tumour-supporting phenotype.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes of stem cells shifted", "Exosome", "StemCell", "targets", "Macrophage", "positive"),
                row(doc, "Exosomes of melanoma cells polarised", "Exosome", "TumorCell", "targets", "Macrophage", "positive"),
                row(doc, "Exosomes of melanoma cells polarised", "Exosome", "TumorCell", "contributesTo", "TumorPromotion", "positive")));
        List<String> found = findingsOf("ooo", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("ooo Exosome[StemCell] targets Macrophage"), found.toString());

        rows.add(row(doc, "Exosomes of stem cells shifted", "Exosome", "StemCell", "usedFor", "Immunomodulation", "positive"));
        assertEquals(List.of(), findingsOf("ooo", rows, e));
    }

    /**
     * Convention ppp (goldconv16): a group immunised or vaccinated with the vesicles and then protected gives usedFor
     * Vaccine beside the protection; a protection with no immunised group is left to the reader.
     */
    @Test
    void protectedImmunisedGroupsWithoutTheVaccineRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles of Vibrio cholerae were given twice. "
                + "Vaccinated rabbits were protected against cholera. "
                + "The vesicles protected rabbits against cholera toxin damage.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Vaccinated rabbits were protected", "BacterialOuterMembraneVesicle", "Bacterium", "treats", "InfectiousDisease", "positive"),
                row(doc, "The vesicles protected rabbits", "BacterialOuterMembraneVesicle", "Bacterium", "treats", "InfectiousDisease", "positive")));
        List<String> found = findingsOf("ppp", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<Vaccinated rabbits were protected"), found.toString());

        rows.add(row(doc, "Vaccinated rabbits were protected", "BacterialOuterMembraneVesicle", "Bacterium", "usedFor", "Vaccine", "positive"));
        assertEquals(List.of(), findingsOf("ppp", rows, e));
    }

    /**
     * Convention uuu (goldconv17): OMVs named by a strain or mutant without the species stay unqualified (h), also after the
     * text named the species; a strain phrase that names the species ("Escherichia coli strain Nissle") qualifies as d says.
     */
    @Test
    void strainOnlyVesiclesQualifiedByABacteriumAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles of Escherichia coli carry lipopolysaccharide. "
                + "OMVs purified from strain K-12 carried urease. "
                + "OMVs from a flagellin-deleted mutant entered epithelial cells. "
                + "Vesicles released by Escherichia coli strain Nissle carry DNA.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "of Escherichia coli carry", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"),
                row(doc, "OMVs purified from strain K-12", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Enzyme", "positive"),
                row(doc, "OMVs from a flagellin-deleted mutant", "BacterialOuterMembraneVesicle", "-", "targets", "EpithelialCell", "positive"),
                row(doc, "Vesicles released by Escherichia coli strain", "ExtracellularVesicle", "Bacterium", "carries", "DNA", "positive")));
        List<String> found = findingsOf("uuu", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("uuu BacterialOuterMembraneVesicle[Bacterium] carries Enzyme"), found.toString());

        rows.set(1, row(doc, "OMVs purified from strain K-12", "BacterialOuterMembraneVesicle", "-", "carries", "Enzyme", "positive"));
        assertEquals(List.of(), findingsOf("uuu", rows, e));
    }

    /**
     * uuu's check and a comparator (branch dev28): "Compared with OMVs of the parent strain, the modified vesicles ..." names
     * the strain's OMVs as the comparison only; the row is the anaphor's, qualified as mmm says. The same strain phrase as
     * the sentence's subject is still found.
     */
    @Test
    void aStrainPhraseLedByAComparisonIsNoSubjectPhrase() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles of Escherichia coli carry lipopolysaccharide. "
                + "Compared with OMVs of the parent strain, the modified vesicles released less interleukin-6 from monocytes. "
                + "OMVs of the parent strain released more interleukin-6 from monocytes.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "of Escherichia coli carry", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"),
                row(doc, "Compared with OMVs of the parent strain", "BacterialOuterMembraneVesicle", "Bacterium", "targets", "Monocyte", "positive"),
                row(doc, "OMVs of the parent strain released more", "BacterialOuterMembraneVesicle", "Bacterium", "targets", "Monocyte", "positive")));
        List<String> found = findingsOf("uuu", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("released more"), found.toString());
    }

    /**
     * Convention yyy (goldconv17): vesicles that transfer RNA or other nucleic acids to cells have hasProperty
     * GeneticMaterialTransfer beside the carries row; transferring resistance through an RNA (t) and carrying without any
     * transfer are not checked.
     */
    @Test
    void transferredNucleicAcidsWithoutGeneticMaterialTransferAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes of stem cells transfer microRNAs to neurons. "
                + "Exosomes of tumour cells transfer resistance through their RNA. "
                + "Exosomes of mast cells carry microRNAs.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes of stem cells transfer", "Exosome", "StemCell", "carries", "MicroRNA", "positive"),
                row(doc, "Exosomes of tumour cells transfer", "Exosome", "TumorCell", "carries", "RNA", "positive"),
                row(doc, "Exosomes of mast cells carry", "Exosome", "MastCell", "carries", "MicroRNA", "positive")));
        List<String> found = findingsOf("yyy", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("yyy Exosome[StemCell] carries MicroRNA"), found.toString());

        rows.add(row(doc, "Exosomes of stem cells transfer", "Exosome", "StemCell", "hasProperty", "GeneticMaterialTransfer", "positive"));
        assertEquals(List.of(), findingsOf("yyy", rows, e));
    }

    /** Convention zzz (goldconv17): products or preparations said to be contaminated give hasChallenge LowPurity. */
    @Test
    void contaminatedProductsWithoutLowPurityAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosome products are sold by many clinics without approval. "
                + "Some products were contaminated with bacteria. "
                + "Some products were sold online.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Exosome products are sold by many clinics", "Exosome", "-", "hasChallenge", "LackOfCharacterisation", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("zzz")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Some products were contaminated with bacteria."), found);

        rows.add(row(doc, "Some products were contaminated", "Exosome", "-", "hasChallenge", "LowPurity", "positive"));
        assertEquals(List.of(), findingsOf("zzz", rows, e));
    }

    /**
     * Convention cccc (goldconv18): infections caused by or reported after the products give hasChallenge SafetyConcern; a
     * denied infection and infections caused by a bacterium (no product, injection or infusion named) are no finding.
     */
    @Test
    void infectionsCausedByProductsWithoutSafetyConcernAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosome serums are sold by beauty salons. "
                + "Injecting these products into the scalp can cause infections. "
                + "The vesicles caused no swelling or infection at the injection site. "
                + "Staphylococci cause skin infections in athletes.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Exosome serums are sold", "Exosome", "-", "hasChallenge", "LackOfCharacterisation", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("cccc")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Injecting these products into the scalp can cause infections."), found);

        rows.add(row(doc, "Injecting these products", "Exosome", "-", "hasChallenge", "SafetyConcern", "positive"));
        assertEquals(List.of(), findingsOf("cccc", rows, e));
    }

    /**
     * Convention dddd (goldconv18): a product's status alone ("not approved", "not licensed", "not registered yet") gives no
     * RegulatoryUncertainty; the row stands where the rules themselves are called unclear.
     */
    @Test
    void regulatoryUncertaintyForAStatusAloneIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "No exosome cream is approved as a medicine yet. "
                + "No exosome cream is approved, and the regulatory path for such creams is unclear.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "No exosome cream is approved as a medicine yet", "Exosome", "-", "hasChallenge", "RegulatoryUncertainty", "positive"),
                row(doc, "the regulatory path for such creams is unclear", "Exosome", "-", "hasChallenge", "RegulatoryUncertainty", "positive")));
        List<String> found = findingsOf("dddd", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<No exosome cream is approved as a medicine yet>"), found.toString());

        rows.remove(0);
        assertEquals(List.of(), findingsOf("dddd", rows, e));
    }

    /** Convention eeee (goldconv18): OMVs named by a strain without its species get no derivedFrom Bacterium row (h, uuu). */
    @Test
    void strainOnlyVesiclesWithABacteriumSourceRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "OMVs from toxigenic strains carried cytotoxins. "
                + "OMVs of Escherichia coli carried lipopolysaccharide.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "OMVs from toxigenic strains", "BacterialOuterMembraneVesicle", "-", "derivedFrom", "Bacterium", "positive"),
                row(doc, "OMVs from toxigenic strains", "BacterialOuterMembraneVesicle", "-", "carries", "Protein", "positive"),
                row(doc, "OMVs of Escherichia coli", "BacterialOuterMembraneVesicle", "-", "derivedFrom", "Bacterium", "positive")));
        List<String> found = findingsOf("eeee", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("eeee BacterialOuterMembraneVesicle derivedFrom Bacterium  <OMVs from toxigenic"), found.toString());

        rows.remove(0);
        assertEquals(List.of(), findingsOf("eeee", rows, e));
    }

    /** Convention ffff (goldconv18): "cannot form tumours" is a denied hasChallenge TumorPromotion, not a denied contributesTo. */
    @Test
    void cannotFormTumoursWrittenAsADeniedCancerRowIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes of stem cells are not cells, so they cannot form tumours. "
                + "Exosomes of tumour cells did not promote tumour growth in mice.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "so they cannot form tumours", "Exosome", "StemCell", "contributesTo", "Cancer", "negative"),
                row(doc, "did not promote tumour growth", "Exosome", "TumorCell", "contributesTo", "Cancer", "negative")));
        List<String> found = findingsOf("ffff", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("ffff Exosome[StemCell] NOT contributesTo Cancer"), found.toString());

        rows.set(0, row(doc, "so they cannot form tumours", "Exosome", "StemCell", "hasChallenge", "TumorPromotion", "negative"));
        assertEquals(List.of(), findingsOf("ffff", rows, e));
    }

    /** Convention gggg (goldconv18): "attractive as / for" hedges the use it names, as "promising" does (f). */
    @Test
    void attractiveUsesWrittenUnhedgedAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Milk exosomes are attractive as oral drug carriers. "
                + "Milk exosomes are used as oral drug carriers.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Milk exosomes are attractive as", "Exosome", "Milk", "usedFor", "DrugDelivery", "positive"),
                row(doc, "Milk exosomes are used as", "Exosome", "Milk", "usedFor", "DrugDelivery", "positive")));
        List<String> found = findingsOf("gggg", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<Milk exosomes are attractive as>"), found.toString());

        rows.set(0, new String[] {doc, "Milk exosomes are attractive as", "Exosome", "Milk", "usedFor", "DrugDelivery", "positive", "true", ""});
        assertEquals(List.of(), findingsOf("gggg", rows, e));
    }

    /**
     * Convention iiii (goldconv18): an unqualified "lung injury" is Injury in a text that never names acute lung injury, and
     * AcuteLungInjury in a text that does (as o reads a generic tumour as the text's cancer).
     */
    @Test
    void lungInjuryReadAgainstTheTextsDiseaseIsChecked() throws Exception {
        DocumentExtraction plain = TestSupport.extractText(dir, "Exosomes of stem cells reduced lung injury in septic mice.\n", ".txt");
        String doc = plain.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "reduced lung injury in septic mice", "Exosome", "StemCell", "treats", "AcuteLungInjury", "positive")));
        assertEquals(1, findingsOf("iiii", rows, plain).size());
        rows.set(0, row(doc, "reduced lung injury in septic mice", "Exosome", "StemCell", "treats", "Injury", "positive"));
        assertEquals(List.of(), findingsOf("iiii", rows, plain));

        Path sub = java.nio.file.Files.createDirectories(dir.resolve("ali"));
        DocumentExtraction ali = TestSupport.extractText(sub, "Acute lung injury has no drug treatment. "
                + "Exosomes of stem cells reduced lung injury in septic mice.\n", ".txt");
        String aliDoc = ali.document().id();
        List<String[]> aliRows = new ArrayList<>(List.<String[]>of(
                row(aliDoc, "reduced lung injury in septic mice", "Exosome", "StemCell", "treats", "Injury", "positive")));
        assertEquals(1, findingsOf("iiii", aliRows, ali).size());
        aliRows.set(0, row(aliDoc, "reduced lung injury in septic mice", "Exosome", "StemCell", "treats", "AcuteLungInjury", "positive"));
        assertEquals(List.of(), findingsOf("iiii", aliRows, ali));
    }

    /** Convention jjjj (goldconv18): a product field line naming the vesicles' source gets b's derivedFrom row. */
    @Test
    void productLinesWithoutTheirSourceRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Batch record\n\nProduct: KX-12, exosomes from umbilical cord mesenchymal "
                + "stromal cells, for the phase 1 study\n\nKX-12 exosomes carried CD63.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "KX-12 exosomes carried CD63", "Exosome", "MesenchymalStemCell", "carries", "Cd63", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("jjjj")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("KX-12, exosomes from umbilical cord"), found.toString());

        rows.add(row(doc, "KX-12, exosomes from umbilical cord", "Exosome", "-", "derivedFrom", "MesenchymalStemCell", "positive"));
        assertEquals(List.of(), findingsOf("jjjj", rows, e));
    }

    /**
     * Convention kkkk (goldconv18): bare "circulating vesicles" get derivedFrom Blood (sss); "circulating <cell> vesicles" get
     * the cells' row and no unqualified Blood row.
     */
    @Test
    void circulatingVesiclesAreCheckedBothWays() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Circulating vesicles carried tau in patients with dementia. "
                + "Circulating neuron exosomes carried tau in patients with dementia.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Circulating vesicles carried tau", "ExtracellularVesicle", "Blood", "carries", "Protein", "positive"),
                row(doc, "Circulating neuron exosomes carried tau", "Exosome", "-", "derivedFrom", "Neuron", "positive"),
                row(doc, "Circulating neuron exosomes carried tau", "Exosome", "-", "derivedFrom", "Blood", "positive"),
                row(doc, "Circulating neuron exosomes carried tau", "Exosome", "Neuron", "carries", "Protein", "positive")));
        List<String> found = findingsOf("kkkk", rows, e);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("kkkk -")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("kkkk Exosome derivedFrom Blood")), found.toString());

        rows.add(row(doc, "Circulating vesicles carried tau", "ExtracellularVesicle", "-", "derivedFrom", "Blood", "positive"));
        rows.remove(2);
        assertEquals(List.of(), findingsOf("kkkk", rows, e));
    }

    /**
     * Convention kkkk, widened (goldconv23): a source of two or three words ("circulating red cell vesicles") is a named source
     * as a one-word source is, so an unqualified Blood row beside the cells' row is found; "circulating small extracellular
     * vesicles" stay bare (sss: the Blood row is right) and "circulating levels of exosomes" names no source.
     */
    @Test
    void circulatingVesiclesOfAMultiWordSourceAreChecked() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Patients with malaria had more circulating red cell vesicles than controls. "
                + "Circulating small extracellular vesicles carried tau in patients with dementia.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "more circulating red cell vesicles", "ExtracellularVesicle", "-", "derivedFrom", "Erythrocyte", "positive"),
                row(doc, "more circulating red cell vesicles", "ExtracellularVesicle", "-", "derivedFrom", "Blood", "positive"),
                row(doc, "Circulating small extracellular vesicles carried tau", "SmallExtracellularVesicle", "-", "derivedFrom", "Blood", "positive"),
                row(doc, "Circulating small extracellular vesicles carried tau", "SmallExtracellularVesicle", "-", "derivedFrom", "Neuron", "positive"),
                row(doc, "Circulating small extracellular vesicles carried tau", "SmallExtracellularVesicle", "Blood", "carries", "Protein", "positive")));
        List<String> found = findingsOf("kkkk", rows, e);
        assertEquals(List.of("kkkk ExtracellularVesicle derivedFrom Blood"), found.stream().map(f -> f.substring(0, f.indexOf("  <"))).toList(), found.toString());

        rows.remove(1);
        assertEquals(List.of(), findingsOf("kkkk", rows, e));
    }

    /**
     * Conventions jjjjj-lllll (goldconv23): a bibliography entry or a labelled heading with rows is found, a figure-title-like
     * sentence with a verb is not; a direct yes/no question with a content row is found, one embedding "the hypothesis that"
     * is not; a capture marker written as carried is found, a marker the vesicles are said to carry is not.
     */
    @Test
    void titlesQuestionsAndCaptureMarkersWithRowsAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Reading list for the seminar on vesicles.\n\nVesicles of Lactobacillus plantarum as a postbiotic (2021).\n\n"
                + "Vesicles of Lactobacillus plantarum calm the gut of mice (2021 study).\n\n"
                + "Do exosomes carry DNA or RNA?\n\n"
                + "Do the data support the hypothesis that exosomes reduce mortality in sepsis?\n\n"
                + "Blood EVs were enriched by immunocapture of the neuronal marker L1CAM and carried tau.\n\n"
                + "Blood EVs carried L1CAM and tau.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Lactobacillus plantarum as a postbiotic", "ExtracellularVesicle", "-", "derivedFrom", "Bacterium", "positive"),
                row(doc, "Lactobacillus plantarum calm the gut", "ExtracellularVesicle", "-", "derivedFrom", "Bacterium", "positive"),
                row(doc, "Do exosomes carry DNA or RNA", "Exosome", "-", "carries", "DNA", "positive"),
                row(doc, "the hypothesis that exosomes reduce mortality", "Exosome", "-", "treats", "Sepsis", "positive"),
                noted(row(doc, "enriched by immunocapture of the neuronal marker L1CAM", "ExtracellularVesicle", "Blood", "carries", "Protein", "positive"), "L1CAM"),
                noted(row(doc, "Blood EVs carried L1CAM and tau", "ExtracellularVesicle", "Blood", "carries", "Protein", "positive"), "L1CAM, tau")));
        assertEquals(1, findingsOf("jjjjj", rows, e).size(), findingsOf("jjjjj", rows, e).toString());
        assertTrue(findingsOf("jjjjj", rows, e).get(0).contains("postbiotic"));
        assertEquals(1, findingsOf("kkkkk", rows, e).size(), findingsOf("kkkkk", rows, e).toString());
        assertTrue(findingsOf("kkkkk", rows, e).get(0).contains("DNA"));
        List<GoldConventions.Finding> capture = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("lllll")).toList();
        assertEquals(1, capture.size(), capture.toString());
        assertTrue(capture.get(0).sentence().contains("immunocapture"));

        rows.remove(0);
        rows.remove(1);
        rows.remove(2);
        assertEquals(List.of(), findingsOf("jjjjj", rows, e));
        assertEquals(List.of(), findingsOf("kkkkk", rows, e));
        assertEquals(List.of(), findingsOf("lllll", rows, e));
    }

    /** Convention mmmmm (goldconv23): a loadedBy row outside the property's range is found; click chemistry (a loading technique) is not. */
    @Test
    void loadedByRowsOutsideTheRangeAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Milk exosomes were decorated with an aptamer by lipid anchor insertion and by click chemistry.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "decorated with an aptamer by lipid anchor insertion", "EngineeredExosome", "Milk", "loadedBy", "LipidAnchorInsertion", "positive"),
                row(doc, "decorated with an aptamer by lipid anchor insertion", "EngineeredExosome", "Milk", "loadedBy", "ClickChemistry", "positive")));
        List<String> found = findingsOf("mmmmm", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("LipidAnchorInsertion"), found.toString());
        rows.remove(0);
        assertEquals(List.of(), findingsOf("mmmmm", rows, e));
    }

    private static String[] noted(String[] row, String note) {
        String[] out = java.util.Arrays.copyOf(row, 9);
        out[8] = note;
        return out;
    }

    /**
     * Convention nnnn (goldconv19): what a patent claims (a product, a loading, a use) is stated, not hedged; a reported
     * assertion ("the company claims that ...", ii) and a claim the writer doubts ("unlikely to survive opposition") are no
     * finding.
     */
    @Test
    void patentClaimsWrittenHedgedAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Assignee D claims goat milk exosomes as oral carriers of siRNA. "
                + "A company claims that its goat milk exosomes reverse ageing. "
                + "Its broadest claim covers any goat milk exosome loaded with siRNA, which we consider unlikely to survive opposition.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                hedged(row(doc, "Assignee D claims goat milk exosomes", "Exosome", "CaprineMilk", "usedFor", "DrugDelivery", "positive")),
                hedged(row(doc, "A company claims that", "Exosome", "CaprineMilk", "usedFor", "RegenerativeMedicine", "positive")),
                hedged(row(doc, "Its broadest claim covers", "Exosome", "CaprineMilk", "carries", "SiRNA", "positive"))));
        List<String> found = findingsOf("nnnn", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<Assignee D claims goat milk exosomes>"), found.toString());

        rows.set(0, row(doc, "Assignee D claims goat milk exosomes", "Exosome", "CaprineMilk", "usedFor", "DrugDelivery", "positive"));
        assertEquals(List.of(), findingsOf("nnnn", rows, e));
    }

    /**
     * Convention oooo (goldconv19): an inflammatory disease the lexicon files under InflammatoryDisease (myocarditis) is that
     * class, not the organ's class; a sentence that also names a heart disease of the lexicon keeps its CardiovascularDisease row.
     */
    @Test
    void inflammatoryDiseasesWrittenAsTheOrgansClassAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "In mice with viral myocarditis, cardiac stem cell exosomes improved heart function. "
                + "In mice with dilated cardiomyopathy, cardiac stem cell exosomes improved heart function.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "In mice with viral myocarditis", "Exosome", "StemCell", "treats", "CardiovascularDisease", "positive"),
                row(doc, "In mice with dilated cardiomyopathy", "Exosome", "StemCell", "treats", "CardiovascularDisease", "positive")));
        List<String> found = findingsOf("oooo", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("<In mice with viral myocarditis>"), found.toString());

        rows.set(0, row(doc, "In mice with viral myocarditis", "Exosome", "StemCell", "treats", "InflammatoryDisease", "positive"));
        assertEquals(List.of(), findingsOf("oooo", rows, e));
    }

    /**
     * Convention pppp (goldconv19): "tiny <noun> called <vesicles>" and "<vesicles> are tiny <noun>" give hasProperty
     * SmallSize; tiny bubbles not yet named as vesicles, "a tiny fraction" and "tiny volumes" give none.
     */
    @Test
    void tinyVesiclesWithoutSmallSizeAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Your cells send tiny parcels called exosomes. "
                + "Muscles release billions of tiny bubbles into the blood. "
                + "Only a tiny fraction of the exosomes reach the brain.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Your cells send tiny parcels", "Exosome", "-", "derivedFrom", "Cell", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("pppp")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Your cells send tiny parcels called exosomes."), found);

        rows.add(row(doc, "Your cells send tiny parcels", "Exosome", "-", "hasProperty", "SmallSize", "positive"));
        assertEquals(List.of(), findingsOf("pppp", rows, e));
    }

    /**
     * Convention ssss (goldconv20): "a carrier for <a cargo word>" gives a carries row beside the usedFor row; a carrier
     * "for drugs" names no cargo of its own and is not asked for.
     */
    @Test
    void carriersForANamedCargoWithoutCarriesAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Goat milk vesicles may be a well-tolerated carrier for intraperitoneal chemotherapy. "
                + "Milk exosomes are an attractive oral carrier for drugs.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                hedged(row(doc, "Goat milk vesicles may be", "ExtracellularVesicle", "CaprineMilk", "usedFor", "DrugDelivery", "positive")),
                hedged(row(doc, "Milk exosomes are an attractive", "Exosome", "Milk", "usedFor", "DrugDelivery", "positive"))));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("ssss")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Goat milk vesicles may be a well-tolerated carrier for intraperitoneal chemotherapy."), found);

        rows.add(hedged(row(doc, "Goat milk vesicles may be", "ExtracellularVesicle", "CaprineMilk", "carries", "Chemotherapeutic", "positive")));
        assertEquals(List.of(), findingsOf("ssss", rows, e));
    }

    /**
     * Convention tttt (goldconv20): the vesicles' "tropism" gives hasProperty TargetingAbility (a denied tropism a denied
     * one), beside any targets row; a sentence without rows is not asked about.
     */
    @Test
    void tropismWithoutTargetingAbilityIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Their tropism for stem cells may rest on CD43 on the microparticles. "
                + "Viral tropism differs between strains.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Their tropism for stem cells", "Microvesicle", "Megakaryocyte", "targets", "StemCell", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("tttt")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Their tropism for stem cells may rest on CD43 on the microparticles."), found);

        rows.add(row(doc, "Their tropism for stem cells", "Microvesicle", "Megakaryocyte", "hasProperty", "TargetingAbility", "positive"));
        assertEquals(List.of(), findingsOf("tttt", rows, e));
    }

    /**
     * Convention zzzz (goldconv21): mimetics made from cells ("Liv-EMs", "mimetics extruded from hepatocytes") are written
     * unqualified; the cells are the object of their derivedFrom row.
     */
    @Test
    void qualifiedMimeticRowsAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Liv-EMs were made by extruding hepatocytes, and they carried albumin.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Liv-EMs were made by extruding hepatocytes", "ExtracellularVesicleMimetic", "-", "derivedFrom", "Hepatocyte", "positive"),
                row(doc, "Liv-EMs were made by extruding hepatocytes", "ExtracellularVesicleMimetic", "Hepatocyte", "carries", "SerumAlbumin", "positive")));
        List<String> found = findingsOf("zzzz", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("zzzz ExtracellularVesicleMimetic[Hepatocyte] carries SerumAlbumin"), found.toString());

        rows.set(1, row(doc, "Liv-EMs were made by extruding hepatocytes", "ExtracellularVesicleMimetic", "-", "carries", "SerumAlbumin", "positive"));
        assertEquals(List.of(), findingsOf("zzzz", rows, e));
    }

    /**
     * Convention aaaaa (goldconv21): an open question about the vesicles gives its content as a hedged claim, or, with no
     * claim of its own, hasChallenge LackOfCharacterisation; a sentence without rows is not asked about.
     */
    @Test
    void openQuestionsWithoutAHedgedRowOrAGapAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Vesicles from camel milk have not been tested as drug carriers. "
                + "Whether goat milk vesicles cross the gut barrier is unknown. "
                + "How the disease spreads is unknown.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Vesicles from camel milk have not been tested", "ExtracellularVesicle", "-", "derivedFrom", "CamelMilk", "positive"),
                row(doc, "Whether goat milk vesicles cross", "ExtracellularVesicle", "-", "derivedFrom", "CaprineMilk", "positive"),
                hedged(row(doc, "Whether goat milk vesicles cross", "ExtracellularVesicle", "CaprineMilk", "crosses", "IntestinalBarrier", "positive"))));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("aaaaa")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Vesicles from camel milk have not been tested as drug carriers."), found);

        rows.add(row(doc, "Vesicles from camel milk have not been tested", "ExtracellularVesicle", "CamelMilk", "hasChallenge", "LackOfCharacterisation", "positive"));
        assertEquals(List.of(), findingsOf("aaaaa", rows, e));
    }

    /**
     * Convention bbbbb (goldconv21): vesicles said to keep their therapeutic effect (after labelling, loading, storage) are
     * usedFor Therapy; "a therapeutic effect in mice" says nothing kept.
     */
    @Test
    void aTherapeuticEffectKeptWithoutUsedForTherapyIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Labelled vesicles keep their therapeutic effect. "
                + "A therapeutic effect in mice shows that some drug reached the tumour.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Labelled vesicles keep", "ExtracellularVesicle", "-", "carries", "ImagingProbe", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("bbbbb")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Labelled vesicles keep their therapeutic effect."), found);

        rows.add(row(doc, "Labelled vesicles keep", "ExtracellularVesicle", "-", "usedFor", "Therapy", "positive"));
        assertEquals(List.of(), findingsOf("bbbbb", rows, e));
    }

    /**
     * Convention nnnnn (goldconv24): "arthritis scores" and "arthritic mice" in a text naming a rheumatoid arthritis model
     * are RheumatoidArthritis, not the lexicon's InflammatoryDisease for the bare word; in a text naming no such model the
     * bare word's class is no finding.
     */
    @Test
    void aGenericArthritisMeasureOfARheumatoidArthritisModelWrittenInflammatoryIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Mice with collagen-induced arthritis received the vesicles. "
                + "Macrophage vesicles lowered arthritis scores in two weeks.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Macrophage vesicles lowered arthritis scores", "ExtracellularVesicle", "Macrophage", "treats", "InflammatoryDisease", "positive")));
        assertEquals(List.of("Macrophage vesicles lowered arthritis scores in two weeks."), sentencesOf("nnnnn", rows, e));

        rows.set(0, row(doc, "Macrophage vesicles lowered arthritis scores", "ExtracellularVesicle", "Macrophage", "treats", "RheumatoidArthritis", "positive"));
        assertEquals(List.of(), findingsOf("nnnnn", rows, e));

        DocumentExtraction septic = TestSupport.extractText(dir, "Macrophage vesicles lowered arthritis scores in infected joints.\n", ".txt");
        String other = septic.document().id();
        List<String[]> noModel = List.<String[]>of(row(other, "Macrophage vesicles lowered arthritis scores", "ExtracellularVesicle", "Macrophage",
                "treats", "InflammatoryDisease", "positive"));
        assertEquals(List.of(), findingsOf("nnnnn", noModel, septic));
    }

    /**
     * Convention ooooo (goldconv24): activity lost or kept through storage is StorageStability / Stability, never usedFor
     * Therapy; "kept their therapeutic effect" after labelling is bbbbb's and no finding here.
     */
    @Test
    void activityLostInStorageWrittenAsTherapyIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The vesicles lost half of their activity after a week at 4 °C. "
                + "Labelled vesicles kept their therapeutic activity.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "The vesicles lost half of their activity", "ExtracellularVesicle", "-", "usedFor", "Therapy", "negative"),
                row(doc, "Labelled vesicles kept their therapeutic activity", "ExtracellularVesicle", "-", "usedFor", "Therapy", "positive")));
        List<String> found = sentencesOf("ooooo", rows, e);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.startsWith("The vesicles lost half")), found.toString());

        rows.set(0, row(doc, "The vesicles lost half of their activity", "ExtracellularVesicle", "-", "hasChallenge", "StorageStability", "positive"));
        assertEquals(List.of(), findingsOf("ooooo", rows, e));
    }

    /**
     * Convention eeeee (goldconv22): named Wnt ligands the vesicles carry are SignalingProtein; "the Wnt pathway" names no
     * ligand.
     */
    @Test
    void wntLigandsCarriedAsPlainProteinAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Keratinocyte vesicles carried Wnt4 and Wnt7b. "
                + "Keratinocyte vesicles carried collagen and switched on the Wnt pathway.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "carried Wnt4 and Wnt7b", "ExtracellularVesicle", "Keratinocyte", "carries", "Protein", "positive"),
                row(doc, "carried collagen", "ExtracellularVesicle", "Keratinocyte", "carries", "Protein", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("eeeee")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Keratinocyte vesicles carried Wnt4 and Wnt7b."), found);

        rows.set(0, row(doc, "carried Wnt4 and Wnt7b", "ExtracellularVesicle", "Keratinocyte", "carries", "SignalingProtein", "positive"));
        assertEquals(List.of(), findingsOf("eeeee", rows, e));
    }

    /**
     * Convention ggggg (goldconv22): vesicles said to be microvesicles that bud from the cells' membrane get derivedFrom the
     * cells the context names; "microvesicles bud from the membrane" (a definition, no vesicles said to be them) is not asked.
     */
    @Test
    void vesiclesBuddingFromCellsWithoutASourceRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Platelets shed vesicles into the blood. "
                + "Most of them are microvesicles that bud from the cell surface. "
                + "Microvesicles bud from the plasma membrane of many cells.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Platelets shed vesicles", "ExtracellularVesicle", "-", "derivedFrom", "Platelet", "positive")));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("ggggg")).map(GoldConventions.Finding::sentence).toList();
        assertEquals(List.of("Most of them are microvesicles that bud from the cell surface."), found);

        rows.add(row(doc, "Most of them are microvesicles", "ExtracellularVesicle", "-", "derivedFrom", "Platelet", "positive"));
        assertEquals(List.of(), findingsOf("ggggg", rows, e));
    }

    /**
     * Convention ppppp (goldconv25): in a text naming a dextran sulphate sodium colitis model, the model's measures are
     * InflammatoryDisease; UlcerativeColitis stays where the sentence says "ulcerative colitis", and a text naming no
     * chemically induced model (patients with ulcerative colitis) gives no finding.
     */
    @Test
    void aChemicalColitisModelWrittenUlcerativeColitisIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles relieve ulcerative colitis in mice. "
                + "Mice with dextran sulphate sodium colitis received the vesicles. "
                + "Walnut vesicles reduced colon shortening in these mice.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Walnut vesicles relieve ulcerative colitis", "PlantDerivedNanovesicle", "PlantStructure", "treats", "UlcerativeColitis", "positive"),
                row(doc, "Walnut vesicles reduced colon shortening", "PlantDerivedNanovesicle", "PlantStructure", "treats", "UlcerativeColitis", "positive")));
        assertEquals(List.of("Walnut vesicles reduced colon shortening in these mice."), sentencesOf("ppppp", rows, e));

        rows.set(1, row(doc, "Walnut vesicles reduced colon shortening", "PlantDerivedNanovesicle", "PlantStructure", "treats", "InflammatoryDisease", "positive"));
        assertEquals(List.of(), findingsOf("ppppp", rows, e));

        DocumentExtraction patients = TestSupport.extractText(dir, "Patients received walnut vesicles by enema. "
                + "Walnut vesicles healed the mucosa of the rectum.\n", ".txt");
        String other = patients.document().id();
        List<String[]> human = List.<String[]>of(row(other, "Walnut vesicles healed the mucosa", "PlantDerivedNanovesicle", "PlantStructure",
                "treats", "UlcerativeColitis", "positive"));
        assertEquals(List.of(), findingsOf("ppppp", human, patients));
    }

    /**
     * Convention qqqqq (goldconv25): a wh-question states no content; b's derivedFrom for a source it names stands, and a
     * statement answering it keeps its rows.
     */
    @Test
    void aWhQuestionWithAContentRowIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Question 4: Why might walnut vesicles calm the gut? "
                + "Walnut vesicles calm the gut because they carry microRNAs.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Why might walnut vesicles calm the gut", "PlantDerivedNanovesicle", "-", "derivedFrom", "PlantStructure", "positive"),
                hedged(row(doc, "Why might walnut vesicles calm the gut", "PlantDerivedNanovesicle", "PlantStructure", "treats", "InflammatoryDisease", "positive")),
                row(doc, "Walnut vesicles calm the gut because", "PlantDerivedNanovesicle", "PlantStructure", "treats", "InflammatoryDisease", "positive")));
        List<String> found = sentencesOf("qqqqq", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("Why might walnut vesicles"), found.toString());

        rows.remove(1);
        assertEquals(List.of(), findingsOf("qqqqq", rows, e));
    }

    /**
     * Convention sssss (goldconv26): a note saying a disease "has no class" is re-read once the lexicon files the disease
     * (sepsis is an InfectiousDisease synonym, "Duchenne muscular dystrophy" a MuscularDystrophy synonym); a note
     * naming words the lexicon still lacks ("allodynia", "haemophilia") or a note already re-read (naming sssss) is no finding.
     */
    @Test
    void aStaleNoClassNoteOfADiseaseIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles improved survival of mice with sepsis. "
                + "Walnut vesicles relieved allodynia in mice with haemophilia. "
                + "Walnut vesicles may be used for Duchenne muscular dystrophy.\n", ".txt");
        String doc = e.document().id();
        String[] sepsis = row(doc, "Walnut vesicles improved survival", "PlantDerivedNanovesicle", "-", "derivedFrom", "PlantStructure", "positive");
        sepsis[8] = "walnut; sepsis has no class";
        String[] allodynia = row(doc, "Walnut vesicles relieved allodynia", "PlantDerivedNanovesicle", "-", "derivedFrom", "PlantStructure", "positive");
        allodynia[8] = "allodynia and haemophilia have no class";
        String[] dmd = row(doc, "Walnut vesicles may be used for", "PlantDerivedNanovesicle", "-", "derivedFrom", "PlantStructure", "positive");
        dmd[8] = "\"may be used\"; Duchenne muscular dystrophy has no class";
        List<String[]> rows = new ArrayList<>(List.<String[]>of(sepsis, allodynia, dmd));
        List<String> found = GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals("sssss")).map(GoldConventions.Finding::why).toList();
        assertEquals(List.of("the note says no class, the lexicon has sepsis -> InfectiousDisease",
                "the note says no class, the lexicon has Duchenne muscular dystrophy -> MuscularDystrophy"), found);

        sepsis[8] = sepsis[8] + " | goldconv26 (sssss): re-read, row added";
        dmd[8] = dmd[8] + " | goldconv26 (sssss): re-read, row added";
        assertEquals(List.of(), findingsOf("sssss", rows, e));
    }

    /**
     * Convention ttttt (goldconv27): antibodies raised by the vesicles are hasProperty Immunogenicity; an Immunocompetence row
     * for them is found. A named adjuvant property keeps Immunocompetence, and a denial of antibodies is u's (no finding).
     */
    @Test
    void antibodiesRaisedWrittenImmunocompetenceAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles raised serum IgG and mucosal IgA in mice. "
                + "Walnut vesicles act as their own adjuvant. "
                + "Walnut vesicles did not induce antibodies after three doses.\n", ".txt");
        String doc = e.document().id();
        String[] raised = row(doc, "Walnut vesicles raised serum IgG", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(raised,
                row(doc, "Walnut vesicles act as their own adjuvant", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive"),
                row(doc, "Walnut vesicles did not induce antibodies", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive")));
        List<String> found = sentencesOf("ttttt", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("raised serum IgG"), found.toString());

        raised[5] = "Immunogenicity";
        assertEquals(List.of(), findingsOf("ttttt", rows, e));
    }

    /**
     * Convention uuuuu (goldconv28): immunity or an immune response induced, elicited, triggered or provoked by the vesicles
     * is hasProperty Immunogenicity (the positive of u, as ttttt for antibodies); an Immunocompetence row for it is found. An
     * anti-tumour immune response and "stimulate innate immunity" keep Immunocompetence (a), and a denial is u's (no finding).
     */
    @Test
    void immunityInducedWrittenImmunocompetenceIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles induced mucosal immunity after two nasal doses. "
                + "Walnut vesicles elicited an anti-tumour immune response in treated mice. "
                + "Walnut vesicles stimulate innate immunity without adjuvant. "
                + "Walnut vesicles did not trigger an immune response after five doses.\n", ".txt");
        String doc = e.document().id();
        String[] induced = row(doc, "Walnut vesicles induced mucosal immunity", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(induced,
                row(doc, "Walnut vesicles elicited an anti-tumour immune response", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive"),
                row(doc, "Walnut vesicles stimulate innate immunity", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive"),
                row(doc, "Walnut vesicles did not trigger an immune response", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive")));
        List<String> found = sentencesOf("uuuuu", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("induced mucosal immunity"), found.toString());

        induced[5] = "Immunogenicity";
        assertEquals(List.of(), findingsOf("uuuuu", rows, e));
    }

    /**
     * Convention vvvvv (goldconv29): the vesicles' safety stated unknown, untested or conditional with no harm named is
     * hasChallenge SafetyConcern (aaaaa's more specific challenge). A planned safety test states no gap (no finding).
     */
    @Test
    void safetyGapWithoutSafetyConcernIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles calmed the gut in mice, but their long-term safety has not been studied. "
                + "A second trial of walnut vesicles will examine safety and dose.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Walnut vesicles calmed the gut in mice", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive"),
                row(doc, "A second trial of walnut vesicles will examine safety", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive")));
        List<String> found = sentencesOf("vvvvv", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("long-term safety has not been studied"), found.toString());

        rows.add(row(doc, "Walnut vesicles calmed the gut in mice", "PlantDerivedNanovesicle", "-", "hasChallenge", "SafetyConcern", "positive"));
        assertEquals(List.of(), findingsOf("vvvvv", rows, e));
    }

    /**
     * Convention wwwww (goldconv29): a cargo named in a means phrase of a hedged predicate or an open question is hedged with
     * it (k), also as a possessive ("their protein cargo"); an unhedged carries row of that cargo is found, an asserted one in
     * a plain sentence is not.
     */
    @Test
    void cargoInAHedgedMeansPhraseWrittenUnhedgedIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Whether walnut vesicles act through microRNAs alone or through their protein cargo remains to be determined. "
                + "Walnut vesicles carry microRNAs and act through them on the gut.\n", ".txt");
        String doc = e.document().id();
        String[] protein = row(doc, "Whether walnut vesicles act through microRNAs alone", "PlantDerivedNanovesicle", "-", "carries", "Protein", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(protein,
                hedged(row(doc, "Whether walnut vesicles act through microRNAs alone", "PlantDerivedNanovesicle", "-", "carries", "MicroRNA", "positive")),
                row(doc, "Walnut vesicles carry microRNAs and act through them", "PlantDerivedNanovesicle", "-", "carries", "MicroRNA", "positive")));
        List<String> found = sentencesOf("wwwww", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("their protein cargo"), found.toString());

        rows.set(0, hedged(protein));
        assertEquals(List.of(), findingsOf("wwwww", rows, e));
    }

    /**
     * Convention xxxxx (goldconv29): adjuvant named as the vesicles' own property ("act as their own adjuvant", "are strong
     * adjuvants") is hasProperty Immunocompetence; vesicles given with an adjuvant or compared with an adjuvanted vaccine are not.
     */
    @Test
    void adjuvantNamedWithoutImmunocompetenceIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles present antigens and act as their own adjuvant. "
                + "Walnut vesicles were given with alum as adjuvant to mice. "
                + "Walnut vesicles were compared with an adjuvanted protein vaccine.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Walnut vesicles present antigens and act", "PlantDerivedNanovesicle", "-", "carries", "Protein", "positive"),
                row(doc, "Walnut vesicles were given with alum", "PlantDerivedNanovesicle", "-", "usedFor", "Vaccine", "positive"),
                row(doc, "Walnut vesicles were compared with an adjuvanted", "PlantDerivedNanovesicle", "-", "usedFor", "Vaccine", "positive")));
        List<String> found = sentencesOf("xxxxx", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("act as their own adjuvant"), found.toString());

        rows.add(row(doc, "Walnut vesicles present antigens and act", "PlantDerivedNanovesicle", "-", "hasProperty", "Immunocompetence", "positive"));
        assertEquals(List.of(), findingsOf("xxxxx", rows, e));
    }

    /**
     * Convention yyyyy (goldconv29): an invertebrate host named with its secretion or body fluid ("the coelomic fluid of the
     * earthworm", "snail mucin") is no source: the fluid is; a derivedFrom Organism row there is found, one for the animal's
     * own vesicles ("Earthworm vesicles") is not.
     */
    @Test
    void invertebrateHostOfANamedFluidWrittenAsTheSourceIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Vesicles from the coelomic fluid of the earthworm healed skin wounds in mice. "
                + "Earthworm vesicles did not harm human cells.\n", ".txt");
        String doc = e.document().id();
        String[] host = row(doc, "Vesicles from the coelomic fluid of the earthworm", "ExtracellularVesicle", "-", "derivedFrom", "Organism", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(host,
                row(doc, "Earthworm vesicles did not harm", "ExtracellularVesicle", "-", "derivedFrom", "Organism", "positive")));
        List<String> found = sentencesOf("yyyyy", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("coelomic fluid of the earthworm"), found.toString());

        host[5] = "BodyFluid";
        assertEquals(List.of(), findingsOf("yyyyy", rows, e));
    }

    /**
     * Convention zzzzz (goldconv30): a cell type named by the fluid it is taken from ("saliva-derived stem cells") gives the
     * cells' row (b) and the fluid's row qualified by the cells (ee, tt); cells named by a root-Tissue word ("adipose stem
     * cells") are not this shape (no finding).
     */
    @Test
    void cellsNamedByTheirFluidWithoutTheFluidRowAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes from saliva-derived stem cells healed mouth ulcers in rats. "
                + "Exosomes from adipose stem cells healed skin ulcers in rats.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Exosomes from saliva-derived stem cells healed", "Exosome", "-", "derivedFrom", "StemCell", "positive"),
                row(doc, "Exosomes from adipose stem cells healed", "Exosome", "-", "derivedFrom", "StemCell", "positive")));
        List<String> found = sentencesOf("zzzzz", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("saliva-derived stem cells"), found.toString());

        rows.add(row(doc, "Exosomes from saliva-derived stem cells healed", "Exosome", "StemCell", "derivedFrom", "Saliva", "positive"));
        assertEquals(List.of(), findingsOf("zzzzz", rows, e));
    }

    /**
     * Convention aaaaaa (goldconv30): a stated gap in the vesicles' biogenesis or mechanism ("their biogenesis is still
     * poorly understood") is hasChallenge LackOfCharacterisation (aaaaa); an author naming their own particles small EVs for
     * want of an endosomal origin states no gap (no finding).
     */
    @Test
    void biogenesisGapWithoutAGapChallengeIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles calm the inflamed gut, but their biogenesis is still poorly understood. "
                + "We call the walnut vesicles small EVs, since we did not show their endosomal origin.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Walnut vesicles calm the inflamed gut", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive"),
                row(doc, "We call the walnut vesicles small EVs", "PlantDerivedNanovesicle", "-", "derivedFrom", "Plant", "positive")));
        List<String> found = sentencesOf("aaaaaa", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("poorly understood"), found.toString());

        rows.add(row(doc, "Walnut vesicles calm the inflamed gut", "PlantDerivedNanovesicle", "-", "hasChallenge", "LackOfCharacterisation", "positive"));
        assertEquals(List.of(), findingsOf("aaaaaa", rows, e));
    }

    /**
     * Convention bbbbbb (goldconv30): inflammation reduced in a sentence that names the disease treated is that disease only
     * (hhhhh); inflammation with no disease named keeps InflammatoryDisease, and an "-itis" word is InflammatoryDisease itself.
     */
    @Test
    void inflammationBesideANamedDiseaseWrittenInflammatoryDiseaseIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "In rats with induced seizures, walnut vesicles reduced seizure frequency and lowered inflammation in the brain. "
                + "Walnut vesicles lowered inflammation in the joints of old rats. "
                + "Walnut vesicles calmed colitis and reduced intestinal inflammation in mice.\n", ".txt");
        String doc = e.document().id();
        String[] inflammation = row(doc, "In rats with induced seizures, walnut vesicles", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(inflammation,
                row(doc, "In rats with induced seizures, walnut vesicles", "PlantDerivedNanovesicle", "-", "treats", "Epilepsy", "positive"),
                row(doc, "Walnut vesicles lowered inflammation in the joints", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive"),
                row(doc, "Walnut vesicles calmed colitis", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryDisease", "positive"),
                row(doc, "Walnut vesicles calmed colitis", "PlantDerivedNanovesicle", "-", "treats", "InflammatoryBowelDisease", "positive")));
        List<String> found = sentencesOf("bbbbbb", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("induced seizures"), found.toString());

        rows.remove(inflammation);
        assertEquals(List.of(), findingsOf("bbbbbb", rows, e));
    }

    /**
     * Convention cccccc (goldconv30): a species named on the fluid or tissue ("made from horse blood") gives the fluid's row
     * only (eee, yyyyy); a derivedFrom row of the species qualified by the fluid is found.
     */
    @Test
    void speciesOfTheFluidWrittenAsASourceIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes made from horse blood eased hip arthritis in old dogs.\n", ".txt");
        String doc = e.document().id();
        String[] species = row(doc, "Exosomes made from horse blood", "Exosome", "Blood", "derivedFrom", "Horse", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(species,
                row(doc, "Exosomes made from horse blood", "Exosome", "-", "derivedFrom", "Blood", "positive")));
        List<String> found = findingsOf("cccccc", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("cccccc Exosome[Blood] derivedFrom Horse"), found.toString());

        rows.remove(species);
        assertEquals(List.of(), findingsOf("cccccc", rows, e));
    }

    /**
     * Convention dddddd (goldconv30): a field line read as a sentence that defines a code as vesicles from a named source gets
     * b's derivedFrom row whatever its label (jjjj); captions are read as sentences (b; the code test checks them).
     */
    @Test
    void codeDefiningFieldLineWithoutItsSourceRowIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The reagent sheet lists one preparation for the assay. "
                + "Reagent: KX-5, exosomes from macrophages, frozen in 20 vials. "
                + "KX-5 carried CD63 and TSG101 in every lot.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "KX-5 carried CD63 and TSG101", "Exosome", "Macrophage", "carries", "Cd63", "positive")));
        List<String> found = sentencesOf("dddddd", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Reagent: KX-5"), found.toString());

        rows.add(row(doc, "Reagent: KX-5, exosomes from macrophages", "Exosome", "-", "derivedFrom", "Macrophage", "positive"));
        assertEquals(List.of(), findingsOf("dddddd", rows, e));
    }

    /**
     * Convention eeeeee (goldconv30): a legend naming what a panel measures ("Neurite length of neurons exposed to ...")
     * states no result: no targets row; a legend stating the result keeps it (no finding).
     */
    @Test
    void legendNamingAMeasureWithATargetsRowIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Neurite length of neurons exposed to walnut vesicles or buffer for two days. "
                + "Walnut vesicles doubled the neurite length of cortical neurons.\n", ".txt");
        String doc = e.document().id();
        String[] measured = row(doc, "Neurite length of neurons exposed to walnut vesicles", "PlantDerivedNanovesicle", "-", "targets", "Neuron", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(measured,
                row(doc, "Neurite length of neurons exposed to walnut vesicles", "PlantDerivedNanovesicle", "-", "derivedFrom", "Plant", "positive"),
                row(doc, "Walnut vesicles doubled the neurite length", "PlantDerivedNanovesicle", "-", "targets", "Neuron", "positive")));
        List<String> found = sentencesOf("eeeeee", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Neurite length of neurons exposed"), found.toString());

        rows.remove(measured);
        assertEquals(List.of(), findingsOf("eeeeee", rows, e));
    }

    /**
     * Convention ffffff (goldconv30): "tears" meaning a rip ("muscle tears", "torn hamstrings") is an injury, never
     * TearFluid; tears as the secretion ("tear fluid vesicles") keep TearFluid (no finding).
     */
    @Test
    void tearsOfAMuscleWrittenAsTearFluidAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "In rats with muscle tears, platelet vesicles reduced scarring. "
                + "Tear fluid vesicles carried lipocalin in dry eye.\n", ".txt");
        String doc = e.document().id();
        String[] rip = row(doc, "In rats with muscle tears", "ExtracellularVesicle", "-", "derivedFrom", "TearFluid", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(rip,
                row(doc, "Tear fluid vesicles carried lipocalin", "ExtracellularVesicle", "-", "derivedFrom", "TearFluid", "positive")));
        List<String> found = sentencesOf("ffffff", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("muscle tears"), found.toString());

        rows.set(0, row(doc, "In rats with muscle tears", "ExtracellularVesicle", "Platelet", "treats", "Injury", "positive"));
        assertEquals(List.of(), findingsOf("ffffff", rows, e));
    }

    /**
     * Convention gggggg (goldconv30): evidence for a property judged strong ("judged the stability data convincing") states
     * the property; the sentence without its row is found.
     */
    @Test
    void evidenceJudgedStrongWithoutItsPropertyIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles carried plant microRNAs. "
                + "The reviewers found the stability data convincing for walnut vesicles.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "Walnut vesicles carried plant microRNAs", "PlantDerivedNanovesicle", "-", "carries", "MicroRNA", "positive")));
        List<String> found = sentencesOf("gggggg", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("stability data convincing"), found.toString());

        rows.add(row(doc, "The reviewers found the stability data convincing", "PlantDerivedNanovesicle", "-", "hasProperty", "Stability", "positive"));
        assertEquals(List.of(), findingsOf("gggggg", rows, e));
    }

    /**
     * Convention hhhhhh (goldconv31): a code the text defines as small EVs keeps its code's own word (fffff) at its uses;
     * the defining sentence keeps the defined kind. A use written SmallExtracellularVesicle is found.
     */
    @Test
    void codeDefinedAsSmallVesiclesWrittenSmallAtItsUseIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "We collected the small EVs released by walnut callus cells, which we call WC-EVs. "
                + "WC-EVs calmed inflamed skin in mice.\n", ".txt");
        String doc = e.document().id();
        String[] use = row(doc, "WC-EVs calmed inflamed skin", "SmallExtracellularVesicle", "Cell", "treats", "InflammatoryDisease", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(use,
                row(doc, "We collected the small EVs released by walnut callus cells", "SmallExtracellularVesicle", "-", "derivedFrom", "Cell", "positive")));
        List<String> found = findingsOf("hhhhhh", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("hhhhhh SmallExtracellularVesicle[Cell] treats"), found.toString());

        rows.set(0, row(doc, "WC-EVs calmed inflamed skin", "ExtracellularVesicle", "Cell", "treats", "InflammatoryDisease", "positive"));
        assertEquals(List.of(), findingsOf("hhhhhh", rows, e));
    }

    /** Convention iiiiii (goldconv31): a row naming a class the ontology does not have is found. */
    @Test
    void rowNamingNoOntologyClassIsFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The walnut vesicle test has not been compared with biopsy in a randomised trial.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row(doc, "The walnut vesicle test has not been compared", "ExtracellularVesicle", "-", "hasChallenge", "FewWalnutTrials", "positive")));
        List<String> found = findingsOf("iiiiii", rows, e);
        assertEquals(1, found.size(), found.toString());

        rows.set(0, row(doc, "The walnut vesicle test has not been compared", "ExtracellularVesicle", "-", "hasChallenge", "LackOfCharacterisation", "positive"));
        assertEquals(List.of(), findingsOf("iiiiii", rows, e));
    }

    /**
     * Conventions kkkkkk and mmmmmm (goldconv31): royal jelly written as its bees (Organism) and bare cells named by their
     * fluid written derivedFrom Cell are found; the secretion (BodyFluid) and the fluid alone are not.
     */
    @Test
    void secretionHostAndFluidCellsWrittenAsSourcesAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "The jar holds nanovesicles from royal jelly of honeybees. "
                + "Vesicles from cord blood cells helped injured neurons.\n", ".txt");
        String doc = e.document().id();
        String[] host = row(doc, "nanovesicles from royal jelly of honeybees", "ExtracellularVesicle", "-", "derivedFrom", "Organism", "positive");
        String[] cell = row(doc, "Vesicles from cord blood cells helped", "ExtracellularVesicle", "-", "derivedFrom", "Cell", "positive");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(host, cell,
                row(doc, "Vesicles from cord blood cells helped", "ExtracellularVesicle", "-", "derivedFrom", "UmbilicalCordBlood", "positive")));
        assertEquals(1, findingsOf("kkkkkk", rows, e).size(), findingsOf("kkkkkk", rows, e).toString());
        assertEquals(1, findingsOf("mmmmmm", rows, e).size(), findingsOf("mmmmmm", rows, e).toString());

        rows.set(0, row(doc, "nanovesicles from royal jelly of honeybees", "ExtracellularVesicle", "-", "derivedFrom", "BodyFluid", "positive"));
        rows.remove(cell);
        assertEquals(List.of(), findingsOf("kkkkkk", rows, e));
        assertEquals(List.of(), findingsOf("mmmmmm", rows, e));
    }

    /**
     * Conventions nnnnnn and oooooo (goldconv31): a chemotherapy's antitumour effect left unchanged written as a denied
     * treatment, and a price judged too high with no HighCost row, are found.
     */
    @Test
    void unchangedAntitumourEffectAndPriceJudgedHighAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles protected the gut, and tumour growth was the same as with cisplatin alone. "
                + "The walnut vesicle cream is not worth its price of 80 euros.\n", ".txt");
        String doc = e.document().id();
        String[] denied = row(doc, "Walnut vesicles protected the gut", "PlantDerivedNanovesicle", "-", "treats", "Cancer", "negative");
        List<String[]> rows = new ArrayList<>(List.<String[]>of(denied,
                row(doc, "Walnut vesicles protected the gut", "PlantDerivedNanovesicle", "-", "derivedFrom", "Plant", "positive"),
                row(doc, "The walnut vesicle cream is not worth its price", "PlantDerivedNanovesicle", "-", "derivedFrom", "Plant", "positive")));
        assertEquals(1, findingsOf("nnnnnn", rows, e).size(), findingsOf("nnnnnn", rows, e).toString());
        assertEquals(1, findingsOf("oooooo", rows, e).size(), findingsOf("oooooo", rows, e).toString());

        rows.remove(denied);
        rows.add(row(doc, "The walnut vesicle cream is not worth its price", "PlantDerivedNanovesicle", "-", "hasChallenge", "HighCost", "positive"));
        assertEquals(List.of(), findingsOf("nnnnnn", rows, e));
        assertEquals(List.of(), findingsOf("oooooo", rows, e));
    }

    /**
     * Convention pppppp and f applied (goldconv31): a challenge stated as a consequence with "would", and an attribution
     * "according to" a source with no doubt, written hedged are found; unhedged, nothing.
     */
    @Test
    void consequentialWouldAndNeutralAttributionWrittenHedgedAreFound() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Walnut vesicles calm the gut, but a daily dose would be costly. "
                + "Walnut vesicles carry microRNAs that, according to the maker, protect gut cells.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                hedged(row(doc, "a daily dose would be costly", "PlantDerivedNanovesicle", "-", "hasChallenge", "HighCost", "positive")),
                hedged(row(doc, "according to the maker, protect gut cells", "PlantDerivedNanovesicle", "-", "targets", "EpithelialCell", "positive"))));
        assertEquals(1, findingsOf("pppppp", rows, e).size(), findingsOf("pppppp", rows, e).toString());
        assertEquals(1, findingsOf("f-according", rows, e).size(), findingsOf("f-according", rows, e).toString());

        rows.set(0, row(doc, "a daily dose would be costly", "PlantDerivedNanovesicle", "-", "hasChallenge", "HighCost", "positive"));
        rows.set(1, row(doc, "according to the maker, protect gut cells", "PlantDerivedNanovesicle", "-", "targets", "EpithelialCell", "positive"));
        assertEquals(List.of(), findingsOf("pppppp", rows, e));
        assertEquals(List.of(), findingsOf("f-according", rows, e));
    }

    /** A fixture row marked hedged. */
    private static String[] hedged(String[] r) {
        String[] h = r.clone();
        h[7] = "true";
        return h;
    }

    /** The findings of one convention on fixture rows, as {@link #kinds} summaries. */
    /**
     * Conventions iiiiiii-mmmmmmm (branch goldconv35, thirty-fifth session), each on invented sentences: a modified OMV written
     * EngineeredExosome; a species named on the cells written as a source (a species on the vesicles keeps its row); a
     * non-significant effect written as a denial; an organ protected with a hedge and no hedged treats row (cells protected
     * are targets); a reported finding that was not reproduced written hedged or denied.
     */
    @Test
    void theThirtyFifthSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Engineered OMVs displaying a tumour antigen protected mice against melanoma. "
                + "Exosomes from murine macrophages carried microRNAs. "
                + "The porcine vesicles from notochordal cells carried proteins. "
                + "Vesicles from fibroblasts produced a non-significant improvement in wound closure. "
                + "Platelet vesicles are postulated to protect the heart through their growth factors. "
                + "Platelet vesicles are thought to protect heart muscle cells from dying. "
                + "Platelet vesicles have been reported to heal tendons in rats, but this has not been reproduced. "
                + "Garlic vesicles protected the liver of mice from acetaminophen.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Engineered OMVs displaying a tumour antigen", "EngineeredExosome", "-", "treats", "Cancer", "positive"),
                row(doc, "Exosomes from murine macrophages carried", "Exosome", "-", "derivedFrom", "Macrophage", "positive"),
                row(doc, "Exosomes from murine macrophages carried", "Exosome", "Macrophage", "derivedFrom", "Mouse", "positive"),
                row(doc, "The porcine vesicles from notochordal cells", "ExtracellularVesicle", "-", "derivedFrom", "Pig", "positive"),
                row(doc, "Vesicles from fibroblasts produced a non-significant", "ExtracellularVesicle", "Fibroblast", "treats", "Injury", "negative"),
                row(doc, "are postulated to protect the heart", "ExtracellularVesicle", "Platelet", "carries", "Protein", "positive"),
                row(doc, "are thought to protect heart muscle cells", "ExtracellularVesicle", "Platelet", "targets", "Cardiomyocyte", "positive"),
                row(doc, "have been reported to heal tendons in rats", "ExtracellularVesicle", "Platelet", "treats", "Injury", "positive"),
                row(doc, "Garlic vesicles protected the liver", "PlantDerivedNanovesicle", "-", "derivedFrom", "Plant", "positive")));
        rows.get(6)[7] = "true";
        rows.get(7)[7] = "true";
        List<String> found = new ArrayList<>();
        for (String c : List.of("iiiiiii", "jjjjjjj", "kkkkkkk", "lllllll", "mmmmmmm")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(6, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("iiiiiii EngineeredExosome treats Cancer"), found.toString());
        assertTrue(found.get(1).startsWith("jjjjjjj Exosome[Macrophage] derivedFrom Mouse"), found.toString());
        assertTrue(found.get(2).startsWith("kkkkkkk ExtracellularVesicle[Fibroblast] NOT treats Injury"), found.toString());
        assertTrue(found.get(3).startsWith("lllllll -"), found.toString());
        assertTrue(found.get(4).startsWith("lllllll -"), "an organ protected without a hedge, no treats row: " + found);
        assertTrue(found.get(5).startsWith("mmmmmmm ExtracellularVesicle[Platelet] treats Injury"), found.toString());

        // written to the conventions: the OMV kind, no species row on the cells, no denial, a hedged treats row, unhedged
        rows.set(0, row(doc, "Engineered OMVs displaying a tumour antigen", "BacterialOuterMembraneVesicle", "-", "treats", "Cancer", "positive"));
        rows.remove(2);
        rows.remove(3);
        rows.add(row(doc, "are postulated to protect the heart", "ExtracellularVesicle", "Platelet", "treats", "CardiovascularDisease", "positive"));
        rows.get(rows.size() - 1)[7] = "true";
        rows.get(5)[7] = "false";
        rows.add(row(doc, "Garlic vesicles protected the liver", "PlantDerivedNanovesicle", "Plant", "treats", "Injury", "positive"));
        for (String c : List.of("iiiiiii", "jjjjjjj", "kkkkkkk", "lllllll", "mmmmmmm")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }
    }

    /**
     * Convention nnnnnnn and fffffff applied (branch goldconv36, thirty-sixth session), on invented sentences: an effect asked in
     * a whether-clause in another setting written as a gap (it is the hedged content); a whether-clause written both as the
     * hedged content and as a gap; a hedged delivery of a therapeutic cargo without usedFor DrugDelivery. A question between
     * two mechanisms keeps its gap; a cargo carried out of cells is no delivery.
     */
    @Test
    void theThirtySixthSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Platelet vesicles healed tendons in rats. "
                + "Whether they work as well in horses has not been tested. "
                + "Whether platelet vesicles cross the blood-brain barrier is unknown. "
                + "Whether platelet vesicles act through microRNAs or through proteins remains to be shown. "
                + "Milk vesicles could also carry siRNA against tumour genes. "
                + "Tumour exosomes may carry doxorubicin out of cancer cells.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Platelet vesicles healed tendons", "ExtracellularVesicle", "Platelet", "treats", "Injury", "positive"),
                row(doc, "Whether they work as well in horses", "ExtracellularVesicle", "Platelet", "hasChallenge", "LackOfCharacterisation", "positive"),
                hedged(row(doc, "Whether platelet vesicles cross the blood-brain", "ExtracellularVesicle", "Platelet", "crosses", "BloodBrainBarrier", "positive")),
                row(doc, "Whether platelet vesicles cross the blood-brain", "ExtracellularVesicle", "Platelet", "hasChallenge", "LackOfCharacterisation", "positive"),
                row(doc, "Whether platelet vesicles act through microRNAs", "ExtracellularVesicle", "Platelet", "hasChallenge", "LackOfCharacterisation", "positive"),
                hedged(row(doc, "Whether platelet vesicles act through microRNAs", "ExtracellularVesicle", "Platelet", "carries", "MicroRNA", "positive")),
                hedged(row(doc, "Milk vesicles could also carry siRNA", "ExtracellularVesicle", "Milk", "carries", "SiRNA", "positive")),
                hedged(row(doc, "Tumour exosomes may carry doxorubicin", "Exosome", "TumorCell", "carries", "Doxorubicin", "positive"))));
        List<String> found = new ArrayList<>(findingsOf("nnnnnnn", rows, e));
        found.addAll(findingsOf("fffffff", rows, e));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("nnnnnnn -"), "an effect in horses written as a gap: " + found);
        assertTrue(found.get(1).startsWith("nnnnnnn ExtracellularVesicle[Platelet] crosses BloodBrainBarrier"), "content and gap: " + found);
        assertTrue(found.get(2).startsWith("fffffff -"), "a hedged siRNA delivery without DrugDelivery: " + found);

        // written to the conventions: the effect in horses hedged, the crossing without the gap, the delivery's use added
        rows.set(1, hedged(row(doc, "Whether they work as well in horses", "ExtracellularVesicle", "Platelet", "treats", "Injury", "positive")));
        rows.remove(3);
        rows.add(hedged(row(doc, "Milk vesicles could also carry siRNA", "ExtracellularVesicle", "Milk", "usedFor", "DrugDelivery", "positive")));
        assertEquals(List.of(), findingsOf("nnnnnnn", rows, e));
        assertEquals(List.of(), findingsOf("fffffff", rows, e));
    }

    /**
     * Conventions ooooooo-vvvvvvv (thirty-seventh session, branch goldconv37): each check finds its breach on invented rows
     * and nothing once the rows are written to the conventions.
     */
    @Test
    void theThirtySeventhSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Producing such vesicles at scale could prove prohibitive. "
                + "Milk vesicles reach the intestinal epithelium intact. "
                + "Milk vesicles can carry doxorubicin to tumours. "
                + "Helminth parasites secrete vesicles that suppress host immunity. "
                + "Milk vesicles carried CD9, which indicates little contamination.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Producing such vesicles at scale could prove", "ExtracellularVesicle", "-", "hasChallenge", "HighCost", "positive"),
                row(doc, "Milk vesicles reach the intestinal epithelium", "ExtracellularVesicle", "Milk", "targets", "IntestinalBarrier", "positive"),
                row(doc, "Milk vesicles can carry doxorubicin", "ExtracellularVesicle", "Milk", "carries", "Doxorubicin", "positive"),
                row(doc, "Helminth parasites secrete vesicles", "ExtracellularVesicle", "Organism", "usedFor", "Immunomodulation", "positive"),
                hedged(row(doc, "Milk vesicles carried CD9", "ExtracellularVesicle", "Milk", "carries", "Protein", "positive"))));
        List<String> found = new ArrayList<>();
        for (String c : List.of("ooooooo", "ppppppp", "qqqqqqq", "uuuuuuu", "vvvvvvv")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(6, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("ooooooo ExtracellularVesicle hasChallenge HighCost"), found.toString());
        assertTrue(found.get(1).startsWith("ppppppp ExtracellularVesicle[Milk] targets IntestinalBarrier"), found.toString());
        assertTrue(found.get(2).startsWith("ppppppp -"), "no targets EpithelialCell: " + found);
        assertTrue(found.get(3).startsWith("qqqqqqq -"), "an ability to carry a drug without DrugDelivery: " + found);
        assertTrue(found.get(4).startsWith("uuuuuuu ExtracellularVesicle[Organism] usedFor Immunomodulation"), found.toString());
        assertTrue(found.get(5).startsWith("vvvvvvv ExtracellularVesicle[Milk] carries Protein"), found.toString());

        // written to the conventions: the modal cost hedged, the epithelium's cells targeted, the ability's delivery added,
        // the parasite's escape without Immunomodulation, the inference unhedged
        rows.set(0, hedged(rows.get(0)));
        rows.set(1, row(doc, "Milk vesicles reach the intestinal epithelium", "ExtracellularVesicle", "Milk", "targets", "EpithelialCell", "positive"));
        rows.set(3, row(doc, "Helminth parasites secrete vesicles", "ExtracellularVesicle", "-", "derivedFrom", "Organism", "positive"));
        rows.set(4, row(doc, "Milk vesicles carried CD9", "ExtracellularVesicle", "Milk", "carries", "Protein", "positive"));
        rows.add(row(doc, "Milk vesicles can carry doxorubicin", "ExtracellularVesicle", "Milk", "usedFor", "DrugDelivery", "positive"));
        for (String c : List.of("ooooooo", "ppppppp", "qqqqqqq", "uuuuuuu", "vvvvvvv")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }

        // rrrrrrr and sssssss over kind rows: a wherein-clause and a kind of its own class found, their denials kept
        List<String[]> kinds = new ArrayList<>(List.of(
                row("p", "wherein the extracellular vesicle is an exosome", "ExtracellularVesicle", "-", "isKindOf", "Exosome", "positive"),
                row("p", "since kiwi vesicles are one kind of plant nanovesicle", "PlantDerivedNanovesicle", "Fruit", "isKindOf",
                        "PlantDerivedNanovesicle", "positive"),
                row("p", "wherein the nanovesicles are not liposomes", "PlantDerivedNanovesicle", "-", "isKindOf", "Liposome", "negative"),
                row("p", "better described as microvesicles than as exosomes", "Exosome", "AmnioticFluid", "isKindOf", "Exosome", "negative")));
        assertEquals(List.of("rrrrrrr", "sssssss"), GoldConventions.kindRowFindings("fixture", kinds).stream()
                .map(GoldConventions.Finding::convention).toList());
        assertEquals(List.of(), GoldConventions.kindRowFindings("fixture", kinds.subList(2, 4)));
    }

    /**
     * Conventions xxxxxxx-zzzzzzz (thirty-eighth session, branch goldconv38): each check finds its breach on invented rows
     * and nothing once the rows are written to the conventions.
     */
    @Test
    void theThirtyEighthSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Kidney cell exosomes loaded by producer-cell transfection carried an siRNA. "
                + "Platelet vesicles were loaded with Cas9 ribonucleoprotein by electroporation. "
                + "Hybrids of milk vesicles and liposomes held more doxorubicin. "
                + "Platelet membrane-coated nanoparticles bound collagen in injured vessels. "
                + "Vesicles from cells given a scrambled hairpin by producer-cell transfection had no effect.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Kidney cell exosomes loaded by producer-cell transfection", "Exosome", "Cell", "loadedBy", "Transfection", "positive"),
                row(doc, "Platelet vesicles were loaded with Cas9", "EngineeredExosome", "Platelet", "carries", "CrisprCas9", "positive"),
                row(doc, "Hybrids of milk vesicles and liposomes held", "ExtracellularVesicle", "Milk", "carries", "Doxorubicin", "positive"),
                row(doc, "Platelet membrane-coated nanoparticles bound", "Nanoparticle", "-", "derivedFrom", "Platelet", "positive"),
                // ff: a control transfection makes nothing engineered, so its plain kind is no breach
                row(doc, "Vesicles from cells given a scrambled hairpin", "ExtracellularVesicle", "Cell", "loadedBy", "Transfection", "positive")));
        List<String> found = new ArrayList<>();
        for (String c : List.of("xxxxxxx", "yyyyyyy", "zzzzzzz")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("xxxxxxx Exosome[Cell] loadedBy Transfection"), found.toString());
        assertTrue(found.get(1).startsWith("xxxxxxx EngineeredExosome[Platelet] carries CrisprCas9"), found.toString());
        assertTrue(found.get(2).startsWith("yyyyyyy -"), "hybrids without their own rows: " + found);
        assertTrue(found.get(3).startsWith("zzzzzzz Nanoparticle derivedFrom Platelet"), found.toString());

        // written to the conventions: the producer-transfected exosomes engineered, the editor loaded after isolation a
        // plain load, the hybrids their own subject, the coated nanoparticles without a source row
        rows.set(0, row(doc, "Kidney cell exosomes loaded by producer-cell transfection", "EngineeredExosome", "Cell", "loadedBy", "Transfection", "positive"));
        rows.set(1, row(doc, "Platelet vesicles were loaded with Cas9", "ExtracellularVesicle", "Platelet", "carries", "CrisprCas9", "positive"));
        rows.set(2, row(doc, "Hybrids of milk vesicles and liposomes held", "HybridVesicle", "-", "carries", "Doxorubicin", "positive"));
        rows.remove(3);
        for (String c : List.of("xxxxxxx", "yyyyyyy", "zzzzzzz")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }
    }

    /**
     * Convention bbbbbbbb (thirty-eighth session, branch goldconv38b): an arm of another source that "gave no protection"
     * is a true denial; an arm of the same source changed denies nothing of its preparation's effect.
     */
    @Test
    void aControlArmsLackOfEffectIsDeniedOnlyForAnotherSource() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes from gland cells shielded the kidney from the toxin. "
                + "Exosomes from fibroblasts gave no protection. "
                + "Exosomes from starved gland cells had no effect.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes from gland cells shielded", "Exosome", "-", "derivedFrom", "EpithelialCell", "positive"),
                row(doc, "Exosomes from gland cells shielded", "Exosome", "EpithelialCell", "treats", "Injury", "positive"),
                row(doc, "Exosomes from fibroblasts gave no protection", "Exosome", "-", "derivedFrom", "Fibroblast", "positive"),
                row(doc, "Exosomes from starved gland cells had no effect", "Exosome", "-", "derivedFrom", "EpithelialCell", "positive"),
                row(doc, "Exosomes from starved gland cells had no effect", "Exosome", "EpithelialCell", "treats", "Injury", "negative")));
        List<String> found = findingsOf("bbbbbbbb", rows, e);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bbbbbbbb Exosome derivedFrom Fibroblast")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("bbbbbbbb Exosome[EpithelialCell] NOT treats Injury")), found.toString());

        // written to the convention: the fibroblast arm denied, the starved arm of the same cells with no denial
        rows.set(4, row(doc, "Exosomes from fibroblasts gave no protection", "Exosome", "Fibroblast", "treats", "Injury", "negative"));
        assertEquals(List.of(), findingsOf("bbbbbbbb", rows, e));
    }

    /**
     * Conventions dddddddd and eeeeeeee (thirty-ninth session, branch goldconv39) and the widened xxxxxxx and bbbbbbbb checks:
     * a therapeutic cargo carried into a tissue with no DrugDelivery row, aggregation through freezing with no StorageStability
     * row, an emptied arm's "did not slow" written as a denial of its preparation's effect, and "producer cells were
     * transfected" written as a plain kind are found; written to the conventions, nothing is.
     */
    @Test
    void theThirtyNinthSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Goat milk vesicles loaded with doxorubicin carried the drug into lung tumours. "
                + "Vesicles frozen twice clumped together. "
                + "Exosomes from gland cells slowed tumour growth. "
                + "Empty exosomes from gland cells did not slow tumour growth. "
                + "Producer cells were transfected so that their exosomes carried an siRNA. "
                + "Electroporated vesicles clumped together.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Goat milk vesicles loaded with doxorubicin carried", "ExtracellularVesicle", "CaprineMilk", "carries", "Doxorubicin", "positive"),
                row(doc, "Vesicles frozen twice clumped together", "ExtracellularVesicle", "CaprineMilk", "hasChallenge", "VesicleAggregation", "positive"),
                row(doc, "Exosomes from gland cells slowed", "Exosome", "EpithelialCell", "treats", "Cancer", "positive"),
                row(doc, "Empty exosomes from gland cells did not slow", "Exosome", "EpithelialCell", "treats", "Cancer", "negative"),
                row(doc, "Producer cells were transfected", "Exosome", "Cell", "loadedBy", "Transfection", "positive"),
                // aggregation caused by loading is VesicleAggregation alone (eeeeeeee): no finding
                row(doc, "Electroporated vesicles clumped together", "ExtracellularVesicle", "CaprineMilk", "hasChallenge", "VesicleAggregation", "positive")));
        List<String> found = new ArrayList<>();
        for (String c : List.of("dddddddd", "eeeeeeee", "bbbbbbbb", "xxxxxxx")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("dddddddd ExtracellularVesicle[CaprineMilk] carries Doxorubicin"), found.toString());
        assertTrue(found.get(1).startsWith("eeeeeeee ExtracellularVesicle[CaprineMilk] hasChallenge VesicleAggregation"), found.toString());
        assertTrue(found.get(2).startsWith("bbbbbbbb Exosome[EpithelialCell] NOT treats Cancer"), found.toString());
        assertTrue(found.get(3).startsWith("xxxxxxx Exosome[Cell] loadedBy Transfection"), found.toString());

        // written to the conventions: the delivery and the storage problem added, the emptied arm's denial removed, the
        // vesicles of transfected producer cells engineered
        rows.add(row(doc, "Goat milk vesicles loaded with doxorubicin carried", "ExtracellularVesicle", "CaprineMilk", "usedFor", "DrugDelivery", "positive"));
        rows.add(row(doc, "Vesicles frozen twice clumped together", "ExtracellularVesicle", "CaprineMilk", "hasChallenge", "StorageStability", "positive"));
        rows.set(4, row(doc, "Producer cells were transfected", "EngineeredExosome", "Cell", "loadedBy", "Transfection", "positive"));
        rows.remove(3);
        for (String c : List.of("dddddddd", "eeeeeeee", "bbbbbbbb", "xxxxxxx")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }
    }

    /**
     * bbbbbbbb applied to inactivated arms and gggggggg (goldconv40, fortieth session): a heated arm of the preparation that
     * lost its protective effect, and the preparation in mice lacking a receptor, deny nothing; another source's arm does.
     */
    @Test
    void theFortiethSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes from gland cells protected the kidney from injury. "
                + "Heat-treated exosomes lost their protective effect. "
                + "In mice lacking Toll-like receptor 4, the exosomes no longer protected the kidney. "
                + "Exosomes from fibroblasts gave no protection. "
                + "The exosomes were tested in immunodeficient mice and did not cause tumours.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes from gland cells protected", "Exosome", "EpithelialCell", "treats", "Injury", "positive"),
                row(doc, "Heat-treated exosomes lost", "Exosome", "EpithelialCell", "usedFor", "Therapy", "negative"),
                row(doc, "In mice lacking Toll-like receptor 4", "Exosome", "EpithelialCell", "treats", "Injury", "negative"),
                // another source's arm: a true denial (bbbbbbbb), no finding
                row(doc, "Exosomes from fibroblasts gave no protection", "Exosome", "Fibroblast", "treats", "Injury", "negative"),
                // mice chosen as immunodeficient for a safety test are no changed host: no finding
                row(doc, "tested in immunodeficient mice", "Exosome", "EpithelialCell", "contributesTo", "Cancer", "negative")));
        List<String> found = new ArrayList<>();
        for (String c : List.of("bbbbbbbb", "gggggggg")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("bbbbbbbb Exosome[EpithelialCell] NOT usedFor Therapy"), found.toString());
        assertTrue(found.get(1).startsWith("gggggggg Exosome[EpithelialCell] NOT treats Injury"), found.toString());

        // written to the conventions: the heated arm's and the changed host's denials removed
        rows.remove(2);
        rows.remove(1);
        for (String c : List.of("bbbbbbbb", "gggggggg")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }
    }

    /**
     * The forty-first session's checks (goldconv41): ttttt applied (immunised animals' antibodies against the vesicles),
     * n applied (accumulation in an inflamed or injured organ), hhhhhhhh (a bare "the loaded exosomes" carries no cargo its
     * sentence does not name) and iiiiiiii ("the OMVs of the modified strain" keep the text's bacterium). Invented text.
     */
    @Test
    void theFortyFirstSessionChecksFindWhatTheyShould() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Outer membrane vesicles of Escherichia coli were given to mice by the nose. "
                + "Immunised mice produced serum IgG against the vesicles and survived the challenge. "
                + "The vesicles accumulated in the inflamed colon of mice with colitis. "
                + "Milk exosomes were loaded with doxorubicin. "
                + "The loaded exosomes reduced tumour growth. "
                + "The loaded exosomes slowed tumour growth more than free doxorubicin did. "
                + "The OMVs of the modified strain carried lipopolysaccharide.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Outer membrane vesicles of Escherichia coli were given", "BacterialOuterMembraneVesicle", "-", "derivedFrom", "Bacterium", "positive"),
                row(doc, "Immunised mice produced serum IgG", "BacterialOuterMembraneVesicle", "Bacterium", "treats", "InfectiousDisease", "positive"),
                row(doc, "The vesicles accumulated in the inflamed colon", "BacterialOuterMembraneVesicle", "Bacterium", "treats", "InflammatoryDisease", "positive"),
                row(doc, "Milk exosomes were loaded with doxorubicin", "Exosome", "Milk", "carries", "Doxorubicin", "positive"),
                row(doc, "The loaded exosomes reduced tumour growth", "Exosome", "Milk", "treats", "Cancer", "positive"),
                row(doc, "The loaded exosomes reduced tumour growth", "Exosome", "Milk", "carries", "Doxorubicin", "positive"),
                // the sentence names the cargo (the free drug compared): the row stands, no finding
                row(doc, "The loaded exosomes slowed tumour growth", "Exosome", "Milk", "carries", "Doxorubicin", "positive"),
                row(doc, "The OMVs of the modified strain carried", "BacterialOuterMembraneVesicle", "-", "carries", "Lipid", "positive")));
        List<String> found = new ArrayList<>();
        for (String c : List.of("ttttt", "n", "hhhhhhhh", "iiiiiiii")) {
            found.addAll(findingsOf(c, rows, e));
        }
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("ttttt -"), found.toString());
        assertTrue(found.get(1).startsWith("n -"), found.toString());
        assertTrue(found.get(2).startsWith("hhhhhhhh Exosome[Milk] carries Doxorubicin"), found.toString());
        assertTrue(found.get(3).startsWith("iiiiiiii BacterialOuterMembraneVesicle carries Lipid"), found.toString());

        // written to the conventions: Immunogenicity and the colitis targets row added, the bare anaphor's cargo removed,
        // the modified strain's OMVs qualified (and uuu does not take the anaphor for a new strain phrase)
        rows.add(row(doc, "Immunised mice produced serum IgG", "BacterialOuterMembraneVesicle", "Bacterium", "hasProperty", "Immunogenicity", "positive"));
        rows.add(row(doc, "The vesicles accumulated in the inflamed colon", "BacterialOuterMembraneVesicle", "Bacterium", "targets", "InflammatoryDisease", "positive"));
        rows.remove(5);
        rows.set(6, row(doc, "The OMVs of the modified strain carried", "BacterialOuterMembraneVesicle", "Bacterium", "carries", "Lipid", "positive"));
        for (String c : List.of("ttttt", "n", "hhhhhhhh", "iiiiiiii", "uuu")) {
            assertEquals(List.of(), findingsOf(c, rows, e), c);
        }
    }

    /**
     * jjjjjjjj (goldconv41b, forty-first session): a preparation's own limit stated as a condition ("did not lower blood
     * glucose without an islet transplant", "had no effect unless combined with") denies nothing of its effect; a
     * comparator of another class ("liposomes alone did not") keeps its denial. Invented text.
     */
    @Test
    void theGoldconv41bCheckFindsAConditionWrittenAsADenial() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Exosomes from gland cells lowered blood glucose in diabetic mice given an islet transplant. "
                + "The exosomes did not lower blood glucose without the transplant. "
                + "The exosomes had no effect on the ulcers unless combined with a hydrogel. "
                + "Liposomes alone did not lower blood glucose.\n", ".txt");
        String doc = e.document().id();
        List<String[]> rows = new ArrayList<>(List.of(
                row(doc, "Exosomes from gland cells lowered blood glucose", "Exosome", "EpithelialCell", "treats", "DiabetesMellitus", "positive"),
                row(doc, "The exosomes did not lower blood glucose without", "Exosome", "EpithelialCell", "treats", "DiabetesMellitus", "negative"),
                // a denial the document affirms nowhere (the ulcers): not this check's (the reader's)
                row(doc, "The exosomes had no effect on the ulcers", "Exosome", "EpithelialCell", "treats", "Injury", "negative"),
                // another class's arm: a true denial, no finding
                row(doc, "Liposomes alone did not lower blood glucose", "Liposome", "-", "treats", "DiabetesMellitus", "negative")));
        List<String> found = findingsOf("jjjjjjjj", rows, e);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("jjjjjjjj Exosome[EpithelialCell] NOT treats DiabetesMellitus"), found.toString());

        // written to the convention: the condition's denial removed
        rows.remove(1);
        assertEquals(List.of(), findingsOf("jjjjjjjj", rows, e));
    }

    /** rrrrrrr and sssssss (goldconv37): no development kind gold writes a wherein-clause or a kind of its own class. */
    @Test
    void developmentKindGoldsFollowRrrrrrrAndSssssss() throws Exception {
        List<String> broken = new ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("src/test/resources/gold"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("kind-claims.tsv")).sorted().toList()) {
                for (GoldConventions.Finding x : GoldConventions.kindRowFindings(f.getFileName().toString(), GoldStandard.readRows(f))) {
                    broken.add(x.set() + " | " + x.convention() + " | " + x.why() + " | " + x.row());
                }
            }
        }
        assertEquals(List.of(), broken, String.join("\n", broken));
    }

    private static List<String> findingsOf(String convention, List<String[]> rows, DocumentExtraction e) throws Exception {
        return kinds(GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals(convention)).toList());
    }

    private static List<String> sentencesOf(String convention, List<String[]> rows, DocumentExtraction e) throws Exception {
        return GoldConventions.findings("fixture", rows, List.of(e), LEXICON).stream()
                .filter(f -> f.convention().equals(convention)).map(GoldConventions.Finding::sentence).toList();
    }
}
