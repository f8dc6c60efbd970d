package org.exokg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exokg.claim.Claim;
import org.exokg.claim.ClaimExtractor;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/** The fixture ontology's lexicon (built once) and helpers to run one sentence through the stages. */
public final class TestSupport {

    private TestSupport() {}

    private static Lexicon lexicon;
    private static Lexicon projectLexicon;
    private static DocumentGraphBuilder projectBuilder;

    public static Path resource(String name) {
        try {
            return Path.of(TestSupport.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The project ontology's document graph builder, made once per test JVM (reading the ontology takes seconds). */
    public static synchronized DocumentGraphBuilder projectBuilder() {
        if (projectBuilder == null) {
            projectBuilder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        }
        return projectBuilder;
    }

    /** An invented text through the whole pipeline: written to a new file in {@code dir} ending in {@code suffix}, read, extracted. */
    public static DocumentExtraction extractText(Path dir, String text, String suffix) throws IOException, org.exokg.document.DocumentException {
        Path f = dir.resolve("t" + System.nanoTime() + suffix);
        Files.writeString(f, text);
        return projectBuilder().extract(f).get(0);
    }

    /**
     * The claims of an invented plain text of {@code opening} (naming the vesicles and the disease under discussion) and
     * {@code text}, read as one document, leaving out the opening's own claims, as "Subject [NOT ]relation Object".
     */
    public static List<String> claimsAfterOpening(Path dir, String opening, String text) throws IOException, org.exokg.document.DocumentException {
        return extractText(dir, opening + " " + text + "\n", ".txt").claims().stream()
                .filter(c -> !opening.startsWith(c.sentence().text().strip()))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }

    /** The claims of an invented plain text read as one document, after the document-level steps (as the gold sets are read). */
    public static List<Claim> documentClaims(String text) {
        try {
            return extractText(Files.createTempDirectory("exokg-text"), text, ".txt").claims();
        } catch (IOException | org.exokg.document.DocumentException e) {
            throw new AssertionError(e);
        }
    }

    /** The claims of the sentence holding {@code words} in an invented plain text, as {@link #claimsOf} summaries. */
    public static List<String> claimsOfText(Path dir, String text, String words) throws IOException, org.exokg.document.DocumentException {
        return claimsOf(extractText(dir, text, ".txt"), words, false);
    }

    /**
     * The challenges read in the sentence holding {@code words} of an invented plain text: "Subject[Qualifier] Challenge",
     * " NOT " for a denied one, each once.
     */
    public static List<String> challengesOfText(Path dir, String text, String words) throws IOException, org.exokg.document.DocumentException {
        return relationClaimsOfText(dir, text, words, "hasChallenge");
    }

    /**
     * The claims of one relation (its local name) read in the sentence holding {@code words} of an invented plain text:
     * "Subject[Qualifier] Object", " NOT " for a denied one, each once.
     */
    public static List<String> relationClaimsOfText(Path dir, String text, String words, String relation)
            throws IOException, org.exokg.document.DocumentException {
        return extractText(dir, text, ".txt").claims().stream()
                .filter(c -> c.sentence().text().contains(words) && c.relation().localName().equals(relation))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + local(c.objectIri()))
                .distinct().toList();
    }

    /** As {@link #claimsOfText}, with " (hedged)" after a tentative claim. */
    public static List<String> hedgedClaimsOfText(Path dir, String text, String words) throws IOException, org.exokg.document.DocumentException {
        return claimsOf(extractText(dir, text, ".txt"), words, true);
    }

    /** The claims of one sentence standing alone in a Results section (its first 20 characters find it), as {@link #claimsOf} summaries. */
    public static List<String> claimsOfResultsSentence(Path dir, String sentence) throws IOException, org.exokg.document.DocumentException {
        return claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    /**
     * Asserts that the claims of the sentence of {@code text} holding {@code words} (read with the project ontology)
     * include every claim of {@code expected} and none of {@code unexpected}.
     */
    public static void assertClaimsOfText(Path dir, String text, String words, List<String> expected, List<String> unexpected)
            throws IOException, org.exokg.document.DocumentException {
        List<String> claims = claimsOfText(dir, text, words);
        org.junit.jupiter.api.Assertions.assertTrue(claims.containsAll(expected), () -> "expected " + expected + " in " + claims);
        org.junit.jupiter.api.Assertions.assertTrue(claims.stream().noneMatch(unexpected::contains),
                () -> "none of " + unexpected + " in " + claims);
    }

    public static Path fixtureOntology() {
        return resource("ontology/fixture-exokg.ttl");
    }

    public static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.fromOntology(fixtureOntology());
        }
        return lexicon;
    }

    public static List<Mention> mentions(String text) {
        return new MentionRecognizer(lexicon()).recognize(text, 0, text.length());
    }

    /** Claims of one sentence (the whole text), with no earlier sentences, read with the fixture ontology. */
    public static List<Claim> claims(String sentence) {
        return claims(lexicon(), sentence);
    }

    /** The lexicon of the project's own ontology (ontology/exokg.ttl), loaded once. */
    public static synchronized Lexicon projectLexicon() {
        if (projectLexicon == null) {
            projectLexicon = Lexicon.fromOntology(Path.of(org.exokg.ExoKg.ONTOLOGY_FILE));
        }
        return projectLexicon;
    }

    /** Claims of one sentence read with the project's own ontology, as the real pipeline reads it. */
    public static List<Claim> projectClaims(String sentence) {
        return claims(projectLexicon(), sentence);
    }

    private static List<Claim> claims(Lexicon lexicon, String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).extract(sentence, s,
                new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE);
    }

    /**
     * The claim of one sentence (read as {@link #projectClaims} reads it) with this subject, qualifier (null: none),
     * relation and object, by local names; fails with the claims found otherwise.
     */
    public static Claim projectClaim(String sentence, String subject, String qualifier, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claimsAbout(claims, subject, qualifier, relation, object).stream().findFirst().orElseThrow(() -> new AssertionError(
                "no " + subject + "[" + qualifier + "] " + relation + " " + object + " in " + triples(claims)));
    }

    /**
     * The claim of one sentence (read as {@link #projectClaims} reads it) with this subject, relation and object, by local
     * names, whatever its qualifier; fails with the claims found otherwise.
     */
    public static Claim projectClaimAnyQualifier(String sentence, String subject, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> isClaim(c, subject, relation, object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(claims)));
    }

    /** Whether one of the claims has this subject, relation and object, by local names, whatever its qualifier. */
    public static boolean hasClaim(List<Claim> claims, String subject, String relation, String object) {
        return claims.stream().anyMatch(c -> isClaim(c, subject, relation, object));
    }

    private static boolean isClaim(Claim c, String subject, String relation, String object) {
        return local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object);
    }

    /** The claims with this subject, qualifier (null: none), relation and object, by local names. */
    public static List<Claim> claimsAbout(List<Claim> claims, String subject, String qualifier, String relation, String object) {
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                        && local(c.objectIri()).equals(object)
                        && (qualifier == null ? c.qualifierIri() == null : c.qualifierIri() != null && local(c.qualifierIri()).equals(qualifier)))
                .toList();
    }

    /** The claim whose object has local name {@code object}; fails with the claims found otherwise. */
    public static Claim claimOn(List<Claim> claims, String object) {
        return claims.stream().filter(c -> local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim on " + object + " in " + triples(claims)));
    }

    /**
     * "Subject[Qualifier] (NOT) relation object" for the claims of the sentence holding {@code words} in a text
     * extracted as a plain-text document, with the text's one preparation read ({@link org.exokg.claim.TextPreparation})
     * whatever the switch -Dexokg.textPreparationAnaphors: applied here when the switch is off.
     */
    public static List<String> claimsWithTextPreparation(Path dir, String text, String words) throws Exception {
        DocumentExtraction e = extractText(dir, text + "\n", ".txt");
        List<Claim> all = e.claims();
        if (!org.exokg.claim.TextPreparation.ON) {
            all = org.exokg.claim.TextPreparation.resolve(e.document().text(), e.mentions(), all, projectBuilder().lexicon());
        }
        return all.stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> tail(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + tail(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + tail(c.objectIri()))
                .distinct().toList();
    }

    private static String tail(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    public static String local(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /**
     * "Subject[Qualifier] (NOT) relation object" for the claims of the sentence that contains {@code words}, sorted;
     * with {@code showHedge}, " (hedged)" after a tentative one.
     */
    public static List<String> claimsOf(DocumentExtraction e, String words, boolean showHedge) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (showHedge && c.hedged() ? " (hedged)" : ""))
                .sorted().toList();
    }

    /**
     * Every claim of an invented plain text, each once and in text order: "Subject[Qualifier] relation Object", " NOT "
     * for a denied one, " HEDGED" after a tentative one.
     */
    public static List<String> claimSummariesOfText(Path dir, String text) throws IOException, org.exokg.document.DocumentException {
        return extractText(dir, text, ".txt").claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : ""))
                .distinct().toList();
    }

    /** Whether any claim summary contains {@code part} (the vocabulary fixtures check a relation and class, any subject). */
    public static boolean anyContains(List<String> summaries, String part) {
        return summaries.stream().anyMatch(c -> c.contains(part));
    }

    /** "Exosome crosses BloodBrainBarrier" style summaries of claims, for readable assertions. */
    public static List<String> triples(List<Claim> claims) {
        return claims.stream()
                .map(c -> local(c.subjectIri()) + " " + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }
}
