package org.exokg.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A titled part of a document and its paragraphs (spans of the document text that hold
 * running prose). The title is null when the text before the first heading has none.
 */
public record Section(String title, List<TextSpan> paragraphs) {

    /**
     * Headings of a Methods part ("Materials and methods", "2. Methods", "METHODS", "Experimental procedures",
     * "Patients and methods", "Methodology", "Study design"). Its sentences report what was done in the
     * study, not findings: "CD81 levels were quantified by ELISA" does not state that EVs carry CD81.
     */
    private static final Pattern METHODS_HEADING = Pattern.compile(
            "(?i)\\A\\s*(?:[0-9]+(?:\\.[0-9]+)*\\.?\\s+)?(?:(?:materials?|patients|subjects|participants)\\s+(?:and|&)\\s+)?"
                    + "(?:methods?|methodology|experimental(?:\\s+(?:procedures?|section|methods?|design|setup))?|study\\s+design)"
                    + "(?:\\s+(?:and|&)\\s+materials?)?\\s*[.:]?\\s*\\z");

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * True for the heading of a Methods section (see {@link #METHODS_HEADING}) and for the name of one of its
     * subsections ("Materials and methods / EV isolation", as the JATS reader names them); false for null.
     */
    public static boolean isMethods(String title) {
        if (title == null) {
            return false;
        }
        int sub = title.indexOf(" / ");
        return METHODS_HEADING.matcher(sub < 0 ? title : title.substring(0, sub)).matches();
    }
}
