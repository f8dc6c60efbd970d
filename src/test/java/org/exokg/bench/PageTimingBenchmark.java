package org.exokg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.server.ExoKgServer;

/**
 * Developer tool (not a test): serves a built store and prints how long each page for people takes
 * (median and slowest of {@value #RUNS} requests after one warm-up), with its size. Usage:
 * PageTimingBenchmark [STORE] (default data/tdb2, made by {@code exokg build}).
 */
public final class PageTimingBenchmark {

    static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args.length > 0 ? args[0] : "data/tdb2");
        if (!Files.isDirectory(store)) {
            System.err.println("no store at " + store + ": run `java -jar target/exokg.jar build` first");
            System.exit(1);
        }
        Path passwd = Files.createTempFile("exokg-bench-users", ".properties");
        Files.writeString(passwd, "bench: " + Long.toHexString(System.nanoTime()) + "\n");
        ExoKgServer.Options options = ExoKgServer.Options.defaults().withPort(0).withStore(store)
                .withPasswordFile(passwd).withLocalhostOnly(true);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (ExoKgServer server = ExoKgServer.start(options, null, false)) {
            String base = "http://localhost:" + server.port();
            List<String> pages = new ArrayList<>(List.of("/", "/search?q=exo", "/api/terms?q=milk", "/ontology/Exosome",
                    "/ontology/Milk", "/ontology/BloodBrainBarrier", "/conflicts", "/conflicts?kind=conflict&hedged=no"));
            String conflicts = get(http, base + "/conflicts").body();
            pages.addAll(links(conflicts, "/resource/conflict/[0-9a-z]+", 3));
            pages.addAll(links(get(http, base + "/ontology/Exosome").body(), "/evidence\\?[^\"]+", 1));
            String documents = get(http, base + "/exokg/sparql?query=" + java.net.URLEncoder.encode(
                    "SELECT ?d WHERE { GRAPH ?g { ?d a <https://w3id.org/exokg/ontology/Document> } }",
                    java.nio.charset.StandardCharsets.UTF_8)).body();
            pages.addAll(links(documents, "https://w3id.org/exokg/resource/document/[^\"]+", 5).stream()
                    .map(d -> d.substring("https://w3id.org/exokg".length())).toList());
            System.out.printf("%-60s %8s %8s %9s%n", "page", "median", "max", "bytes");
            for (String page : pages) {
                get(http, base + page);
                long[] ms = new long[RUNS];
                int bytes = 0;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = get(http, base + page);
                    ms[i] = (System.nanoTime() - start) / 1_000_000;
                    bytes = r.body().length();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(page + " answered " + r.statusCode());
                    }
                }
                Arrays.sort(ms);
                String shown = page.length() > 60 ? page.substring(0, 57) + "..." : page;
                System.out.printf("%-60s %5d ms %5d ms %9d%n", shown, ms[RUNS / 2], ms[RUNS - 1], bytes);
            }
        } finally {
            Files.deleteIfExists(passwd);
        }
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json;q=0.9")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> links(String html, String regex, int max) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find() && found.size() < max) {
            String link = m.group().replace("&amp;", "&");
            if (!found.contains(link)) {
                found.add(link);
            }
        }
        return found;
    }
}
