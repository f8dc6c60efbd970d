package org.exokg.claim;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exokg.ExoKg;
import org.exokg.document.Section;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): for the development gold sets ({@link HedgeReview#REVIEWED_SETS}; never a sealed set)
 * prints one line per section title of each document: set, document, the title as the reader named the section, its
 * heading category ({@link Section#category}), its sentences, the gold rows whose sentence lies in it, and the claims
 * scored there (right, wrong) or left out as Methods statements. Shows which headings are read as what and how many
 * gold rows and claims a heading's reading decides.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.mainClass=org.exokg.claim.HeadingReview -Dexec.classpathScope=test</pre>
 */
public final class HeadingReview {

    private HeadingReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        System.out.println("set\tdocument\tsection\tcategory\tsentences\tgold\tright\twrong\tmethodsOnly");
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (DocumentExtraction e : extractions) {
                String doc = e.document().id();
                Map<String, String> sectionOf = new HashMap<>();
                Map<String, int[]> counts = new TreeMap<>();
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    String title = String.valueOf(ds.first().section());
                    sectionOf.putIfAbsent(GoldStandard.sentenceIdentity(ds.first().text()), title);
                    counts.computeIfAbsent(title, t -> new int[5])[0]++;
                }
                ev.gold().keySet().stream().filter(k -> k.document().equals(doc))
                        .forEach(k -> counts.computeIfAbsent(sectionOf.getOrDefault(k.sentence(), "(unsplit)"), t -> new int[5])[1]++);
                ev.extracted().keySet().stream().filter(k -> k.document().equals(doc))
                        .forEach(k -> counts.computeIfAbsent(sectionOf.getOrDefault(k.sentence(), "(unsplit)"), t -> new int[5])
                                [ev.gold().containsKey(k) ? 2 : 3]++);
                ev.methodsOnly().stream().filter(k -> k.document().equals(doc))
                        .forEach(k -> counts.computeIfAbsent(sectionOf.getOrDefault(k.sentence(), "(unsplit)"), t -> new int[5])[4]++);
                counts.forEach((title, c) -> System.out.println(set.name() + "\t" + doc + "\t" + title + "\t"
                        + Section.category("null".equals(title) ? null : title) + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]
                        + "\t" + c[4]));
            }
        }
    }
}
