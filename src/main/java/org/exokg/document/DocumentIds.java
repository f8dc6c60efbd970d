package org.exokg.document;

import java.nio.file.Path;
import java.util.Locale;

/** Stable document identifiers (docs/graph-model.md): pmid-…, pmc-PMC…, else the file name slug. */
public final class DocumentIds {

    private DocumentIds() {}

    /** File name without extension, lower case, {@code [a-z0-9-]}. */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return slug(name);
    }

    public static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    public static String forPmid(String pmid) {
        return "pmid-" + slug(pmid);
    }

    /** "PMC123" or "123" → "pmc-PMC123". */
    public static String forPmcid(String pmcid) {
        String digits = pmcid.replaceAll("(?i)^pmc", "").replaceAll("[^0-9]", "");
        return "pmc-PMC" + digits;
    }

    public static String normalizedPmcid(String pmcid) {
        return "PMC" + pmcid.replaceAll("(?i)^pmc", "").replaceAll("[^0-9]", "");
    }
}
