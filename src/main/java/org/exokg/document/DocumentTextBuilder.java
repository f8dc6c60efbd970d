package org.exokg.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the plain text of a structured (XML) document together with its sections, paragraph
 * spans and citation spans, so that every offset recorded points into the text produced.
 * Headings go into the text as their own lines but are not paragraphs (no sentences).
 */
final class DocumentTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private String currentTitle;
    private List<TextSpan> currentParagraphs = new ArrayList<>();
    private int paragraphStart = -1;

    void startSection(String title) {
        startSection(title, title);
    }

    /** A section whose heading in the text is {@code title} and whose name (a sentence's section) is {@code name}. */
    void startSection(String title, String name) {
        closeSection();
        currentTitle = name;
        if (title != null) {
            separate();
            text.append(title);
        }
    }

    void startParagraph() {
        separate();
        paragraphStart = text.length();
    }

    /** Appends inline text, collapsing white space runs (XML indentation is not content). */
    void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (text.length() > paragraphStart && text.length() > 0
                        && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    int length() {
        return text.length();
    }

    char lastChar() {
        return text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
    }

    /** Count of '[' not yet closed in the current paragraph: inside a bracketed citation list. */
    int openBrackets() {
        int depth = 0;
        for (int i = Math.max(paragraphStart, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    void addCitation(int start, int end, List<Integer> numbers) {
        if (!numbers.isEmpty()) {
            citations.add(new Citation(start, end, numbers));
        }
    }

    void endParagraph() {
        if (paragraphStart < 0) {
            return;
        }
        int end = text.length();
        while (end > paragraphStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        if (end > paragraphStart) {
            currentParagraphs.add(new TextSpan(paragraphStart, end));
        }
        paragraphStart = -1;
    }

    private void separate() {
        if (text.length() > 0) {
            text.append("\n\n");
        }
    }

    private void closeSection() {
        endParagraph();
        if (!currentParagraphs.isEmpty()) {
            sections.add(new Section(currentTitle, currentParagraphs));
        }
        currentParagraphs = new ArrayList<>();
    }

    String text() {
        closeSection();
        return text.toString();
    }

    List<Section> sections() {
        closeSection();
        return sections;
    }

    List<Citation> citations() {
        return citations;
    }
}
