package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch antecedents36): over the DESIGN sets only (the deciding pool's sets in
 * {@link ClaimConfidenceTraining#KEPT_OUT} are skipped, and sealed/ is never read) prints one tab-separated line per
 * missed gold claim whose sentence names no vesicle (MISS) and per false positive whose sentence names no vesicle and
 * whose relation and object the gold has there with another subject or qualifier (WRONG): the anaphor's form, where
 * the gold subject was last named (same paragraph, previous paragraph, title, earlier, never), how many other vesicle
 * kinds were named in the section since, the cause, the claim and the sentence. Usage:
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.AntecedentReview > ante.tsv}
 */
public final class AntecedentReview {

    private AntecedentReview() {}

    static final Pattern OPEN_PRONOUN = Pattern.compile("\\A(?:\\W*)(They|Their|Them)\\b");
    static final Pattern PRONOUN = Pattern.compile("\\b(they|them|their|it|its)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern DEF_VESICLES = Pattern.compile("\\b(?:the|these|those|such|both)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:nano)?vesicles\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern PARTICLES = Pattern.compile("\\b(?:the|these|those|such|both)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:nano|micro)?particles\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern PREPS = Pattern.compile("\\b(?:the|these|those|such|both|each|either|this|that)\\s+(?:[\\w\\-]+\\s+){0,2}?(?:preparations?|isolates?|samples?|fractions?|formulations?|products?|pellets?)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern BARE_VES = Pattern.compile("\\b(?:nano)?vesicles?\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\\-]*\\b");

    static String form(String s) {
        if (OPEN_PRONOUN.matcher(s).find()) return "pronoun-opening";
        if (DEF_VESICLES.matcher(s).find()) return "def-vesicles";
        if (PARTICLES.matcher(s).find()) return "def-particles";
        if (PREPS.matcher(s).find()) return "def-preparation";
        Matcher p = PRONOUN.matcher(s);
        if (p.find()) return "pronoun-inside:" + p.group(1).toLowerCase(Locale.ROOT);
        if (BARE_VES.matcher(s).find()) return "bare-vesicles";
        return "none";
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (ClaimConfidenceTraining.KEPT_OUT.contains(set.name()) || !HedgeReview.selected(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            if (Boolean.getBoolean("review.extracted")) {
                // (-Dreview.extracted=true) every extracted claim read through an anaphor or the discourse: right or not
                ev.extracted().keySet().forEach(k -> {
                    String rule = String.valueOf(ev.extractedRule().get(k));
                    if (rule.contains("+anaphor") || rule.contains("+previous-sentence-subject")) {
                        System.out.println(String.join("\t", "EXTRACTED", set.name(), k.document(),
                                ev.gold().containsKey(k) ? "right" : "wrong", k.subject() + "[" + k.qualifier() + "]",
                                k.relation(), k.object(), rule, form(k.sentence())));
                    }
                });
                continue;
            }
            for (GoldStandard.Key k : ev.falseNegatives()) {
                line("MISS", set.name(), k, ev, extractions, false);
            }
            for (GoldStandard.Key k : ev.falsePositives()) {
                line("FP", set.name(), k, ev, extractions, true);
            }
        }
    }

    private static void line(String label, String set, GoldStandard.Key k, GoldStandard.Evaluation ev,
            List<DocumentExtraction> extractions, boolean fp) {
        for (DocumentExtraction e : extractions) {
            if (!e.document().id().equals(k.document())) {
                continue;
            }
            String text = e.document().text();
            List<Sentence> order = new ArrayList<>();
            e.sentences().forEach(ds -> order.add(ds.first()));
            for (int i = 0; i < order.size(); i++) {
                Sentence s = order.get(i);
                if (!GoldStandard.sentenceIdentity(s.text()).equals(k.sentence())) {
                    continue;
                }
                List<Mention> own = within(e.mentions(), s);
                if (own.stream().anyMatch(m -> m.is(MentionType.VESICLE))) {
                    return; // the sentence names a vesicle: not this review's
                }
                String other = "";
                if (fp) {
                    // a wrong antecedent: the gold has this relation and object here with another subject or qualifier
                    for (GoldStandard.Key g : ev.gold().keySet()) {
                        if (g.document().equals(k.document()) && g.sentence().equals(k.sentence()) && g.relation().equals(k.relation())
                                && g.object().equals(k.object()) && !(g.subject().equals(k.subject()) && g.qualifier().equals(k.qualifier()))) {
                            other = g.subject() + "[" + g.qualifier() + "]";
                        }
                    }
                    if (other.isEmpty()) {
                        label = "FP-other";
                    } else {
                        label = "WRONG";
                    }
                }
                // where the gold subject (or, for a WRONG, the gold's subject) was last named
                String want = fp ? (other.isEmpty() ? k.subject() : other.substring(0, other.indexOf('['))) : k.subject();
                String wantQ = fp ? (other.isEmpty() ? k.qualifier() : other.substring(other.indexOf('[') + 1, other.length() - 1)) : k.qualifier();
                String where = "never";
                int competing = 0;
                java.util.Set<String> kinds = new java.util.HashSet<>();
                for (int j = i - 1; j >= 0; j--) {
                    Sentence p = order.get(j);
                    List<Mention> pm = within(e.mentions(), p);
                    boolean subj = pm.stream().anyMatch(m -> m.is(MentionType.VESICLE) && GoldStandard.local(m.term().iri()).equals(want));
                    boolean qual = wantQ.equals("-") || pm.stream().anyMatch(m -> GoldStandard.local(m.term().iri()).equals(wantQ));
                    if (subj && qual) {
                        boolean sameSection = java.util.Objects.equals(p.section(), s.section());
                        boolean samePara = sameSection && !text.substring(Math.min(p.end(), s.start()), s.start()).contains("\n");
                        where = j == 0 ? "title" : i - j == 1 && samePara ? "previous-sentence" : samePara ? "same-paragraph"
                                : sameSection ? "same-section" : "earlier-section";
                        break;
                    }
                    pm.stream().filter(m -> m.is(MentionType.VESICLE)).forEach(m -> kinds.add(GoldStandard.local(m.term().iri())));
                }
                kinds.remove(want);
                competing = kinds.size();
                String cause = fp ? ev.extractedRule().get(k) : cause(k, ev);
                String claim = k.subject() + "[" + k.qualifier() + "] " + (k.polarity().equals("negative") ? "NOT " : "") + k.relation() + " " + k.object();
                System.out.println(String.join("\t", label, set, k.document(), form(s.text()), where, String.valueOf(Math.min(competing, 3)),
                        String.valueOf(cause), claim, other, s.text().replace('\t', ' ').replace('\n', ' ')));
                return;
            }
        }
    }

    private static List<Mention> within(List<Mention> all, Sentence s) {
        return all.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
    }

    private static String cause(GoldStandard.Key k, GoldStandard.Evaluation ev) {
        String extractedWith = null;
        boolean any = false;
        for (GoldStandard.Key e : ev.extracted().keySet()) {
            if (!e.document().equals(k.document()) || !e.sentence().equals(k.sentence())) {
                continue;
            }
            any = true;
            if (e.relation().equals(k.relation()) && e.object().equals(k.object())) {
                extractedWith = "subject:" + e.subject() + "[" + e.qualifier() + "]";
            }
        }
        return extractedWith != null ? extractedWith : any ? "other-claims" : "nothing";
    }
}
