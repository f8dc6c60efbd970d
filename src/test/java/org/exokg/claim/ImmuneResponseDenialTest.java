package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convention u (eighteenth session): vesicles that raise no antibodies or immune response have low immunogenicity,
 * affirmed, the way "were not toxic" is LowToxicity; an immune response they do raise stays Immunogenicity.
 */
class ImmuneResponseDenialTest {

    @TempDir
    Path dir;

    @Test
    void noImmuneResponseIsLowImmunogenicity() throws Exception {
        TestSupport.assertClaimsOfText(dir, "Milk exosomes did not provoke antibodies in mice.\n", "provoke antibodies",
                List.of("Exosome[Milk] hasProperty LowImmunogenicity"),
                List.of("Exosome[Milk] NOT hasProperty Immunogenicity", "Exosome[Milk] hasProperty Immunogenicity"));
    }

    @Test
    void anImmuneResponseRaisedStaysImmunogenicity() throws Exception {
        TestSupport.assertClaimsOfText(dir, "Milk exosomes provoked antibodies in mice.\n", "provoked antibodies",
                List.of("Exosome[Milk] hasProperty Immunogenicity"),
                List.of("Exosome[Milk] hasProperty LowImmunogenicity"));
    }
}
