package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages as a real browser sees them: headless Chromium requests the IRIs with its own Accept
 * header, parses the page, and the test reads the DOM it built. Skipped (with a message) only when no
 * Chromium is installed; CI installs Debian's chromium package.
 */
class LinkedDataBrowserTest {

    @TempDir
    static Path dir;
    static LinkedDataFixture fixture;
    static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "Chromium not installed (apt-get install -y chromium, or set EXOKG_CHROMIUM): "
                + "browser test skipped");
        chromium = found.get();
        fixture = new LinkedDataFixture(dir);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aBrowserGetsTheTermPage() throws Exception {
        String dom = chromium.dumpDom(fixture.base + "/ontology/Exosome");
        assertTrue(dom.contains("<title>exosome — ExoKG</title>"), dom);
        assertTrue(dom.contains("<h1 id=\"label\">exosome</h1>"), dom);
        assertTrue(dom.contains("An extracellular vesicle of endosomal origin"), dom);
        assertTrue(dom.contains("small extracellular vesicle"), dom);
        assertEquals(6, count(dom, "<tr class=\"statement"), dom);
        assertTrue(dom.contains("Milk-derived exosomes do not cross blood-brain barrier"), dom);
        assertTrue(dom.contains("<td>GO:0070062</td>"), dom);
    }

    @Test
    void aBrowserGetsTheClaimPageWithItsEvidence() throws Exception {
        String dom = chromium.dumpDom(fixture.base + "/resource/claim/c1");
        assertTrue(dom.contains("<section id=\"evidence\">"), dom);
        assertTrue(dom.contains("<blockquote class=\"evidence\">Exosomes can cross the blood-brain barrier [12].</blockquote>"), dom);
        assertTrue(dom.contains("href=\"/ontology/BloodBrainBarrier\""), dom);
    }

    @Test
    void aBrowserSeesTheNotFoundPage() throws Exception {
        String dom = chromium.dumpDom(fixture.base + "/ontology/NoSuchTerm");
        assertTrue(dom.contains("<h1 id=\"label\">Not found</h1>"), dom);
    }
}
