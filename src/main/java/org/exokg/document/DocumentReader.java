package org.exokg.document;

import java.nio.file.Path;
import java.util.List;

/** Turns the decoded content of one file into one or more documents. */
public interface DocumentReader {

    /**
     * @param metadata what the file's metadata sidecar says (empty if none); the reader's own
     *     findings (e.g. a JATS title) take precedence
     */
    List<Document> read(Path file, String content, DocumentMetadata metadata) throws DocumentException;
}
