package org.exokg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Splits the paragraphs of a document into sentences with exact offsets.
 *
 * <p>Rule based, because scientific prose breaks statistical splitters in predictable ways:
 * abbreviations ("e.g.", "et al.", "Fig."), decimals and ranges ("80–90%"), citation markers
 * after the full stop ("... investigated. [2]."), sloppy text (a missing space after the
 * full stop, "studies.The", or a missing full stop before "However,"), and sentences that open with a
 * symbol written lower-case ("... were isolated. miR-21 was enriched ...").
 */
public final class SentenceSplitter {

    /** Words that end with a full stop without ending the sentence (lower case, no dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "al", "fig", "figs", "eq", "eqs", "ref", "refs", "vs", "cf", "approx", "ca", "dr", "prof",
            "mr", "mrs", "ms", "no", "nos", "vol", "pp", "p", "jr", "sr", "st", "inc", "ltd", "co", "dept",
            "univ", "sp", "spp", "ssp", "var", "viz", "resp", "ed", "eds", "min", "max", "tab",
            "suppl", "incl", "esp", "e", "i", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Sentence-initial connectives that reveal a missing full stop: "brain tumors However, drug ...". */
    private static final Set<String> CONNECTIVES = Set.of(
            "However", "Therefore", "Moreover", "Furthermore", "Nevertheless", "Additionally", "Consequently",
            "Thus", "Hence");

    /** Off switch of the reading of a one-letter capital before a full stop as a unit or name end (see isInitial). */
    static final boolean LETTER_STOPS = !Boolean.getBoolean("exokg.noLetterStops");

    /** Off switch of the reading of "Section 3." / "Question 2." as a label that opens its sentence. */
    static final boolean NUMBERED_LABELS = !Boolean.getBoolean("exokg.noNumberedLabels");
    private static final Pattern NUMBERED_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}{1,15}\\s\\d{1,3}(?:\\.\\d{1,3})*[A-Za-z]?");

    /** Lower-case words that may stand before an initial: "by J. Smith", "and K. Lee", "of E. Jones". */
    private static final Set<String> NAME_LEADING_WORDS = Set.of(
            "by", "and", "or", "of", "from", "to", "with", "dr", "prof", "et", "per", "via", "for", "than", "as", "the", "in",
            "on", "at", "cf", "see");

    /** Longest lower-case run in a symbol before its capital or digit ("circ" in circRNA, "micro" in microRNA). */
    private static final int MAX_SYMBOL_PREFIX = 6;

    /**
     * (branch headings) Off switch (-Dexokg.readBackMatter=true) of the leaving out of back matter: the sections under a
     * heading of references, acknowledgements, funding, declarations of interest or author contributions
     * (section-headings.tsv) give no sentence, so no claim is read from a cited title or a funder's name.
     */
    static final boolean SKIP_BACK_MATTER = !Boolean.getBoolean("exokg.readBackMatter");

    /** Every sentence occurrence (back matter left out), in document order. */
    public List<Sentence> split(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        for (Section section : document.sections()) {
            if (SKIP_BACK_MATTER && Section.isBackMatter(section.title())) {
                continue; // (branch headings) references, acknowledgements, funding, declarations, author lists
            }
            for (TextSpan paragraph : section.paragraphs()) {
                for (TextSpan span : split(document.text(), paragraph.start(), paragraph.end())) {
                    sentences.add(sentence(document, section.title(), span));
                }
            }
        }
        return sentences;
    }

    /** Sentence spans within text[start, end), trimmed, without sentences that hold no letter. */
    public List<TextSpan> split(String text, int start, int end) {
        List<TextSpan> spans = new ArrayList<>();
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int boundary = -1; // end of the current sentence, exclusive
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                boundary = boundaryAfterTerminator(text, sentenceStart, i, end);
            } else if (Character.isUpperCase(c) && startsConnectiveAfterMissingStop(text, sentenceStart, i, end)) {
                boundary = i;
            }
            if (boundary > 0) {
                add(spans, text, sentenceStart, boundary);
                sentenceStart = boundary;
                i = Math.max(boundary, i + 1);
            } else {
                i++;
            }
        }
        add(spans, text, sentenceStart, end);
        return spans;
    }

    private int boundaryAfterTerminator(String text, int sentenceStart, int i, int end) {
        int j = i + 1;
        while (j < end && ".!?…".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < end && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= end) {
            return end;
        }
        char next = text.charAt(j);
        if (Character.isWhitespace(next)) {
            int k = skipSpace(text, j, end);
            if (k >= end) {
                return end;
            }
            int markerEnd = CitationMarkers.markerEndAt(text, k);
            if (markerEnd > 0 && markerEnd <= end) {
                // "... investigated. [2]." — the marker belongs to the sentence before it.
                int e = markerEnd;
                if (e < end && text.charAt(e) == '.') {
                    e++;
                }
                return e;
            }
            if (startsSentence(text, k, end) && !(text.charAt(i) == '.'
                    && (isAbbreviation(text, sentenceStart, i)
                            || text.substring(j, k).indexOf('\n') < 0 && isNumberedLabel(text, sentenceStart, i)))) {
                return j;
            }
            return -1;
        }
        if (text.charAt(i) == '.' && next == '[') {
            // "effects.[5] Next" — marker right after the stop.
            int markerEnd = CitationMarkers.markerEndAt(text, j);
            if (markerEnd > 0 && markerEnd <= end) {
                int k = skipSpace(text, markerEnd, end);
                if (k >= end || startsSentence(text, k, end)) {
                    return markerEnd;
                }
            }
            return -1;
        }
        if (text.charAt(i) == '.' && j == i + 1 && Character.isUpperCase(next) && j + 1 < end
                && Character.isLowerCase(text.charAt(j + 1)) && lowerCaseWordBefore(text, sentenceStart, i) >= 3) {
            // "in vivo studies.The paper" — a missing space, not an abbreviation.
            return j;
        }
        return -1;
    }

    private static boolean startsConnectiveAfterMissingStop(String text, int sentenceStart, int i, int end) {
        if (i - 2 < sentenceStart || text.charAt(i - 1) != ' ' || !Character.isLowerCase(text.charAt(i - 2))) {
            return false;
        }
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j < end && text.charAt(j) == ',' && CONNECTIVES.contains(text.substring(i, j));
    }

    private static boolean startsSentence(String text, int k, int end) {
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘([".indexOf(c) >= 0
                || startsLowerCaseSymbol(text, k, end);
    }

    /**
     * A gene, RNA or cell symbol that is written lower-case even at the start of a sentence: "miR-21",
     * "mRNA", "lncRNAs", "iPSC-Exos", "p53", "let-7", "hsa-miR-155", "γδ T cells". Such a token starts a
     * sentence after a full stop just as a capitalised word does, while an ordinary lower-case word ("approx.
     * ten") still does not, since only abbreviations are followed by one inside a sentence.
     */
    private static boolean startsLowerCaseSymbol(String text, int k, int end) {
        char c = text.charAt(k);
        if (!Character.isLowerCase(c)) {
            return false;
        }
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GREEK) {
            return true; // Greek letters in prose are symbols: "α-synuclein", "γδ T cells", "κB"
        }
        int j = k;
        while (true) {
            int run = 0;
            while (j < end && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
                j++;
                run++;
            }
            if (run == 0 || run > MAX_SYMBOL_PREFIX || j >= end) {
                return false;
            }
            char next = text.charAt(j);
            if (Character.isUpperCase(next) || Character.isDigit(next)) {
                return true;
            }
            if (!isHyphen(next) || j + 1 >= end) {
                return false;
            }
            // "let-7", "non-EV", "hsa-miR-21" (also with U+2010 / U+2011 hyphens)
            char after = text.charAt(j + 1);
            if (Character.isUpperCase(after) || Character.isDigit(after)) {
                return true;
            }
            j++;
        }
    }

    private static boolean isHyphen(char c) {
        return HyphenCharacters.isHyphen(c);
    }

    /** The word before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') >= 0) {
            return true; // e.g. "e.g", "i.e", "U.S"
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            if (GENUS_INITIALS && GLUED_EPITHET.matcher(text).region(dot + 1, text.length()).lookingAt()) {
                return true; // "purified E. coli-OMVs": an abbreviated genus, its epithet glued to a vesicle code
            }
            return LETTER_STOPS ? isInitial(text, sentenceStart, w) : w == sentenceStart || text.charAt(w - 1) != '°';
        }
        if (ANSWER_NO && word.equals("No") && text.substring(sentenceStart, w).isBlank() && !numberFollows(text, dot + 1)) {
            return false; // "No. Liposomes are made in a factory.": an answer, not "No. 5"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * (branch binomials) Off switch (-Dexokg.noGenusInitials) of the reading of a capital's full stop before an epithet
     * glued by a hyphen to a capitalised code ("purified E. coli-OMVs", "heated S. suis-EVs") as an abbreviated genus: the
     * epithet (four lower-case letters or more) looks like a lower-case symbol ("miR-21") that would open a sentence.
     */
    static final boolean GENUS_INITIALS = !Boolean.getBoolean("exokg.noGenusInitials");
    private static final Pattern GLUED_EPITHET = Pattern.compile(" (?!anti|circ)[a-z]{4,}[\\-\u2010\u2011][A-Z][A-Za-z]");

    /** (branch documents3) Off switch of the reading of a sentence-opening "No." before a word as an answer (isAbbreviation). */
    static final boolean ANSWER_NO = !Boolean.getBoolean("exokg.noAnswerNo");

    /** Whether a number follows {@code from}, after spaces: "No. 5", "No. 12-B". */
    private static boolean numberFollows(String text, int from) {
        int k = from;
        while (k < text.length() && k - from < 3 && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    /**
     * Whether the capital letter at {@code letter} (a full stop after it) is an initial: "J. Smith", "by K. Lee",
     * "John F. Kennedy", "A. B. Jones". A letter that closes a unit or a name ends its sentence instead: after a number
     * or a degree sign ("at 350 V.", "at 37 C.", "at 4 °C."), after a lower-case word or a symbol ("hepatitis B.",
     * "grade B.", "RNase A."), or joined by a hyphen ("Batch-X."). An initial stands at the start of the sentence, after
     * a plain capitalised word (a first name), another initial or abbreviation, or after a short function word ("by").
     */
    private static boolean isInitial(String text, int sentenceStart, int letter) {
        if (letter == sentenceStart) {
            return true;
        }
        char before = text.charAt(letter - 1);
        if (isHyphen(before) || before == '°') {
            return false;
        }
        if (!Character.isWhitespace(before)) {
            return true; // "(J. Smith", "“A. Jones"
        }
        int e = letter - 1;
        while (e > sentenceStart && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > sentenceStart && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String previous = text.substring(b, e);
        if (previous.isEmpty()) {
            return true;
        }
        if (previous.endsWith(".")) {
            return true; // another initial or an abbreviation: "A. B. Jones", "Dr. K. Lee"
        }
        if (previous.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '·')) {
            return false; // a unit after its number: "at 350 V."
        }
        if (previous.chars().allMatch(Character::isLowerCase)) {
            return NAME_LEADING_WORDS.contains(previous); // "by J. Smith" but "hepatitis B."
        }
        // a first name ("John F. Kennedy") is a capitalised word of letters; a symbol ("RNase A.") is not
        return Character.isUpperCase(previous.charAt(0)) && previous.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /**
     * A numbered label that opens a heading or an item on its line, "Section 3. Storage and handling", "Question 2. Why
     * ...", "Step 4. Thaw ...": its full stop belongs to the label, not to a sentence (one capitalised word and a number
     * is no sentence). A label alone on its line ("Poster 12.") stays a line of its own.
     */
    private static boolean isNumberedLabel(String text, int sentenceStart, int dot) {
        return NUMBERED_LABELS && dot - sentenceStart <= 40
                && NUMBERED_LABEL.matcher(text.substring(sentenceStart, dot).strip()).matches();
    }

    private static int lowerCaseWordBefore(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && Character.isLowerCase(text.charAt(w - 1))) {
            w--;
        }
        boolean wholeWord = w == sentenceStart || !Character.isLetterOrDigit(text.charAt(w - 1)) && text.charAt(w - 1) != '.';
        return wholeWord ? dot - w : 0;
    }

    private static int skipSpace(String text, int from, int end) {
        int k = from;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static void add(List<TextSpan> spans, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (int k = s; k < e; k++) {
            if (Character.isLetter(text.charAt(k))) {
                spans.add(new TextSpan(s, e));
                return;
            }
        }
    }

    private static Sentence sentence(Document document, String section, TextSpan span) {
        TreeSet<Integer> references = new TreeSet<>();
        for (Citation c : CitationMarkers.find(document.text(), span.start(), span.end())) {
            references.addAll(c.referenceNumbers());
        }
        for (Citation c : document.citations()) {
            if (c.start() >= span.start() && c.end() <= span.end()) {
                references.addAll(c.referenceNumbers());
            }
        }
        return new Sentence(span.start(), span.end(), document.text().substring(span.start(), span.end()),
                section, new ArrayList<>(references));
    }
}
