package org.exokg.server;

import java.nio.file.Path;
import java.util.List;

/**
 * Developer tool (not a test): screenshots of the pages for people on a running server, for the README.
 * Usage: FrontDoorScreenshots BASE_URL OUT_DIR (e.g. http://localhost:3030 docs/screenshots), with the
 * server serving the seed store ({@code exokg build} then {@code exokg serve}).
 */
public final class FrontDoorScreenshots {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        HeadlessChromium chromium = HeadlessChromium.find().orElseThrow(() -> new IllegalStateException("no chromium"));
        try (ChromiumDevTools b = chromium.devTools(1200, 900)) {
            b.open(base + "/");
            b.type("#q", "milk");
            b.waitFor("document.getElementById('suggestions').getAttribute('data-query') === 'milk'");
            b.screenshot(out.resolve("home.png"), 1200, 1500);
            System.out.println("home: suggestions for milk " + b.texts("#suggestions li a"));

            b.open(base + "/ontology/Exosome");
            b.screenshot(out.resolve("term-exosome.png"), 1200, 2300);

            b.open(base + "/conflicts");
            b.screenshot(out.resolve("conflicts.png"), 1200, 900);
            String conflict = b.eval("Array.from(document.querySelectorAll('tr.conflict.conflict a'))[0].getAttribute('href')")
                    .getAsString().value();
            b.open(base + conflict);
            b.screenshot(out.resolve("conflict.png"), 1200, 1500);
            System.out.println("conflict " + conflict + ": sides " + b.texts("#sides .side h3"));

            String evidence = b.eval("(function () { location.href = '/ontology/Exosome'; return 0; })()").toString();
            b.waitFor("location.pathname === '/ontology/Exosome' && document.readyState === 'complete'");
            String link = b.eval("document.querySelector('a.evidence-link').getAttribute('href')").getAsString().value();
            b.open(base + link);
            b.screenshot(out.resolve("evidence.png"), 1200, 1100);

            String document = b.eval("(function () { var a = Array.from(document.querySelectorAll('a')).find("
                    + "x => (x.getAttribute('href') || '').indexOf('/resource/document/') === 0); return a.getAttribute('href'); })()")
                    .getAsString().value();
            b.open(base + document);
            b.screenshot(out.resolve("document.png"), 1200, 1500);

            List<String> titles = b.texts("h1");
            System.out.println("document " + document + ": " + titles + " " + evidence.length());

            b.open(base + "/fuseki/#/dataset/exokg/query?query=" + Page.url("SELECT (COUNT(*) AS ?claims) WHERE { ?c a <https://w3id.org/exokg/ontology/Claim> }"));
            b.waitFor("document.querySelector('.CodeMirror') !== null");
            b.eval("document.querySelector('.yasqe_queryButton').click(); 0");
            b.waitFor("document.body.innerText.indexOf('176') >= 0 || document.body.innerText.indexOf('claims') >= 0");
            Thread.sleep(1500);
            b.screenshot(out.resolve("query-editor.png"), 1200, 900);
        }
    }
}
