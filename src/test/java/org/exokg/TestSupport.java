package org.exokg;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.exokg.claim.Claim;
import org.exokg.claim.ClaimExtractor;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;

/** The fixture ontology's lexicon (built once) and helpers to run one sentence through the stages. */
public final class TestSupport {

    private TestSupport() {}

    private static Lexicon lexicon;

    public static Path resource(String name) {
        try {
            return Path.of(TestSupport.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
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

    /** Claims of one sentence (the whole text), with no earlier sentences. */
    public static List<Claim> claims(String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon()).extract(sentence, s, mentions(sentence), ClaimExtractor.Discourse.NONE);
    }

    public static String local(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** "Exosome crosses BloodBrainBarrier" style summaries of claims, for readable assertions. */
    public static List<String> triples(List<Claim> claims) {
        return claims.stream()
                .map(c -> local(c.subjectIri()) + " " + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }
}
