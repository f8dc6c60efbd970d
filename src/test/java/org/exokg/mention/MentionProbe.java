package org.exokg.mention;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.exokg.ExoKg;

/**
 * Developer tool (not a test; issue 15, branch vocab): prints the mentions the recogniser finds in each line of standard
 * input, to check how a phrase is read. Usage:
 * {@code echo "..." | mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.mention.MentionProbe}
 */
public final class MentionProbe {

    private MentionProbe() {}

    public static void main(String[] args) throws Exception {
        MentionRecognizer recognizer = new MentionRecognizer(Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            StringBuilder b = new StringBuilder(line).append("\n   ");
            for (Mention m : recognizer.recognize(line, 0, line.length())) {
                b.append(" [").append(m.surface()).append(" = ").append(m.iri().substring(m.iri().lastIndexOf('/') + 1)).append(']');
            }
            System.out.println(b);
        }
    }
}
