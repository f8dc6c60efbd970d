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
        rejectDuplicateIds(file, documents);
        return documents;
    }

    /** Two articles of one file with one id (e.g. one PMID) would overwrite each other's graph. */
    private static void rejectDuplicateIds(Path file, List<Document> documents) throws DocumentException {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Integer before = first.putIfAbsent(documents.get(i).id(), i + 1);
            if (before != null) {
                throw new DocumentException(file, "articles " + before + " and " + (i + 1) + " have the same id "
                        + documents.get(i).id() + " (duplicate PMID?); nothing loaded from this file");
            }
        }
    }

    private static byte[] bytes(Path file) throws DocumentException {
        if (Files.isDirectory(file)) {
            throw new DocumentException(file, "is a directory");
        }
        if (!Files.exists(file)) {
            throw new DocumentException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // Reading a FIFO blocks until a writer comes, a device may never end: neither is a document.
            throw new DocumentException(file, "not a regular file (" + kind(file) + ")");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** What a path that is not a regular file is, for the message. */
    private static String kind(Path file) {
        try {
            Object type = Files.getAttribute(file, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
            int mode = ((Integer) type) & 0170000;
            return switch (mode) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /**
     * Strict decoding: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so. A document with invalid
     * bytes is refused rather than silently altered.
     */
    static String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(file, "empty file");
        }
        java.nio.charset.Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return checkText(file, strict(file, bytes, bom));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new DocumentException(file, "binary file (contains NUL bytes)");
            }
        }
        return checkText(file, strict(file, bytes, StandardCharsets.UTF_8));
    }

    /** UTF-32 before UTF-16: FF FE 00 00 is the UTF-32LE mark, FF FE alone the UTF-16LE one. */
    private static java.nio.charset.Charset byteOrderMark(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Path file, byte[] bytes, java.nio.charset.Charset charset) throws DocumentException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name() + " (byte-order mark)";
        try {
            String content = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            // The byte-order mark says how the bytes are encoded; it is not part of the text (and would
            // hide a heading on the first line, or an XML declaration, from the readers).
            return content.startsWith("\uFEFF") ? content.substring(1) : content;
        } catch (MalformedInputException e) {
            throw new DocumentException(file, charset.equals(StandardCharsets.UTF_8)
                    ? "binary file or not UTF-8 text (invalid byte sequence)"
                    : "not " + name + " text (invalid byte sequence)");
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, "not " + name + " text: " + e.getMessage());
        }
    }

    private static String checkText(Path file, String content) throws DocumentException {
        if (content.indexOf('\0') >= 0) {
            throw new DocumentException(file, "binary file (contains NUL characters)");
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
