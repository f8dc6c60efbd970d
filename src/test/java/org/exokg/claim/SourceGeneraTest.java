package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch objects2) A derivedFrom row naming a genus of the subject's own qualifier is dropped; a second source that is
 * not a genus of it stays (convention ee). Invented sentences through the real pipeline and the project ontology.
 */
class SourceGeneraTest {

    @TempDir
    Path dir;

    @Test
    void aGenusOfTheQualifierGivesNoSourceRow() throws Exception {
        // "milk" is the genus of colostrum: the qualifier names the source already
        assertEquals(List.of("ExtracellularVesicle derivedFrom Colostrum", "ExtracellularVesicle[Colostrum] carries MicroRNA"),
                TestSupport.claimsOfText(dir, "Colostrum vesicles were isolated from raw milk and carried microRNAs.", "Colostrum vesicles"));
    }

    @Test
    void aSecondSourceThatIsNoGenusOfTheQualifierStays() throws Exception {
        assertEquals(List.of("Exosome derivedFrom BloodPlasma", "Exosome[BloodPlasma] carries MicroRNA", "Exosome[BloodPlasma] derivedFrom Platelet"),
                TestSupport.claimsOfText(dir, "Plasma exosomes are mostly released by platelets and carry microRNAs.", "Plasma exosomes"));
        assertEquals(List.of("ExtracellularVesicle derivedFrom Colostrum", "ExtracellularVesicle[Colostrum] carries MicroRNA",
                "ExtracellularVesicle[Colostrum] derivedFrom BovineMilk"),
                TestSupport.claimsOfText(dir, "Colostrum vesicles were isolated from bovine milk and carried microRNAs.", "Colostrum vesicles"));
    }

    @Test
    void aDemonstrativeSourceIsTheNarrowerCellsNamedBefore() throws Exception {
        String text = "Adipose stem cells as a source of vesicles\n\nAdipose mesenchymal stem cells were grown in bioreactors. "
                + "Exosomes from these stem cells carried microRNAs.";
        assertEquals(List.of("Exosome derivedFrom MesenchymalStemCell", "Exosome[MesenchymalStemCell] carries MicroRNA"),
                TestSupport.claimsOfText(dir, text, "these stem cells"));
        String other = "Adipose stem cells as a source of vesicles\n\nAdipose mesenchymal stem cells were grown in bioreactors. "
                + "Exosomes from stem cells carried microRNAs.";
        // no demonstrative: the writer's generic class stays
        assertEquals(List.of("Exosome derivedFrom StemCell", "Exosome[StemCell] carries MicroRNA"),
                TestSupport.claimsOfText(dir, other, "from stem cells"));
    }
}
