package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.TermKeys;

/**
 * (branch tumourfocus, issue 15; the lead's convention o) The disease in focus: a generic word of a disease class ("the
 * tumour", "tumour growth", "tumour-bearing mice") in a text that names exactly one narrower class of it is that class
 * ("slowed tumour growth" in a text about melanoma treats Melanoma); in a text naming several, or none, it stays the
 * generic class. An organ word before the generic word names its class in any text ("breast tumours": BreastCancer).
 * What counts as generic, as a category, as a stage, and the relations concerned are data ({@code disease-focus.yaml});
 * the named classes are those under the generic one in the ontology. -Dexokg.noDiseaseFocus turns the reading off.
 */
public final class DiseaseFocus {

    /** Measurement switch: -Dexokg.noDiseaseFocus leaves every generic disease object as it is read. */
    public static final boolean ON = !Boolean.getBoolean("exokg.noDiseaseFocus");

    /** Measurement switch per entry (dev22): -Dexokg.noFocusOf=injury-in-focus leaves out the entries named (comma list). */
    static final Set<String> OFF = Set.of(System.getProperty("exokg.noFocusOf", "").split("\\s*,\\s*"));

    static final String RESOURCE = "disease-focus.yaml";

    /** One generic disease class and its words (an entry of the file). */
    record Generic(String id, String classIri, Set<String> focusKeys, Set<String> categoryKeys, Set<String> stageIris,
            String head, String cellClassIri, Set<String> cellHeadKeys, Set<Relation> relations, boolean implicit,
            boolean namedByHead) {}

    private static List<Generic> defaults;

    private final Lexicon lexicon;
    private final List<Generic> generics;

    DiseaseFocus(Lexicon lexicon, List<Generic> generics) {
        this.lexicon = lexicon;
        this.generics = List.copyOf(generics);
    }

    /** The shipped reading ({@code disease-focus.yaml}) over a lexicon. */
    public static DiseaseFocus of(Lexicon lexicon) {
        synchronized (DiseaseFocus.class) {
            if (defaults == null) {
                defaults = RuleFile.read(RESOURCE, DiseaseFocus::parse);
            }
        }
        return new DiseaseFocus(lexicon, defaults);
    }

    /** The keys a generic class's entry may have besides its id. */
    private static final Set<String> GENERIC_KEYS = Set.of("class", "head", "cells", "focusWords", "categoryWords", "stages", "relations",
            "implicit", "namedByHead");

    /** Reads a focus file; an entry it cannot run with is refused with an error naming the file and the entry. */
    static List<Generic> parse(InputStream in, String name) {
        List<?> items = RuleFile.section(RuleFile.sections(in, name, "generic disease classes"), "generics", name);
        List<Generic> out = new ArrayList<>();
        for (RuleFile.Entry entry : RuleFile.entries(items, "generics", name, new HashSet<>(), GENERIC_KEYS)) {
            Map<?, ?> e = entry.map();
            String id = entry.id();
            String cls = entry.text("class");
            String head = entry.text("head");
            // dev22: 'cells', 'categoryWords' and 'stages' may be left out by a class whose disease has none ("injury")
            Map<?, ?> cells = Map.of();
            String cellClass = null;
            if (e.containsKey("cells")) {
                if (!(e.get("cells") instanceof Map<?, ?> c) || !(c.get("class") instanceof String cc)) {
                    throw new IllegalStateException(entry.where() + ": 'cells' must be a mapping with a class");
                }
                cells = c;
                cellClass = cc;
            }
            Set<Relation> relations = new LinkedHashSet<>();
            for (String r : words(e, "relations", name, id)) {
                Relation rel = null;
                for (Relation x : Relation.values()) {
                    if (x.localName().equals(r)) {
                        rel = x;
                    }
                }
                if (rel == null) {
                    throw new IllegalStateException(name + ": '" + id + "': unknown relation '" + r + "'");
                }
                relations.add(rel);
            }
            Set<String> stages = new LinkedHashSet<>();
            optionalWords(e, "stages", name, id).forEach(s -> stages.add(ExoKg.NS + s));
            if (OFF.contains(id)) {
                continue;
            }
            out.add(new Generic(id, ExoKg.NS + cls, keys(words(e, "focusWords", name, id)), keys(optionalWords(e, "categoryWords", name, id)),
                    Set.copyOf(stages), head, cellClass == null ? null : ExoKg.NS + cellClass,
                    cellClass == null ? Set.of() : keys(words(cells, "heads", name, id)), Set.copyOf(relations),
                    Boolean.TRUE.equals(e.get("implicit")), Boolean.TRUE.equals(e.get("namedByHead"))));
        }
        return List.copyOf(out);
    }

    /** A list field an entry may leave out (none of that kind). */
    private static List<String> optionalWords(Map<?, ?> e, String field, String name, String id) {
        return e.containsKey(field) ? words(e, field, name, id) : List.of();
    }

    private static List<String> words(Map<?, ?> e, String field, String name, String id) {
        if (!(e.get(field) instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalStateException(name + ": '" + id + "': '" + field + "' must be a list of words");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static Set<String> keys(List<String> words) {
        Set<String> keys = new HashSet<>();
        for (String w : words) {
            String k = TermKeys.labelKey(w);
            if (k != null) {
                keys.add(k);
            }
        }
        return Set.copyOf(keys);
    }

    /**
     * The disease in focus of each generic class of a document, from all its mentions: the one narrower class the text
     * names, if it names exactly one disease under the generic class (counting a narrow synonym without a class of its
     * own, "leukaemia", as a disease of its own); absent if it names several or none.
     */
    public Map<String, String> focusOf(String text, List<Mention> mentions) {
        Map<String, String> focus = new LinkedHashMap<>();
        for (Generic g : generics) {
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : mentions) {
                String n = named(g, text, m);
                if (n != null) {
                    named.add(n);
                }
            }
            // a narrow synonym without a class of its own ("surface:...") names a disease but is no class to read as
            if (named.size() == 1 && !named.iterator().next().equals(g.classIri()) && !named.iterator().next().startsWith("surface:")) {
                focus.put(g.classIri(), named.iterator().next());
            }
        }
        return focus;
    }

    /**
     * The claims with each generic disease object read in the focus: a claim of a listed relation whose object is the
     * generic class, in a sentence whose mentions of that class all read as one narrower class (an organ word before
     * them, or the document's focus), gets that class; a category word ("solid tumours") in the sentence keeps it
     * generic. Claims that become equal to one already there are dropped.
     */
    public List<Claim> resolve(String text, List<Mention> documentMentions, List<Claim> claims,
            Function<Claim, List<Mention>> sentenceMentions) {
        Map<String, String> focus = focusOf(text, documentMentions);
        boolean homingTargets = HomingTargets.on(); // (branch perf41) read once per document
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim r = c;
            for (Generic g : generics) {
                if (c.objectIri().equals(g.classIri()) && g.relations().contains(c.relation())) {
                    String read = sentenceReading(g, text, sentenceMentions.apply(c), focus.get(g.classIri()));
                    if (read == null && homingTargets && HomingTargets.atFocusSite(g.classIri(), c.sentence().text())
                            && sentenceMentions.apply(c).stream().noneMatch(m -> m.iri().equals(g.classIri()))) {
                        // (branch homing40) "home to inflamed joints": the place is the document's one disease called by
                        // the head word ("rheumatoid arthritis", under the ontology's autoimmune diseases or not)
                        read = namedByHead(g, documentMentions);
                    }
                    if (read != null) {
                        r = new Claim(c.subjectIri(), c.relation(), read, c.negationCue(), c.hedgeCue(), c.scope(),
                                c.qualifierIri(), c.rule() + "+focus:" + g.id(), c.sentence(), c.preparationName());
                    }
                }
            }
            out.putIfAbsent(r.identity(), r);
        }
        return out.size() == claims.size() && out.values().containsAll(claims) ? claims : new ArrayList<>(out.values());
    }

    /**
     * (branch homing40) The one disease class the document names by the generic class's head word ("collagen-induced
     * arthritis", "rheumatoid arthritis"), wherever the ontology puts it; null if it names none or several.
     */
    private static String namedByHead(Generic g, List<Mention> mentions) {
        String head = TermKeys.labelKey(g.head());
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String key = TermKeys.labelKey(m.surface());
            if (m.is(org.exokg.mention.MentionType.DISEASE) && !m.iri().equals(g.classIri()) && key != null && head != null
                    && key.endsWith(head) && !key.equals(head)) {
                named.add(m.iri());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The one class the sentence's mentions of the generic class read as, or null. */
    private String sentenceReading(Generic g, String text, List<Mention> mentions, String focus) {
        if (g.implicit() && mentions.stream().noneMatch(m -> m.iri().equals(g.classIri()))) {
            return focus; // dev22: the object was read from an outcome word ("reduced lesion volume"), not a mention
        }
        String read = null;
        for (Mention m : mentions) {
            if (!m.iri().equals(g.classIri())) {
                continue;
            }
            String key = TermKeys.labelKey(m.surface());
            if (!g.focusKeys().contains(key)) {
                return null;
            }
            String organ = organClass(g, text, m);
            String r = organ != null ? organ : focus;
            if (r == null || (read != null && !read.equals(r))) {
                return null;
            }
            read = r;
        }
        return read;
    }

    /**
     * What a mention names under the generic class: a narrower class (not a stage), an organ word with the generic
     * word ("breast tumours"), the disease of named cells ("melanoma cells"), or a surface of the generic class that is
     * neither a focus word nor a category word ("leukaemia", keyed by itself); null for none.
     */
    private String named(Generic g, String text, Mention m) {
        String iri = m.iri();
        if (iri.equals(g.classIri())) {
            String key = TermKeys.labelKey(m.surface());
            if (g.focusKeys().contains(key)) {
                return organClass(g, text, m);
            }
            return g.categoryKeys().contains(key) || key == null ? null : "surface:" + key;
        }
        if (g.cellClassIri() != null && iri.equals(g.cellClassIri())) {
            return cellsDisease(g, m.surface());
        }
        if (g.namedByHead()) {
            // dev22: only a disease called by the head word is the one "the injury" refers to ("spinal cord injury", not ARDS)
            String key = TermKeys.labelKey(m.surface());
            String head = TermKeys.labelKey(g.head());
            if (key == null || head == null || !key.endsWith(head)) {
                return null;
            }
        }
        return narrower(g, iri);
    }

    private String narrower(Generic g, String iri) {
        if (iri.equals(g.classIri()) || !lexicon.isA(iri, g.classIri())) {
            return null;
        }
        for (String stage : g.stageIris()) {
            if (lexicon.isA(iri, stage)) {
                return null;
            }
        }
        return iri;
    }

    /** "4T1 breast tumours": up to three words right before the generic word that, with the head, name a narrower class. */
    private String organClass(Generic g, String text, Mention m) {
        List<TermKeys.Token> before = TermKeys.tokenize(text, Math.max(0, m.start() - 60), m.start());
        int n = before.size();
        for (int words = Math.min(3, n); words >= 1; words--) {
            TermKeys.Token first = before.get(n - words);
            if (!joined(text, before, n - words, m.start())) {
                continue;
            }
            String found = classOf(g, text.substring(first.start(), before.get(n - 1).end()) + " " + g.head());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the tokens from {@code from} to the mention may stand in one term (spaces or hyphens between them). */
    private static boolean joined(String text, List<TermKeys.Token> tokens, int from, int mentionStart) {
        for (int i = from; i < tokens.size(); i++) {
            int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : mentionStart;
            if (!TermKeys.joinable(text, tokens.get(i).end(), to)) {
                return false;
            }
        }
        return true;
    }

    /** "melanoma cells", "SKOV3 ovarian cancer cells": the longest run of words before the head that names a disease. */
    private String cellsDisease(Generic g, String surface) {
        List<TermKeys.Token> tokens = TermKeys.tokenize(surface, 0, surface.length());
        int end = -1;
        for (int i = tokens.size() - 1; i >= 1 && end < 0; i--) {
            StringBuilder k = new StringBuilder();
            for (int j = i; j < tokens.size(); j++) {
                k.append(TermKeys.key(tokens.get(j).text()));
            }
            if (g.cellHeadKeys().contains(k.toString())) {
                end = i;
            }
        }
        for (int from = 0; from < end; from++) {
            String phrase = surface.substring(tokens.get(from).start(), tokens.get(end - 1).end());
            String key = TermKeys.labelKey(phrase);
            if (key == null) {
                continue;
            }
            for (Lexicon.Entry e : lexicon.entries(key)) {
                String iri = e.term().iri();
                if (iri.equals(g.classIri())) {
                    return g.focusKeys().contains(key) || g.categoryKeys().contains(key) ? null : "surface:" + key;
                }
                String n = narrower(g, iri);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private String classOf(Generic g, String phrase) {
        String key = TermKeys.labelKey(phrase);
        if (key == null) {
            return null;
        }
        for (Lexicon.Entry e : lexicon.entries(key)) {
            String n = narrower(g, e.term().iri());
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
