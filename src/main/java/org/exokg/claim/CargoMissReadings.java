package org.exokg.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switch of the cargo readings of branch cargomisses37 (issue 15, thirty-seventh session; docs/extraction.md, "Cargo
 * the extractor missed"): one family, {@code -Dexokg.cargoItems} (OFF unless decided ON), read at each use so that a
 * test can turn it on and off. Its members:
 * <ul>
 * <li>a later cargo item that repeats the opener of the first ("enriched in the lncRNA HOTAIR and in miR-210", "carried
 * more of the lncRNA PCA3 and of the fusion transcript", "carried more miR-21 and more CD63"), also after the first
 * item's own name ("the transcription factor scleraxis and in miR-29a"): one list, as "and by" / "and to" already are
 * ({@link ClaimExtractor} chains);</li>
 * <li>(declared, taken out before any pool measurement) a rule for the cargo noun before a named vesicle ("the microRNA
 * cargo of MSC EVs"): it needs a Java condition the rule file cannot state, so no rule of it is in the file.</li>
 * </ul>
 */
public final class CargoMissReadings {

    /** The default of {@code exokg.cargoItems}. */
    static final boolean CARGO_ITEMS_DEFAULT = false;

    private CargoMissReadings() {}

    /** True when the family is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.cargoItems");
        return value == null ? CARGO_ITEMS_DEFAULT : Boolean.parseBoolean(value);
    }

    private static final String OPENER = "(more\\s+of|less\\s+of|more|less|fewer|in|of|with)";
    private static final String MODIFIERS = "(?:the\\s+)?(?:[a-z0-9][a-z0-9\\-\u2010\u2011\u2013]*\\s+){0,2}";

    /**
     * The gap between two cargo terms: an optional name of the first (one token, "PCA3", "scleraxis"), then "and" / "or"
     * / "but" and an opener ("in", "of", "more") repeated, then up to two modifiers of the second ("the fusion").
     */
    private static final Pattern REPEATED_OPENER = Pattern.compile(
            "\\A(?:\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}\\-\u2010\u2011\u2013]*))?\\s*,?\\s*(?:and|or|but)\\s+(?:(?:much|far)\\s+)?" + OPENER
                    + "\\s+" + MODIFIERS + "\\z");
    /** The same opener right before the first term, up to two modifiers between ("enriched in the transcription factor"). */
    private static final Pattern OPENER_BEFORE = Pattern.compile("\\b" + OPENER + "\\s+" + MODIFIERS + "\\z");

    /** Words that never name the first item: a clause goes on after them. */
    private static final Set<String> NOT_A_NAME = Set.of("that", "which", "who", "whose", "are", "is", "was", "were",
            "be", "been", "being", "can", "could", "may", "might", "will", "would", "should", "must", "have", "has", "had",
            "do", "does", "did", "not", "no", "than", "levels", "level", "content", "amounts", "amount", "expression",
            "release", "secretion", "signalling", "signaling", "activity", "uptake", "delivery", "transfer", "loading",
            "treatment", "therapy", "cells", "cell", "patients", "mice", "controls");

    /**
     * Whether the cargo term after {@code gap} is an item of the same list as {@code first}: the gap repeats the opener
     * that stands right before the first ("in ... and in", "of ... and of", "more ... and more"; "more" and "less" count
     * as one opener), the first's own name allowed between.
     */
    static boolean repeatedOpener(String text, int firstStart, String gap) {
        Matcher second = REPEATED_OPENER.matcher(gap.toLowerCase(Locale.ROOT));
        if (!second.matches()) {
            return false;
        }
        if (second.group(1) != null && NOT_A_NAME.contains(second.group(1))) {
            return false;
        }
        Matcher before = OPENER_BEFORE.matcher(text.substring(Math.max(0, firstStart - 60), firstStart).toLowerCase(Locale.ROOT));
        if (!before.find()) {
            return false;
        }
        return kind(before.group(1)).equals(kind(second.group(2)));
    }

    private static String kind(String opener) {
        String o = opener.replaceAll("\\s+", " ");
        return switch (o) {
            case "more", "less", "fewer" -> "amount";
            case "more of", "less of" -> "amount of";
            default -> o;
        };
    }
}
