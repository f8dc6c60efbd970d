package org.exokg.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;

/**
 * What the readings that name a place by a phrase share (LesionAnaphors: "the injured cord"; HomingTargets: "accumulated
 * in inflamed joints"): their word lists (class, kind, comma-separated words per line of a TSV resource) and the way a
 * phrase becomes a mention of the class in place of the terms inside it.
 */
final class PlacePhrases {

    private PlacePhrases() {
    }

    /** The words of {@code resource} by class and kind; a line is "class TAB kind TAB word, word, ...". */
    static Map<String, Map<String, List<String>>> words(Class<?> owner, String resource) {
        Map<String, Map<String, List<String>>> byClass = new LinkedHashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException(resource + ": three columns expected: " + line);
                }
                List<String> words = List.of(cols[2].trim().split("\\s*,\\s*"));
                byClass.computeIfAbsent(cols[0].trim(), k -> new LinkedHashMap<>()).put(cols[1].trim(), words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byClass;
    }

    /** The words as one regular-expression alternation, longest first ("lesion site" wins over "lesion"). */
    static String alternatives(String resource, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(resource + ": a kind is missing");
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    /** The phrases found in one sentence, each a mention of its class that replaces the terms inside it. */
    static final class Found {
        private final List<Mention> mentions;
        private final List<Mention> added = new ArrayList<>();
        private final List<Mention> inside = new ArrayList<>();

        Found(List<Mention> mentions) {
            this.mentions = mentions;
        }

        /**
         * Adds the phrase {@code [start, end)} as a mention of {@code term} unless a term crosses its edge or another
         * phrase overlaps it; an organ or tissue term inside the phrase ("inflamed [colon]", "the perilesional
         * [tissue]") is the site, so the phrase names the place as a whole and replaces it.
         */
        void add(Term term, String text, int start, int end) {
            boolean overlaps = mentions.stream().anyMatch(x -> x.start() < end && start < x.end()
                    && !(x.start() >= start && x.end() <= end && x.is(MentionType.SOURCE)))
                    || added.stream().anyMatch(x -> x.start() < end && start < x.end());
            if (!overlaps) {
                added.add(new Mention(term, start, end, text.substring(start, end)));
                inside.addAll(mentions.stream().filter(x -> x.start() >= start && x.end() <= end).toList());
            }
        }

        /** The mentions with the phrases in place of what they cover; the list itself when no phrase was added. */
        List<Mention> mentions() {
            if (added.isEmpty()) {
                return mentions;
            }
            List<Mention> out = new ArrayList<>(mentions);
            out.removeAll(inside);
            out.addAll(added);
            out.sort(Comparator.comparingInt(Mention::start));
            return out;
        }
    }
}
