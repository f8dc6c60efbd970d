package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ClasspathText;

/**
 * (issue 15, branch subjects33) A code that is another code of the text with one more part glued before it names the
 * modified arm of a comparison: "engineered OB-EVs to display an oligo-aspartate peptide (D8-OB-EVs)", "exosomes (SC-Exos
 * and miR21-SC-Exos)" after "Schwann cells were transfected with ...", "inserted an aptamer into the membrane of OPC-sEVs
 * (Apt-OPC-sEVs)". The prefixed code is read as a use of its base preparation (branch anaphors4, "iRGD-EqM-EVs"), which keeps
 * the preparation's source but also its native kind. When the prefix is a displayed molecule ({@code display-codes.tsv})
 * or the sentence that first names the prefixed code states an engineering step ({@code engineered-codes.txt}: engineered,
 * transfected, transduced, displaying, decorated, inserted, anchored ...), the prefixed code's vesicles are engineered
 * (convention z): its claims take EngineeredExosome, with the base's qualifier; the base code stays the native arm. A
 * prefix without such words (a drug loaded by incubation, "Dox-SC-Exos") is loading, not engineering, and keeps the kind.
 * Switch {@code -Dexokg.engineeredCodes}, ON ({@code =false} off; read at each use): design sets +22 right, -15 wrong, no
 * right claim lost, blind 30-32 no claim changed (docs/extraction.md, "Which preparation a sentence speaks of").
 */
final class EngineeredCodes {

    private static final String WORDS = "/org/exokg/claim/engineered-codes.txt";

    /** The words of an engineering step, one expression a line in the resource, joined. */
    private static final Pattern ENGINEERING = words(WORDS);

    /** A hyphenated code: a first part, a hyphen and the rest (itself one or more hyphenated parts). */
    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-‐‑–])([\\p{L}\\p{N}]+)[\\-‐‑–]([\\p{L}\\p{N}][\\p{L}\\p{N}.]*(?:[\\-‐‑–][\\p{L}\\p{N}][\\p{L}\\p{N}.]*){1,4})(?![\\p{L}\\p{N}]|[\\-‐‑–][\\p{L}\\p{N}])");

    /** One word glued by a hyphen right before a name's use. */
    private static final Pattern PREFIX_BEFORE = Pattern.compile("(?:\\A|[\\s(\\[/])([\\p{L}\\p{N}]+)[\\-‐‑–]\\z");

    /** The rule mark of a claim read on a use of an engineered prefixed code (ClaimExtractor's named-preparation use). */
    static final String USE_MARK = "+engineered-code-use";

    private static final String ENGINEERED_EXOSOME = org.exokg.ExoKg.NS + "EngineeredExosome";

    /** Prefixed codes seen so far (prefix-base, hyphens plain), and whether each names engineered vesicles. */
    private final Map<String, Boolean> codes = new HashMap<>();
    /** Every prefixed code named so far, and whether the sentence that first named it states an engineering step. */
    private final Map<String, Boolean> first = new HashMap<>();

    static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.engineeredCodes", "true"));
    }

    /**
     * (issue 15, branch engineered41, convention z: "with the preparation's derivedFrom rows") Switch
     * -Dexokg.engineeredCodeSources (OFF; read at each use): an engineered prefixed code built on a named preparation
     * ("Apt-OPC-sEVs" on "OPC-sEVs") names the base preparation's source: a derivedFrom
     * row the sentence reads of that source, in a sentence that names the code and the base bare ("Apt-OPC-sEVs bound
     * myelin more strongly than OPC-sEVs"), is the engineered arm's too (the row stays, an EngineeredExosome copy is
     * added; before, only a sentence naming the code alone got it); the base's source is its named preparation's, or else the
     * qualifier of the sentence's claims read on the code (a molecule the code spells). One switch, declared before its
     * pool measurement.
     */
    static boolean codeSources() {
        return Boolean.getBoolean("exokg.engineeredCodeSources");
    }

    /**
     * (branch engineered41) For a derivedFrom claim read on a mention of the sentence: whether the sentence names an
     * engineered prefixed code whose base preparation has the claim's object as its source.
     */
    private boolean sourceOfEngineeredBase(String sentence, Claim c, NamedPreparations preparations, List<Claim> claims) {
        if (c.relation() != Relation.DERIVED_FROM || c.rule().contains("anaphor") || c.rule().contains("previous-sentence")
                || c.rule().contains("discourse")) {
            return false;
        }
        for (Map.Entry<String, Boolean> e : codes.entrySet()) {
            if (!e.getValue() || !sentence.contains(e.getKey())) {
                continue;
            }
            String base = e.getKey().substring(e.getKey().indexOf('-') + 1);
            if (!uses(sentence, base).engineered()) {
                continue;
            }
            // the base's source: its named preparation's, or the qualifier the sentence's claims on the code carry
            NamedPreparations.Preparation p = basePreparation(preparations, base);
            if (p != null ? c.objectIri().equals(p.qualifierIri())
                    : claims.stream().anyMatch(o -> (o.rule().contains("spelled-in-code") || o.rule().contains("engineered-code"))
                            && c.objectIri().equals(o.qualifierIri()))) {
                return true;
            }
        }
        return false;
    }

    /** (branch engineered41) The named preparation of a base name, its hyphens of any kind, singular or plural. */
    static NamedPreparations.Preparation basePreparation(NamedPreparations preparations, String base) {
        for (String n : List.of(base, base.endsWith("s") ? base.substring(0, base.length() - 1) : base + "s")) {
            for (String h : List.of("-", "‐", "‑", "–")) {
                NamedPreparations.Preparation p = preparations.named(n.replace("-", h));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Remembers the prefixed codes a sentence names, and whether the sentence that first names each states an engineering
     * step or the prefix is a displayed molecule; a code counts once its base is a name the text defined or a vesicle
     * mention that ends it ("OPC-sEVs": the lexicon reads the source code and the vesicle word apart).
     */
    void read(String text, int start, int end, NamedPreparations preparations, List<org.exokg.mention.Mention> mentions) {
        int[] spans = prefixedCodes(text, start, end);
        if (spans.length == 0) {
            return;
        }
        String sentence = text.substring(start, end);
        for (int i = 0; i < spans.length; i += 4) {
            String prefix = sentence.substring(spans[i], spans[i + 1]);
            String base = plain(sentence.substring(spans[i + 2], spans[i + 3]));
            String code = plain(prefix) + "-" + base;
            first.computeIfAbsent(code, k -> CargoCodes.displayedPart(prefix) || ENGINEERING.matcher(sentence).find());
            int baseStart = start + spans[i + 2];
            int baseEnd = start + spans[i + 3];
            boolean mentioned = mentions.stream().anyMatch(v -> v.is(org.exokg.mention.MentionType.VESICLE)
                    && v.start() >= baseStart && v.end() == baseEnd);
            if (!codes.containsKey(code) && (mentioned || known(preparations, base))) {
                codes.put(code, first.get(code));
            }
        }
    }

    /** No prefixed codes. */
    private static final int[] NONE = new int[0];
    /** The sentence {@link #prefixedCodes} last read (its text by identity, start, end) and its answer. */
    private String spansText;
    private int spansStart = -1;
    private int spansEnd = -1;
    private int[] spans = NONE;

    /**
     * (branch enginespeed13) The prefixed codes of the sentence {@code text[start, end)}: for each, the start and end of its
     * first part and of the rest (group 1 and 2 of {@link #PREFIXED}), relative to the sentence. {@link #read} is called
     * twice per sentence (before its claims and after its names are defined), and the search ran at every position of
     * the sentence both times (1.6 % of extraction on generated documents): the answer depends on the text alone, so the
     * second call reuses the first's. A code holds at least two hyphens (one after the first part, at least one in the
     * rest), so a sentence with fewer is not searched: the same answer, found without the search.
     */
    private int[] prefixedCodes(String text, int start, int end) {
        if (text == spansText && start == spansStart && end == spansEnd) {
            return spans;
        }
        int[] found = NONE;
        if (hyphens(text, start, end) >= 2) {
            String sentence = text.substring(start, end);
            Matcher m = PREFIXED.matcher(sentence);
            List<Integer> at = new ArrayList<>();
            while (m.find()) {
                at.add(m.start(1));
                at.add(m.end(1));
                at.add(m.start(2));
                at.add(m.end(2));
            }
            found = at.isEmpty() ? NONE : at.stream().mapToInt(Integer::intValue).toArray();
        }
        spansText = text;
        spansStart = start;
        spansEnd = end;
        spans = found;
        return found;
    }

    /** How many of {@link #PREFIXED}'s hyphens (hyphen-minus, hyphen, non-breaking hyphen, en dash) the span holds, up to two. */
    private static int hyphens(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end && n < 2; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the use of a name at {@code nameStart} is glued to a prefix that makes an engineered code of the text
     * ("D8-" before "OB-EVs").
     */
    boolean engineeredUse(String text, int sentenceStart, int nameStart, String name) {
        Matcher m = PREFIX_BEFORE.matcher(text).region(Math.max(sentenceStart, nameStart - 20), nameStart);
        return m.find() && Boolean.TRUE.equals(codes.get(plain(m.group(1)) + "-" + plain(name)));
    }

    /**
     * The sentence's claims with the engineered arm's kind: a claim about a named preparation (or a cargo its code
     * spells) in a sentence that names the preparation only through an engineered prefixed code is the engineered
     * vesicles'; where the sentence names both arms (the base bare, or "both preparations"), the source is stated of the
     * engineered arm too (a copy), and a claim read on the engineered code is given to both arms.
     */
    List<Claim> retype(String text, int start, int end, List<Claim> claims, NamedPreparations preparations,
            Predicate<String> engineerable) {
        if (codes.isEmpty() || claims.isEmpty()) {
            return claims;
        }
        String sentence = plain(text.substring(start, end));
        List<Claim> out = new ArrayList<>(claims.size() + 2);
        boolean changed = false;
        for (Claim c : claims) {
            String base = c.preparationName();
            if (base != null && c.rule().contains(USE_MARK) && uses(sentence, plain(base)).bare()) {
                // a sentence naming both arms ("D8-OB-EVs restored bone volume to 85 %, unmodified OB-EVs to 55 %"): the
                // claim read on the engineered code is the engineered arm's; which arm an elliptic or contrasted clause
                // speaks of is not read, so the native arm keeps the claim it had
                NamedPreparations.Preparation p = preparations.named(base);
                out.add(c);
                if (p != null) {
                    out.add(new Claim(p.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                            c.qualifierIri(), c.rule().replace(USE_MARK, ""), c.sentence(), c.preparationName()));
                    changed = true;
                }
                continue;
            }
            if (base == null) {
                base = unnamedBase(sentence, c);
            }
            if (base == null && codeSources() && engineerable.test(c.subjectIri()) && sourceOfEngineeredBase(sentence, c, preparations, claims)) {
                // (branch engineered41) "Apt-OPC-sEVs bound myelin more strongly than OPC-sEVs": the shared source row is
                // the engineered arm's too
                out.add(c);
                out.add(new Claim(ENGINEERED_EXOSOME, c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                        c.qualifierIri(), c.rule() + "+engineered-code-source", c.sentence(), c.preparationName()));
                changed = true;
                continue;
            }
            Uses uses = base == null || !engineerable.test(c.subjectIri()) ? null : uses(sentence, plain(base));
            if (uses == null || !uses.engineered()) {
                out.add(c);
                continue;
            }
            Claim engineered = new Claim(ENGINEERED_EXOSOME, c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(),
                    c.scope(), c.qualifierIri(), c.rule() + "+engineered-code", c.sentence(), c.preparationName());
            changed = true;
            if (!uses.bare() || c.rule().contains("spelled-in-code")) {
                // (a cargo or molecule the code spells is the prefixed code's, whatever else the sentence names)
                out.add(engineered);
                continue;
            }
            out.add(c);
            if (c.relation() == Relation.DERIVED_FROM) {
                out.add(engineered);
            }
        }
        if (!changed) {
            return claims;
        }
        java.util.Map<String, Claim> unique = new java.util.LinkedHashMap<>();
        out.forEach(c -> unique.putIfAbsent(c.identity(), c));
        return new ArrayList<>(unique.values());
    }

    /** Whether a sentence names a base name through an engineered prefixed code, and whether it names it bare too. */
    private record Uses(boolean engineered, boolean bare) {}

    private Uses uses(String sentence, String base) {
        boolean engineered = false;
        boolean bare = false;
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(base) + "(?![\\p{L}\\p{N}])");
        Matcher m = name.matcher(sentence);
        while (m.find()) {
            Matcher p = PREFIX_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 20), m.start());
            if (p.find()) {
                engineered |= Boolean.TRUE.equals(codes.get(p.group(1) + "-" + base));
            } else if (m.start() == 0 || sentence.charAt(m.start() - 1) != '-') {
                bare = true;
            }
        }
        // "both preparations improved ..., and miR21-SC-Exos also ...": the distributive phrase names the base arm too
        return new Uses(engineered, bare || engineered && EachPreparation.namesEachOfTwo(sentence));
    }

    /**
     * For a claim read on no named preparation: the base of the one engineered prefixed code the sentence names, when the
     * sentence names no base bare (or the claim's cargo is spelled in a code) and the claim was read on a mention of the
     * sentence (no anaphor, no earlier subject).
     */
    private String unnamedBase(String sentence, Claim c) {
        if (c.rule().contains("anaphor") || c.rule().contains("previous-sentence") || c.rule().contains("discourse")) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, Boolean> e : codes.entrySet()) {
            if (!e.getValue() || !sentence.contains(e.getKey())) {
                continue;
            }
            String base = e.getKey().substring(e.getKey().indexOf('-') + 1);
            if (found != null && !found.equals(base) || uses(sentence, base).bare() && !c.rule().contains("spelled-in-code")) {
                return null;
            }
            found = base;
        }
        return found;
    }

    private static boolean known(NamedPreparations preparations, String name) {
        return preparations.knows(name)
                || preparations.knows(name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "s");
    }

    private static String plain(String s) {
        return s.replaceAll("[‐‑–]", "-");
    }

    private static Pattern words(String file) {
        List<String> parts = new ArrayList<>();
        for (String line : ClasspathText.read(file).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                parts.add("(?:" + l + ")");
            }
        }
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", parts) + ")");
    }
}
