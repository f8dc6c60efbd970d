package org.exokg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.exokg.document.Document;
import org.exokg.document.DocumentException;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;

/**
 * A synthetic literature of any size made from real sentences: every distinct sentence of the given texts
 * (corpus/ and any others) is a building block, and each generated abstract is a title plus 8–24 of them
 * drawn at random (fixed seed: the same arguments give the same corpus). Sentences repeat across
 * documents, so the number of distinct statements stays small while claims, evidence and documents grow.
 */
public final class ScaleCorpus {
    private static final long SEED = 20261201L;

    private ScaleCorpus() {}

    /** Distinct normalised sentences of every readable document file under the directories, in a stable order. */
    public static List<String> realSentences(List<Path> sourceDirs) throws IOException {
        Set<String> distinct = new LinkedHashSet<>();
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Path dir : sourceDirs) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).filter(f -> !DocumentLoader.isMetadataSidecar(f))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
            }
            for (Path f : files) {
                try {
                    for (Document d : loader.load(f)) {
                        splitter.split(d).forEach(s -> {
                            String t = s.normalizedText();
                            if (t.length() >= 20 && t.length() <= 600) {
                                distinct.add(t);
                            }
                        });
                    }
                } catch (DocumentException e) {
                    System.err.println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        return new ArrayList<>(distinct);
    }

    /** Writes {@code n} abstracts {@code doc-00000.txt ...} into {@code dir}; returns the bytes written. */
    public static long generate(Path dir, int n, List<String> sentences) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(SEED);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            int count = 8 + random.nextInt(17);
            StringBuilder text = new StringBuilder();
            text.append("Synthetic abstract ").append(i + 1).append(" on exosome therapeutics\n\n");
            Set<Integer> used = new LinkedHashSet<>();
            while (used.size() < Math.min(count, sentences.size())) {
                used.add(random.nextInt(sentences.size()));
            }
            int k = 0;
            for (int index : used) {
                text.append(sentences.get(index)).append(++k % 6 == 0 ? "\n\n" : " ");
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            bytes += b.length;
            Files.write(dir.resolve(String.format("doc-%05d.txt", i)), b);
        }
        return bytes;
    }

    /** {@code generate N DIR [SOURCE_DIR...]} (sources default to corpus/ and /work/shared/seeds when present). */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        List<Path> sources = sources(args.length > 2 ? List.of(args).subList(2, args.length) : List.of());
        List<String> sentences = realSentences(sources);
        long bytes = generate(dir, n, sentences);
        System.out.printf("%d documents, %.1f MB, from %d distinct sentences of %s, in %s%n", n, bytes / 1e6,
                sentences.size(), sources, dir);
    }

    static List<Path> sources(List<String> given) {
        if (!given.isEmpty()) {
            return given.stream().map(Path::of).toList();
        }
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("corpus"));
        if (Files.isDirectory(Path.of("/work/shared/seeds"))) {
            dirs.add(Path.of("/work/shared/seeds"));
        }
        return dirs;
    }
}
