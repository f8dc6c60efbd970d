package org.exokg.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a file's format from its content: XML by its root element (JATS {@code article} or
 * {@code pmc-articleset}, PubMed {@code PubmedArticleSet}), anything else that is text is plain
 * text/Markdown. The file name is only used in messages.
 */
public final class FormatDetector {

    /** Longest element name read from the root tag (the name only decides the format). */
    private static final int MAX_NAME = 200;
    private static final Pattern ROOT = Pattern.compile("\\A<([\\p{L}_][\\w.:-]*)");

    public DocumentFormat detect(Path file, String content) throws DocumentException {
        String head = content.length() > 65_536 ? content.substring(0, 65_536) : content;
        int rootAt = prologEnd(head);
        String rest = head.substring(rootAt);
        if (!rest.startsWith("<")) {
            String s = head.strip();
            if (rootAt > 0 && s.startsWith("<")) {
                throw new DocumentException(file, "malformed XML: no root element");
            }
            if (s.startsWith("{") && s.contains("\":")) {
                throw new DocumentException(file, "unknown format: JSON is not a document format");
            }
            return DocumentFormat.TEXT;
        }
        Matcher root = ROOT.matcher(rest.length() > MAX_NAME ? rest.substring(0, MAX_NAME) : rest);
        if (!root.lookingAt()) {
            throw new DocumentException(file, "malformed XML: cannot read the root element");
        }
        String qname = root.group(1);
        String local = qname.substring(qname.indexOf(':') + 1);
        switch (local) {
            case "article", "pmc-articleset":
                return DocumentFormat.JATS;
            case "PubmedArticleSet", "PubmedArticle":
                return DocumentFormat.PUBMED;
            default:
                if (local.toLowerCase(Locale.ROOT).equals("html")) {
                    throw new DocumentException(file, "unknown format: HTML (expected plain text, JATS or PubMed XML)");
                }
                throw new DocumentException(file, "unknown XML root element <" + qname
                        + "> (expected JATS <article> or PubMed <PubmedArticleSet>)");
        }
    }

    /**
     * Where the XML prolog ends: after a byte-order mark, white space, the XML declaration, comments,
     * processing instructions and a DOCTYPE (with its internal subset). A single forward scan: the
     * content is untrusted, so no backtracking regular expression reads it. 0 if there is no prolog.
     */
    static int prologEnd(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '\uFEFF') {
            i++;
        }
        int end = skipSpace(s, i);
        while (true) {
            i = skipSpace(s, i);
            int next;
            if (s.startsWith("<?", i)) {
                next = after(s, "?>", i + 2);
            } else if (s.startsWith("<!--", i)) {
                next = after(s, "-->", i + 4);
            } else if (s.startsWith("<!DOCTYPE", i)) {
                next = doctypeEnd(s, i + 9);
            } else {
                return end;
            }
            if (next < 0) {
                return end; // unterminated: what follows is not a prolog
            }
            i = next;
            end = skipSpace(s, i);
        }
    }

    /** After the {@code >} closing a DOCTYPE whose name starts at {@code from}; -1 if unterminated. */
    private static int doctypeEnd(String s, int from) {
        char quote = 0;
        boolean inSubset = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (inSubset && s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' && !inSubset) {
                inSubset = true;
            } else if (c == ']' && inSubset) {
                inSubset = false;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int after(String s, String terminator, int from) {
        int at = s.indexOf(terminator, from);
        return at < 0 ? -1 : at + terminator.length();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
