package org.exokg.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    private DocumentException fails(String name, byte[] content, String reason) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        DocumentException e = assertThrows(DocumentException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains(name), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "gives the reason: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void emptyFile() throws Exception {
        fails("empty.txt", new byte[0], "empty file");
        fails("blank.txt", "  \n\t\n".getBytes(StandardCharsets.UTF_8), "empty file");
    }

    @Test
    void binaryFile() throws Exception {
        fails("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "binary file");
        fails("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'a', 'u', ' ', 'l', 'a', 'i', 't'}, "not UTF-8");
    }

    @Test
    void malformedXml() throws Exception {
        fails("broken.xml", "<article><front><article-meta></front></article>".getBytes(StandardCharsets.UTF_8), "malformed XML");
        fails("truncated.xml", "<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle>".getBytes(StandardCharsets.UTF_8),
                "malformed XML");
    }

    @Test
    void unknownXmlRootAndOtherFormats() throws Exception {
        fails("feed.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>".getBytes(StandardCharsets.UTF_8), "unknown XML root element <rss>");
        fails("page.html", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "unknown format: HTML");
        fails("data.json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8), "unknown format: JSON");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.txt");
        DocumentException e = assertThrows(DocumentException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("nowhere.txt"));
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<article><front><article-meta><title-group><article-title>Exosomes &x;</article-title></title-group>"
                + "</article-meta></front><body><p>Exosomes carry RNA.</p></body></article>";
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, xml);
        try {
            List<Document> docs = loader.load(file);
            assertFalse(docs.get(0).text().contains("TOPSECRET"), "external entity must not be expanded");
        } catch (DocumentException e) {
            assertTrue(e.getMessage().contains("xxe.xml"));
        }
    }

    @Test
    void metadataSidecarIsNotADocument() throws Exception {
        Path sidecar = dir.resolve("paper.meta.json");
        Files.writeString(sidecar, "{\"title\": \"A paper\", \"type\": \"review\", \"language\": \"en\"}");
        assertTrue(loader.load(sidecar).isEmpty());
        Path paper = dir.resolve("paper.txt");
        Files.writeString(paper, "Exosomes carry RNA.");
        Document d = loader.load(paper).get(0);
        org.junit.jupiter.api.Assertions.assertEquals("A paper", d.metadata().title());
        org.junit.jupiter.api.Assertions.assertEquals("review", d.metadata().type());
    }
}
