package org.exokg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived identifiers: the same parts always give the same IRI segment. */
public final class ContentHash {

    private ContentHash() {}

    /** First 16 hex digits (64 bits) of SHA-256 over the parts, separated by U+001F. */
    public static String of(String... parts) {
        return sha256(String.join("\u001F", parts)).substring(0, 16);
    }

    /**
     * SHA-256 over a label and the bytes of the files that exist among {@code files}, each preceded by its
     * name and length (so moving bytes from one file to the next changes the hash). Files are streamed.
     */
    public static String sha256(String label, Path... files) {
        MessageDigest digest = sha256Digest();
        digest.update(label.getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                digest.update(("\u001F" + file.getFileName() + "\u001F" + Files.size(file) + "\u001F")
                        .getBytes(StandardCharsets.UTF_8));
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of one prototype digest: cheaper than a provider look-up per IRI. */
    private static final MessageDigest PROTOTYPE = sha256Digest();

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256Digest();
        }
    }
}
