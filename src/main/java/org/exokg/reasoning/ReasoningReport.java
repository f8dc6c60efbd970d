package org.exokg.reasoning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exokg.reasoning.ClaimAxioms.Statement;

/** The reasoning results as a Markdown report for curators. */
public final class ReasoningReport {

    private ReasoningReport() {}

    public static String markdown(ReasoningResult r) {
        StringBuilder md = new StringBuilder();
        md.append("# ExoKG reasoning report\n\n");
        md.append(String.format(Locale.ROOT,
                "- Reasoner: %s; ontology consistent: %s; unsatisfiable classes: %d%n"
                        + "- Claims: %d (%d distinct statements; %d not translated: terms outside the ontology)%n"
                        + "- Conflicts: %d (%d with the ontology alone); exceptions: %d; corroborated statements: %d%n"
                        + "- Rule-derived triples: %d%n"
                        + "- Time: classification %d ms, rules %d ms, conflicts and corroboration %d ms%n%n",
                r.reasoner(), r.ontology().consistent(), r.ontology().unsatisfiableClasses().size(), r.claims(), r.statements(),
                r.skippedClaims(), r.contradictions().size(),
                r.contradictions().stream().filter(ConflictExplanation::withOntology).count(), r.exceptions().size(), r.corroborations().size(),
                r.ruleTriples(), r.classificationMillis(), r.rulesMillis(), r.conflictMillis()));

        md.append("## Unsatisfiable classes of the ontology\n\n");
        if (r.ontology().unsatisfiableClasses().isEmpty()) {
            md.append("None.\n\n");
        } else {
            r.ontology().unsatisfiableClasses().forEach(c -> md.append("- `").append(c).append("`\n"));
            md.append('\n');
        }

        md.append("## Conflicts\n\n");
        section(md, r.contradictions(), "No set of claims contradicts another.");
        md.append("## Exceptions to general claims\n\n");
        section(md, r.exceptions(), "No claim about a narrower kind departs from a claim about a broader one.");

        md.append("## Corroborated claims\n\n");
        if (r.corroborations().isEmpty()) {
            md.append("No claim is made by more than one document.\n\n");
        }
        for (Corroboration c : r.corroborations()) {
            StoredClaim e = c.example();
            md.append(String.format(Locale.ROOT, "### %s%s %s %s%s — %d documents%s%n%n",
                    e.positive() ? "" : "NOT ", ClaimAxioms.local(e.subject()), ClaimAxioms.local(e.predicate()),
                    ClaimAxioms.local(e.object()),
                    e.qualifier() == null ? "" : " (" + ClaimAxioms.local(e.qualifier()) + ")",
                    c.supportingDocumentCount(), c.hedged() ? " (hedged in every document)" : ""));
            claimsByDocument(md, c.claims());
        }
        return md.toString();
    }

    private static void section(StringBuilder md, List<ConflictExplanation> items, String none) {
        if (items.isEmpty()) {
            md.append(none).append("\n\n");
            return;
        }
        int n = 0;
        for (ConflictExplanation c : items) {
            n++;
            md.append(String.format(Locale.ROOT, "### %d. %s%s%n%n", n,
                    String.join(" / ", c.statements().stream().map(Statement::label).toList()),
                    c.hedged() ? " (hedged)" : ""));
            if (c.withOntology()) {
                md.append("- **Conflict with the ontology:** this one statement contradicts the ontology by itself, "
                        + "whatever other claims say.\n");
            }
            md.append("- Impossible kind: ").append(c.unsatisfiable()).append('\n');
            if (!c.exceptional().isEmpty()) {
                md.append("- Exception (narrower kind): ")
                        .append(String.join("; ", c.exceptional().stream().map(Statement::label).toList())).append('\n');
            }
            md.append("- Ontology axioms in the explanation: ")
                    .append(c.ontologyAxioms().isEmpty() ? "none" : "`" + String.join("`; `", c.ontologyAxioms()) + "`")
                    .append('\n');
            if (!c.complete()) {
                md.append("- Note: the search for explanations of this kind stopped at one of its bounds.\n");
            }
            md.append('\n');
            for (Statement s : c.statements()) {
                md.append("**").append(s.label()).append("**\n\n");
                claimsByDocument(md, c.claims().stream().filter(x -> ConflictGraph.matches(x, s)).toList());
            }
            if (!c.opposing().isEmpty()) {
                md.append("Claims that agree with the ontology here (not part of the conflict):\n\n");
                claimsByDocument(md, c.opposing());
            }
        }
    }

    private static void claimsByDocument(StringBuilder md, List<StoredClaim> claims) {
        Map<String, List<StoredClaim>> byDoc = new LinkedHashMap<>();
        claims.stream().sorted(Comparator.comparing(StoredClaim::document))
                .forEach(c -> byDoc.computeIfAbsent(c.document(), k -> new java.util.ArrayList<>()).add(c));
        byDoc.forEach((doc, cs) -> {
            StoredClaim first = cs.get(0);
            md.append("- ").append(first.documentTitle() == null ? doc : first.documentTitle())
                    .append(" (<").append(doc).append(">)\n");
            cs.stream().map(c -> (c.hedged() ? "[hedged] " : "") + "\"" + c.sentenceText() + "\"").distinct()
                    .forEach(t -> md.append("  - ").append(t).append('\n'));
        });
        md.append('\n');
    }
}
