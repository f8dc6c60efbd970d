package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages for people in a real browser: headless Chromium loads the home page, types into the search
 * box and sees the type-ahead list terms, opens a term, and reads both sides of a conflict. Skipped (with
 * a message) only when no Chromium is installed; CI installs Debian's chromium package. Screenshots of
 * what it saw go to target/front-door-screenshots/.
 */
class FrontDoorBrowserTest {

    static final Path SHOTS = Path.of("target", "front-door-screenshots");

    @TempDir
    static Path dir;
    static LinkedDataFixture fixture;
    static ChromiumDevTools browser;

    @BeforeAll
    static void start() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "Chromium not installed (apt-get install -y chromium, or set EXOKG_CHROMIUM): "
                + "front-door browser test skipped");
        fixture = new LinkedDataFixture(dir, true);
        browser = found.get().devTools(1200, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Types into the home page's search box and returns the suggestions the page lists. */
    static List<String> suggest(String text) throws Exception {
        browser.type("#q", text);
        // the list says which text it answers: wait for the answer to this one
        browser.waitFor("document.getElementById('suggestions').getAttribute('data-query') === " + ChromiumDevTools.js(text));
        return browser.texts("#suggestions li a");
    }

    @Test
    void theSearchBoxFindsExosomeAndMilkAsTheUserTypes() throws Exception {
        browser.open(fixture.base + "/");
        assertEquals(List.of("ExoKG — an open knowledge graph of exosome therapeutics"), browser.texts("h1"));
        assertEquals("7", browser.eval("document.querySelector('#count-claims strong').textContent").getAsString().value());

        List<String> exosome = suggest("exosome");
        assertEquals("exosome", exosome.get(0), exosome.toString());
        assertTrue(exosome.contains("milk exosome"), exosome.toString());
        browser.screenshot(SHOTS.resolve("home-search-exosome.png"), 1200, 1400);

        browser.eval("document.getElementById('q').value = ''; 0");
        List<String> milk = suggest("milk");
        assertEquals(List.of("milk", "milk exosome"), milk);

        // following a suggestion opens the term's page, which summarises its claims
        browser.eval("document.querySelector('#suggestions li a').click(); 0");
        browser.waitFor("location.pathname === '/ontology/Milk' && document.readyState === 'complete'");
        assertEquals(List.of("milk"), browser.texts("h1"));
        assertTrue(browser.texts("tr.statement td:first-child").get(0).startsWith("Milk-derived exosomes do not cross"),
                browser.texts("tr.statement").toString());
    }

    @Test
    void aConflictPageShowsBothSides() throws Exception {
        browser.open(fixture.base + "/conflicts");
        assertEquals(List.of("Conflicts and exceptions"), browser.texts("h1"));
        browser.eval("Array.from(document.querySelectorAll('#list a')).find(a => a.textContent.indexOf('low immunogenicity') >= 0)"
                + ".click(); 0");
        browser.waitFor("location.pathname === '/resource/conflict/k2' && document.readyState === 'complete'");
        List<String> sides = browser.texts("#sides .side h3");
        assertEquals(2, sides.size(), sides.toString());
        assertTrue(sides.containsAll(List.of("Exosomes have property low immunogenicity",
                "Exosomes have property high immunogenicity")), sides.toString());
        List<String> sentences = browser.texts("#sides blockquote.sentence");
        assertTrue(sentences.contains("Exosomes have low immunogenicity."), sentences.toString());
        // the hostile sentence is shown as text: the browser built no element from it
        assertTrue(sentences.contains("Exosomes have high immunogenicity <img src=x onerror=alert(1)>."), sentences.toString());
        assertEquals(0, browser.eval("document.querySelectorAll('#sides img').length").getAsNumber().value().intValue());
        browser.screenshot(SHOTS.resolve("conflict.png"), 1200, 1600);
        assertTrue(Files.size(SHOTS.resolve("conflict.png")) > 1000);
    }

    @Test
    void theTermPageDrawsItsChart() throws Exception {
        browser.open(fixture.base + "/ontology/Exosome");
        assertEquals(List.of("exosome"), browser.texts("h1"));
        // one bar per relation: crosses, has property, is a kind of
        assertEquals(3, browser.eval("document.querySelectorAll('#chart-relations rect.bar').length").getAsNumber().value()
                .intValue());
        assertTrue(browser.eval("document.querySelector('#chart-relations rect.bar').getBBox().width > 10").getAsBoolean().value());
    }

    /** Per dataset row of the UI's table, the action buttons the user can see. */
    static String visibleActions() throws Exception {
        return browser.eval("(function () { var out = []; document.querySelectorAll('tr').forEach(function (tr) {"
                + " var td = tr.querySelector('td'); if (!td) { return; }"
                + " out.push(td.textContent.trim() + ': ' + Array.from(tr.querySelectorAll('button'))"
                + ".filter(function (b) { return b.offsetParent !== null; })"
                + ".map(function (b) { return b.textContent.trim(); })"
                + ".filter(function (t) { return ['query', 'add data', 'edit', 'info', 'remove', 'backup'].indexOf(t) >= 0; })"
                + ".join(', ')); }); return out.join(' | '); })()").getAsString().value();
    }

    static List<String> visible(String selector) throws Exception {
        return browser.texts(selector).isEmpty() ? List.of() : List.of(browser.eval("Array.from(document.querySelectorAll("
                + ChromiumDevTools.js(selector) + ")).filter(function (e) { return e.offsetParent !== null; })"
                + ".map(function (e) { return e.textContent.trim(); }).join(' | ')").getAsString().value());
    }

    @Test
    void theFusekiUiOffersOnlyWhatWorks() throws Exception {
        // the dataset list: the read-only inference dataset cannot take data
        browser.open(fixture.base + "/fuseki/#/");
        browser.waitFor("document.querySelectorAll('tr td').length >= 4 && document.querySelector('[data-exokg-hidden]')");
        assertEquals("/exokg: query, add data, edit, info | /exokg-inf: query, info", visibleActions());
        // the version badge is Fuseki's own version, not ExoKG's
        browser.waitFor("document.body.textContent.indexOf('Version ') >= 0");
        String version = ServerDescription.fusekiVersion();
        assertTrue(version != null && version.startsWith("5."), version);
        assertTrue((Boolean) browser.eval("document.body.textContent.indexOf('Version ' + " + ChromiumDevTools.js(version)
                + ") >= 0").getAsBoolean().value(), "no 'Version " + version + "' on the page");

        // dataset management: no remove, backup, new dataset or tasks (their endpoints answer 404)
        browser.open(fixture.base + "/fuseki/#/manage");
        browser.waitFor("document.querySelectorAll('tr td').length >= 4 && document.querySelector('.dataset-remove')"
                + " && document.querySelector('[data-exokg-hidden]')");
        assertEquals("/exokg: query, add data, info | /exokg-inf: query, info", visibleActions());
        assertEquals(List.of("new dataset", "tasks"), browser.texts("a[href$='/manage/new'], a[href$='/manage/tasks']"),
                "the UI draws them; they are hidden");
        assertEquals(List.of("manage | existing datasets"), visible("a.nav-link[href*='/manage']"));
        // opened by URL, the admin pages land on the dataset list
        browser.eval("location.hash = '#/manage/new'; 0");
        browser.waitFor("location.hash === '#/manage'");

        // a dataset's own tabs
        browser.open(fixture.base + "/fuseki/#/dataset/exokg-inf/info");
        browser.waitFor("document.querySelector('a.nav-link[href*=\"/dataset/exokg-inf/upload\"]')"
                + " && document.querySelector('[data-exokg-hidden]')");
        assertEquals(List.of("query | info"), visible("a.nav-link[href*='/dataset/exokg-inf/']"));
        browser.open("about:blank"); // a fresh load: the UI keeps a dataset page's tabs when only the hash changes
        browser.open(fixture.base + "/fuseki/#/dataset/exokg/info");
        browser.waitFor("document.querySelector('a.nav-link[href*=\"/dataset/exokg/upload\"]')");
        assertEquals(List.of("query | add data | edit | info"), visible("a.nav-link[href*='/dataset/exokg/']"));
    }
}
