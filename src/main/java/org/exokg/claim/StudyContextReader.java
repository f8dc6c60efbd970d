package org.exokg.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.RequiredWords;

/**
 * Reads the study setting a sentence states: a clinical trial (phase, NCT number), an animal study (species, disease
 * model), or cells and preparations at the bench; and whether a document as a whole reports other studies (a review).
 */
public final class StudyContextReader {

    private static final Pattern PHASE = Pattern.compile(
            "\\bphase\\s+(?<p>(?:I{1,3}|IV|[1-4])(?:\\s*[/–-]\\s*(?:I{1,3}|IV|[1-4]))?)\\b(?=[^.;]{0,60}\\b(?:trials?|studies|study)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NCT = Pattern.compile("\\bNCT\\d{8}\\b");
    /** A particular trial or testing in people, not clinical trials in general ("clinical trials are expensive"). */
    private static final Pattern CLINICAL = Pattern.compile(
            // (branch speed22) each lookahead below lists the first letters of its expression's branches: the word
            // boundaries are tried only there (the same matches)
            "(?=[aotfrpgi])(?:\\b(?:a|an|one|the|this|our|first|randomi[sz]ed|ongoing|planned)\\s+(?:[\\w‐-]+\\s+){0,3}?trial\\b(?!s)"
                    + "|\\btrials?\\s+(?:in|of|with|on)\\s+(?:[\\w‐-]+\\s+){0,3}?(?:patients|humans|volunteers|participants)\\b"
                    + "|\\b(?:tested|given|administered|treated|infused|injected)\\s+(?:in|to|into)\\s+(?:\\w+\\s+)?(?:humans|patients|volunteers)\\b"
                    + "|\\bfirst[‐-]in[‐-]human\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "in vivo" as a setting; "in vivo studies" in a list of what is missing is talk about studies, not one. */
    private static final Pattern IN_VIVO = Pattern.compile(
            "(?=[iat])(?:\\bin\\s+vivo\\b(?!\\s+(?:stud|experiment|evidence|data|testing|research|validation|application|translation))|\\b(?:an|a|the)\\s+animal\\s+model\\b)",
            Pattern.CASE_INSENSITIVE);
    /** An animal as the subject of a study: "in mice", "given to rats", "mice received", "a porcine model". */
    private static final String SUBJECT_BEFORE = "(?:\\b(?:in|into|to)\\s+(?:[\\w‐-]+\\s+){0,3}?)\\z";
    private static final Pattern SUBJECT_BEFORE_PATTERN = Pattern.compile(SUBJECT_BEFORE, Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_AFTER = Pattern.compile(
            "\\A[\\s‐-]*(?:models?|were|was|received|receiving|bearing|with|treated|given|injected|fed|had|showed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_VITRO = Pattern.compile(
            "\\bin\\s+vitro\\b|\\bco[‐-]?cultur\\w*|\\bcultured\\b|\\bcell\\s+lines?\\b|\\btranswell\\b|\\bsimulated\\s+(?:gastric|intestinal)\\b|\\bprimary\\s+\\w+\\s+(?:cells|neurons)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Animals as study subjects; "mouse neurons", "bovine milk" name a cell or a source instead. */
    private static final Map<Pattern, String> SPECIES = new LinkedHashMap<>();
    private static final Pattern NOT_SUBJECT = Pattern.compile("\\A[\\s‐-]*(?:primary\\s+)?(?:milk|serum|plasma|cells?|neurons?|macrophages?|fibroblasts?|embryonic|bone|tissue|urine|models?\\s+of\\s+cells)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILK_OF = Pattern.compile("\\bmilk\\s+of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_WORK = Pattern.compile("(?=[wo])\\b(?:we|our)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern METHODS = Pattern.compile("(?=w)\\b(?:were|was)\\s+(?:isolated|measured|determined|loaded|injected|treated|randomi[sz]ed|co[‐-]?cultured)\\b",
            Pattern.CASE_INSENSITIVE);

    static {
        SPECIES.put(Pattern.compile("\\b(?:mice|mouse|murine)\\b", Pattern.CASE_INSENSITIVE), "Mouse");
        SPECIES.put(Pattern.compile("\\b(?:rats?|rodent)\\b", Pattern.CASE_INSENSITIVE), "Rat");
        SPECIES.put(Pattern.compile("\\b(?:pigs?|porcine|swine|piglets?)\\b", Pattern.CASE_INSENSITIVE), "Pig");
    }

    private final Lexicon lexicon;

    public StudyContextReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a document reports others' studies (a review) rather than its own. */
    public record DocumentSetting(boolean review) {}

    /**
     * A review when its metadata says so; a research article when the metadata names another type; without
     * metadata, a review unless it speaks of its own work ("we", "our") or describes methods.
     */
    public DocumentSetting documentSetting(String text, String documentType) {
        if (documentType != null && !documentType.isBlank()) {
            String t = documentType.toLowerCase(Locale.ROOT);
            return new DocumentSetting(t.contains("review") || t.contains("summary") || t.contains("opinion") || t.contains("editorial"));
        }
        return new DocumentSetting(!OWN_WORK.matcher(text).find() && !METHODS.matcher(text).find());
    }

    /** The setting the sentence states, or null when it states none. */
    public StudyContext read(String text, Sentence s, List<Mention> mentions) {
        String sentence = text.substring(s.start(), s.end());
        // each pattern is searched only when the sentence has a word it needs (a superset of its ASCII
        // case-insensitive match): most sentences state no setting, and the searches try every position
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher nct = NCT.matcher(sentence);
        String registry = sentence.contains("NCT") && nct.find() ? nct.group() : null;
        Matcher phase = PHASE.matcher(sentence);
        String p = lower.contains("phase") && phase.find() ? "phase " + phase.group("p").toUpperCase(Locale.ROOT).replaceAll("\\s+", "") : null;
        String disease = disease(mentions);
        if (registry != null || p != null
                || containsAny(lower, "trial", "human", "patient", "volunteer") && CLINICAL.matcher(sentence).find()) {
            return new StudyContext(StudyContext.Stage.CLINICAL, null, disease, p, registry, true);
        }
        String species = species(sentence);
        if (species != null || containsAny(lower, "vivo", "animal") && IN_VIVO.matcher(sentence).find()) {
            return new StudyContext(StudyContext.Stage.IN_VIVO, species, disease, null, null, true);
        }
        if (containsAny(lower, "vitro", "cultur", "line", "transwell", "simulated", "primary") && IN_VITRO.matcher(sentence).find()) {
            return new StudyContext(StudyContext.Stage.IN_VITRO, null, null, null, null, true);
        }
        return null;
    }

    /**
     * Whether SUBJECT_BEFORE matches at the end of {@code head}. A match holds only word characters, hyphens and white
     * space, so it starts after the last other character: the search starts there (the bounds stay transparent for
     * the word boundary), not at every position of the head (which made a sentence naming many animals quadratic).
     */
    private static boolean subjectBefore(Pattern before, String head) {
        int from = head.length();
        while (from > 0 && inSubjectBefore(head.charAt(from - 1))) {
            from--;
        }
        return before.matcher(head).region(from, head.length()).useTransparentBounds(true).find();
    }

    /** The characters SUBJECT_BEFORE can match: \\w, \\s (ASCII, as the pattern reads them), U+2010 and '-'. */
    private static boolean inSubjectBefore(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '‐' || c == '-'
                || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean containsAny(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private String species(String sentence) {
        Pattern before = SUBJECT_BEFORE_PATTERN;
        for (Map.Entry<Pattern, String> e : SPECIES.entrySet()) {
            Matcher m = RequiredWords.matcher(e.getKey(), sentence);
            while (m.find()) {
                if (NOT_SUBJECT.matcher(sentence.substring(m.end())).find()) {
                    continue;
                }
                String head = sentence.substring(0, m.start());
                boolean subject = subjectBefore(before, head) || SUBJECT_AFTER.matcher(sentence.substring(m.end())).find();
                if (!subject || listedAsMilkSource(head)) {
                    continue; // "the milk of cows, pigs, rats": sources, not study animals
                }
                String iri = ExoKg.NS + e.getValue();
                return lexicon.term(iri) != null ? iri : null;
            }
        }
        return null;
    }

    /** "the milk of cows, pigs, rats ...": the last "milk of" before the animal, with no clause end between. */
    private static boolean listedAsMilkSource(String head) {
        Matcher m = MILK_OF.matcher(head);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && head.indexOf('.', end) < 0 && head.indexOf(';', end) < 0;
    }

    private static String disease(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.is(MentionType.DISEASE) && !m.term().branchRoot()) {
                return m.iri();
            }
        }
        return null;
    }
}
