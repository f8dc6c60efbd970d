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
        List<Claim> claims, DocumentGraph graph, int unanalysedSentences) {

    public DocumentExtraction(Document document, List<DistinctSentence> sentences, List<Mention> mentions,
            List<Claim> claims, DocumentGraph graph) {
        this(document, sentences, mentions, claims, graph, 0);
    }

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
        String unanalysed = unanalysedSentences == 0 ? "" : String.format(
                "; %d sentence%s over %,d characters not analysed", unanalysedSentences,
                unanalysedSentences == 1 ? "" : "s", DocumentGraphBuilder.MAX_SENTENCE_CHARS);
        return String.format("%s: %d sentences%s, %d mentions, %d claims (%d negated, %d hedged)%s",
                document.id(), sentences.size(), repeats, mentions.size(), claims.size(), negatedClaims(), hedgedClaims(),
                unanalysed);
    }
}
