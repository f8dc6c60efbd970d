package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.document.Sentence;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch triggers8): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints one tab-separated line per missed gold claim: set,
 * document, genre (pubmed, jats, plain), a first cause read mechanically from the extraction (polarity: the claim was
 * extracted with the other polarity; subject: the relation and object were extracted with another subject or
 * qualifier; relation: subject and object were linked by another relation; object-unknown: the object term is not a
 * mention of the sentence; subject-unknown: nor is the subject; trigger: both terms are mentions and nothing links
 * them), the claim, the surface of the object mention, the sentence with its mentions bracketed. The lines are then
 * grouped into phrase shapes by hand or by script ({@code -Dreview.sets=blind 28} reads only the sets named). Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.MissedShapeReview > misses.tsv}
 */
public final class MissedShapeReview {

    private MissedShapeReview() {}

    /**
     * One missed gold claim: its set, document genre, evaluation, the sentence's mentions and bracketed text, first
     * cause, and the document's extraction and sentence (null when no extracted sentence has the gold's identity).
     */
    record Miss(String set, String genre, GoldStandard.Key key, GoldStandard.Evaluation ev, List<Mention> mentions,
            String text, String cause, DocumentExtraction extraction, Sentence sentence) {

        /** The gold claim as one readable string ("Exosome[MSC] NOT treats Cancer HEDGED"). */
        String claim() {
            return key.subject() + (key.qualifier().equals("-") ? "" : "[" + key.qualifier() + "]")
                    + (key.polarity().equals("negative") ? " NOT " : " ") + key.relation() + " " + key.object()
                    + (ev.gold().get(key) ? " HEDGED" : "");
        }

        /** The surface of the sentence's mention of the gold object, empty when there is none. */
        String objectSurface() {
            return mentions.stream().filter(m -> GoldStandard.local(m.iri()).equals(key.object()))
                    .map(Mention::surface).findFirst().orElse("");
        }
    }

    public static void main(String[] args) throws Exception {
        forEachMiss(m -> System.out.println(String.join("\t", m.set(), m.key().document(), m.genre(), m.cause(), m.claim(),
                m.objectSurface(), m.text().replace('\t', ' ').replace('\n', ' '))));
    }

    /** Every missed gold claim of the development sets (never sealed/), in set order. */
    static void forEachMiss(java.util.function.Consumer<Miss> action) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (!HedgeReview.selected(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = new ArrayList<>();
            java.util.Map<String, String> genres = new java.util.HashMap<>();
            for (Path p : set.texts()) {
                String f = p.getFileName().toString();
                String genre = !f.endsWith(".xml") ? "plain" : f.contains("jats") ? "jats" : "pubmed";
                for (DocumentExtraction e : builder.extract(p)) {
                    extractions.add(e);
                    genres.put(e.document().id(), genre);
                }
            }
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (GoldStandard.Key k : ev.falseNegatives()) {
                List<Mention> mentions = new ArrayList<>();
                String text = "";
                DocumentExtraction found = null;
                Sentence sentence = null;
                for (DocumentExtraction e : extractions) {
                    if (!e.document().id().equals(k.document())) {
                        continue;
                    }
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        Sentence s = ds.first();
                        if (GoldStandard.sentenceIdentity(s.text()).equals(k.sentence())) {
                            text = s.text();
                            e.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end())
                                    .sorted(Comparator.comparingInt(Mention::start)).forEach(mentions::add);
                            int base = s.start();
                            StringBuilder b = new StringBuilder(text);
                            for (int i = mentions.size() - 1; i >= 0; i--) {
                                Mention m = mentions.get(i);
                                b.insert(m.end() - base, "]{" + GoldStandard.local(m.iri()) + "}");
                                b.insert(m.start() - base, "[");
                            }
                            text = b.toString();
                            found = e;
                            sentence = s;
                            break;
                        }
                    }
                }
                action.accept(new Miss(set.name(), genres.getOrDefault(k.document(), "?"), k, ev, mentions, text,
                        cause(k, ev, mentions), found, sentence));
            }
        }
    }

    private static String cause(GoldStandard.Key k, GoldStandard.Evaluation ev, List<Mention> mentions) {
        boolean subjectLinked = false, relationLinked = false;
        for (GoldStandard.Key e : ev.extracted().keySet()) {
            if (!e.document().equals(k.document()) || !e.sentence().equals(k.sentence())) {
                continue;
            }
            if (e.subject().equals(k.subject()) && e.qualifier().equals(k.qualifier()) && e.relation().equals(k.relation())
                    && e.object().equals(k.object())) {
                return "polarity";
            }
            if (e.relation().equals(k.relation()) && e.object().equals(k.object())) {
                subjectLinked = true;
            }
            if (e.subject().equals(k.subject()) && e.object().equals(k.object())) {
                relationLinked = true;
            }
        }
        if (subjectLinked) {
            return "subject";
        }
        if (relationLinked) {
            return "relation";
        }
        boolean object = mentions.stream().anyMatch(m -> GoldStandard.local(m.iri()).equals(k.object()));
        boolean subject = mentions.stream().anyMatch(m -> GoldStandard.local(m.iri()).equals(k.subject()));
        if (!object) {
            return "object-unknown";
        }
        return subject ? "trigger" : "trigger-nosubject";
    }
}
