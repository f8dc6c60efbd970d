package org.exokg.syntax;

/**
 * One word of a parsed sentence.
 *
 * @param index position in the sentence, from 0
 * @param head index of the word it depends on, or -1 for the root of the sentence
 * @param label the dependency label (ClearNLP style, as NLP4J gives it: nsubj, nsubjpass, dobj, attr, neg, conj, cc,
 *     prep, pobj, agent, compound, amod, appos, ...)
 * @param pos the part-of-speech tag (Penn Treebank)
 * @param start offset of its first character in the text that was parsed (document offsets)
 * @param end offset after its last character
 */
public record Token(int index, String form, String lemma, String pos, int head, String label, int start, int end) {

    public boolean isNoun() {
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }
}
