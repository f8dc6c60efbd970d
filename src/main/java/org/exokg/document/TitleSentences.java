package org.exokg.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * (branch conventionrules, convention kkk) Whether a document's first line is a full sentence with a finite verb
 * ("Reticulocyte-derived extracellular vesicles deliver messenger RNA to hepatocytes", "Breast milk vesicles could
 * protect the gut") rather than a title noun phrase ("Platelet exosomes carrying temozolomide", "Vesicles for spinal
 * cord repair"). No parse is at hand when a document is read, so the check is lexical: a finite auxiliary or modal, or
 * a finite form of a verb of title-verbs.txt (its base, third-singular or past form) after a content word (not after
 * "to", a determiner or a preposition), in lower case, or as a capitalised third-singular form in a title-case line
 * ("Vesicor Biologics Reports First Human Data"). Participles ("carrying", "decorated", "built") are never finite.
 */
public final class TitleSentences {

    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "may", "might", "will",
            "would", "should", "must");
    /** Words after which a verb form is a noun or an infinitive ("to repair", "the report", "for repair"). */
    private static final Set<String> NON_SUBJECT_WORDS = Set.of(
            "a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "from", "into", "via", "and", "or", "as",
            "its", "their", "our", "this", "these", "that", "no", "not", "vs", "over", "against", "after", "before",
            "between", "without", "within", "under", "than");
    /** Finite forms of the listed verbs: base (plural present), third singular, past. */
    private static final Set<String> LOWER_FORMS = new HashSet<>();
    /** Third-singular forms, which may be capitalised in a title-case line. */
    private static final Set<String> SINGULAR_FORMS = new HashSet<>();
    /** Past forms. */
    private static final Set<String> PAST_FORMS = new HashSet<>();

    static {
        try (InputStream in = TitleSentences.class.getResourceAsStream("title-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("title-verbs.txt not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String s = l.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\\s+");
                String base = f[0];
                String third = f.length > 1 ? f[1] : base + "s";
                String past = f.length > 2 ? f[2] : base.endsWith("e") ? base + "d" : base + "ed";
                LOWER_FORMS.add(base);
                LOWER_FORMS.add(third);
                LOWER_FORMS.add(past);
                SINGULAR_FORMS.add(third);
                PAST_FORMS.add(past);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TitleSentences() {
    }

    /** True when the line holds a finite verb by the lexical test above. */
    public static boolean hasFiniteVerb(String line) {
        return finiteVerbStart(line) >= 0;
    }

    /**
     * (branch ownsubject) Where the line's first finite verb by the lexical test above starts (an offset into
     * {@code line}), or -1 when the test finds none.
     */
    public static int finiteVerbStart(String line) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(line);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String previous = null;
        for (int i = 0; i < spans.size(); i++) {
            String token = line.substring(spans.get(i)[0], spans.get(i)[1]);
            String w = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (AUXILIARIES.contains(lower)) {
                return spans.get(i)[0];
            }
            boolean afterContent = previous != null && !NON_SUBJECT_WORDS.contains(previous.toLowerCase(Locale.ROOT));
            // a base form is also a noun ("Meeting report:", "annual report 2026", "transfer brief"): it counts only
            // after a lower-case word, with no punctuation after it and a word (not a number) following
            boolean runsOn = !token.matches(".*[^\\p{L}]$") && i + 1 < spans.size()
                    && Character.isLetter(line.charAt(spans.get(i + 1)[0]));
            boolean baseForm = !SINGULAR_FORMS.contains(w) && !PAST_FORMS.contains(w);
            if (afterContent && LOWER_FORMS.contains(w)
                    && (!baseForm || runsOn && Character.isLowerCase(previous.charAt(0)))) {
                return spans.get(i)[0]; // lower case: "vesicles deliver", "sputum mark", "nanobody kill", "years ... taught"
            }
            if (afterContent && Character.isUpperCase(w.charAt(0)) && SINGULAR_FORMS.contains(lower)
                    && Character.isUpperCase(previous.charAt(0))) {
                return spans.get(i)[0]; // title case: "Biologics Reports First Human Data"
            }
            previous = w;
        }
        return -1;
    }
}
