package org.exokg.rdf;

import java.util.List;
import org.exokg.claim.Claim;
import org.exokg.document.Document;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;

/**
 * Everything the pipeline found in one document, before and after it became RDF.
 *
 * @param sentences distinct sentences (first occurrence) in document order
 * @param mentions mentions in those sentences
 * @param claims distinct claims
 */
public record DocumentExtraction(Document document, List<DistinctSentence> sentences, List<Mention> mentions,
        List<Claim> claims, DocumentGraph graph) {

    /** A sentence text and how often it occurs in the document. */
    public record DistinctSentence(Sentence first, int occurrences) {}

    public long negatedClaims() {
        return claims.stream().filter(Claim::negated).count();
    }

    public long hedgedClaims() {
        return claims.stream().filter(Claim::hedged).count();
    }

    public int sentenceOccurrences() {
        return sentences.stream().mapToInt(DistinctSentence::occurrences).sum();
    }

    /** One line for the command line: what was found. */
    public String summary() {
        int occurrences = sentenceOccurrences();
        String repeats = occurrences != sentences.size() ? " (" + occurrences + " with repeats)" : "";
        return String.format("%s: %d sentences%s, %d mentions, %d claims (%d negated, %d hedged)",
                document.id(), sentences.size(), repeats, mentions.size(), claims.size(), negatedClaims(), hedgedClaims());
    }
}
