package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.claim.Quantity.Unit;

/**
 * Finds numbers with units in text and normalises them: one grammar for every sentence, not a pattern per
 * phrasing. Numbers may carry a Unicode minus (U+2212), thousands separators ("1,500", "1 500"), a power of
 * ten ("2 × 10^10", "10⁹"); ranges use an en dash, a hyphen, "to" or "between … and …"; "±" gives a spread;
 * "about", "below", "up to", "more than", "within" and their signs are kept as the modifier. Small number
 * words count for durations ("three months") and "half" for shares.
 */
public final class QuantityGrammar {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String DIGITS = "(?:\\d{1,3}(?:[,\\u2009\\u202F]\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?";
    private static final String POWER = "(?:\\s*[×x]\\s*10(?:\\^\\s*[−-]?\\d+|[⁻]?[" + SUPERSCRIPTS + "]+))";
    private static final String BARE_POWER = "10(?:\\^\\s*[−-]?\\d+|[⁻]?[" + SUPERSCRIPTS + "]+)";
    private static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an";
    private static final String NUM = "(?:[−+]|(?<![\\w.])-)?(?:" + BARE_POWER + "|" + DIGITS + POWER + "?|(?:" + WORDS + ")(?=\\s+(?:hours?|days?|weeks?|months?)\\b))";

    /** Unit spellings → unit and factor to the normalised unit. Longest alternatives first. */
    private static final String COUNTED = "(?:particles|vesicles|extracellular vesicles|EVs|exosomes|nanoparticles)";
    private static final String PER_ML = "(?:per\\s+(?:millilit(?:re|er)|mL|ml)|/\\s*m[lL])(?:\\s+of\\s+(?:culture\\s+)?(?:supernatant|medium|plasma|serum))?";
    private static final String UNIT = "(?<unit>"
            + "(?<pkg>(?:" + COUNTED + "\\s+)?(?:per\\s+kg|/\\s*kg|per\\s+kilogram))"
            + "|(?<pml>" + COUNTED + "\\s+" + PER_ML + ")"
            + "|(?<mgl>mg\\s+(?:of\\s+)?(?:EV\\s+|vesicle\\s+)?protein\\s+per\\s+lit(?:re|er)(?:\\s+of\\s+\\w+)?|mg\\s*/\\s*L\\b)"
            + "|(?<mgkg>mg\\s*/\\s*kg|mg\\s*kg[−-]1|mg\\s+per\\s+kg|milligrams?\\s+per\\s+kilogram)"
            + "|(?<um>µm|μm|micromet(?:re|er)s?)"
            + "|(?<nm>nm|nanomet(?:re|er)s?)"
            + "|(?<mv>mV|millivolts?)"
            + "|(?<pct>%|per\\s?cent)"
            + "|(?<degc>°\\s?C|℃|degrees?\\s+Celsius)"
            + "|(?<h>h|hrs?|hours?)"
            + "|(?<min>min|minutes?)"
            + "|(?<d>days?)"
            + "|(?<w>weeks?|wk)"
            + "|(?<mo>months?)"
            + "|(?<fold>[‐-]?fold|times(?=\\s+(?:more|higher|greater|larger|fewer|less|lower|smaller)\\b))"
            + ")(?![\\w/])";
    /**
     * The lookahead lists every character a match can open with ("between", a sign, a digit, a number word), in the
     * expression's own case folding, so the rest (a word boundary, fourteen number words) is tried only there: the same
     * matches and groups (branch speed22).
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?=[b0-9−+\\-otfsena])(?<between>\\bbetween\\s+)?(?<a>" + NUM + ")(?:\\s*(?<op>±|–|‐|-|to|and)\\s*(?<b>" + NUM + "))?\\s*" + UNIT,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "half of their siRNA": a share in words. */
    private static final Pattern HALF = Pattern.compile("(?=h)\\bhalf\\s+of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile(
            "(?<mod>approximately|about|around|roughly|nearly|almost|~|≈|less than|lower than|fewer than|below|under|<|≤|up to|at most|"
                    + "no more than|more than|greater than|higher than|above|over|exceeding|>|≥|at least|within)\\s*\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> MODIFIERS = Map.ofEntries(
            Map.entry("approximately", "about"), Map.entry("about", "about"), Map.entry("around", "about"),
            Map.entry("roughly", "about"), Map.entry("nearly", "about"), Map.entry("almost", "about"), Map.entry("~", "about"),
            Map.entry("≈", "about"), Map.entry("less than", "<"), Map.entry("lower than", "<"), Map.entry("fewer than", "<"),
            Map.entry("below", "<"), Map.entry("under", "<"), Map.entry("<", "<"), Map.entry("≤", "≤"), Map.entry("up to", "≤"),
            Map.entry("at most", "≤"), Map.entry("no more than", "≤"), Map.entry("more than", ">"), Map.entry("greater than", ">"),
            Map.entry("higher than", ">"), Map.entry("above", ">"), Map.entry("over", ">"), Map.entry("exceeding", ">"),
            Map.entry(">", ">"), Map.entry("≥", "≥"), Map.entry("at least", "≥"), Map.entry("within", "within"));

    private QuantityGrammar() {}

    /** Every quantity in {@code text}; offsets are shifted by {@code base} (the text's start in the document). */
    public static List<Quantity> find(String text, int base) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        boolean numbers = mayHoldNumber(text);
        while (numbers && m.find()) {
            Quantity q = quantity(text, m, base);
            if (q != null) {
                out.add(q);
            }
        }
        Matcher h = HALF.matcher(text);
        while (h.find()) {
            out.add(new Quantity(base + h.start(), base + h.start() + 4, "half", 50.0, 50.0, Unit.PERCENT, null, null));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * False when QUANTITY cannot match: every number it reads has an ASCII digit, except a number word, which it reads
     * only before a unit of time (the test is a superset of its case-insensitive match; it spares the search, tried at
     * every position, on sentences without numbers).
     */
    private static boolean mayHoldNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("hour") || lower.contains("day") || lower.contains("week") || lower.contains("month");
    }

    private static Quantity quantity(String text, Matcher m, int base) {
        Double a = number(m.group("a"));
        Double b = m.group("b") != null ? number(m.group("b")) : null;
        String op = m.group("op");
        if (a == null || (op != null && b == null)) {
            return null;
        }
        if ("and".equalsIgnoreCase(op) && m.group("between") == null) {
            return null; // "5 and 12 %" without "between" lists two values; the second stands alone
        }
        Unit unit;
        double factor = 1;
        if (m.group("pkg") != null) {
            unit = Unit.PARTICLES_PER_KILOGRAM;
        } else if (m.group("pml") != null) {
            unit = Unit.PARTICLES_PER_MILLILITRE;
        } else if (m.group("mgl") != null) {
            unit = Unit.MILLIGRAM_PER_LITRE;
        } else if (m.group("mgkg") != null) {
            unit = Unit.MILLIGRAM_PER_KILOGRAM;
        } else if (m.group("um") != null) {
            unit = Unit.NANOMETRE;
            factor = 1000;
        } else if (m.group("nm") != null) {
            unit = Unit.NANOMETRE;
        } else if (m.group("mv") != null) {
            if (!m.group("mv").equals("mV") && !m.group("mv").toLowerCase(Locale.ROOT).startsWith("milli")) {
                return null; // "MV", "mv": not millivolts
            }
            unit = Unit.MILLIVOLT;
        } else if (m.group("pct") != null) {
            unit = Unit.PERCENT;
        } else if (m.group("degc") != null) {
            unit = Unit.DEGREE_CELSIUS;
        } else if (m.group("h") != null) {
            unit = Unit.HOUR;
        } else if (m.group("min") != null) {
            unit = Unit.HOUR;
            factor = 1.0 / 60;
        } else if (m.group("d") != null) {
            unit = Unit.HOUR;
            factor = 24;
        } else if (m.group("w") != null) {
            unit = Unit.HOUR;
            factor = 168;
        } else if (m.group("mo") != null) {
            unit = Unit.HOUR;
            factor = 720; // a month counted as 30 days, as UO's month
        } else {
            unit = Unit.FOLD;
        }
        if (unit == Unit.FOLD && op != null) {
            return null;
        }
        int start = m.start();
        if (m.group("between") != null) {
            start = m.start("a");
        }
        String modifier = null;
        Double low = a * factor;
        Double high = a * factor;
        Double spread = null;
        if ("±".equals(op)) {
            spread = b * factor;
        } else if (op != null) {
            low = Math.min(a, b) * factor;
            high = Math.max(a, b) * factor;
            modifier = "range";
        }
        int window = Math.max(0, start - 16);
        Matcher p = PREFIX.matcher(text.substring(window, start));
        if (p.find()) {
            String mod = MODIFIERS.get(p.group("mod").toLowerCase(Locale.ROOT));
            start = window + p.start();
            if (mod.equals("<") || mod.equals("≤") || mod.equals("within")) {
                low = null;
            } else if (mod.equals(">") || mod.equals("≥")) {
                high = null;
            }
            modifier = modifier == null ? mod : modifier + "; " + mod;
        } else if (m.group("between") != null) {
            start = m.start();
        }
        if (m.group("between") != null && modifier == null) {
            modifier = "range";
        }
        String asWritten = text.substring(start, m.end()).strip();
        return new Quantity(base + start, base + m.end(), asWritten, round(low), round(high), unit, modifier, round(spread));
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 1e6) / 1e6;
    }

    /** A number as written: Unicode minus, thousands separators, powers of ten, superscript exponents, words. */
    static Double number(String s) {
        String t = s.strip();
        double sign = 1;
        if (t.startsWith("−") || t.startsWith("-")) {
            sign = -1;
            t = t.substring(1);
        } else if (t.startsWith("+")) {
            t = t.substring(1);
        }
        int words = List.of(WORDS.split("\\|")).indexOf(t.toLowerCase(Locale.ROOT));
        if (words >= 0) {
            return sign * (words >= 12 ? 1 : words + 1);
        }
        double mantissa = 1;
        String exponent = null;
        Matcher p = Pattern.compile("\\A(?:(" + DIGITS + ")\\s*[×x]\\s*)?10(?:\\^\\s*([−-]?\\d+)|([⁻]?[" + SUPERSCRIPTS + "]+))\\z").matcher(t);
        if (p.matches()) {
            if (p.group(1) != null) {
                mantissa = Double.parseDouble(p.group(1).replaceAll("[,\\u2009\\u202F]", ""));
            }
            exponent = p.group(2) != null ? p.group(2).replace('−', '-') : superscript(p.group(3));
            return sign * mantissa * Math.pow(10, Integer.parseInt(exponent));
        }
        try {
            return sign * Double.parseDouble(t.replaceAll("[,\\u2009\\u202F]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return b.toString();
    }
}
