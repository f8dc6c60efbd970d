package org.exokg.claim;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; branch studied, issue 15): for the development sets only ({@link RecallReview#developmentSets()},
 * never a sealed set) lists every document that DocumentPreparation reads as a text about one product (some of its
 * sentences read under {@code oneProduct}), with the number of its distinct sentences so read, and counts documents and
 * sets. Usage: {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.OneProductReview}
 */
public final class OneProductReview {

    private OneProductReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Map<String, int[]> seen = new TreeMap<>();
        DocumentGraphBuilder.oneProductObserver = (d, n) -> seen.put(d.id(), n);
        int documents = 0;
        int marked = 0;
        int sets = 0;
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            seen.clear();
            set.extract(builder);
            int here = 0;
            for (Map.Entry<String, int[]> e : seen.entrySet()) {
                documents++;
                if (e.getValue()[0] > 0) {
                    here++;
                    System.out.println(set.name() + "\t" + e.getKey() + "\t" + e.getValue()[0] + " of " + e.getValue()[1]);
                }
            }
            marked += here;
            sets += here > 0 ? 1 : 0;
        }
        DocumentGraphBuilder.oneProductObserver = null;
        System.out.println("==== one-product documents: " + marked + " of " + documents + ", in " + sets + " sets");
    }
}
