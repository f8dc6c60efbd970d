package org.exokg.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates hostile inputs for the reading and extraction pipeline: the cases reported against it (inputs
 * that made it backtrack, overflow the stack, grow super-linearly or answer quietly wrong) and random
 * mutations of real fixture documents (truncation, deep nesting, huge lines, odd encodings, binary bytes,
 * repeated fragments). Seeded: the same seed gives the same inputs.
 */
final class HostileInputs {

    private static final String SENTENCE = "Exosomes derived from mesenchymal stem cells were loaded with curcumin. ";
    private static final String[] WORDS = ("exosomes derived from mesenchymal stem cells loaded with curcumin and "
            + "doxorubicin were taken up by macrophages in the brain reduced inflammation crossed the blood brain "
            + "barrier milk vesicles siRNA e.g. Fig. et al. [12] (n = 3) 80–90% i.e.").split(" ");

    private HostileInputs() {}

    /** The reported cases, each with what a correct pipeline must do. */
    static List<HostileInput> knownCases() {
        List<HostileInput> cases = new ArrayList<>();
        cases.add(HostileInput.error("doctype-30-pairs.txt", "<!DOCTYPE a " + "[]".repeat(30),
                "made the format check backtrack for minutes"));
        cases.add(HostileInput.error("doctype-1000-pairs.md", "<!DOCTYPE a " + "[]".repeat(1000), "backtracking"));
        cases.add(HostileInput.error("doctype-5000-pairs.xml", "<!DOCTYPE a " + "[]".repeat(5000),
                "overflowed the stack of the format check"));
        cases.add(HostileInput.error("brackets-5000.txt", "[]".repeat(5000), "text with no sentence"));
        cases.add(HostileInput.error("jats-sections-200000-deep.xml",
                "<article><body>" + "<sec>".repeat(200_000) + "<p>Exosomes deliver curcumin.</p>"
                        + "</sec>".repeat(200_000) + "</body></article>", "overflowed the stack of the reader"));
        cases.add(HostileInput.error("jats-inline-50000-deep.xml",
                "<article><body><p>" + "<italic>".repeat(50_000) + "Exosomes deliver curcumin."
                        + "</italic>".repeat(50_000) + "</p></body></article>", "recursion per inline element"));
        cases.add(HostileInput.error("pubmed-title-50000-deep.xml",
                "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>"
                        + "<i>".repeat(50_000) + "Exosomes deliver curcumin." + "</i>".repeat(50_000)
                        + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>",
                "recursion in getTextContent"));
        cases.add(HostileInput.error("dots-100000.txt", ".".repeat(100_000), "loaded as a document with 0 sentences"));
        cases.add(HostileInput.result("one-sentence-300kb.txt", longSentence(new Random(7), 300_000) + ".\n",
                "long text with few sentence ends"));
        cases.add(HostileInput.result("one-sentence-5mb.txt", SENTENCE.replace(".", "").repeat(70_000) + ".\n",
                "one 5 MB sentence: extraction grew faster than its length"));
        cases.add(HostileInput.result("citation-run.txt", "Exosomes carried curcumin [" + "1, ".repeat(20_000) + "2].\n",
                "a citation marker list with a repeated group"));
        cases.add(HostileInput.result("many-short-sentences.txt", SENTENCE.repeat(5_000), "repeated sentences"));
        cases.add(HostileInput.error("pubmed-duplicate-pmid.xml", "<PubmedArticleSet>"
                + pubmedArticle("77", "Exosomes deliver curcumin.") + pubmedArticle("77", "Exosomes deliver siRNA.")
                + pubmedArticle("77", "Milk exosomes cross the gut.") + "</PubmedArticleSet>",
                "three articles with one PMID were stored as one"));
        cases.add(HostileInput.sameAsUtf8("utf16le-bom.txt", encode(SENTENCE, StandardCharsets.UTF_16LE, true),
                SENTENCE, "UTF-16 with a byte-order mark was called binary"));
        cases.add(HostileInput.sameAsUtf8("utf16be-bom.txt", encode(SENTENCE, StandardCharsets.UTF_16BE, true),
                SENTENCE, "UTF-16 with a byte-order mark was called binary"));
        cases.add(HostileInput.sameAsUtf8("utf32le-bom.txt", encode(SENTENCE, Charset.forName("UTF-32LE"), true),
                SENTENCE, "UTF-32 with a byte-order mark was called binary"));
        cases.add(HostileInput.sameAsUtf8("utf8-bom.txt", encode(SENTENCE, StandardCharsets.UTF_8, true),
                SENTENCE, "UTF-8 with a byte-order mark"));
        cases.add(HostileInput.error("utf16-no-bom.txt", encode(SENTENCE, StandardCharsets.UTF_16LE, false), "no mark: binary"));
        cases.add(HostileInput.error("empty.txt", new byte[0], "empty"));
        cases.add(HostileInput.error("blank.md", " \n\t\n\uFEFF  \n", "white space only"));
        cases.add(HostileInput.error("random-binary.pdf", randomBytes(new Random(3), 4096), "binary"));
        cases.add(HostileInput.error("latin1.txt", "Exosomes from caf\u00e9 cells.".getBytes(StandardCharsets.ISO_8859_1),
                "not UTF-8"));
        cases.add(HostileInput.error("html.txt", "<html><body><p>Exosomes deliver curcumin.</p></body></html>", "HTML"));
        cases.add(HostileInput.error("json.txt", "{\"title\": \"Exosomes deliver curcumin.\"}", "JSON"));
        cases.add(HostileInput.error("truncated-jats.xml", "<?xml version=\"1.0\"?><article><body><sec><p>Exosomes deliver",
                "truncated XML"));
        cases.add(HostileInput.error("billion-laughs.xml", billionLaughs(), "entity expansion"));
        cases.add(HostileInput.either("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE article [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><article><body><p>Exosomes deliver &x; curcumin.</p></body></article>",
                "external entity: nothing may be read from outside", "root:"));
        cases.add(HostileInput.error("unterminated-comment.xml", "<!--" + "-".repeat(100_000), "unterminated prolog"));
        cases.add(HostileInput.either("no-newline-400kb-words.txt", longSentence(new Random(11), 400_000),
                "one 400 KB line without a line break", null));
        cases.add(HostileInput.either("control-characters.txt", SENTENCE + "\u0001\u0002\u0003".repeat(100), "control characters", null));
        // lines built against the line patterns of the plain-text reader (runs of what two adjacent
        // quantifiers both accept)
        String next = "\nExosomes deliver curcumin to the brain.\n";
        cases.add(HostileInput.either("markdown-heading-spaces.md", "# a" + " ".repeat(20_000) + "b" + next, "heading pattern", null));
        cases.add(HostileInput.either("figure-spaces.txt", "Figure" + " ".repeat(200_000) + "x" + next, "caption pattern", null));
        cases.add(HostileInput.either("title-carriage-returns.txt", "Oral Delivery of" + "\r".repeat(100_000)
                + "Paclitaxel: here" + next, "inline heading pattern (found by the fuzz run)", null));
        cases.add(HostileInput.either("heading-colons.txt", "A" + ":".repeat(200_000) + "x" + next, "title clean-up", null));
        cases.add(HostileInput.either("numbered-heading.txt", "1" + ".1".repeat(100_000) + " A" + next, "numbered heading", null));
        return cases;
    }

    /** {@code count} random mutations of the fixture documents. */
    static List<HostileInput> mutations(List<Path> fixtures, long seed, int count) {
        Random random = new Random(seed);
        List<byte[]> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : fixtures) {
            try {
                sources.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.add(f.getFileName().toString());
        }
        List<HostileInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int which = random.nextInt(sources.size());
            String name = names.get(which);
            String ext = name.substring(name.lastIndexOf('.'));
            byte[] original = sources.get(which);
            String text = new String(original, StandardCharsets.UTF_8);
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            String id = String.format("m%04d-%s-%s", i, m.name().toLowerCase().replace('_', '-'),
                    name.substring(0, name.lastIndexOf('.')));
            inputs.add(m.apply(id + ext, original, text, random));
        }
        return inputs;
    }

    /** The fixture documents under a directory (text, JATS and PubMed XML), sorted. */
    static List<Path> fixtureDocuments(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    enum Mutation {
        TRUNCATE {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                return HostileInput.either(name, java.util.Arrays.copyOf(b, 1 + r.nextInt(b.length)), "truncated", null);
            }
        },
        DEEP_NESTING {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                int depth = 600 + r.nextInt(100_000);
                String open = name.endsWith(".xml") ? "<sec>" : "(";
                String close = name.endsWith(".xml") ? "</sec>" : ")";
                int at = r.nextInt(t.length());
                return HostileInput.either(name, t.substring(0, at) + open.repeat(depth) + close.repeat(depth)
                        + t.substring(at), "nested " + depth + " deep", null);
            }
        },
        HUGE_LINE {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                int at = r.nextInt(t.length());
                return HostileInput.either(name, t.substring(0, at) + longSentence(r, 50_000 + r.nextInt(400_000))
                        + t.substring(at), "huge line", null);
            }
        },
        UTF16_WITH_BOM {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                Charset cs = r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                return HostileInput.sameAsUtf8(name, encode(t, cs, true), t, "re-encoded " + cs);
            }
        },
        LATIN1 {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                return HostileInput.either(name, (t + " caf\u00e9 na\u00efve").getBytes(StandardCharsets.ISO_8859_1),
                        "Latin-1", null);
            }
        },
        BINARY_SPLICE {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                byte[] copy = b.clone();
                int at = r.nextInt(copy.length);
                byte[] noise = randomBytes(r, 1 + r.nextInt(512));
                System.arraycopy(noise, 0, copy, at, Math.min(noise.length, copy.length - at));
                return HostileInput.either(name, copy, "binary bytes spliced in", null);
            }
        },
        REPEATED_FRAGMENT {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                String[] fragments = {"[12]", "e.g. ", "<!--", "]]>", "&amp;", "[", "(", "...", "Fig. ", "<p>",
                        "\u00a0", "\r", "-", "exosomes ", "?! ", "\u2028"};
                String f = fragments[r.nextInt(fragments.length)];
                int at = r.nextInt(t.length());
                return HostileInput.either(name, t.substring(0, at) + f.repeat(1_000 + r.nextInt(50_000))
                        + t.substring(at), "repeated '" + f.strip() + "'", null);
            }
        },
        DELETE_SPAN {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                int from = r.nextInt(t.length());
                int to = Math.min(t.length(), from + 1 + r.nextInt(2_000));
                return HostileInput.either(name, t.substring(0, from) + t.substring(to), "span deleted", null);
            }
        },
        CONTROL_CHARACTERS {
            HostileInput apply(String name, byte[] b, String t, Random r) {
                StringBuilder s = new StringBuilder(t);
                for (int i = 0; i < 1 + r.nextInt(200); i++) {
                    s.insert(r.nextInt(s.length()), (char) (1 + r.nextInt(31)));
                }
                return HostileInput.either(name, s.toString(), "control characters", null);
            }
        };

        abstract HostileInput apply(String name, byte[] original, String text, Random random);
    }

    static String longSentence(Random random, int chars) {
        StringBuilder s = new StringBuilder(chars + 20);
        while (s.length() < chars) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return s.toString().strip();
    }

    static byte[] encode(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] mark = "\uFEFF".getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String pubmedArticle(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><ArticleTitle>" + title
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>";
    }

    private static String billionLaughs() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE article [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            s.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return s.append("]><article><body><p>&l9;</p></body></article>").toString();
    }
}
