package org.exokg.mention;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exokg.ExoKg;

/**
 * Developer tool (not a test; issue 15, branch abbreviationheads): lists, per development document, the short forms read
 * through their long form's source head ("stem cells from human exfoliated deciduous teeth (SHED)" names a stem cell;
 * {@link DefinedAbbreviations#sourceHeads}, read with the switch exokg.abbreviationHeads on), the class each names, how often the short form recurs, and how often as a
 * vesicle source ("SHED-EVs", "SHED vesicles", "exosomes from SHED"). Reads src/test/resources/documents only (never
 * sealed/); -Dreview.exclude=REGEX leaves out files whose name matches (pseudo-sealed sets: "blind(29|30|31)-"). Usage:
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.mention.AbbreviationHeadReview}
 */
public final class AbbreviationHeadReview {

    private AbbreviationHeadReview() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("exokg.abbreviationHeads", "true"); // the reading under review is off by default
        MentionRecognizer recognizer = new MentionRecognizer(Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)));
        String exclude = System.getProperty("review.exclude", "");
        Pattern excluded = exclude.isEmpty() ? null : Pattern.compile(exclude);
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/documents"))) {
            files = s.filter(Files::isRegularFile).sorted()
                    .filter(p -> excluded == null || !excluded.matcher(p.getFileName().toString()).find()).toList();
        }
        int documents = 0;
        int shortForms = 0;
        int uses = 0;
        int vesicleUses = 0;
        for (Path f : files) {
            String text = org.exokg.document.HyphenCharacters.asAscii(Files.readString(f, StandardCharsets.UTF_8));
            Map<String, Term> heads = recognizer.definedAbbreviations(text).sourceHeads();
            if (heads.isEmpty()) {
                continue;
            }
            documents++;
            for (Map.Entry<String, Term> e : heads.entrySet()) {
                String q = Pattern.quote(e.getKey());
                int all = count(text, "(?<![\\p{L}\\p{N}])" + q + "s?(?![\\p{L}\\p{N}])") - 1;
                int vesicle = count(text, "(?<![\\p{L}\\p{N}])" + q + "s?(?:-|\\s+)(?:s?EVs?|Exos?|exos?|MVs?|exosomes?|"
                        + "(?:extracellular |membrane |small )?vesicles?|nanovesicles?)(?![\\p{L}\\p{N}])"
                        + "|(?:exosomes?|EVs?|vesicles?|secretome)\\s+(?:from|of|derived from|secreted by|released by)\\s+(?:the\\s+)?"
                        + q + "s?(?![\\p{L}\\p{N}])");
                shortForms++;
                uses += all;
                vesicleUses += vesicle;
                System.out.printf("%s\t%s\t%s\tuses %d\tvesicle uses %d%n", f.getFileName(), e.getKey(),
                        e.getValue().iri().substring(e.getValue().iri().lastIndexOf('/') + 1), all, vesicle);
            }
        }
        System.out.printf("%d documents, %d short forms, %d later uses, %d as a vesicle source%n", documents, shortForms, uses, vesicleUses);
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }
}
