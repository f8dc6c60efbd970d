package org.exokg.rdf;

import java.nio.charset.StandardCharsets;
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

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
