package org.exokg.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exokg.claim.Claim;
import org.exokg.document.DocumentBudget;
import org.exokg.document.DocumentException;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentExtraction.DistinctSentence;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Runs hostile inputs through reading and extraction, each under a time budget, and sorts what happened:
 * a clear one-line error, a correct result (consistent offsets, at least one sentence, equal to the UTF-8
 * version of re-encoded text), a wrong answer, a hang (budget spent) or a crash (any other exception, a
 * stack overflow, running out of memory).
 */
final class HostileInputRun {

    enum Outcome { CLEAR_ERROR, CORRECT, WRONG, HANG, CRASH }

    record Result(HostileInput input, Outcome outcome, String detail, long millis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-11s %6d ms  %s (%s): %s", outcome, millis, input.name(), input.why(), detail);
        }
    }

    private final DocumentGraphBuilder builder;
    private final DocumentBudget budget;
    private final Path dir;

    HostileInputRun(DocumentGraphBuilder builder, DocumentBudget budget, Path dir) {
        this.builder = builder;
        this.budget = budget;
        this.dir = dir;
    }

    /** Writes the input to a file of the working directory. */
    Path write(HostileInput input) {
        try {
            Path file = dir.resolve(input.name());
            Files.write(file, input.content());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(HostileInput input) {
        Path file = write(input);
        long start = System.nanoTime();
        try {
            List<DocumentExtraction> result = budget.run(file, () -> builder.extract(file));
            long ms = elapsed(start);
            String problem = problem(input, result);
            if (problem != null) {
                return new Result(input, Outcome.WRONG, problem, ms);
            }
            return input.expect() == HostileInput.Expect.ERROR
                    ? new Result(input, Outcome.WRONG, "expected a clear error, got " + summary(result), ms)
                    : new Result(input, Outcome.CORRECT, summary(result), ms);
        } catch (DocumentException e) {
            return classify(input, file, e, elapsed(start));
        } catch (RuntimeException | Error e) {
            return new Result(input, Outcome.CRASH, e.toString().lines().findFirst().orElse(""), elapsed(start));
        }
    }

    /** A message that names the file on one line; overruns and overflows are hangs and crashes. */
    Result classify(HostileInput input, Path file, DocumentException e, long ms) {
        String m = e.getMessage();
        if (m.contains("time budget")) {
            return new Result(input, Outcome.HANG, m, ms);
        }
        if (m.contains("stack overflow") || m.contains("out of memory")) {
            return new Result(input, Outcome.CRASH, m, ms);
        }
        if (m.contains("\n") || !m.startsWith(file.toString()) || m.length() > 400) {
            return new Result(input, Outcome.WRONG, "unclear message: " + m.lines().findFirst().orElse(""), ms);
        }
        if (input.expect() == HostileInput.Expect.RESULT) {
            return new Result(input, Outcome.WRONG, "expected a result, got: " + m, ms);
        }
        if (input.utf8Equivalent() != null) {
            String reference = reference(input);
            if (reference.startsWith("ok")) {
                return new Result(input, Outcome.WRONG, "the UTF-8 text reads, this does not: " + m, ms);
            }
        }
        return new Result(input, Outcome.CLEAR_ERROR, m.substring(file.toString().length() + 2), ms);
    }

    /** What is wrong with a result, or null. */
    private String problem(HostileInput input, List<DocumentExtraction> result) {
        if (result.isEmpty()) {
            return "no document and no error";
        }
        for (DocumentExtraction e : result) {
            String text = e.document().text();
            if (e.sentences().isEmpty()) {
                return e.document().id() + ": 0 sentences";
            }
            if (e.graph().model().isEmpty() || e.document().id().isBlank()) {
                return e.document().id() + ": empty graph or id";
            }
            for (DistinctSentence d : e.sentences()) {
                var s = d.first();
                if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()
                        || !text.substring(s.start(), s.end()).equals(s.text())) {
                    return e.document().id() + ": sentence offsets do not match the text at " + s.start();
                }
            }
            for (Mention m : e.mentions()) {
                if (m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) {
                    return e.document().id() + ": mention outside the text at " + m.start();
                }
            }
            for (Claim c : e.claims()) {
                if (c.sentence().end() > text.length()) {
                    return e.document().id() + ": claim evidence outside the text";
                }
            }
            if (input.forbidden() != null && text.contains(input.forbidden())) {
                return e.document().id() + ": text contains '" + input.forbidden() + "'";
            }
        }
        if (input.utf8Equivalent() != null) {
            String reference = reference(input);
            String mine = "ok " + fingerprint(result);
            if (!reference.equals(mine)) {
                return "differs from the UTF-8 version: " + abbreviate(reference) + " vs " + abbreviate(mine);
            }
        }
        return null;
    }

    /** "ok" and the fingerprint of the UTF-8 version's result, or "error: ..." */
    private String reference(HostileInput input) {
        try {
            Path refDir = Files.createDirectories(dir.resolve("utf8-reference"));
            Path file = refDir.resolve(input.name());
            Files.writeString(file, input.utf8Equivalent().replace("\uFEFF", ""), StandardCharsets.UTF_8);
            return "ok " + fingerprint(budget.run(file, () -> builder.extract(file)));
        } catch (DocumentException e) {
            return "error: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentences and claims, independent of where the text came from. */
    private static String fingerprint(List<DocumentExtraction> result) {
        List<String> parts = new ArrayList<>();
        for (DocumentExtraction e : result) {
            parts.add(e.document().id());
            e.sentences().forEach(s -> parts.add(s.first().normalizedText()));
            Set<String> claims = e.claims().stream().map(Claim::identity).collect(Collectors.toCollection(java.util.TreeSet::new));
            parts.addAll(claims);
        }
        return String.join("|", parts);
    }

    private static String summary(List<DocumentExtraction> result) {
        return result.size() + " document(s), "
                + result.stream().mapToInt(e -> e.sentences().size()).sum() + " sentences, "
                + result.stream().mapToInt(e -> e.claims().size()).sum() + " claims";
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** "inputs tried 40, clear errors 20, correct results 20, wrong 0, hangs 0, crashes 0" */
    static String counts(List<Result> results) {
        Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            n.put(o, 0);
        }
        results.forEach(r -> n.merge(r.outcome(), 1, Integer::sum));
        return String.format(Locale.ROOT, "inputs tried %d, clear errors %d, correct results %d, wrong %d, hangs %d, crashes %d",
                results.size(), n.get(Outcome.CLEAR_ERROR), n.get(Outcome.CORRECT), n.get(Outcome.WRONG),
                n.get(Outcome.HANG), n.get(Outcome.CRASH));
    }
}
