package org.exokg.claim;

import java.util.regex.Pattern;
import org.exokg.document.Sentence;
import org.exokg.document.TitleSentences;

/**
 * (branch headingclaims, issue 15; conventions jjjjj, kkkkk) Sentences that state no content by their shape. A heading,
 * a label or another work's title with no finite verb gives no claim, wherever it stands (jjjjj): a plain-text line of
 * its own under a blank line with no closing punctuation ("Bacterial vesicles as vaccines", "Whey vesicles project, year
 * two"), a bibliography entry ("... and skin inflammation (2019).") and a labelled title ("Title: ...", "Item 2. ...",
 * "Contested patent: ...", "Project 4: ..."; statements.yaml, titleLabel). Quoted words are left out of the finite-verb
 * test ({@link TitleSentences}): the preprint title a heading quotes is not the heading's own verb. A full-sentence
 * heading ("Platelet-rich plasma contains vesicles too") is read as a sentence, and figure and table titles and XML
 * article titles (sections "Figure 2", "Table 1", "Title") keep their claims. A direct yes/no question keeps only its
 * derivedFrom claims (kkkkk; statements.yaml, askedOnly); wh-questions are read as before.
 */
final class TitleLines {

    /** Off switch (-Dexokg.noTitleLines=true): heading lines, labelled titles and bibliography entries give claims as before. */
    static final boolean ON = !Boolean.getBoolean("exokg.noTitleLines");
    /** Off switch (-Dexokg.noYesNoQuestions=true): a direct yes/no question's claims are hedged as before, none dropped. */
    static final boolean QUESTIONS = !Boolean.getBoolean("exokg.noYesNoQuestions");

    /** Sections whose lines are read as sentences however short: an XML article title, figure and table captions. */
    private static final Pattern KEPT_SECTION = Pattern.compile("(?i)\\A\\s*(?:title\\s*\\z|fig(?:ure|s)?\\b|fig\\.|tables?\\b|scheme\\b|box\\b)");
    /** Words in quotation marks: another work's words, not the line's own verb. */
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]{1,400}[\"”]");
    /** Closing punctuation of a sentence, before closing quotes or brackets. */
    private static final Pattern CLOSED = Pattern.compile("[.!?;:,][\"”’')\\]]*\\s*\\z");

    private TitleLines() {}

    /** Whether the sentence {@code s} of {@code text} (the document text) is a heading, label or title with no finite verb. */
    static boolean titleLine(String text, Sentence s, java.util.List<org.exokg.mention.Mention> mentions) {
        if (!ON) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(s.start() - 1, 0)) + 1;
        if (s.start() == 0) {
            lineStart = 0;
        }
        // the line's text before the sentence is read in place, not copied: a one-line text has thousands of sentences
        boolean prefixBlank = blank(text, lineStart, s.start());
        // the line from its start: a label the reader took for a heading ("Title:") stands before the sentence
        String labelled = StatementStance.defaults().titleOf(s.start() - lineStart <= 80
                ? text.substring(lineStart, s.start()).stripLeading() + s.text() : s.text());
        if (labelled != null) {
            int at = text.indexOf(labelled, lineStart);
            return !clause(labelled, at < 0 || at > s.end() ? 0 : at, mentions);
        }
        if (s.section() != null && KEPT_SECTION.matcher(s.section()).lookingAt()) {
            return false;
        }
        if (FIRST_LINE_LABELS && !prefixBlank) {
            return firstLineLabelTitle(text, s, lineStart, mentions);
        }
        if (!prefixBlank) {
            return false;
        }
        int lineEnd = text.indexOf('\n', s.end());
        if (!blank(text, s.end(), lineEnd < 0 ? text.length() : lineEnd)) {
            return false; // the sentence does not end its line
        }
        String line = s.text().strip();
        if (line.isEmpty() || CLOSED.matcher(line).find() || !(Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))) {
            return false;
        }
        if (lineStart > 0) {
            int previousStart = text.lastIndexOf('\n', Math.max(lineStart - 2, 0)) + 1;
            if (lineStart >= 2 && !blank(text, previousStart, lineStart - 1)) {
                return false; // a heading stands under a blank line; a line under text may end a list or a paragraph
            }
        }
        return !clause(line, s.start() + s.text().indexOf(line), mentions);
    }

    /**
     * Off switch (-Dexokg.noFirstLineLabelTitles=true; branch labellines): a document's first line "Label: rest" keeps
     * the claims of its rest as before.
     */
    static final boolean FIRST_LINE_LABELS = !Boolean.getBoolean("exokg.noFirstLineLabelTitles");
    /** The label the plain-text reader split off a line, in up to three parts ("Year 2 Progress Report: ", "Subject: Re: "). */
    private static final Pattern LINE_LABEL = Pattern.compile("\\A\\s*(?:[^\\s:][^:\\n]{0,79}:\\s*){1,3}\\z");

    /**
     * (branch labellines; jjjjj) The rest of a document's first line "Label: rest" over a blank line is the document's
     * title ("Year 2 Progress Report: Citrus nanovesicles as oral carriers for gastric cancer therapy", "Subject: Re:
     * batches and the glioma experiment", "Medical Information Standard Response: PLX-221 (placental ... vesicles) and
     * use outside clinical trials"): with no clause ({@link #clause}) and no closing punctuation (a question, a sentence)
     * it gives no claim, its mentions still feeding the discourse (a product named and defined there). Form fields lower
     * in the text ("Product: ...", "Test item: ...") are not first lines and keep their claims.
     */
    private static boolean firstLineLabelTitle(String text, Sentence s, int lineStart,
            java.util.List<org.exokg.mention.Mention> mentions) {
        if (!blank(text, 0, lineStart) || !LINE_LABEL.matcher(text).region(lineStart, s.start()).matches()) {
            return false; // not the document's first line, or more than a label before the sentence
        }
        int lineEnd = text.indexOf('\n', s.end());
        if (lineEnd < 0 || !blank(text, s.end(), lineEnd)) {
            return false; // the sentence does not end its line, or the line is the whole text
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        if (!blank(text, lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd)) {
            return false; // a title stands over a blank line; a line running on is prose
        }
        String line = s.text().strip();
        if (line.isEmpty() || CLOSED.matcher(line).find()) {
            return false; // a question or a sentence after the label is read as one
        }
        return !clause(line, s.start() + s.text().indexOf(line), mentions);
    }

    /** A word of a heading, numbers and inner hyphens and apostrophes included. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Words a heading's wh-word opens a clause with ("Why megakaryocyte vesicles prefer stem cells"). */
    private static final Pattern WH_OPENING = Pattern.compile("(?i)\\A\\W*(?:why|how|what|when|where|who|whether)\\s");
    /**
     * A lower-case word in -s (not -ss, -us, -is): a third-singular present or a plural noun. (Branch labellines: -is
     * left out as the javadoc said; "mutation analysis (test code ...)" was read as a clause.)
     */
    private static final Pattern S_FORM = Pattern.compile("\\p{Ll}[\\p{Ll}-]*[^sui]s");
    /** The plural head nouns of vesicles, read as nouns where the mention layer reads no term ("Whey vesicles project"). */
    private static final Pattern VESICLE_NOUN = Pattern.compile("(?i)[\\p{L}-]*(?:vesicles|exosomes|somes|particles|bodies)");
    /** Words after which an -s form is no verb: it runs into a phrase ("author notes for", "vesicles as vaccines"). */
    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "for", "in", "on", "at", "by", "with", "from",
            "into", "via", "to", "and", "or", "as", "over", "against", "after", "before", "between", "without", "within", "under",
            "than", "versus", "vs");

    /**
     * Whether a heading's words (quoted words left out) make a clause: a finite verb of {@link TitleSentences}, a wh-word
     * opening it, or a third-singular form: a lower-case word in -s, in no term the mention layer read, after a word
     * not in -s that is no function word, before a word that is no preposition or conjunction ("Platelet-rich plasma
     * contains vesicles too", "... in pancreatic cancer meets its safety goal"). {@code offset}: the document offset of
     * {@code words}, or 0 where unknown (then no term is looked up).
     */
    private static boolean clause(String words, int offset, java.util.List<org.exokg.mention.Mention> mentions) {
        String own = withoutQuotes(words);
        if (TitleSentences.hasFiniteVerb(own) || WH_OPENING.matcher(own).lookingAt()) {
            return true;
        }
        java.util.regex.Matcher w = WORD.matcher(own);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        for (int i = 1; i + 1 < spans.size(); i++) {
            String word = own.substring(spans.get(i)[0], spans.get(i)[1]);
            String before = own.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]).toLowerCase(java.util.Locale.ROOT);
            String after = own.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]).toLowerCase(java.util.Locale.ROOT);
            if (!S_FORM.matcher(word).matches() || VESICLE_NOUN.matcher(word).matches() || before.endsWith("s") || LINKS.contains(before) || LINKS.contains(after)
                    || before.equals("the") || before.equals("a") || before.equals("an")
                    || Character.isDigit(before.charAt(0))) {
                // (branch labellines) after a number an -s word is a counted noun ("15 credits, third year")
                continue;
            }
            int at = offset + spans.get(i)[0];
            boolean inTerm = offset > 0
                    && mentions.stream().anyMatch(m -> m.start() <= at && at < m.end());
            if (!inTerm) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence is a direct yes/no question (statements.yaml, askedOnly). */
    static boolean yesNoQuestion(Sentence s) {
        return QUESTIONS && StatementStance.defaults().askedOnly(s.text().strip()) != null;
    }

    /** Whether {@code text} holds only white space from {@code from} to {@code to} (String.isBlank, without a copy). */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with its quoted words blanked to spaces (same length: offsets hold). */
    private static String withoutQuotes(String s) {
        java.util.regex.Matcher m = QUOTED.matcher(s);
        StringBuilder b = null;
        while (m.find()) {
            if (b == null) {
                b = new StringBuilder(s);
            }
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }
}
