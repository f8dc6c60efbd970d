package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.document.Document;
import org.exokg.document.DocumentFormat;
import org.exokg.document.Section;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;

/**
 * (issue 15, branch claimfilter) The general features of one claim that {@link ClaimConfidence} weighs: how the claim was
 * read (its rule id and the rule's suffixes for the subject's form, remappings and cues; relation, polarity, hedge),
 * what it links (the object's mention type, a qualifier), and where it stands (distance in words between the vesicle and
 * the object mentions, vesicle and typed-term counts, sentence length, section kind, document format, a question mark,
 * first-person words, how many claims the sentence gave). Never a document id, a set, a file name or a content word of
 * one text: the weights must carry to papers nobody here has seen. Each feature is a name ("relation=treats"); the
 * model is linear over them (binary, present or absent).
 */
public final class ClaimFeatures {

    private ClaimFeatures() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us|I|my)\\b");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:fig(?:ure)?|table|supplementary)\\b.*");

    /**
     * The features of each claim, in the claims' order.
     *
     * @param mentions the mentions of the document's sentences (document offsets)
     * @param claims every claim of the document, as the extractor gave them
     */
    public static List<List<String>> of(Document document, List<Mention> mentions, List<Claim> claims, Lexicon lexicon) {
        String text = document.text();
        int titleStart = firstLetter(text);
        Map<Long, Integer> claimsPerSentence = new HashMap<>();
        for (Claim c : claims) {
            claimsPerSentence.merge(span(c.sentence()), 1, Integer::sum);
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Mention::start));
        List<List<String>> result = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Sentence s = c.sentence();
            List<Mention> in = within(sorted, s.start(), s.end());
            List<String> f = new ArrayList<>();
            String[] rules = c.rule().split(",")[0].split("\\+");
            f.add("rule=" + rules[0]);
            String form = "in-sentence";
            for (int i = 1; i < rules.length; i++) {
                f.add("suffix=" + rules[i]);
                if (rules[i].equals("previous-sentence-subject")) {
                    form = "previous-sentence";
                } else if (rules[i].equals("anaphor") && !form.equals("previous-sentence")) {
                    form = "anaphor";
                } else if (rules[i].equals("list-item") && form.equals("in-sentence")) {
                    form = "list-item";
                }
            }
            if (c.preparationName() != null) {
                form = "named-preparation";
            }
            String relation = c.relation().localName();
            f.add("relation=" + relation);
            f.add("form=" + form);
            f.add("relation+form=" + relation + "+" + form);
            f.add("polarity=" + (c.negated() ? "negative" : "positive"));
            if (c.negated()) {
                f.add("relation+negative=" + relation);
            }
            f.add("hedged=" + c.hedged());
            f.add("scope=" + c.scope());
            f.add("qualifier=" + (c.qualifierIri() != null));
            Term object = lexicon == null ? null : lexicon.term(c.objectIri());
            f.add("objectType=" + (object == null ? "none" : firstType(object)));
            List<Mention> vesicles = new ArrayList<>();
            List<Mention> objects = new ArrayList<>();
            for (Mention m : in) {
                if (m.is(MentionType.VESICLE)) {
                    vesicles.add(m);
                }
                if (m.iri().equals(c.objectIri())) {
                    objects.add(m);
                }
            }
            f.add("objectMentioned=" + !objects.isEmpty());
            int distance = Integer.MAX_VALUE;
            for (Mention v : vesicles) {
                for (Mention o : objects) {
                    int from = Math.min(v.end(), o.end());
                    int to = Math.max(v.start(), o.start());
                    distance = Math.min(distance, from >= to ? 0 : words(text, from, to));
                }
            }
            f.add("distance=" + (distance == Integer.MAX_VALUE ? "none" : bucket(distance, 2, 5, 10, 20)));
            f.add("vesicleMentions=" + bucket(vesicles.size(), 0, 1, 2));
            f.add("typedTerms=" + bucket(in.size(), 1, 2, 4, 7));
            f.add("length=" + bucket(words(text, s.start(), s.end()), 10, 20, 35, 60));
            f.add("section=" + sectionKind(document, s, titleStart));
            f.add("format=" + document.format().label());
            f.add("question=" + s.text().strip().endsWith("?"));
            f.add("firstPerson=" + FIRST_PERSON.matcher(s.text()).find());
            f.add("sentenceClaims=" + bucket(claimsPerSentence.get(span(s)), 1, 2, 4, 8));
            f.add("cited=" + !s.referenceNumbers().isEmpty());
            Mention firstVesicle = vesicles.isEmpty() ? null : vesicles.get(0);
            Mention firstObject = objects.isEmpty() ? null : objects.get(0);
            f.add("order=" + (firstVesicle == null || firstObject == null ? "none"
                    : firstVesicle.start() < firstObject.start() ? "vesicle-first" : "object-first"));
            f.add("opensWithVesicle=" + (firstVesicle != null && words(text, s.start(), firstVesicle.start()) <= 4));
            // conjunctions a linear model cannot form itself: a rule or relation that does well in one setting, badly in another
            result.add(conjoined(f, rules[0], relation, form));
        }
        return result;
    }

    /** The features with their conjunctions: rule and subject form, and the relation with the claim's setting. */
    private static List<String> conjoined(List<String> f, String rule, String relation, String form) {
        List<String> all = new ArrayList<>(f);
        all.add("rule+form=" + rule + "+" + form);
        for (String x : f) {
            if (x.startsWith("section=") || x.startsWith("hedged=") || x.startsWith("qualifier=")
                    || x.startsWith("objectMentioned=") || x.startsWith("format=") || x.startsWith("distance=")
                    || x.startsWith("question=") || x.startsWith("firstPerson=")) {
                all.add("relation+" + x.replace("=", "=" + relation + "+"));
            }
            if (x.startsWith("vesicleMentions=") || x.startsWith("sentenceClaims=") || x.startsWith("section=")) {
                all.add("form+" + x.replace("=", "=" + form + "+"));
            }
        }
        return all;
    }

    /** The section kind: title, abstract, introduction, methods, results, discussion, caption, other. */
    static String sectionKind(Document document, Sentence s, int titleStart) {
        String section = s.section();
        if ("Title".equals(section) || s.start() <= titleStart) {
            return "title";
        }
        if (section == null) {
            return "other";
        }
        if (CAPTION.matcher(section.strip()).matches()) {
            return "caption";
        }
        String lower = section.toLowerCase(Locale.ROOT);
        if (lower.contains("abstract") || document.format() == DocumentFormat.PUBMED) {
            return "abstract";
        }
        Section.Category c = Section.category(section);
        if (c == null) {
            return lower.contains("discussion") || lower.contains("conclusion") ? "discussion" : "other";
        }
        return switch (c) {
            case METHODS -> "methods";
            case RESULTS -> "results";
            case CONCLUSIONS -> "discussion";
            case BACKGROUND, OBJECTIVE -> "introduction";
            default -> "other";
        };
    }

    private static String firstType(Term t) {
        for (MentionType m : MentionType.values()) {
            if (t.is(m)) {
                return m.name();
            }
        }
        return "none";
    }

    /** "<=a", "<=b", ..., or ">last". */
    static String bucket(int n, int... bounds) {
        for (int b : bounds) {
            if (n <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    private static long span(Sentence s) {
        return ((long) s.start() << 32) | s.end();
    }

    private static List<Mention> within(List<Mention> sorted, int start, int end) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) { // the first mention starting at or after start
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> in = new ArrayList<>();
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() <= end) {
                in.add(sorted.get(i));
            }
        }
        return in;
    }

    private static int words(String text, int from, int to) {
        Matcher m = WORD.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
