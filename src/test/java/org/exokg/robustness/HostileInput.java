package org.exokg.robustness;

import java.nio.charset.StandardCharsets;

/**
 * One hostile input file and what the pipeline must do with it.
 *
 * @param expect a clear one-line error, a correct result, or either
 * @param utf8Equivalent if not null, a result must equal the one for this text saved as UTF-8
 * @param forbidden if not null, text that must not reach the extracted document (e.g. a leaked file)
 */
record HostileInput(String name, byte[] content, Expect expect, String why, String utf8Equivalent, String forbidden) {

    enum Expect { ERROR, RESULT, EITHER }

    static HostileInput error(String name, String content, String why) {
        return error(name, content.getBytes(StandardCharsets.UTF_8), why);
    }

    static HostileInput error(String name, byte[] content, String why) {
        return new HostileInput(name, content, Expect.ERROR, why, null, null);
    }

    static HostileInput result(String name, String content, String why) {
        return new HostileInput(name, content.getBytes(StandardCharsets.UTF_8), Expect.RESULT, why, null, null);
    }

    static HostileInput either(String name, String content, String why, String forbidden) {
        return either(name, content.getBytes(StandardCharsets.UTF_8), why, forbidden);
    }

    static HostileInput either(String name, byte[] content, String why, String forbidden) {
        return new HostileInput(name, content, Expect.EITHER, why, null, forbidden);
    }

    /** Re-encoded text: whatever the UTF-8 original gives (a result or an error), this must give too. */
    static HostileInput sameAsUtf8(String name, byte[] content, String utf8Text, String why) {
        return new HostileInput(name, content, Expect.EITHER, why, utf8Text, null);
    }
}
