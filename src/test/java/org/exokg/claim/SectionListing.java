package org.exokg.claim;

import java.nio.file.Path;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;

/**
 * Developer tool (not a test): each sentence of the development texts of the named sets (RecallReview's sets; never
 * sealed/), one line each: document, section, sentence. Usage: {@code ... -Dexec.args="blind 15"}.
 */
public final class SectionListing {

    private SectionListing() {}

    public static void main(String[] args) throws Exception {
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (args.length > 0 && !java.util.Arrays.asList(String.join(" ", args).split(",")).contains(set.name())) {
                continue;
            }
            for (Path p : set.texts()) {
                for (Document d : loader.load(p)) {
                    for (Sentence s : splitter.split(d)) {
                        System.out.println(d.id() + "\t" + s.section() + "\t" + s.text().replace('\n', ' '));
                    }
                }
            }
        }
    }
}
