package org.exokg.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown. The document text is the file content itself, so offsets are
 * positions in the file as decoded. Finds the section structure from line shapes: Markdown
 * headings, inline headings ("Introduction:- Exosomes are ...", "Abstract: ..."), stand-alone
 * title-case lines, figure/table lines ("Figure-1"), and list items ("1. ...", "- ...").
 */
public final class PlainTextReader implements DocumentReader {

    // The patterns below read untrusted lines: no two unbounded quantifiers over the same characters may
    // stand next to each other (e.g. "\\s*[-.]?\\s*"), or a long run of those characters backtracks
    // quadratically or worse; heading patterns are only tried where a heading can be.
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern FIGURE_LINE = Pattern.compile(
            "^\\s*((?:Figure|Fig\\.?|Table|Scheme)\\s*(?:[-–.:]\\s*)?\\d+[A-Za-z]?)\\s*(?:[-–.:]+\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE);
    /** "Title words[6]:- rest" — the title holds no sentence punctuation. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^\\s*([\\p{Lu}\\p{N}][^.!?:;\\[\\]]{0,118}?)\\s*(?:\\[[\\d,\\s–—-]{1,40}]\\s*)?(:-+|:–|:—|:)\\s*[-.]?\\s*");
    /**
     * (branch documents3, off switch -Dexokg.noMoreBullets=true) the bullets of brochures, slides and web pages open a
     * list item as "•" does: squares, circles, triangles, arrows, ticks and the middle dot.
     */
    private static final String MORE_BULLETS = Boolean.getBoolean("exokg.noMoreBullets") ? "" : "▪■□●○►▸▹➢➤→✓✔·";
    /** (branch documents3) A letter or a small roman numeral in brackets opens a list item as "(1)" does: "(a) painless", "(ii) filtration". */
    private static final Pattern LIST_ITEM =
            Pattern.compile("^\\s*(?:\\d{1,3}[.)]|\\((?:\\d{1,3}|[a-z]|[ivx]{1,4})\\)|[-*•‣◦" + MORE_BULLETS + "]|[a-z][.)])\\s+(?=\\S)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}");
    /** Longest line tried as a Markdown or stand-alone heading, and how far into a line an inline heading may end. */
    private static final int MAX_HEADING_LINE = 300;
    /** Most words of a stand-alone title-case heading (article and patent titles run to about 20). */
    private static final int MAX_TITLE_CASE_WORDS = 20;
    private static final Set<String> SECTION_NAMES = Set.of(
            "abstract", "summary", "background", "introduction", "methods", "materials and methods", "results",
            "discussion", "conclusion", "conclusions", "keywords", "acknowledgements", "acknowledgments",
            "references", "objective", "objectives", "aims", "purpose", "findings", "significance");
    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to",
            "via", "with", "vs", "its", "their");

    @Override
    public List<Document> read(Path file, String text, DocumentMetadata metadata) {
        Builder b = new Builder(text);
        b.inlineLabels = Boolean.getBoolean(INLINE_SECTION_LABELS);
        int wrapWidth = wrapWidth(text);
        Set<String> turnLabels = TURN_LABELS ? turnLabels(text) : Set.of();
        b.structuredAbstract = !Section.OLD_METHODS_HEADINGS && isStructuredAbstract(text);
        Set<Integer> tableRows = TABLE_ROWS ? tableRows(text) : Set.of();
        int lineStart = 0;
        boolean previousEndsBlock = true; // start of file, blank line, or a line ending a sentence
        boolean first = true;
        boolean listItemLine = false; // the last non-blank line was a list item
        String firstHeading = null;
        boolean afterTitle = false; // the lines so far are the file's title block
        boolean headingLine = false; // the current line was read as a heading
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() + 1 : lineEnd + 1;
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int contentEnd = lineEnd;
            while (contentEnd > lineStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            String line = text.substring(lineStart, contentEnd);
            Matcher m;
            if (line.isBlank() || line.replace("\uFEFF", "").isBlank()) {
                b.endParagraph();
                previousEndsBlock = true;
                afterTitle = false;
            } else if (line.length() <= MAX_HEADING_LINE && (m = MARKDOWN_HEADING.matcher(line)).matches()) {
                String title = cleanTitle(m.group(1));
                b.startSection(b.named(title, line.strip().indexOf(' ')));
                if (first) {
                    firstHeading = title;
                }
                previousEndsBlock = true;
            } else if (startsWithFigureWord(line) && (m = FIGURE_LINE.matcher(line)).matches()) {
                // A figure or table caption is a section of its own; the text after it continues
                // the section it interrupted.
                String resumed = b.title;
                b.startSection(m.group(1).strip());
                if (m.group(2) != null && !m.group(2).isBlank()) {
                    b.paragraphLine(lineStart + m.start(2), contentEnd);
                    b.endParagraph();
                }
                b.startSection(resumed);
                previousEndsBlock = true;
            } else if (tableRows.contains(lineStart)) {
                // a row of a table written as text ("Milk exosomes | curcumin | stable"): a unit of its own, never glued
                // to the next row nor taken for a heading
                b.lineOfItsOwn(lineStart, contentEnd);
                previousEndsBlock = true;
            } else if ((m = INLINE_HEADING.matcher(line).region(0, Math.min(line.length(), MAX_HEADING_LINE))).lookingAt()
                    && isInlineHeading(m, line)) {
                String label = cleanTitle(m.group(1));
                if (TURN_LABELS && turnLabels.contains(label) && b.hasText()) {
                    // a speaker's or a form's label that opens several lines ("HOST:", "Response:", "Answer:"): a turn
                    // of the discourse under way, not a part of the paper; the label is left out, its text goes on
                    b.endParagraph();
                } else {
                    b.startSection(b.named(label, 0));
                }
                int restStart = lineStart + m.end();
                if (restStart < contentEnd) {
                    b.textLine(restStart, contentEnd);
                    if (FIELD_LINES && isFieldLine(line, text, next, wrapWidth)) {
                        b.endParagraph(); // "Session 2: Vesicle vaccines" over prose: the value is no start of its sentence
                    }
                }
                previousEndsBlock = restStart >= contentEnd || endsSentence(line);
            } else if (previousEndsBlock && (isStandaloneHeading(line) || first && isTitleLine(line, text, next))
                    || STRUCTURAL_TITLES && (first || afterTitle) && isTitleBlockLine(line, text, next, first)) {
                String title = cleanTitle(line);
                b.startSection(first ? title : b.named(title, 0));
                if (first) {
                    firstHeading = title;
                    if (TITLE_SENTENCES && TitleSentences.hasFiniteVerb(line)) {
                        // (branch conventionrules, convention kkk) a first line that is a full sentence with a finite
                        // verb ("Yak milk vesicles protect the gut of mice") is read as a sentence besides the title
                        b.lineOfItsOwn(lineStart, contentEnd);
                    }
                }
                previousEndsBlock = true;
                headingLine = true;
            } else if (STRUCTURAL_HEADINGS && previousEndsBlock && isLineHeading(line, text, next, wrapWidth)) {
                String title = cleanTitle(line);
                if (opensSection(title, b.title)) {
                    // a part of the paper ("Materials and methods"), or the end of its Methods part (or a subsection of
                    // it, by its number or Markdown level: Builder.named)
                    b.startSection(b.named(title, 0));
                } else {
                    // a line of its own, not glued to the sentence under it; the discourse of the section goes on
                    b.lineOfItsOwn(lineStart, contentEnd);
                }
                previousEndsBlock = true;
            } else if (CLOCK_TIMES && LOG_ENTRY.matcher(line).lookingAt()) {
                // an entry of a log ("09:40 vesicles loaded with siRNA"): a unit of its own even without a full stop
                b.startLine(lineStart, contentEnd);
                previousEndsBlock = endsSentence(line);
            } else if ((m = LIST_ITEM.matcher(line)).lookingAt()) {
                b.endParagraph();
                b.paragraphLine(lineStart + m.end(), contentEnd);
                previousEndsBlock = endsSentence(line);
                listItemLine = true;
            } else {
                if (listItemLine && Character.isUpperCase(line.charAt(0))) {
                    // an unindented capitalised line after a list item is not the item's continuation: "- low cost"
                    // then "The hurdles that remain are:" (an item without a full stop would swallow the next lead-in)
                    b.endParagraph();
                }
                int s = lineStart;
                while (s < contentEnd && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\uFEFF')) {
                    s++;
                }
                if (FIELD_LINES && isFieldLine(line, text, next, wrapWidth)) {
                    // "Study number: TX-12" over "Test item: ...": a form's field is a unit of its own
                    b.lineOfItsOwn(s, contentEnd);
                } else {
                    b.textLine(s, contentEnd);
                }
                previousEndsBlock = endsSentence(line);
            }
            if (!line.isBlank()) {
                // the lines of a title block (a title, its subtitle) follow each other with no blank line between
                afterTitle = headingLine && (first || afterTitle);
                headingLine = false;
                first = false;
                listItemLine = listItemLine && LIST_ITEM.matcher(line).lookingAt();
            }
            lineStart = next;
        }
        b.endParagraph();
        b.closeSection();
        DocumentMetadata md = metadata.title() == null && firstHeading != null ? metadata.withTitle(firstHeading) : metadata;
        return List.of(new Document(DocumentIds.fromFileName(file), DocumentFormat.TEXT, file, text, md,
                b.sections, List.of(), List.of()));
    }

    /**
     * (branch labelledlines37, issue 15) Switch -Dexokg.inlineSectionLabels=true: the section labels of a plain-text
     * abstract written inside its lines ("... is debated. Methods: Plasma EVs of 146 participants were ... Results: ...")
     * open their sections (the label is left out of the sentence, whose offsets stay those of the source): a Methods
     * label ("Methods:", "Design:", "Setting:") a Methods part ("Methods / Design" for a label only an abstract has),
     * others ("Results:", "Interpretation:", "Conclusions:") findings parts. A label opening a line was read so before
     * (INLINE_HEADING). Off by default; read for each document (tests set it).
     */
    static final String INLINE_SECTION_LABELS = "exokg.inlineSectionLabels";

    /**
     * A section label after the end of a sentence inside a line: up to five words opening with a capital ("Methods",
     * "Materials and methods", "CONCLUSIONS"), a colon, then the start of a sentence (a capital, a digit, a quote or a
     * bracket). Whether the words are a label is asked of section-headings.tsv ({@link #inlineSectionLabel}).
     */
    private static final Pattern SENTENCE_LABEL = Pattern.compile(
            "[.!?][)\\]\"”’]?\\s+(\\p{Lu}[\\p{L}-]{0,30}(?: [\\p{L}-]{1,30}){0,4}) ?:\\s+(?=[\\p{Lu}\\p{N}\"“(\\[])");

    /** A label of one of a structured abstract's five parts (section-headings.tsv, labels included); "Note" is none. */
    static boolean inlineSectionLabel(String label) {
        Section.Category c = Section.labelCategory(label);
        return c != null && ABSTRACT_PARTS.contains(c);
    }

    /** The section name of a label: "Methods / Design" for a Methods label only an abstract has, else the label. */
    static String labelled(String label) {
        return Section.category(label) == null && Section.labelCategory(label) == Section.Category.METHODS
                ? "Methods / " + label : label;
    }

    /** (branch documents3) Off switch of the reading of the rows of a table written as text as lines of their own. */
    static final boolean TABLE_ROWS = !Boolean.getBoolean("exokg.noTableRows");
    /** A column break inside a line: a tab between words, or a bar with a space on either side. */
    private static final Pattern COLUMN_BREAK = Pattern.compile("\\S\\t+\\S|\\S\\s*\\|\\s*\\S");

    /**
     * The starts of the lines that are rows of a table written as text: two or more lines in a row (no blank line
     * between) that each hold a column break, a tab or a bar ("Milk exosomes | curcumin | stable for 6 months").
     */
    private static Set<Integer> tableRows(String text) {
        List<int[]> lines = new ArrayList<>();
        forEachLine(text, (line, start) ->
                lines.add(new int[] {start, !line.isBlank() && line.length() <= 2000 && COLUMN_BREAK.matcher(line).find() ? 1 : 0}));
        Set<Integer> rows = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i)[1] == 1 && (i > 0 && lines.get(i - 1)[1] == 1 || i + 1 < lines.size() && lines.get(i + 1)[1] == 1)) {
                rows.add(lines.get(i)[0]);
            }
        }
        return rows;
    }

    /** Each line of the text (without its line break) with the offset it starts at. */
    private static void forEachLine(String text, java.util.function.ObjIntConsumer<String> action) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            action.accept(text.substring(start, end), start);
            start = end + 1;
        }
    }

    /** (branch plaintext) Off switch of the reading of a "Label: value" line without closing punctuation as a unit of its own. */
    static final boolean FIELD_LINES = !Boolean.getBoolean("exokg.noFieldLines");
    /** "Study number: TX-12", "Session 2: Vesicle vaccines": a label of up to five words, a colon, then its value. */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*\\p{Lu}[^.!?:;\\[\\]]{0,60}?:\\s+\\S");
    /** Most words of a field's label. */
    private static final int MAX_FIELD_LABEL_WORDS = 5;

    /**
     * (branch plaintext) A field of a form, a header or a programme, written "Label: value" on a line of its own ("Study
     * number: TX-2026-118", "From: the chair of the board", "Session 2: Exosome-based vaccines"): a label of up to five
     * words opening with a capital, then a value that ends with no sentence or clause punctuation and in no word a
     * heading does not end with ("... treated with"), over a line that opens as a new unit does (a capital, a digit, a
     * quote, a bracket or a list mark, not a lower-case word) and, in a hard-wrapped text, well short of the wrap width.
     * Such a line ends its paragraph: the value is not the start of the sentence on the next line.
     */
    private static boolean isFieldLine(String line, String text, int nextLineStart, int wrapWidth) {
        String s = line.strip();
        Matcher m = FIELD_LINE.matcher(s);
        if (s.isEmpty() || s.length() > MAX_HEADING_LINE || !m.lookingAt()) {
            return false;
        }
        String label = s.substring(0, s.indexOf(':')).strip();
        if (label.split("\\s+").length > MAX_FIELD_LABEL_WORDS || !isUnpunctuated(s)) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = lineAt(text, nextLineStart).strip();
        if (next.isEmpty() || Character.isLowerCase(next.charAt(0))) {
            return false; // the end of the paragraph anyway, or a sentence running on
        }
        return wrapWidth == 0 || s.length() * 10 <= wrapWidth * 6;
    }

    /** (branch documents3) Off switch of the reading of a label without a letter ("08:15", "1:1") as no inline heading. */
    static final boolean CLOCK_TIMES = !Boolean.getBoolean("exokg.noClockTimes");

    /** A line that opens with a clock time, the entry of a log: "09:40 vesicles loaded", "14:05:30 pulse applied". */
    private static final Pattern LOG_ENTRY = Pattern.compile("^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s");

    /** (branch documents3) Off switch of the turn labels (turnLabels): every label line opens a section, as before. */
    static final boolean TURN_LABELS = !Boolean.getBoolean("exokg.noTurnLabels");

    /**
     * The labels that open two or more lines of the text as inline headings ("HOST: ...", "GUEST: ...", "Response: ...",
     * "Answer: ..."): the turns of a transcript, of a reply to reviewers or of a quiz, and the fields a form repeats
     * ("Weaknesses:" under each critique). A part of the paper ("Results:") or a Methods label is never one.
     */
    private static Set<String> turnLabels(String text) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        forEachLine(text, (line, start) -> {
            if (!line.isBlank()) {
                Matcher m = INLINE_HEADING.matcher(line).region(0, Math.min(line.length(), MAX_HEADING_LINE));
                if (m.lookingAt() && isInlineHeading(m, line)) {
                    String label = cleanTitle(m.group(1));
                    if (!namesPart(label)) {
                        counts.merge(label, 1, Integer::sum);
                    }
                }
            }
        });
        Set<String> labels = new java.util.HashSet<>();
        counts.forEach((label, n) -> {
            if (n >= 2) {
                labels.add(label);
            }
        });
        return labels;
    }

    /** The parts of a structured abstract (NLM's five categories). */
    private static final Set<Section.Category> ABSTRACT_PARTS = java.util.EnumSet.of(Section.Category.BACKGROUND,
            Section.Category.OBJECTIVE, Section.Category.METHODS, Section.Category.RESULTS, Section.Category.CONCLUSIONS);

    /**
     * (branch headings) Whether the text is laid out as a structured abstract: its inline labels ("Background: ...",
     * "RESULTS: ...") name at least three of NLM's five parts. Its other labels are then read as structured-abstract
     * labels ({@link Section#labelCategory}: "DESIGN:", "Interventions:"), as a PubMed record's are.
     */
    private static boolean isStructuredAbstract(String text) {
        Set<Section.Category> parts = java.util.EnumSet.noneOf(Section.Category.class);
        forEachLine(text, (line, start) -> {
            if (!line.isBlank()) {
                Matcher m = INLINE_HEADING.matcher(line).region(0, Math.min(line.length(), MAX_HEADING_LINE));
                if (m.lookingAt() && isInlineHeading(m, line)) {
                    Section.Category c = Section.category(cleanTitle(m.group(1)));
                    if (c != null && ABSTRACT_PARTS.contains(c)) {
                        parts.add(c);
                    }
                }
            }
        });
        return parts.size() >= 3;
    }

    private static boolean startsWithFigureWord(String line) {
        String s = line.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("fig") || s.startsWith("table") || s.startsWith("scheme");
    }

    /**
     * Whether a heading names a part of a paper: one of {@link #SECTION_NAMES}, or (branch headings, unless
     * -Dexokg.oldMethodsHeadings=true) a heading of any category in section-headings.tsv ("Study design", "Background
     * and rationale", "Acknowledgements", "Funding").
     */
    private static boolean namesPart(String title) {
        return SECTION_NAMES.contains(title.toLowerCase(Locale.ROOT)) || Section.isMethods(title)
                || !Section.OLD_METHODS_HEADINGS && Section.category(title) != null;
    }

    private static boolean isInlineHeading(Matcher m, String line) {
        String title = m.group(1).strip();
        String separator = m.group(2);
        int words = title.split("\\s+").length;
        if (words > 12) {
            return false;
        }
        if (CLOCK_TIMES && title.codePoints().noneMatch(Character::isLetter)) {
            return false; // (branch documents3) a time or a ratio opening a log line ("08:15 Thawed two vials", "1:1 mixtures")
        }
        if (separator.length() > 1) {
            return true; // ":-" is a heading convention, not prose punctuation
        }
        if (TURN_LABELS && title.length() == 1 && Character.isUpperCase(title.charAt(0))) {
            return true; // (branch documents3) a one-letter label: "Q: ..." and "A: ..." of a question-and-answer text
        }
        return (Section.OLD_METHODS_HEADINGS ? SECTION_NAMES.contains(title.toLowerCase(Locale.ROOT)) : namesPart(title)) || isTitleCase(title);
    }

    private static boolean isStandaloneHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_LINE || ".!?,;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        String words = s.replaceAll("[*_#]", "").strip();
        int count = words.isEmpty() ? 0 : words.split("\\s+").length;
        if (count == 0 || count > MAX_TITLE_CASE_WORDS) {
            return false;
        }
        char c = words.charAt(0);
        if (!Character.isUpperCase(c) && !NUMBERED_HEADING.matcher(words).lookingAt()) {
            return false;
        }
        // a title-case line may be a long article or patent title ("Engineered ... and Their Use as Vaccines");
        // an upper-case line only a short heading
        return isTitleCase(words.replaceFirst("^[\\d.]+\\s+", "")) || count <= 10 && words.equals(words.toUpperCase(Locale.ROOT));
    }

    /**
     * The file's first line as its title in sentence case ("Platelet extracellular vesicles in wound healing"): a line
     * on its own (a blank line or the end of the file after it) that opens with a capital and ends without sentence
     * punctuation. A first sentence of prose ends with a full stop or runs on in its paragraph.
     */
    private static boolean isTitleLine(String line, String text, int nextLineStart) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_LINE || ".!?,;:".indexOf(s.charAt(s.length() - 1)) >= 0
                || !Character.isUpperCase(s.charAt(0)) || s.split("\\s+").length > MAX_TITLE_CASE_WORDS) {
            return false;
        }
        int nextEnd = nextLineStart > text.length() ? -1 : text.indexOf('\n', nextLineStart);
        String nextLine = nextLineStart > text.length() ? "" : text.substring(nextLineStart, nextEnd < 0 ? text.length() : nextEnd);
        return nextLine.isBlank();
    }

    /** Off switch of the heading lines read from their shape (isLineHeading). */
    static final boolean STRUCTURAL_HEADINGS = !Boolean.getBoolean("exokg.noStructuralHeadings");
    /** A heading that names a part of the paper ("Materials and methods", "Results"), or any heading after a Methods part. */
    private static boolean opensSection(String title, String current) {
        return Section.isMethods(current) || namesPart(title);
    }

    /**
     * (branch conventionrules, convention kkk) Off switch (-Dexokg.noTitleSentences=true) of the reading of a first line
     * with a finite verb as a sentence of its own besides the document's title ({@link TitleSentences}).
     */
    static final boolean TITLE_SENTENCES = !Boolean.getBoolean("exokg.noTitleSentences");

    /** Off switch of the title block read from its shape (isTitleBlockLine). */
    static final boolean STRUCTURAL_TITLES = !Boolean.getBoolean("exokg.noStructuralTitles");
    /** The mark between the two parts of a document title: "Module 12: Vesicles as medicines", "D4.3 – Summary". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\S(?::| [–—-]) \\S");
    /** Most words of a heading read from its shape alone (sentence case, numbered). */
    private static final int MAX_LINE_HEADING_WORDS = 12;
    /** "2.1 Why plasma", "7. Storage", "Section 3. Storage and handling", "Item 2: Drug loading". */
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}{1,15}\\s)?\\d{1,3}(?:\\.\\d{1,3})*[.:)]?\\s+[\\p{Lu}\\p{N}]");
    /** Only one level of numbering and no label word: the shape of a list item ("3. Low cost") as much as a heading. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,3}[.)]\\s");
    /** A full stop that ends a sentence inside the line (not a numbered label's: "Item 1. Drug loading"). */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[\\p{Ll}\\d)%][.!?]\\s+\\p{Lu}");
    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:\\p{Lu}\\p{Ll}{1,15}\\s)?\\d{1,3}(?:\\.\\d{1,3})*[.:)]?\\s+");
    /** Words a heading does not end with; a line that does is a sentence broken by a line break ("... treated with"). */
    private static final Set<String> OPEN_ENDINGS = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "via",
            "with", "than", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "but", "nor", "not", "its", "their", "our", "this", "these", "those", "such", "between", "after", "before",
            "under", "without", "within", "while", "when", "where", "whether", "if", "because", "so");

    /**
     * A line of the file's title block, read from its shape: the first line when it ends in no full stop, comma, colon
     * or semicolon (a title of any length, or a question) and a blank line follows it, or, for a title in two parts
     * ("Module 12: Vesicles as medicines"), an unpunctuated subtitle; a subtitle directly under the title, unpunctuated,
     * with a blank line after it. A first line ending in a full stop is
     * a sentence however short, and one running on into its paragraph is prose.
     */
    private static boolean isTitleBlockLine(String line, String text, int nextLineStart, boolean first) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_LINE || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        String next = lineAt(text, nextLineStart);
        String[] words = s.split("\\s+");
        if (OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (first) {
            if (INNER_SENTENCE_END.matcher(s).find() || nextNonBlank(text, nextLineStart).isBlank()) {
                return false; // a line of sentences, or the whole text, is no title
            }
            // a title of any length, a question, or a title in two parts ("Deliverable 4.3: Summary report") over its
            // subtitle; two unpunctuated lines with no such title mark may be lines of a list written without bullets
            return isTitleEnd(s) && (next.isBlank() || TITLE_PARTS.matcher(s).find()
                    && Character.isUpperCase(next.strip().charAt(0)) && isUnpunctuated(next.strip()));
        }
        // the subtitle closing a title block: "Self-assessment questions with answers"
        return isUnpunctuated(s) && words.length <= MAX_LINE_HEADING_WORDS && next.isBlank();
    }

    /**
     * A heading read from the shape of the line and of its neighbours rather than from its capitals: a line without
     * sentence punctuation that opens with a capital or a number ("7.1 Two routes of release", "Section 3. Storage and
     * handling"), of at most twelve words, holding no sentence end and not ending in a function word, above a body: the
     * next line, or after a blank line the next non-blank one, opens a sentence, ends with sentence punctuation and is
     * longer than the heading, or is a list item ("What went wrong" / "First, electroporation. ..."). A one-level
     * number ("3. Low cost") above a list item is an item of that list; unpunctuated lines above unpunctuated lines
     * (highlights written without bullets) stay body text; in hard-wrapped text a line directly above its body must be
     * well short of the wrap width.
     */
    private static boolean isLineHeading(String line, String text, int nextLineStart, int wrapWidth) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_LINE) {
            return false;
        }
        char c = s.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
            return false;
        }
        String next = lineAt(text, nextLineStart);
        String[] words = s.split("\\s+");
        boolean openEnd = OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (!isUnpunctuated(s) || words.length > MAX_LINE_HEADING_WORDS || openEnd
                || INNER_SENTENCE_END.matcher(LEADING_LABEL.matcher(s).replaceFirst("")).find()) {
            return false;
        }
        if (Character.isDigit(c) && !NUMBERED_LINE.matcher(s).lookingAt()) {
            return false; // "2 × 10^9 particles" is no heading
        }
        if (!next.isBlank() && wrapWidth > 0 && s.length() * 10 > wrapWidth * 6) {
            return false; // in hard-wrapped text a line well short of the wrap width ends its paragraph or is a heading
        }
        String n = (next.isBlank() ? nextNonBlank(text, nextLineStart) : next).strip();
        if (n.isEmpty()) {
            return false;
        }
        boolean item = LIST_ITEM.matcher(n).lookingAt();
        if (LIST_NUMBER.matcher(s).lookingAt() && (item || words.length > 8)) {
            return false; // an item of a numbered list
        }
        char nc = n.charAt(0);
        boolean opens = Character.isUpperCase(nc) || Character.isDigit(nc) || "\"'“‘([".indexOf(nc) >= 0;
        return item || opens && n.length() > s.length() && endsSentence(n);
    }

    /**
     * The width a hard-wrapped text is wrapped at (its longest line), or 0 when the text is not hard-wrapped: wrapping
     * shows as lines broken inside a sentence, a line ending in a word or comma above one opening in lower case.
     */
    private static int wrapWidth(String text) {
        String[] lines = text.split("\n", -1);
        int broken = 0;
        int longest = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            longest = Math.max(longest, l.length());
            if (i + 1 < lines.length && !l.isEmpty() && (Character.isLetter(l.charAt(l.length() - 1)) || l.endsWith(","))) {
                String n = lines[i + 1].strip();
                if (!n.isEmpty() && Character.isLowerCase(n.charAt(0))) {
                    broken++;
                }
            }
        }
        return broken >= 2 ? longest : 0;
    }

    /** A title's last character: not a full stop, comma, colon or semicolon ("?" may end a title). */
    private static boolean isTitleEnd(String s) {
        return ".!,;:".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /** Ends in a letter, digit, closing bracket or quote: no sentence or clause punctuation. */
    private static boolean isUnpunctuated(String s) {
        char e = s.charAt(s.length() - 1);
        return Character.isLetterOrDigit(e) || ")\"”’'".indexOf(e) >= 0;
    }

    /** The line that starts at {@code start} (without its line break), or "" past the end of the text. */
    private static String lineAt(String text, int start) {
        if (start > text.length()) {
            return "";
        }
        int e = text.indexOf('\n', start);
        return text.substring(start, e < 0 ? text.length() : e);
    }

    private static String nextNonBlank(String text, int start) {
        int k = start;
        while (k <= text.length()) {
            String l = lineAt(text, k);
            if (!l.isBlank()) {
                return l;
            }
            k += l.length() + 1;
        }
        return "";
    }

    /** Most content words capitalised: "Role of Exosomes in Targeted Drug Delivery". */
    private static boolean isTitleCase(String title) {
        int content = 0;
        int capitalised = 0;
        for (String w : title.split("[\\s-]+")) {
            if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            }
        }
        return content > 0 && capitalised * 10 >= content * 7;
    }

    private static boolean endsSentence(String line) {
        String s = line.strip();
        return !s.isEmpty() && ".!?:]".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static final Pattern CITATION_IN_TITLE = Pattern.compile("\\[[\\d,\\s–—-]+]");
    private static final Pattern MARKUP_IN_TITLE = Pattern.compile("[*_#]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_END_PUNCTUATION = Pattern.compile("[\\s:;.-]+$");

    private static String cleanTitle(String raw) {
        String s = CITATION_IN_TITLE.matcher(raw).replaceAll("");
        s = MARKUP_IN_TITLE.matcher(s).replaceAll("");
        s = WHITE_SPACE.matcher(s).replaceAll(" ");
        return TITLE_END_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    /** The number of a numbered heading: "2" of "2. Methods", "2.1" of "2.1 EV isolation". */
    private static final Pattern HEADING_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s");

    /** Collects sections and paragraph spans while the lines are walked. */
    private static final class Builder {
        /** A line that opens a new paragraph, its leading blanks left out; it goes on only if the next line continues it. */
        void startLine(int lineStart, int contentEnd) {
            int s = lineStart;
            while (s < contentEnd && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            endParagraph();
            paragraphLine(s, contentEnd);
        }

        /** A line that is a unit of its own (a table row, a heading-like line kept as text): never glued to its neighbours. */
        void lineOfItsOwn(int lineStart, int contentEnd) {
            startLine(lineStart, contentEnd);
            endParagraph();
        }

        final String text;
        /** (branch labelledlines37) Section labels after a sentence end inside a line open their sections. */
        boolean inlineLabels;
        final List<Section> sections = new ArrayList<>();
        String title;
        /** (branch headings) The heading of the Methods part the text is in, its Markdown level and its number, or null. */
        String methodsTitle;
        /** (branch headings) The text is a structured abstract (isStructuredAbstract): its labels are read as abstract labels. */
        boolean structuredAbstract;
        int methodsLevel;
        String methodsNumber;

        /**
         * (branch headings) The name of a section that a heading opens: its title, or, for a subsection of a Methods
         * part, the Methods heading before it ("2. Methods / 2.1 EV isolation"), as the JATS reader names them. A heading
         * is a subsection when its structure says so: a deeper Markdown level than the Methods heading's ("## Methods",
         * then "### EV isolation"), or a number under the Methods heading's ("2. Methods", then "2.1 EV isolation"), and
         * its words name no part of a paper. Without such marks a heading ends the Methods part, as before. Off with
         * -Dexokg.oldMethodsHeadings=true.
         *
         * @param level the Markdown level of the heading (number of "#"), or 0
         */
        String named(String heading, int level) {
            if (Section.OLD_METHODS_HEADINGS) {
                return heading;
            }
            Matcher n = HEADING_NUMBER.matcher(heading);
            String number = n.lookingAt() ? n.group(1) : null;
            if (methodsTitle != null && Section.category(heading) == null
                    && (level > 0 && methodsLevel > 0 && level > methodsLevel
                        || number != null && methodsNumber != null && number.startsWith(methodsNumber + "."))) {
                return methodsTitle + " / " + heading;
            }
            if (structuredAbstract && Section.category(heading) == null
                    && Section.labelCategory(heading) == Section.Category.METHODS) {
                methodsTitle = null;
                return "Methods / " + heading; // "DESIGN:" of a structured abstract written as text
            }
            if (Section.isMethods(heading)) {
                methodsTitle = heading;
                methodsLevel = level;
                methodsNumber = number;
            } else {
                methodsTitle = null;
            }
            return heading;
        }
        List<TextSpan> paragraphs = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;

        Builder(String text) {
            this.text = text;
        }

        /** Whether the current section holds text yet. */
        boolean hasText() {
            return !paragraphs.isEmpty() || paragraphStart >= 0;
        }

        /**
         * A line (or the rest of one) of running text: with -Dexokg.inlineSectionLabels=true each section label after a
         * sentence end inside it ends the paragraph and opens its section; the text after the label goes on there.
         */
        void textLine(int start, int end) {
            if (inlineLabels) {
                Matcher m = SENTENCE_LABEL.matcher(text).region(start, end);
                int from = start;
                while (m.find()) {
                    String label = m.group(1);
                    if (!inlineSectionLabel(label)) {
                        continue;
                    }
                    paragraphLine(from, m.start() + 1 + trailing(m)); // the sentence before the label ends at its full stop
                    endParagraph();
                    startSection(named(labelled(label), 0));
                    from = m.end();
                }
                if (from < end) {
                    paragraphLine(from, end);
                }
                return;
            }
            paragraphLine(start, end);
        }

        /** The length of the closing bracket or quote after the sentence end a label match starts with. */
        private static int trailing(Matcher m) {
            String g = m.group();
            return g.length() > 1 && ")]\"”’".indexOf(g.charAt(1)) >= 0 ? 1 : 0;
        }

        void paragraphLine(int start, int end) {
            if (paragraphStart < 0) {
                paragraphStart = start;
            }
            paragraphEnd = end;
        }

        void endParagraph() {
            if (paragraphStart >= 0 && paragraphEnd > paragraphStart) {
                paragraphs.add(new TextSpan(paragraphStart, paragraphEnd));
            }
            paragraphStart = -1;
            paragraphEnd = -1;
        }

        void startSection(String newTitle) {
            closeSection();
            title = newTitle;
        }

        void closeSection() {
            endParagraph();
            if (!paragraphs.isEmpty()) {
                sections.add(new Section(title, paragraphs));
            }
            paragraphs = new ArrayList<>();
        }
    }
}
