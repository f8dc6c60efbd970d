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

    /** XML prolog: declaration, comments, processing instructions, DOCTYPE (with internal subset). */
    private static final Pattern PROLOG = Pattern.compile(
            "\\A\\uFEFF?\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE(?:[^\\[>]|\\[.*?])*>\\s*)*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("\\A<([\\p{L}_][\\w.:-]*)");

    public DocumentFormat detect(Path file, String content) throws DocumentException {
        String head = content.length() > 65_536 ? content.substring(0, 65_536) : content;
        Matcher prolog = PROLOG.matcher(head);
        int rootAt = prolog.lookingAt() ? prolog.end() : 0;
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
        Matcher root = ROOT.matcher(rest);
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
}
