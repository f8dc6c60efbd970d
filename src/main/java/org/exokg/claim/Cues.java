package org.exokg.claim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Negation and hedging cue words, found in the part of a sentence that scopes a claim. */
public final class Cues {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:(?:(?:do|does|did|could|would|will|may|might|must|should|can|is|are|was|were|has|have|had|be)\\s+)?not|cannot|can ?not|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|never|no|neither|nor"
                    + "|lack of|lacks?|lacked|lacking|fail(?:s|ed|ing)? to|unable to|inability to|without|absence of)\\b");
    /** "not only X but also Y" affirms X. */
    private static final Pattern NOT_NEGATION = Pattern.compile("\\A\\s+(?:only|just|merely|limited to)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:may|might|could|potential(?:ly)?|thought to|believed to|suggest(?:s|ed|ing)?|likely|possibl[ey]|promising"
                    + "|appears? to|appeared to|seems? to|seemed to|putative(?:ly)?|presumabl[ey]|perhaps|hypothesi[sz]ed"
                    + "|speculated?|promise|(?:is|are|was|were|be|been) considered|propos(?:e|es|ed)|expect(?:s|ed)?"
                    + "|theoretical(?:ly)?|hypothetical(?:ly)?|whether|attractive)\\b");
    /** "could not be loaded" reports a failure, not a possibility. */
    private static final Pattern MODAL_NEGATED = Pattern.compile("\\A\\s+not\\b");
    /**
     * A reason given after "due to", "because of" ... is asserted even when the main clause is
     * hedged: in "are promising due to their biocompatibility" the biocompatibility is not hedged.
     */
    private static final Pattern REASON = Pattern.compile("\\b(?:due to|because of|owing to|thanks to|because)\\b");

    private static final Pattern OPEN_QUESTION = Pattern.compile("\\bwhether\\b");

    private Cues() {}

    /** The last negation cue in {@code scope} as written, or null; a cue before a stated reason does not reach past it. */
    public static String negation(String scope) {
        return last(NEGATION, afterLast(OPEN_QUESTION, afterLast(REASON, scope)), true);
    }

    /**
     * The part of {@code scope} after the last match of {@code boundary}. Used with "due to"/"because" (a reason
     * is asserted on its own) and with "whether" ("it is not known whether X" leaves X open: a hedge, not a denial).
     */
    private static String afterLast(Pattern boundary, String scope) {
        Matcher m = boundary.matcher(scope.toLowerCase(Locale.ROOT));
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return scope.substring(from);
    }

    /** The last hedging cue in {@code scope} as written, or null; a cue before a stated reason does not reach past it. */
    public static String hedge(String scope) {
        return last(HEDGE, afterLast(REASON, scope), false);
    }

    private static String last(Pattern p, String scope, boolean negation) {
        String lower = scope.toLowerCase(Locale.ROOT);
        Matcher m = p.matcher(lower);
        String found = null;
        while (m.find()) {
            if (negation && m.group().endsWith("not") && NOT_NEGATION.matcher(lower.substring(m.end())).lookingAt()) {
                continue;
            }
            if (!negation && m.group().equals("could") && MODAL_NEGATED.matcher(lower.substring(m.end())).lookingAt()) {
                continue;
            }
            found = scope.substring(m.start(), m.end());
        }
        return found;
    }
}
