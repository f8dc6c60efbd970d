package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Negation and hedging cue words, found in the part of a sentence that scopes a claim. */
public final class Cues {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:(?:(?:do|does|did|could|would|will|may|might|must|should|can|is|are|was|were|has|have|had|be)\\s+)?not|cannot|can ?not|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|never|no|neither|nor"
                    + "|lack of|lacks?|lacking|fail(?:s|ed|ing)? to|unable to|inability to|without|absence of)\\b");
    /** "not only X but also Y" affirms X. */
    private static final Pattern NOT_NEGATION = Pattern.compile("\\A\\s+(?:only|just|merely|limited to)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:may|might|could|potential(?:ly)?|thought to|believed to|suggest(?:s|ed|ing)?|likely|possibl[ey]|promising"
                    + "|appears? to|appeared to|seems? to|seemed to|putative(?:ly)?|presumabl[ey]|perhaps|hypothesi[sz]ed"
                    + "|speculated?)\\b");

    private Cues() {}

    /** The last negation cue in {@code scope} as written, or null. */
    public static String negation(String scope) {
        return last(NEGATION, scope, true);
    }

    /** The last hedging cue in {@code scope} as written, or null. */
    public static String hedge(String scope) {
        return last(HEDGE, scope, false);
    }

    private static String last(Pattern p, String scope, boolean negation) {
        String lower = scope.toLowerCase(Locale.ROOT);
        Matcher m = p.matcher(lower);
        String found = null;
        while (m.find()) {
            if (negation && m.group().endsWith("not") && NOT_NEGATION.matcher(lower.substring(m.end())).lookingAt()) {
                continue;
            }
            found = scope.substring(m.start(), m.end());
        }
        return found;
    }

    /** Start offset (within scope) of the last negation cue, or -1. */
    static int negationStart(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        Matcher m = NEGATION.matcher(lower);
        int at = -1;
        while (m.find()) {
            if (m.group().endsWith("not") && NOT_NEGATION.matcher(lower.substring(m.end())).lookingAt()) {
                continue;
            }
            at = m.start();
        }
        return at;
    }
}
