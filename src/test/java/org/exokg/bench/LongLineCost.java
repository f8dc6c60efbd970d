package org.exokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * What extraction costs as lines and sentences grow (issue 16, branch rulecost; not a test: its figures are times).
 * Two series, each size extracted {@code --rounds} times after one warm-up, thread CPU time, the median kept:
 * <ul>
 * <li>one-line texts of 50, 100, 200 and 400 KB made as HostileInputTest's case "no-newline-400kb-words" is (random
 * words of a fixed list, seed 11, among them "e.g.", "Fig." and "et al.", so the line is split into sentences of
 * about 2 KB): the cost should grow with the length, the ratio per doubling near 2;</li>
 * <li>texts of 100 KB made of sentences of 0.6, 1.2, 2.5 and 4.9 KB (the same words without the abbreviations, each
 * sentence drawn anew, opened by a capital and closed by a full stop; longer sentences are not analysed, DocumentGraphBuilder
 * MAX_SENTENCE_CHARS): the same amount of text in fewer, longer sentences, so a cost linear in sentence length keeps
 * the time flat and a cost per pair of mentions in a sentence (quadratic) doubles it per doubling.</li>
 * </ul>
 * With {@code --profile}, a sampler reads the extracting thread's stack every 5 ms and counts each sample under the
 * innermost method of {@code org.exokg} on it (regular-expression frames below it count for it): the shares per size
 * show which mechanism grows faster than the rest.
 *
 * <pre>java -cp target/test-classes:target/classes:&lt;test classpath&gt; org.exokg.bench.LongLineCost [--rounds 3] [--profile] [--sentences-only] [KB...]</pre>
 */
public final class LongLineCost {

    private static final String[] WORDS = ("exosomes derived from mesenchymal stem cells loaded with curcumin and "
            + "doxorubicin were taken up by macrophages in the brain reduced inflammation crossed the blood brain "
            + "barrier milk vesicles siRNA e.g. Fig. et al. [12] (n = 3) 80–90% i.e.").split(" ");
    private static final String[] PLAIN = java.util.Arrays.stream(WORDS)
            .filter(w -> !w.endsWith(".") && !w.equals("et")).toArray(String[]::new);

    private LongLineCost() {}

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        int rounds = 3;
        int at = options.indexOf("--rounds");
        if (at >= 0) {
            rounds = Integer.parseInt(options.get(at + 1));
            options.remove(at + 1);
            options.remove(at);
        }
        boolean profile = options.remove("--profile");
        boolean lines = !options.remove("--sentences-only");
        List<Integer> sizes = options.isEmpty() ? List.of(50, 100, 200, 400) : options.stream().map(Integer::parseInt).toList();
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Path dir = Files.createTempDirectory("exokg-long-lines");

        double previous = -1;
        for (int kb : lines ? sizes : List.<Integer>of()) {
            if (previous < 0) {
                System.out.println("one-line texts (HostileInputTest's generator, seed 11)");
            }
            Path f = dir.resolve("line-" + kb + "kb.txt");
            Files.writeString(f, words(new Random(11), kb * 1000, WORDS));
            previous = report(kb + " KB", builder, f, rounds, profile, previous);
        }

        System.out.println("100 KB of sentences of one length (no abbreviations)");
        previous = -1;
        for (int chars : new int[] {600, 1_200, 2_500, 4_900}) {
            Random random = new Random(chars);
            StringBuilder text = new StringBuilder();
            while (text.length() < 100_000) {
                String sentence = words(random, chars - 2, PLAIN);
                // a capital after the full stop, or the splitter joins the sentences
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
            }
            Path f = dir.resolve("sentences-" + chars + ".txt");
            Files.writeString(f, text.toString().strip() + "\n");
            previous = report(String.format(Locale.ROOT, "sentences of %.1f KB", chars / 1000.0), builder, f, rounds, profile, previous);
        }
    }

    static String words(Random random, int chars, String[] words) {
        StringBuilder s = new StringBuilder(chars + 20);
        while (s.length() < chars) {
            s.append(words[random.nextInt(words.length)]).append(' ');
        }
        return s.toString().strip();
    }

    /** Extracts {@code f} (one warm-up, then {@code rounds}); prints the median CPU time and its ratio to {@code previous}. */
    private static double report(String what, DocumentGraphBuilder builder, Path f, int rounds, boolean profile, double previous)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        Map<String, Integer> samples = new HashMap<>();
        int claims = 0;
        int sentences = 0;
        for (int r = 0; r <= rounds; r++) {
            Sampler sampler = profile && r > 0 ? new Sampler(Thread.currentThread(), samples) : null;
            long t0 = cpu.getCurrentThreadCpuTime();
            List<DocumentExtraction> result = builder.extract(f);
            double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            if (sampler != null) {
                sampler.finish();
            }
            if (r > 0) {
                times.add(s);
            }
            claims = result.stream().mapToInt(e -> e.claims().size()).sum();
            sentences = result.stream().mapToInt(e -> e.sentences().size()).sum();
        }
        times.sort(null);
        double median = times.get(times.size() / 2);
        System.out.printf(Locale.ROOT, "  %-22s %7.2f s CPU  (%d sentences, %d claims)%s%n", what, median, sentences, claims,
                previous > 0 ? String.format(Locale.ROOT, "  x%.2f on the size before", median / previous) : "");
        if (profile) {
            int total = samples.values().stream().mapToInt(Integer::intValue).sum();
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf(Locale.ROOT, "      %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        }
        return median;
    }

    /** Counts stack samples of one thread under the innermost method of org.exokg on the stack. */
    private static final class Sampler extends Thread {
        private final long target;
        private final Map<String, Integer> samples;
        private volatile boolean running = true;

        Sampler(Thread target, Map<String, Integer> samples) {
            this.target = target.getId();
            this.samples = samples;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            while (running) {
                ThreadInfo info = mx.getThreadInfo(target, 200);
                if (info != null) {
                    for (StackTraceElement e : info.getStackTrace()) {
                        if (e.getClassName().startsWith("org.exokg.")) {
                            String key = e.getClassName().substring("org.exokg.".length()) + "." + e.getMethodName();
                            synchronized (samples) {
                                samples.merge(key, 1, Integer::sum);
                            }
                            break;
                        }
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }
}
