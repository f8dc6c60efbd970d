package org.exokg.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.exokg.syntax.SentenceParser;

/**
 * Developer tool (not a test, branch parser2, twenty-second session): for each line of the file named by the first
 * argument, its dependency tree and the claims read with the surface rules alone and with {@link ParseUse#SUBJECT}, so
 * that fixture sentences for the grammatical subject can be tried without a test run.
 */
public final class SubjectProbe {

    private SubjectProbe() {}

    public static void main(String[] args) throws Exception {
        ClaimExtractor.subjectTrace = line -> System.out.println("  SUBJECT " + line);
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            System.out.println("== " + line);
            System.out.print(SentenceParser.english().parse(line, 0, line.length()));
            List<String> surface = TestSupport.triples(DependencyParseRulesTest.claims(line, Set.of()));
            List<String> subject = TestSupport.triples(DependencyParseRulesTest.claims(line, EnumSet.of(ParseUse.SUBJECT)));
            System.out.println("  surface: " + surface);
            System.out.println("  subject: " + subject);
        }
    }
}
