package org.exokg.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads a file into documents: rejects empty and binary input with a one-line reason, decodes
 * strict UTF-8, detects the format from the content, picks up the metadata sidecar
 * ({@code name.meta.json} next to {@code name.txt}) and hands over to the right reader.
 */
public final class DocumentLoader {

    /** Suffix of metadata sidecar files; they describe a document and are not documents. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    private final FormatDetector detector = new FormatDetector();

    public static boolean isMetadataSidecar(Path file) {
        return file.getFileName().toString().endsWith(SIDECAR_SUFFIX);
    }

    public List<Document> load(Path file) throws DocumentException {
        if (isMetadataSidecar(file)) {
            return List.of();
        }
        String content = decode(file, bytes(file));
        DocumentMetadata sidecar = sidecar(file);
        DocumentFormat format = detector.detect(file, content);
        DocumentReader reader = switch (format) {
            case TEXT -> new PlainTextReader();
            case JATS -> new JatsReader();
            case PUBMED -> new PubmedReader();
        };
        List<Document> documents = reader.read(file, content, sidecar);
        if (documents.stream().allMatch(d -> d.sections().isEmpty())) {
            throw new DocumentException(file, "no text found in " + format.label() + " document");
        }
        return documents;
    }

    private static byte[] bytes(Path file) throws DocumentException {
        if (Files.isDirectory(file)) {
            throw new DocumentException(file, "is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(file, "no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8: a document with invalid bytes is refused rather than silently altered. */
    static String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(file, "empty file");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new DocumentException(file, "binary file (contains NUL bytes)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String content;
        try {
            content = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new DocumentException(file, "binary file or not UTF-8 text (invalid byte sequence)");
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, "not UTF-8 text: " + e.getMessage());
        }
        if (content.replace("\uFEFF", "").isBlank()) {
            throw new DocumentException(file, "empty file (only white space)");
        }
        long controls = content.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls * 100 > content.length()) {
            throw new DocumentException(file, "binary file (control characters)");
        }
        return content;
    }

    /** The sidecar next to the file, e.g. {@code paper.meta.json} for {@code paper.txt}. */
    static DocumentMetadata sidecar(Path file) throws DocumentException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path sidecar = file.resolveSibling(stem + SIDECAR_SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            return DocumentMetadata.empty();
        }
        JsonObject json;
        try {
            json = JSON.read(sidecar.toString());
        } catch (RuntimeException e) {
            throw new DocumentException(sidecar, "bad metadata JSON: " + e.getMessage().replaceAll("\\s+", " "));
        }
        List<String> creators = new ArrayList<>();
        JsonValue c = json.get("creators");
        if (c != null && c.isArray()) {
            JsonArray array = c.getAsArray();
            array.forEach(v -> creators.add(v.getAsString().value()));
        }
        return new DocumentMetadata(string(json, "title"), string(json, "type"), string(json, "language"), creators,
                string(json, "year"), string(json, "pmid"), string(json, "pmcid"), string(json, "doi"));
    }

    private static String string(JsonObject json, String key) {
        JsonValue v = json.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        return null;
    }
}
