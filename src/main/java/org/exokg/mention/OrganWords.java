package org.exokg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * (branch vocab24, issue 15) The two forms of organ words in labels: the noun and the adjective of relation ("kidney
 * fibrosis" and "renal fibrosis", "heart failure" and "cardiac failure"), and the participle a disease noun takes before
 * its organ ("liver fibrosis", "the fibrotic liver"; "myocardial infarction", "the infarcted myocardium"). Data:
 * {@code organ-words.tsv}. The lexicon reads every label with these forms, so one spelling of a label finds the others
 * in any text; -Dexokg.noOrganVariants turns it off.
 */
final class OrganWords {

    private static final String RESOURCE = "/org/exokg/mention/organ-words.tsv";

    static final boolean ENABLED = !Boolean.getBoolean("exokg.noOrganVariants");

    /** Lower-case organ word (noun or adjective) → its other forms. */
    private final Map<String, Set<String>> otherForms = new HashMap<>();
    /** Organ adjective → organ nouns ("renal" → "kidney"), for the participle form. */
    private final Map<String, Set<String>> nounsOfAdjective = new HashMap<>();
    private final Set<String> organNouns = new java.util.HashSet<>();
    /** Disease noun → participle ("fibrosis" → "fibrotic"). */
    private final Map<String, String> participles = new HashMap<>();

    private static final OrganWords SHIPPED = read();

    static OrganWords shipped() {
        return SHIPPED;
    }

    private static OrganWords read() {
        OrganWords w = new OrganWords();
        try (InputStream in = OrganWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": a row needs three tab-separated fields: " + line);
                }
                String a = f[1].toLowerCase(Locale.ROOT);
                String b = f[2].toLowerCase(Locale.ROOT);
                switch (f[0]) {
                    case "organ" -> {
                        w.otherForms.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                        w.otherForms.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
                        w.nounsOfAdjective.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
                        w.organNouns.add(a);
                    }
                    case "disease" -> w.participles.put(a, b);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown row kind " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    /**
     * The other spellings of a label through its organ words: each word before the last that is an organ noun or
     * adjective swapped for its other form (one word at a time), and "<organ> <disease noun>" of two words turned into
     * "<participle> <organ noun>". Empty for a label of one word or with no organ word.
     */
    List<String> variants(String label) {
        List<String> out = new ArrayList<>();
        String[] words = label.strip().split(" ");
        if (words.length < 2) {
            return out;
        }
        for (int i = 0; i < words.length - 1; i++) {
            for (String other : otherForms.getOrDefault(words[i].toLowerCase(Locale.ROOT), Set.of())) {
                String[] copy = words.clone();
                copy[i] = other;
                out.add(String.join(" ", copy));
            }
        }
        if (words.length == 2) {
            String organ = words[0].toLowerCase(Locale.ROOT);
            String participle = participles.get(words[1].toLowerCase(Locale.ROOT));
            if (participle != null) {
                Set<String> nouns = organNouns.contains(organ) ? Set.of(organ) : nounsOfAdjective.getOrDefault(organ, Set.of());
                for (String noun : nouns) {
                    out.add(participle + " " + noun);
                }
            }
        }
        return out;
    }
}
