package org.exokg.document;

import java.util.List;

/** A citation marker in the text (e.g. "[2-4]" or a JATS xref) and the reference numbers it cites. */
public record Citation(int start, int end, List<Integer> referenceNumbers) {
    public Citation {
        referenceNumbers = List.copyOf(referenceNumbers);
    }
}
