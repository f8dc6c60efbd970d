package org.exokg.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds lexicon terms in text over normalised keys (see {@link TermKeys}): every run of words whose keys, joined,
 * are a lexicon key and whose words are joined by spaces or hyphens; overlapping matches are resolved longest first
 * ("cancer cells" beats "cancer"). Matches start and end on words, so the runs are grown word by word from each word
 * while the joined keys begin some lexicon key (one set lookup per word, not an automaton step per character).
 * Two more sources of candidates: names that follow a class's naming scheme (the ontology's {@code namePattern}:
 * "miR-21", "IL-6") and the short forms a document defines ({@link DefinedAbbreviations}: "TAMs" after
 * "tumour-associated macrophages (TAMs)").
 */
public final class MentionRecognizer {

    private static final java.util.regex.Pattern NEGATED_COMPOUND = java.util.regex.Pattern.compile("[\\-‐–](?:free|less|deficient|depleted|resistant|sensitive|refractory|treated|tolerant)\\b");

    // (branch sourcecodes; switch -Dexokg.noBacterialGroupWords) "pneumococcal membrane vesicles", "spirochaete membrane
    // vesicles": the vesicles' own name ("membrane vesicles"), not a part of the source
    private static final java.util.regex.Pattern CELL_PART = java.util.regex.Pattern.compile(
            Boolean.getBoolean("exokg.noBacterialGroupWords") ? "[\\s\\-‐–]+membranes?\\b"
                    : "[\\s\\-‐–]+membranes?\\b(?![\\s\\-‐–]+vesicles?\\b)");
    /** "osteoclast precursors", "myeloid progenitors": an earlier cell of the lineage, not the cell named (branch vocab). */
    private static final java.util.regex.Pattern PRECURSOR = java.util.regex.Pattern.compile("[\\s\\-‐–]+(?:precursors?|progenitors?)\\b");
    /** "serum-containing medium", "serum-supplemented culture": an ingredient of a medium, not a source of vesicles. */
    private static final java.util.regex.Pattern INGREDIENT = java.util.regex.Pattern.compile("[\\-‐–](?:containing|supplemented)\\b");

    private final Lexicon lexicon;

    /**
     * (issue 15, branch twolevelsources) Two fluid names sharing a word ("cord blood" and "blood plasma" in "cord blood
     * plasma") are read as the outer fluid and the rest ("cord blood", "plasma"), the plasma of cord blood, not as the
     * longer inner name with its first word dropped. On by default; off with -Dexokg.twoLevelSources=false.
     */
    static final boolean TWO_LEVEL_FLUIDS = Boolean.parseBoolean(System.getProperty("exokg.twoLevelSources", "true"));

    private boolean fluidOrTissue(Term t) {
        String fluid = org.exokg.ExoKg.NS + "BodyFluid";
        String tissue = org.exokg.ExoKg.NS + "Tissue";
        return t.is(MentionType.SOURCE) && !t.iri().equals(tissue) && (lexicon.isA(t.iri(), fluid) || lexicon.isA(t.iri(), tissue));
    }

    private Term lexiconTerm(String key, int[] c, int[] keyStarts, int[] keyEnds) {
        List<Lexicon.Entry> entries = c[2] == LEXICON ? lexicon.entries(key.substring(keyStarts[c[0]], keyEnds[c[1]])) : List.of();
        return entries.isEmpty() ? null : entries.get(0).term();
    }

    /**
     * Drops a fluid candidate that begins inside another fluid or tissue candidate and ends after it, where the words after
     * the first are a fluid name of their own: "cord blood plasma" keeps "cord blood" and "plasma".
     */
    private void withoutSharedWordFluids(String key, int[] keyStarts, int[] keyEnds, List<int[]> candidates) {
        List<int[]> drop = new ArrayList<>(0);
        for (int[] outer : candidates) {
            if (outer[2] != LEXICON || outer[1] == outer[0]) {
                // (branch enginespeed10, issue 16) an inner name begins after the outer's first word and within it, so a
                // one-word outer has none: most candidates are not looked up (exact: the tests below would fail)
                continue;
            }
            Term o = lexiconTerm(key, outer, keyStarts, keyEnds);
            if (o == null || !fluidOrTissue(o)) {
                continue;
            }
            for (int[] inner : candidates) {
                if (inner[0] <= outer[0] || inner[0] > outer[1] || inner[1] <= outer[1]) {
                    continue;
                }
                Term i = lexiconTerm(key, inner, keyStarts, keyEnds);
                if (i == null || !fluidOrTissue(i) || i.iri().equals(o.iri())) {
                    continue;
                }
                boolean restIsFluid = false;
                for (int[] r : candidates) {
                    if (r[0] == outer[1] + 1 && r[1] == inner[1]) {
                        Term rest = lexiconTerm(key, r, keyStarts, keyEnds);
                        if (rest != null && rest.iri().equals(i.iri())) {
                            restIsFluid = true;
                            break;
                        }
                    }
                }
                if (restIsFluid) {
                    drop.add(inner);
                }
            }
        }
        if (!drop.isEmpty()) {
            candidates.removeAll(drop);
        }
    }
    /**
     * Every lexicon key and every beginning of one (a run of words is grown while its keys begin a lexicon key), looked
     * up by range without a substring per run (branch enginespeed6).
     */
    private final KeyRuns keyRuns;
    private final SenseDisambiguator senses;
    private final PredicativeTerms predicative;
    /** Keys of the adjectives of two-word source labels "ADJ cell" ("endothelial" of "endothelial cell"), with their terms. */
    private final java.util.Map<String, Term> sourceAdjectives;
    /** The informal short forms of vesicle nouns ("Exos", "MVs"), read inside a code-like name (branch recall3). */
    private final IntroducedNames shortForms;
    /** The plant structure class, named by a plant's name and a part word ("Arabidopsis leaves"); null if absent. */
    private final Term plantStructure;
    /** Source codes read before a vesicle short form ("NK-EVs", "RBCEVs", "TDEs"; branch sourcecodes). */
    private final SourceCodes sourceCodes;

    public MentionRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.namePatternsRead = lexicon.namePatterns();
        this.namePatternWords = wordsOf(namePatternsRead);
        this.predicative = new PredicativeTerms(lexicon);
        this.sourceAdjectives = sourceAdjectives(lexicon);
        this.shortForms = IntroducedNames.of(lexicon);
        this.plantStructure = lexicon.term(org.exokg.ExoKg.NS + "PlantStructure");
        this.sourceCodes = SourceCodes.of(lexicon);
        this.keyRuns = new KeyRuns(lexicon.keys());
        this.senses = new SenseDisambiguator(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether a document is about the RNA exosome complex throughout (pass to {@link #recognize}). */
    public boolean documentAboutRnaExosomeComplex(String documentText) {
        return senses.documentAboutComplex(documentText);
    }

    /** Mentions within text[start, end), in text order. */
    public List<Mention> recognize(String text, int start, int end) {
        return recognize(text, start, end, false);
    }

    public List<Mention> recognize(String text, int start, int end, boolean documentAboutComplex) {
        return recognize(text, start, end, documentAboutComplex, DefinedAbbreviations.NONE);
    }

    /** The abbreviations a document defines (pass to {@link #recognize(String, int, int, boolean, DefinedAbbreviations)}). */
    public DefinedAbbreviations definedAbbreviations(String documentText) {
        return DefinedAbbreviations.in(documentText, this);
    }

    /**
     * (branch qualifiers) "S. aureus": a single capital, its full stop and one space, then a lower-case word, is a genus
     * abbreviated before its species (the lexicon keys the binomial's abbreviated form, see Lexicon).
     */
    private static boolean abbreviatedGenus(String text, TermKeys.Token genus, TermKeys.Token species) {
        return genus.end() - genus.start() == 1 && Character.isUpperCase(text.charAt(genus.start()))
                && species.start() - genus.end() == 2 && text.charAt(genus.end()) == '.' && text.charAt(genus.end() + 1) == ' '
                && Character.isLowerCase(text.charAt(species.start()));
    }

    /**
     * (branch vocab24) A full stop between two digits is a decimal point inside a name ("RAW 264.7 cells", "Nav1.7"), not
     * the end of a word: the tokenizer splits there, and a label with the point keys the two parts joined.
     */
    private static boolean decimalPoint(String text, TermKeys.Token before, TermKeys.Token after) {
        return after.start() - before.end() == 1 && text.charAt(before.end()) == '.'
                && Character.isDigit(text.charAt(before.end() - 1)) && Character.isDigit(text.charAt(after.start()));
    }

    /** Mentions of lexicon terms alone (no document's abbreviations). */
    List<Mention> recognizeLexicon(String text, int start, int end) {
        return recognize(text, start, end, false, DefinedAbbreviations.NONE);
    }

    /**
     * Mentions within text[start, end), in text order, with the short forms the document defines read as their terms
     * (a longer lexicon term around them still wins).
     */
    public List<Mention> recognize(String text, int start, int end, boolean documentAboutComplex, DefinedAbbreviations defined) {
        List<TermKeys.Token> tokens = TermKeys.tokenize(text, start, end);
        if (tokens.isEmpty()) {
            return List.of();
        }
        StringBuilder key = new StringBuilder();
        int[] keyStarts = new int[tokens.size()];
        int[] keyEnds = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            keyStarts[i] = key.length();
            key.append(TermKeys.key(tokens.get(i).text()));
            keyEnds[i] = key.length();
        }
        String keys = key.toString();
        boolean[] joinsNext = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            joinsNext[i] = TermKeys.joinable(text, tokens.get(i).end(), tokens.get(i + 1).start())
                    || abbreviatedGenus(text, tokens.get(i), tokens.get(i + 1))
                    || decimalPoint(text, tokens.get(i), tokens.get(i + 1));
        }

        // {firstToken, lastToken, source}: source LEXICON, DEFINED (the document's abbreviation) or a name pattern's index
        List<int[]> candidates = new ArrayList<>();
        for (int first = 0; first < tokens.size(); first++) {
            String word = defined.isEmpty() ? null : key.substring(keyStarts[first], keyEnds[first]);
            // the defining bracket itself is read only where the lexicon read it before (the term beside it names it)
            if (word != null && defined.term(word) != null
                    && !(defined.definesAt(tokens.get(first).start()) && !lexicon.keys().contains(word))) {
                candidates.add(new int[] {first, first, DEFINED});
            }
            // (branch binomials) "L. guyanensis" after the text's own "Leishmania guyanensis" (DefinedAbbreviations)
            if (first + 1 < tokens.size() && abbreviatedGenus(text, tokens.get(first), tokens.get(first + 1))
                    && defined.binomial(key.substring(keyStarts[first], keyEnds[first + 1])) != null) {
                candidates.add(new int[] {first, first + 1, TEXT_BINOMIAL});
            }
            int runHash = 0; // String.hashCode of the run, grown word by word
            for (int last = first; last < tokens.size(); last++) {
                runHash = KeyRuns.hash(runHash, keys, keyStarts[last], keyEnds[last]);
                int kind = keyRuns.kind(keys, keyStarts[first], keyEnds[last], runHash);
                if (kind == 0) {
                    break;
                }
                // a one-word run is the word itself
                if ((kind & KeyRuns.KEY) != 0 && !(first == last && word != null && defined.term(word) != null)) {
                    candidates.add(new int[] {first, last, LEXICON});
                }
                if (!joinsNext[last]) {
                    break;
                }
            }
        }
        addNamePatternCandidates(text, start, end, tokens, candidates);
        java.util.Map<int[], Term> partTerms = new java.util.IdentityHashMap<>();
        addPlantPartCandidates(text, tokens, joinsNext, candidates, partTerms);
        java.util.Map<int[], Term> alternatives = slashAlternatives(text, tokens, key, keyStarts, keyEnds, joinsNext, candidates);
        if (TWO_LEVEL_FLUIDS) {
            withoutSharedWordFluids(keys, keyStarts, keyEnds, candidates);
        }
        // Longest surface first, then leftmost: greedy selection of non-overlapping spans.
        candidates.sort(Comparator.<int[]>comparingInt(c -> -(tokens.get(c[1]).end() - tokens.get(c[0]).start()))
                .thenComparingInt(c -> c[0]));
        boolean[] taken = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        List<int[]> selected = new ArrayList<>();
        Boolean complexContext = documentAboutComplex ? Boolean.TRUE : null; // computed when first needed
        for (int[] c : candidates) {
            boolean free = true;
            for (int t = c[0]; t <= c[1] && free; t++) {
                free = !taken[t];
            }
            if (!free) {
                continue;
            }
            Arrays.fill(taken, c[0], c[1] + 1, true);
            if (NEGATED_COMPOUND.matcher(text).region(tokens.get(c[1]).end(), end).lookingAt()) {
                continue; // "cell-free therapeutics" is not about cells, "cisplatin-resistant cells" carry no cisplatin
            }
            String k = key.substring(keyStarts[c[0]], keyEnds[c[1]]);
            Term term = c[2] == DEFINED ? defined.term(k) : c[2] == TEXT_BINOMIAL ? defined.binomial(k) : c[2] == ALTERNATIVE ? alternatives.get(c)
                    : c[2] == PLANT_PART ? partTerms.get(c) : c[2] == LEXICON ? lexicon.entries(k).get(0).term() : lexicon.namePatterns().get(c[2]).term();
            if (term.is(MentionType.SOURCE) && CELL_PART.matcher(text).region(tokens.get(c[1]).end(), end).lookingAt()) {
                continue; // "plasma membrane", "cell membrane": a part of a cell, not a source of vesicles
            }
            if (term.is(MentionType.SOURCE) && PRECURSOR.matcher(text).region(tokens.get(c[1]).end(), end).lookingAt()) {
                continue; // "osteoclast precursors" are not osteoclasts
            }
            if (term.is(MentionType.SOURCE) && INGREDIENT.matcher(text).region(tokens.get(c[1]).end(), end).lookingAt()) {
                continue; // "serum-containing medium": what the culture contains, not where the vesicles come from
            }
            int s = tokens.get(c[0]).start();
            int e = tokens.get(c[1]).end();
            Mention m = new Mention(term, s, e, text.substring(s, e));
            if (senses.ambiguous(m, k)) {
                if (complexContext == null) {
                    complexContext = senses.sentenceAboutComplex(text.substring(start, end));
                }
                if (complexContext) {
                    m = senses.asComplex(m);
                }
            }
            mentions.add(m);
            selected.add(c);
        }
        addSourceAdjectives(text, tokens, key, keyStarts, keyEnds, taken, mentions, selected);
        addBinomialBacteria(text, tokens, taken, mentions, end);
        for (int i = 0, n = selected.size(); i < n; i++) {
            Term head = mentions.get(i).term();
            if (head.is(MentionType.RNA_EXOSOME_COMPLEX)) {
                continue;
            }
            sharedHead(text, tokens, key, keyStarts, keyEnds, selected.get(i), head, taken, mentions);
            distributedHead(text, tokens, key, keyStarts, keyEnds, selected.get(i), head, taken, end, mentions);
        }
        if (SOURCE_CODES) {
            addCodedSources(text, tokens, taken, mentions);
        }
        if (BACTERIAL_CODES) {
            addBacterialCodes(text, tokens, taken, mentions);
        }
        addShortFormVesicles(text, tokens, taken, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return predicative.refine(text, start, end, mentions);
    }

    private static final int LEXICON = -1;
    private static final int DEFINED = -2;
    private static final int ALTERNATIVE = -3;
    private static final int PLANT_PART = -4;
    private static final int TEXT_BINOMIAL = -5;

    /**
     * Switch (branch organismlexicon; ON by default since the twenty-sixth session): reads "Arabidopsis leaves" as the
     * plant part (PlantStructure) instead of the plant it names (the phrase is one source either way);
     * -Dexokg.plantParts=false restores the plant. It was off while the development golds disagreed (blind 23 wrote
     * Plant for "the gel of Aloe vera leaves", blind 24 PlantStructure for "Arabidopsis leaves"); goldconv21 brought
     * them to convention wwww (the part is the source), and with it on the development sets gain.
     */
    static boolean plantParts() {
        return !"false".equalsIgnoreCase(System.getProperty("exokg.plantParts"));
    }
    /**
     * The words of a plant's parts and materials (PO's plant structures) that follow a plant's name: "Arabidopsis leaves",
     * "Moringa seeds", "pomegranate peel". Several are also verbs ("leaves", "roots", "shoots") or other nouns ("root" of
     * a problem); after a plant's name they are the part (a verb needs its subject to be a noun phrase that is no plant).
     * "stem" alone is left out ("plant stem cells").
     */
    /** The part words of a plant named with its part ("ginger roots"); also read by {@link UnbracketedNames#spells}. */
    static final String PLANT_PART_WORDS =
            "lea(?:f|ves)|roots?|stems|seeds?|peels?|barks?|flowers?|petals?|tubers?|bulbs?|shoots|sprouts|rinds?|husks?|pollen|kernels?";
    private static final java.util.regex.Pattern PLANT_PART_WORD = java.util.regex.Pattern.compile("(?i)" + PLANT_PART_WORDS);

    /**
     * Switch (issue 15, branch vesiclekinds37; OFF by default, =true turns it on; read at each use): the vesicles'
     * source named by a plant's material, one family: after a plant's name, "gel" and "sap" are words of one of its
     * parts as {@link #PLANT_PART_WORDS} are ("Aloe vera gel nanovesicles": the gel is the leaf's, PlantStructure under
     * {@link #plantParts()}, convention wwww / sssssss), and "juice" and "pulp" are the plant's (the fruit's) own
     * material, the phrase keeping the plant's class ("grapefruit juice nanovesicles": Grapefruit, as the lexicon's
     * "lemon juice" is Fruit; sssssss: the most specific plant term). Before, the material word stood between the plant
     * and the head noun, so the vesicles were read as ExtracellularVesicle with no source. "juice" and "pulp" alone stay
     * no source ("gastric juice", "dental pulp"): only a plant's name before them reads.
     */
    static boolean plantMaterials() {
        return "true".equalsIgnoreCase(System.getProperty("exokg.plantMaterials"));
    }
    /** The material words of {@link #plantMaterials()}: "gel", "sap" read as parts, "juice", "pulp" as the plant itself. */
    private static final java.util.regex.Pattern PLANT_MATERIAL_PART = java.util.regex.Pattern.compile("(?i)gels?|saps?");
    private static final java.util.regex.Pattern PLANT_MATERIAL_OWN = java.util.regex.Pattern.compile("(?i)juices?|pulps?");

    /**
     * (branch organismlexicon) A plant's name and a word of one of its parts ({@link #PLANT_PART_WORD}) are one source: the
     * part after the name ("Arabidopsis leaves", "pomegranate peel") or before it with "of" ("the roots of Panax ginseng",
     * "seeds of Nigella sativa"). A candidate over the whole phrase, which as the longer span wins over the plant's own and
     * the part word's, so that the derivedFrom row and the qualifier of later rows name one source, not two. Its class is
     * the plant's own (the reading before the part words were terms) unless the switch {@link #plantParts()} is on: then a
     * whole plant's or a fruit's part is a PlantStructure (a name already of a plant structure, "broccoli sprouts",
     * "ginger root", keeps its class). Not where the part word begins or ends a longer lexicon term ("plant stem cells",
     * "tea leaves of Camellia").
     */
    private void addPlantPartCandidates(String text, List<TermKeys.Token> tokens, boolean[] joinsNext, List<int[]> candidates,
            java.util.Map<int[], Term> partTerms) {
        if (plantStructure == null) {
            return;
        }
        String plant = org.exokg.ExoKg.NS + "Plant";
        String fruit = org.exokg.ExoKg.NS + "Fruit";
        boolean asPart = plantParts();
        List<int[]> added = new ArrayList<>();
        for (int[] c : candidates) {
            if (c[2] != LEXICON) {
                continue;
            }
            StringBuilder k = new StringBuilder();
            for (int t = c[0]; t <= c[1]; t++) {
                k.append(TermKeys.key(tokens.get(t).text()));
            }
            List<Lexicon.Entry> entries = lexicon.entries(k.toString());
            Term named = entries.isEmpty() ? null : entries.get(0).term();
            if (named == null || !(lexicon.isA(named.iri(), plant) || lexicon.isA(named.iri(), plantStructure.iri()))) {
                continue;
            }
            Term term = asPart && (lexicon.isA(named.iri(), plant) || lexicon.isA(named.iri(), fruit)) ? plantStructure : named;
            int next = c[1] + 1;
            if (next < tokens.size() && joinsNext[c[1]] && PLANT_PART_WORD.matcher(tokens.get(next).text()).matches()
                    && !termBeyond(candidates, next, true)) {
                int[] span = {c[0], next, PLANT_PART};
                added.add(span);
                partTerms.put(span, term);
            } else if (next < tokens.size() && joinsNext[c[1]] && plantMaterials() && !termBeyond(candidates, next, true)
                    && !termOver(candidates, c[0], next)) {
                String w = tokens.get(next).text();
                Term material = PLANT_MATERIAL_PART.matcher(w).matches() ? term
                        : PLANT_MATERIAL_OWN.matcher(w).matches() ? named : null;
                if (material != null) {
                    int[] span = {c[0], next, PLANT_PART};
                    added.add(span);
                    partTerms.put(span, material);
                }
            }
            // "<part> of (the) <plant>"
            int of = c[0] - 1;
            if (of - 1 >= 0 && tokens.get(of).text().equalsIgnoreCase("the")) {
                of--;
            }
            int part = of - 1;
            if (part >= 0 && tokens.get(of).text().equalsIgnoreCase("of")
                    && PLANT_PART_WORD.matcher(tokens.get(part).text()).matches() && !termBeyond(candidates, part, false)
                    && spaced(text, tokens, part, c[0])) {
                int[] span = {part, c[1], PLANT_PART};
                added.add(span);
                partTerms.put(span, term);
            }
        }
        candidates.addAll(added);
    }

    /** Whether a lexicon candidate covers the tokens {@code from..to} ("lemon juice" is a term of its own). */
    private static boolean termOver(List<int[]> candidates, int from, int to) {
        for (int[] o : candidates) {
            if (o[2] == LEXICON && o[0] <= from && o[1] >= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lexicon candidate longer than the token {@code at} begins there ({@code after}) or ends there. */
    private static boolean termBeyond(List<int[]> candidates, int at, boolean after) {
        for (int[] o : candidates) {
            if (o[2] == LEXICON && (after ? o[0] == at && o[1] > at : o[1] == at && o[0] < at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens {@code from..to} are separated by plain spaces only (one phrase on one line). */
    private static boolean spaced(String text, List<TermKeys.Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!text.substring(tokens.get(t).end(), tokens.get(t + 1).start()).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two words with a slash between them are alternatives that share the words around them: "mesenchymal stromal/stem
     * cells" names the mesenchymal stromal cell and the mesenchymal stem cell. A span over both alternatives is a candidate
     * when reading it with either alternative alone gives a lexicon term, and both readings that give one give the same
     * term (issue 15, branch vocab). Returns the candidates' terms (by identity).
     */
    private java.util.Map<int[], Term> slashAlternatives(String text, List<TermKeys.Token> tokens, StringBuilder key, int[] keyStarts,
            int[] keyEnds, boolean[] joinsNext, List<int[]> candidates) {
        java.util.Map<int[], Term> out = null;
        for (int a = 0; a + 1 < tokens.size(); a++) {
            if (!text.substring(tokens.get(a).end(), tokens.get(a + 1).start()).equals("/")) {
                continue;
            }
            int b = a + 1;
            for (int first = a; first >= Math.max(0, a - 3) && (first == a || joinsNext[first]); first--) {
                for (int last = b; last < Math.min(tokens.size(), b + 4) && (last == b || joinsNext[last - 1]); last++) {
                    if (first == a && last == b) {
                        continue; // "A/B" alone: each word is read on its own
                    }
                    String before = key.substring(keyStarts[first], keyStarts[a]);
                    String after = key.substring(keyEnds[b], keyEnds[last]);
                    Term withA = termOf(before + key.substring(keyStarts[a], keyEnds[a]) + after);
                    Term withB = termOf(before + key.substring(keyStarts[b], keyEnds[b]) + after);
                    Term term = withA == null ? withB : withB == null || withB.equals(withA) ? withA : null;
                    if (term != null && (withA != null && withB != null || first < a && last > b)) {
                        int[] c = {first, last, ALTERNATIVE};
                        candidates.add(c);
                        if (out == null) {
                            out = new java.util.IdentityHashMap<>();
                        }
                        out.put(c, term);
                    }
                }
            }
        }
        return out == null ? java.util.Map.of() : out;
    }

    private Term termOf(String key) {
        List<Lexicon.Entry> entries = lexicon.entries(key);
        return entries.isEmpty() ? null : entries.get(0).term();
    }

    /** An adjective of relation (endothelial, tubular, dendritic): what "ADJ cell" names, said of the cell's products. */
    private static final java.util.regex.Pattern RELATIONAL_ADJECTIVE = java.util.regex.Pattern.compile("[a-z]{4,}(?:al|ic|ar)");
    /** The participles of release between a source and its vesicles ("endothelial-derived EVs"). */
    private static final java.util.regex.Pattern RELEASE_PARTICIPLE = java.util.regex.Pattern.compile("(?i)derived|secreted|released|shed");

    /**
     * The adjectives of the source labels of two words "ADJ cell" whose first word is an adjective of relation and names no
     * term alone: "endothelial" for the endothelial cell. Such an adjective names the cell only before a vesicle noun
     * ("endothelial microvesicles", "epithelial-derived exosomes"), never alone ("endothelial dysfunction"); read from
     * every label of the ontology, not listed (issue 15, branch vocab).
     */
    private static java.util.Map<String, Term> sourceAdjectives(Lexicon lexicon) {
        java.util.Map<String, Term> out = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (String k : lexicon.keys()) {
            for (Lexicon.Entry e : lexicon.entries(k)) {
                if (!e.term().is(MentionType.SOURCE) || e.term().branchRoot()) {
                    continue;
                }
                List<TermKeys.Token> words = TermKeys.tokenize(e.label(), 0, e.label().length());
                if (words.size() != 2 || !words.get(1).text().equalsIgnoreCase("cell")
                        || !RELATIONAL_ADJECTIVE.matcher(words.get(0).text()).matches()) {
                    continue;
                }
                String adjective = TermKeys.key(words.get(0).text());
                if (lexicon.keys().contains(adjective)) {
                    continue; // the word names a term of its own ("microglial", "neuronal")
                }
                Term known = out.putIfAbsent(adjective, e.term());
                if (known != null && !known.equals(e.term())) {
                    ambiguous.add(adjective);
                }
            }
        }
        out.keySet().removeAll(ambiguous);
        return java.util.Map.copyOf(out);
    }

    /**
     * A source adjective directly before a vesicle mention, or before "-derived"/"-secreted" and then a vesicle mention,
     * names the source cell: "endothelial microvesicles", "epithelial-derived EVs"; so does one in "of ADJ origin" right
     * after the vesicle mention ("EVs of endothelial origin", branch vocab24).
     */
    private void addSourceAdjectives(String text, List<TermKeys.Token> tokens, StringBuilder key, int[] keyStarts, int[] keyEnds,
            boolean[] taken, List<Mention> mentions, List<int[]> selected) {
        if (sourceAdjectives.isEmpty()) {
            return;
        }
        for (int i = 0, n = mentions.size(); i < n; i++) {
            if (!mentions.get(i).is(MentionType.VESICLE)) {
                continue;
            }
            int o = selected.get(i)[1] + 2;
            if (o + 1 < tokens.size() && !taken[o] && tokens.get(o - 1).text().equalsIgnoreCase("of")
                    && tokens.get(o + 1).text().equalsIgnoreCase("origin")
                    && TermKeys.joinable(text, tokens.get(o).end(), tokens.get(o + 1).start())) {
                // (branch vocab24) "vesicles of endothelial origin": the adjective after "of" names the source as well
                Term source = sourceAdjectives.get(key.substring(keyStarts[o], keyEnds[o]));
                if (source != null) {
                    taken[o] = true;
                    TermKeys.Token w = tokens.get(o);
                    mentions.add(new Mention(source, w.start(), w.end(), w.text()));
                }
            }
            int a = selected.get(i)[0] - 1;
            if (a >= 0 && !taken[a] && RELEASE_PARTICIPLE.matcher(tokens.get(a).text()).matches()
                    && TermKeys.joinable(text, tokens.get(a).end(), tokens.get(a + 1).start())) {
                a--; // "endothelial-derived EVs"
            }
            if (a < 0 || taken[a] || !TermKeys.joinable(text, tokens.get(a).end(), tokens.get(a + 1).start())) {
                continue;
            }
            Term source = sourceAdjectives.get(key.substring(keyStarts[a], keyEnds[a]));
            if (source != null) {
                taken[a] = true;
                TermKeys.Token w = tokens.get(a);
                mentions.add(new Mention(source, w.start(), w.end(), w.text()));
            }
        }
    }

    /** Measurement switch: -Dexokg.noBinomialBacteria leaves a species name the lexicon lacks unread beside OMVs. */
    public static final boolean BINOMIAL_BACTERIA = !Boolean.getBoolean("exokg.noBinomialBacteria");
    /**
     * A Latin species name: "Bordetella pertussis", "B. pertussis"; the epithet ends as Latin epithets do (-us, -a, -um,
     * -is, -i, -ae, -ii, -ans, -ens, -genes, -ix), which keeps out "Bacteroides were", "Gram negative".
     */
    private static final String BINOMIAL = "(?:[A-Z][a-z]{2,}|[A-Z]\\.)\\s?(?!(?:this|thus|plus|versus|status|bacteria|via|analysis|basis|genus|data|media|area|focus|alone|also)\\b)"
            + "[a-z]{2,}(?:us|a|um|is|i|ae|ans|ens|genes|ix)(?![\\p{L}\\p{N}])";
    /** "OMVs of / from / derived from / released by (the) Bordetella pertussis", right after the vesicle mention. */
    private static final java.util.regex.Pattern BINOMIAL_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:(?:derived|isolated|purified|released|secreted|produced|shed|obtained|prepared)\\s+)?(?:from|of|by)\\s+(?:the\\s+)?(?:(?:pathogen|bacterium|species)\\s+)?("
                    + BINOMIAL + ")");
    /** "Bordetella pertussis OMVs", "Bordetella pertussis-derived OMVs", right before the vesicle mention. */
    private static final java.util.regex.Pattern BINOMIAL_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(" + BINOMIAL + ")(?:[\\-‐–](?:derived|secreted|released|shed))?\\s*\\z");

    /**
     * (branch unknownsources, issue 15) A species the lexicon lacks, named as the producer of outer membrane vesicles,
     * is a bacterium (the vesicle kind is defined by a bacterial source; convention d qualifies by the most specific
     * bacterium term, today Bacterium): "outer membrane vesicles of Bordetella pertussis", "N. lactamica OMVs". Read
     * only beside a mention of the bacterial outer membrane vesicle kind and only over words no mention holds, so a
     * species the lexicon knows, a host ("Mus musculus macrophages") or a plant's Latin name beside other vesicles is
     * left as it is. A code defined in brackets after the phrase then keeps the source like any other.
     */
    private void addBinomialBacteria(String text, List<TermKeys.Token> tokens, boolean[] taken, List<Mention> mentions, int end) {
        if (!BINOMIAL_BACTERIA) {
            return;
        }
        Term bacterium = lexicon.term(org.exokg.ExoKg.NS + "Bacterium");
        String omv = org.exokg.ExoKg.NS + "BacterialOuterMembraneVesicle";
        if (bacterium == null || lexicon.term(omv) == null) {
            return;
        }
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention v = mentions.get(i);
            if (!v.is(MentionType.VESICLE) || !lexicon.isA(v.term().iri(), omv)) {
                continue;
            }
            java.util.regex.Matcher after = BINOMIAL_AFTER.matcher(text).region(v.end(), end);
            if (after.lookingAt()) {
                addFreeSpan(text, tokens, taken, mentions, bacterium, after.start(1), after.end(1));
            }
            int from = Math.max(0, v.start() - 60);
            java.util.regex.Matcher before = BINOMIAL_BEFORE.matcher(text).region(from, v.start());
            before.useTransparentBounds(true);
            if (before.find()) {
                addFreeSpan(text, tokens, taken, mentions, bacterium, before.start(1), before.end(1));
            }
        }
    }

    /** Adds a mention of {@code term} over text[s, e) when no mention holds any of its words. */
    private static void addFreeSpan(String text, List<TermKeys.Token> tokens, boolean[] taken, List<Mention> mentions, Term term,
            int s, int e) {
        List<Integer> inside = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).start() < e && tokens.get(t).end() > s) {
                if (taken[t]) {
                    return;
                }
                inside.add(t);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (int t : inside) {
            taken[t] = true;
        }
        mentions.add(new Mention(term, s, e, text.substring(s, e)));
    }

    /** A single hyphen (any of its code points) between the two parts of a code-like name. */
    private static final java.util.regex.Pattern NAME_HYPHEN = java.util.regex.Pattern.compile("[-\u2010\u2011\u2012\u2013]");

    /**
     * (branch recall3) A vesicle short form the ontology does not list ("Exos", "MVs"; {@code vesicle-short-forms.tsv})
     * as the last part of a code-like name, right after a hyphen ("ADSC-Exos", "iPSC‐Exos", "M2-Exo/MTX"), is the vesicle
     * noun of that name: a vesicle mention, when the code before it is a source the lexicon or the document's
     * abbreviations read ("ADSC", a mesenchymal stem cell: the name is exosomes from that source, and the rules read the
     * source as the qualifier). A code that names no source ("iCM-Exos", "UC-Exo" where the text defined it) leaves the
     * name to the claim layer's introduced names and named preparations, which give it the source its definition named.
     * Capitalised only ("anti-exo" is no name).
     */
    private void addShortFormVesicles(String text, List<TermKeys.Token> tokens, boolean[] taken, List<Mention> mentions) {
        for (int i = 1; i < tokens.size(); i++) {
            TermKeys.Token w = tokens.get(i);
            TermKeys.Token code = tokens.get(i - 1);
            // (branch sourcecodes) a lower-case short form in the plural after a source code too: "ADSC-exos" (the singular
            // lower-case "MSC-exo nuclease" is a word part)
            if (taken[i] || !(Character.isUpperCase(w.text().charAt(0)) || SOURCE_CODES && w.text().endsWith("s"))
                    || w.start() - code.end() != 1
                    || !NAME_HYPHEN.matcher(text).region(code.end(), w.start()).matches() || !codeLike(code.text())) {
                continue;
            }
            String iri = shortForms.vesicleOf(w.text());
            Term term = iri == null ? null : lexicon.term(iri);
            if (term != null && mentions.stream().anyMatch(m -> m.end() == code.end() && m.is(MentionType.SOURCE))) {
                taken[i] = true;
                mentions.add(new Mention(term, w.start(), w.end(), w.text()));
            }
        }
    }

    /**
     * Switch (issue 15, branch sourcecodes; on by default): -Dexokg.noSourceCodes leaves source codes before a vesicle
     * short form unread ("NK-EVs", "Plt-EVs", "RBCEVs", "TDEs", "ADSC-exos" read as before: the vesicles without source).
     */
    static final boolean SOURCE_CODES = !Boolean.getBoolean("exokg.noSourceCodes");

    /**
     * Source codes glued to a vesicle word (branch sourcecodes, {@link SourceCodes}): "NK-EVs", "Plt-EVs", "DPSC-Exos"
     * (a listed code, a hyphen, a vesicle mention or short form) give the code a mention of its source, which the claim
     * rules then read as the vesicles' source ("MSC-EVs" was read so already, its code being a lexicon synonym);
     * "NKEVs", "RBCEVs", "TEXs", "TDEs", "PDNVs" (written together) give a mention of the source and one of the vesicle
     * inside the word. A name the document defines is left to the defined-name readings.
     */
    private void addCodedSources(String text, List<TermKeys.Token> tokens, boolean[] taken, List<Mention> mentions) {
        for (int i = 1; i < tokens.size(); i++) {
            TermKeys.Token w = tokens.get(i);
            TermKeys.Token code = tokens.get(i - 1);
            if (taken[i - 1] || w.start() - code.end() != 1 || !NAME_HYPHEN.matcher(text).region(code.end(), w.start()).matches()
                    || !codeLike(code.text())) {
                continue;
            }
            Mention vesicle = null;
            for (Mention m : mentions) {
                if (m.start() == w.start() && m.is(MentionType.VESICLE)) {
                    vesicle = m;
                }
            }
            if (vesicle == null && (taken[i] || shortForms.vesicleOf(w.text()) == null
                    || !(Character.isUpperCase(w.text().charAt(0)) || w.text().endsWith("s")))) {
                continue;
            }
            String iri = sourceCodes.hyphenSource(code.text());
            Term term = iri == null ? null : lexicon.term(iri);
            int nameEnd = vesicle == null ? w.end() : vesicle.end();
            if (term == null || SourceCodes.definedIn(text, text.substring(code.start(), nameEnd))) {
                continue;
            }
            taken[i - 1] = true;
            mentions.add(new Mention(term, code.start(), code.end(), code.text()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            TermKeys.Token t = tokens.get(i);
            if (taken[i] || t.text().length() < 3) {
                continue;
            }
            SourceCodes.Split split = sourceCodes.joined(t.text());
            // a part of a longer hyphenated name ("TNV-3", a numbered product) is not read; the whole name
            // ("GD2-NKEVs") may be one the document defines
            boolean partBefore = i > 0 && tokens.get(i - 1).end() + 1 == t.start()
                    && NAME_HYPHEN.matcher(text).region(tokens.get(i - 1).end(), t.start()).matches();
            boolean partAfter = i + 1 < tokens.size() && t.end() + 1 == tokens.get(i + 1).start()
                    && NAME_HYPHEN.matcher(text).region(t.end(), tokens.get(i + 1).start()).matches();
            if (split == null || partAfter || SourceCodes.definedIn(text, t.text())
                    || partBefore && SourceCodes.definedIn(text, text.substring(tokens.get(i - 1).start(), t.end()))) {
                continue;
            }
            Term source = lexicon.term(split.sourceIri());
            Term vesicle = lexicon.term(split.vesicleIri());
            if (source == null || vesicle == null) {
                continue;
            }
            int cut = t.start() + split.codeLength();
            taken[i] = true;
            mentions.add(new Mention(source, t.start(), cut, text.substring(t.start(), cut)));
            mentions.add(new Mention(vesicle, cut, t.end(), text.substring(cut, t.end())));
        }
    }

    /**
     * Switch (issue 15, branch productcodes; on by default): -Dexokg.noBacterialCodes leaves the vesicle names of
     * bacteria spelt by the species' initials unread ("AbOMVs", "Bf-OMVs", "AmEVs": the vesicles without their bacterium).
     */
    static final boolean BACTERIAL_CODES = !Boolean.getBoolean("exokg.noBacterialCodes");

    /** A bacterial code joined to its vesicle short form ("AbOMVs", "SpMVs", "AmEVs", "EcMVs"). */
    private static final java.util.regex.Pattern BACTERIAL_JOINED = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll})(OMVs?|MVs?|s?EVs?)");
    /** A bacterial code before a hyphen ("Bf-OMVs", "Pa-OMVs"). */
    private static final java.util.regex.Pattern BACTERIAL_CODE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}");
    /** The vesicle short forms a bacterial code names, by the form without its plural s. */
    private static final java.util.Map<String, String> BACTERIAL_FORMS = java.util.Map.of(
            "OMV", org.exokg.ExoKg.NS + "BacterialOuterMembraneVesicle", "MV", org.exokg.ExoKg.NS + "ExtracellularVesicle",
            "EV", org.exokg.ExoKg.NS + "ExtracellularVesicle", "sEV", org.exokg.ExoKg.NS + "SmallExtracellularVesicle");

    /**
     * (issue 15, branch productcodes) Vesicle names of a bacterium spelt by its species' initials: "AbOMVs" (Acinetobacter
     * baumannii), "Bf-OMVs" (Bacteroides fragilis), "SpMVs" (Streptococcus pneumoniae), "AmEVs" (Akkermansia
     * muciniphila). Two letters, a capital and a lower-case one, written together with or hyphenated to OMV, MV, EV or sEV,
     * are read ONLY when the document names a bacterium (a lexicon name, as a binomial or its genus) whose genus and
     * species begin with those letters; the code then becomes a mention of the bacterium and the rest a vesicle mention,
     * which the rules read as the source and qualifier (d, ll, b). A two-letter code with no such binomial ("Ab" for
     * antibody, "Hs") is not read.
     */
    private void addBacterialCodes(String text, List<TermKeys.Token> tokens, boolean[] taken, List<Mention> mentions) {
        Term bacterium = lexicon.term(org.exokg.ExoKg.NS + "Bacterium");
        if (bacterium == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            TermKeys.Token t = tokens.get(i);
            java.util.regex.Matcher joined = BACTERIAL_JOINED.matcher(t.text());
            String code;
            int codeStart;
            int codeEnd;
            int vesicleStart;
            int vesicleEnd;
            String form;
            if (joined.matches()) {
                code = joined.group(1);
                codeStart = t.start();
                codeEnd = t.start() + 2;
                vesicleStart = codeEnd;
                vesicleEnd = t.end();
                form = joined.group(2);
            } else if (i + 1 < tokens.size() && !taken[i] && BACTERIAL_CODE.matcher(t.text()).matches()
                    && tokens.get(i + 1).start() == t.end() + 1
                    && NAME_HYPHEN.matcher(text).region(t.end(), t.end() + 1).matches()
                    && tokens.get(i + 1).text().matches("OMVs?|MVs?|s?EVs?")) {
                code = t.text();
                codeStart = t.start();
                codeEnd = t.end();
                vesicleStart = tokens.get(i + 1).start();
                vesicleEnd = tokens.get(i + 1).end();
                form = tokens.get(i + 1).text();
            } else {
                continue;
            }
            boolean partAfter = i + 1 < tokens.size() && joined.matches() && t.end() + 1 == tokens.get(i + 1).start()
                    && NAME_HYPHEN.matcher(text).region(t.end(), tokens.get(i + 1).start()).matches();
            String single = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
            Term vesicle = lexicon.term(BACTERIAL_FORMS.getOrDefault(single, ""));
            Boolean outer = partAfter || vesicle == null ? null : namesBacteriumWithInitials(text, code);
            if (outer == null) {
                continue;
            }
            if (outer && !single.equals("OMV") && joined.matches()) {
                // "Escherichia coli sheds outer membrane vesicles ... EcEVs": a name of the vesicles the text introduced,
                // left to the unbracketed-name reading, which gives it their kind (branch names2)
                continue;
            }
            int vs = vesicleStart;
            int ve = vesicleEnd;
            int cs = codeStart;
            // the code's letters were read as a part of one vesicle mention: the word is split in two
            mentions.removeIf(m -> m.start() >= cs && m.end() <= ve && m.is(MentionType.VESICLE)
                    && !(m.start() == vs && m.end() == ve));
            if (mentions.stream().anyMatch(m -> m.start() < codeEnd && m.end() > cs)) {
                continue;
            }
            taken[i] = true;
            mentions.add(new Mention(bacterium, codeStart, codeEnd, text.substring(codeStart, codeEnd)));
            if (mentions.stream().noneMatch(m -> m.start() == vs && m.end() == ve && m.is(MentionType.VESICLE))) {
                mentions.add(new Mention(vesicle, vesicleStart, vesicleEnd, text.substring(vesicleStart, vesicleEnd)));
            }
        }
    }

    /** Outer membrane vesicles named in a sentence ("sheds outer membrane vesicles", "OMVs of ..."). */
    private static final java.util.regex.Pattern OUTER_MEMBRANE_VESICLES = java.util.regex.Pattern.compile(
            "(?i:outer[\\s\\-‐–]+membrane[\\s\\-‐–]+vesicles?)|\\bOMVs?\\b");

    /**
     * Whether the document names a bacterium whose genus and species begin with the code's two letters: null if not;
     * else whether a sentence naming it names outer membrane vesicles too (the vesicles the text introduced).
     */
    private Boolean namesBacteriumWithInitials(String text, String code) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(" + code.charAt(0) + "[a-z]{2,})\\s+("
                + code.charAt(1) + "[a-z]{2,})(?![\\p{L}\\p{N}])").matcher(text);
        String bacterium = org.exokg.ExoKg.NS + "Bacterium";
        Boolean found = null;
        while (m.find()) {
            Term named = termOf(TermKeys.key(m.group(1)) + TermKeys.key(m.group(2)));
            if (named == null) {
                named = termOf(TermKeys.key(m.group(1)));
            }
            if (named != null && (named.iri().equals(bacterium) || lexicon.isA(named.iri(), bacterium))) {
                int from = Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf('\n', m.start()));
                int to = text.indexOf(". ", m.end());
                String sentence = text.substring(Math.max(0, from), to < 0 ? text.length() : to);
                if (OUTER_MEMBRANE_VESICLES.matcher(sentence).find()) {
                    return true;
                }
                found = false;
            }
        }
        return found;
    }

    /** "iPSC", "M2", "UC", "Apt": a capital or a digit in the word. */
    private static boolean codeLike(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) || Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's name patterns when this recogniser was made, and their words (final: safe across threads). */
    private final List<Lexicon.NamePattern> namePatternsRead;
    private final RequiredWords[] namePatternWords;

    /**
     * Each name pattern's {@link RequiredWords#inMatch} words (branch enginespeed12: two map look-ups per pattern and
     * sentence before), read once when the recogniser is made; for another list of patterns, read now.
     */
    private RequiredWords[] namePatternWords(List<Lexicon.NamePattern> patterns) {
        return patterns == namePatternsRead ? namePatternWords : wordsOf(patterns);
    }

    private static RequiredWords[] wordsOf(List<Lexicon.NamePattern> patterns) {
        RequiredWords[] words = new RequiredWords[patterns.size()];
        for (int p = 0; p < words.length; p++) {
            words[p] = RequiredWords.inMatch(patterns.get(p).pattern());
        }
        return words;
    }

    /**
     * Names that follow a class's naming scheme ("miR-21", "IL-6"), as candidates spanning whole tokens; added after the
     * lexicon's, so that a label of the same span (a class of its own, such as HSP70) wins.
     */
    private void addNamePatternCandidates(String text, int start, int end, List<TermKeys.Token> tokens, List<int[]> candidates) {
        List<Lexicon.NamePattern> patterns = lexicon.namePatterns();
        String sentence = text.substring(start, end);
        RequiredWords[] words = namePatternWords(patterns);
        RequiredWords.Answers answers = RequiredWords.Answers.ofThread(); // once per sentence, not per pattern
        for (int p = 0; p < patterns.size(); p++) {
            // most sentences name no microRNA or interleukin: a pattern whose words are absent is not run (its
            // lookbehind would be tried at every position); lookarounds may read past the sentence, so only the words
            // of the match itself are required
            if (!words[p].mayMatch(sentence, answers)) {
                continue;
            }
            java.util.regex.Matcher m = patterns.get(p).pattern().matcher(text).region(start, end);
            m.useTransparentBounds(true);
            while (m.find()) {
                int first = tokenStartingAt(tokens, m.start());
                int last = tokenEndingAt(tokens, m.end());
                if (first >= 0 && last >= first) {
                    candidates.add(new int[] {first, last, p});
                }
            }
        }
    }

    private static int tokenStartingAt(List<TermKeys.Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEndingAt(List<TermKeys.Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Coordinated modifiers share the head of the term after them: "passive and active loading
     * methods" names passive loading too, "T and B cells" T cells. A word before "and"/"or" (and
     * before it, comma-separated words) becomes a mention when, put in place of the term's first
     * word, it gives a term of the same type.
     */
    private void sharedHead(String text, List<TermKeys.Token> tokens, StringBuilder key, int[] keyStarts, int[] keyEnds,
            int[] span, Term head, boolean[] taken, List<Mention> mentions) {
        int first = span[0], last = span[1];
        if (last == first) {
            return;
        }
        String rest = key.substring(keyStarts[first + 1], keyEnds[last]);
        int next = first;
        boolean conjunctionSeen = false;
        while (true) {
            int a = next - 1;
            if (a < 0) {
                return;
            }
            if (!conjunctionSeen && CONJUNCTION.matcher(tokens.get(a).text()).matches()) {
                if (!gapIs(text, tokens.get(a).end(), tokens.get(next).start(), "")) {
                    return;
                }
                conjunctionSeen = true;
                a--;
                if (a < 0 || !(gapIs(text, tokens.get(a).end(), tokens.get(a + 1).start(), "")
                        || gapIs(text, tokens.get(a).end(), tokens.get(a + 1).start(), ","))) {
                    return;
                }
            } else if (!conjunctionSeen || !gapIs(text, tokens.get(a).end(), tokens.get(next).start(), ",")) {
                return;
            }
            if (taken[a]) {
                return;
            }
            Term t = sameType(key.substring(keyStarts[a], keyEnds[a]) + rest, head);
            if (t == null) {
                return;
            }
            taken[a] = true;
            TermKeys.Token w = tokens.get(a);
            mentions.add(new Mention(t, w.start(), w.end(), w.text()));
            next = a;
        }
    }

    /**
     * A term of the form "H of X" distributes over a list after it: "the milk of cows, pigs and
     * goats" names goat milk too. Single-word items the lexicon does not know keep the list going.
     */
    private void distributedHead(String text, List<TermKeys.Token> tokens, StringBuilder key, int[] keyStarts,
            int[] keyEnds, int[] span, Term head, boolean[] taken, int end, List<Mention> mentions) {
        int first = span[0], last = span[1];
        if (last - first < 2 || !tokens.get(last - 1).text().equalsIgnoreCase("of")) {
            return;
        }
        String prefix = key.substring(keyStarts[first], keyEnds[last - 1]);
        int previous = last;
        boolean afterConjunction = false;
        int unknown = 0;
        for (int n = last + 1; n < tokens.size() && tokens.get(n).start() < end; n++) {
            boolean conjunction = CONJUNCTION.matcher(tokens.get(n).text()).matches();
            String gap = text.substring(tokens.get(previous).end(), tokens.get(n).start()).strip();
            if (conjunction) {
                if (afterConjunction || !(gap.isEmpty() || gap.equals(","))) {
                    return;
                }
                afterConjunction = true;
                previous = n;
                continue;
            }
            if (!(gap.equals(",") && !afterConjunction || gap.isEmpty() && afterConjunction)) {
                return;
            }
            Term t = sameType(prefix + key.substring(keyStarts[n], keyEnds[n]), head);
            if (taken[n]) {
                // "the milk of cows, pigs": the list item names pig milk, not the organism the word alone names
                int single = singleWordMention(mentions, tokens.get(n));
                if (t == null || single < 0) {
                    return;
                }
                TermKeys.Token w = tokens.get(n);
                mentions.set(single, new Mention(t, w.start(), w.end(), w.text()));
            } else if (t == null) {
                if (++unknown > 2) {
                    return;
                }
            } else {
                taken[n] = true;
                TermKeys.Token w = tokens.get(n);
                mentions.add(new Mention(t, w.start(), w.end(), w.text()));
            }
            if (afterConjunction) {
                return; // "..., and goats": the list ends
            }
            previous = n;
        }
    }

    /** Index of the mention that is exactly the word {@code w}, or -1. */
    private static int singleWordMention(List<Mention> mentions, TermKeys.Token w) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).start() == w.start() && mentions.get(i).end() == w.end()) {
                return i;
            }
        }
        return -1;
    }

    private Term sameType(String key, Term like) {
        for (Lexicon.Entry e : lexicon.entries(key)) {
            if (e.term().types().equals(like.types()) && !e.term().equals(like)) {
                return e.term();
            }
        }
        return null;
    }

    private static boolean gapIs(String text, int from, int to, String punctuation) {
        return text.substring(from, to).strip().equals(punctuation) && to - from <= 3;
    }

    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile("(?i)and|or");
}
