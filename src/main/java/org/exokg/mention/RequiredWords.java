package org.exokg.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a regular expression cannot match without, read from the expression itself: a list of sets of strings
 * such that every match leaves, in the text searched, at least one string of each set ("cross(?:es|ed)?|penetrat\w*"
 * needs "cross" or "penetrat"). Most rule triggers, cues and challenge events are tried against text that holds
 * none of their words; there a {@link #matcher} finds nothing without running the expression (which would try its
 * alternatives at every position). The words are derived for any entry of the rule and cue files, so a new entry
 * keeps working: whatever this reader does not understand (a character class it cannot list, {@code .}, {@code \w},
 * a back-reference, flags such as comments or Unicode case) requires nothing, so the test is a superset of the
 * expression's matches and never skips one. A positive lookaround's words are required of the text searched (it
 * may look outside the match, never outside the text); a negative one requires nothing. Shared by the claim rules and
 * the mention recogniser's name patterns ({@link #inMatch}, for a sentence searched as a region of its document).
 */
public final class RequiredWords {

    /** Most strings one part of an expression is listed as (beyond it the part counts as unknown). */
    private static final int MAX_STRINGS = 64;
    /** Most required sets an alternation is listed with (one per pick of a set from each branch). */
    private static final int MAX_PICKS = 16;
    private static final Pattern NEVER = Pattern.compile("(?!)");
    private static final Map<Pattern, RequiredWords> BY_PATTERN = new ConcurrentHashMap<>();
    private static final Map<Pattern, RequiredWords> CONSUMED_BY_PATTERN = new ConcurrentHashMap<>();
    /**
     * Every listed word of every expression, numbered (a case-insensitive test is a word of its own): many expressions
     * share words ("may", "not", "derived"), and one text is tested against many expressions in a row (every cue of a
     * section against a scope, every rule trigger against a zone, every challenge event against a sentence), so a
     * word's answer for the text is kept ({@link Answers}) and not searched for again.
     */
    private static final Map<String, Integer> WORD_IDS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger WORD_COUNT = new java.util.concurrent.atomic.AtomicInteger();
    /** The words of {@link #WORD_IDS} by number, as keyed there ("i " or "s " and the word), for {@link WordAutomaton}. */
    private static final Map<Integer, String> WORD_BY_ID = new ConcurrentHashMap<>();
    /**
     * The automata over every word known when they were made, case-sensitive and case-insensitive (branch enginespeed7);
     * remade when many words have come since ({@link #automaton}). Null until first asked for.
     */
    private static volatile WordAutomaton caseSensitiveWords;
    private static volatile WordAutomaton caseInsensitiveWords;
    private static final RequiredWords NOTHING = new RequiredWords(List.of(), List.of(), false);

    private final List<Set<String>> required;
    /**
     * The alternations whose words {@link #required} cannot hold (branch enginespeed12): each a list of its branches'
     * needs, one of which every match meets. An alternation's required sets are one pick of a set per branch, at most
     * {@link #MAX_PICKS} of them; past that, the sets kept come down to the words few branches share (a composed event of
     * three predicates needed only its attribute's noun). The branches' own needs keep what the picks lost.
     */
    private final List<List<Need>> choiceNeeds;
    private final boolean caseInsensitive;

    /** The distinct words of all sets: sets picked from the branches of alternations share many. */
    private final String[] words;
    /** For each word of {@link #words}, the {@link CharPairs} codes of its adjacent characters. */
    private final int[][] pairCodes;
    /** For each word of {@link #words}, its number among the words of every expression ({@link #WORD_IDS}). */
    private final int[] wordIds;
    /** The sets as indices into {@link #words}, in the order they are searched. */
    private final int[][] sets;
    /** {@link #choiceNeeds} as indices into {@link #words}: tested after {@link #sets}, when they all hold. */
    private final Choice[] choices;

    private RequiredWords(List<Set<String>> required, List<List<Need>> choiceNeeds, boolean caseInsensitive) {
        this.required = required;
        this.choiceNeeds = choiceNeeds;
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        this.sets = indexed(required, index);
        this.choices = indexedChoices(choiceNeeds, index);
        this.words = index.keySet().toArray(String[]::new);
        this.pairCodes = java.util.Arrays.stream(words).map(CharPairs::codes).toArray(int[][]::new);
        this.caseInsensitive = caseInsensitive;
        this.wordIds = java.util.Arrays.stream(words)
                .mapToInt(w -> WORD_IDS.computeIfAbsent((caseInsensitive ? "i " : "s ") + w, k -> {
                    int id = WORD_COUNT.getAndIncrement();
                    WORD_BY_ID.put(id, k);
                    return id;
                })).toArray();
    }

    /**
     * The sets as indices into the words of {@code index} (words new to it added), the set whose shortest word is longest
     * first: long words are rare, so a text usually fails there.
     */
    private static int[][] indexed(List<Set<String>> sets, Map<String, Integer> index) {
        return sets.stream()
                .sorted(java.util.Comparator.comparingInt((Set<String> anyOf) -> -anyOf.stream().mapToInt(String::length).min().orElse(0)))
                .map(anyOf -> anyOf.stream().mapToInt(w -> index.computeIfAbsent(w, x -> index.size())).toArray())
                .toArray(int[][]::new);
    }

    private static Choice[] indexedChoices(List<List<Need>> choices, Map<String, Integer> index) {
        return choices.stream()
                .map(branches -> new Choice(branches.stream()
                        .map(b -> new Branch(indexed(b.sets(), index), indexedChoices(b.choices(), index)))
                        .toArray(Branch[]::new)))
                .toArray(Choice[]::new);
    }

    /** An alternation's branches, as indices into {@link #words}: a match meets one of them. */
    private record Choice(Branch[] branches) {}

    /** One branch's needs: a word of each set, and a branch of each of its own alternations. */
    private record Branch(int[][] sets, Choice[] choices) {}

    /**
     * The automaton over the known words of one kind: the one made before if few words have come since (the rest are
     * searched for one by one), else one made now over all of them.
     */
    static WordAutomaton automaton(boolean ignoresCase) {
        WordAutomaton a = ignoresCase ? caseInsensitiveWords : caseSensitiveWords;
        int count = WORD_COUNT.get();
        if (a != null && count - a.covered <= Math.max(32, a.covered / 8)) {
            return a;
        }
        synchronized (WORD_BY_ID) {
            a = ignoresCase ? caseInsensitiveWords : caseSensitiveWords;
            if (a != null && count - a.covered <= Math.max(32, a.covered / 8)) {
                return a;
            }
            // the words numbered so far, up to the first whose entry another thread has not made yet
            int covered = 0;
            String[] words = new String[count];
            boolean[] kinds = new boolean[count];
            while (covered < count) {
                String key = WORD_BY_ID.get(covered);
                if (key == null) {
                    break;
                }
                words[covered] = key.substring(2);
                kinds[covered] = key.charAt(0) == 'i';
                covered++;
            }
            a = new WordAutomaton(words, kinds, covered, ignoresCase);
            if (ignoresCase) {
                caseInsensitiveWords = a;
            } else {
                caseSensitiveWords = a;
            }
            return a;
        }
    }


    /** The expressions read so far and their words (for the listing of alternations tested by branch, a tool). */
    static Map<Pattern, RequiredWords> read() {
        return Map.copyOf(BY_PATTERN);
    }

    /** Whether the text holds a word of each required set, the alternations not tested by branch (for tools). */
    boolean setsHeldBySearch(String input) {
        return heldBySearch(sets, input);
    }

    /** The words {@code pattern} needs (computed once per pattern). */
    public static RequiredWords of(Pattern pattern) {
        RequiredWords known = BY_PATTERN.get(pattern);
        return known != null ? known : BY_PATTERN.computeIfAbsent(pattern, p -> read(p, true));
    }

    /**
     * The words a match of {@code pattern} holds within itself, its lookarounds requiring nothing: the test for a region
     * of a longer text searched with transparent bounds (a lookaround may look outside the region, the match may not).
     */
    public static RequiredWords inMatch(Pattern pattern) {
        RequiredWords known = CONSUMED_BY_PATTERN.get(pattern);
        return known != null ? known : CONSUMED_BY_PATTERN.computeIfAbsent(pattern, p -> read(p, false));
    }

    /**
     * The same words tested as written: for a text lower-cased beforehand, where a case-insensitive expression's words
     * (all lower-case ASCII) are found by plain searches and the pairs test instead of a search in either case per word
     * (branch speed20). The caller lower-cases the text so that no ASCII letter is lost (what {@code toLowerCase} does
     * to a text whose characters beyond ASCII do not fold onto ASCII letters).
     */
    public RequiredWords forLowerCaseText() {
        return caseInsensitive ? new RequiredWords(required, choiceNeeds, false) : this;
    }

    /**
     * A matcher of {@code pattern} over {@code input}, or, when a required word is missing, one that finds nothing
     * (over the same text, so that a replacement returns it unchanged; its region is the end, so that it gives up at
     * once).
     */
    public static Matcher matcher(Pattern pattern, String input) {
        return matcher(pattern, input, Answers.ofThread());
    }

    /** As {@link #matcher(Pattern, String)}, the words' answers kept in {@code answers} (one caller's, one thread's). */
    public static Matcher matcher(Pattern pattern, String input, Answers answers) {
        return of(pattern).mayMatch(input, answers) ? LeadingLookarounds.guarded(pattern).matcher(input)
                : NEVER.matcher(input).region(input.length(), input.length());
    }

    /** Whether {@code pattern} finds a match in {@code input} (tested against the required words first). */
    public static boolean find(Pattern pattern, String input) {
        return find(pattern, input, Answers.ofThread());
    }

    /** As {@link #find(Pattern, String)}, the words' answers kept in {@code answers}. */
    public static boolean find(Pattern pattern, String input, Answers answers) {
        return of(pattern).mayMatch(input, answers) && LeadingLookarounds.guarded(pattern).matcher(input).find();
    }

    /**
     * An expression's guarded form ({@link LeadingLookarounds#guarded}) and its required words, held by the rule or cue
     * entry that searches it, from load on: each search then makes no map look-up (branch speed23; the static
     * {@link #matcher(Pattern, String, Answers)} looks both up per call). Immutable: the matchers it makes are the caller's.
     */
    public record Search(Pattern guarded, RequiredWords words) {

        /** The search for {@code pattern}, or null for none. */
        public static Search of(Pattern pattern) {
            return pattern == null ? null : new Search(LeadingLookarounds.guarded(pattern), RequiredWords.of(pattern));
        }

        /** As {@link RequiredWords#matcher(Pattern, String, Answers)}. */
        public Matcher matcher(String input, Answers answers) {
            return words.mayMatch(input, answers) ? guarded.matcher(input)
                    : NEVER.matcher(input).region(input.length(), input.length());
        }

        /** As {@link RequiredWords#find(Pattern, String, Answers)}. */
        public boolean find(String input, Answers answers) {
            return words.mayMatch(input, answers) && guarded.matcher(input).find();
        }
    }

    /** False only when {@code input} lacks every string of some required set (then the expression cannot match). */
    public boolean mayMatch(String input) {
        return sets.length == 0 && choices.length == 0 || mayMatch(input, Answers.ofThread());
    }

    /**
     * As {@link #mayMatch(String)}, the words' answers for {@code input} kept in {@code answers}: a caller that tests
     * many expressions (the claim extractor, one per document and thread) holds its own, so no thread-local look-up is
     * made per expression.
     */
    public boolean mayMatch(String input, Answers answers) {
        if (sets.length == 0 && choices.length == 0) {
            return true;
        }
        Answers.Text state = answers.of(input, WORD_COUNT.get());
        long[] pairs = caseInsensitive ? null : state.pairs();
        return allHeld(sets, input, state, pairs) && allMet(choices, input, state, pairs);
    }

    /** Whether the text holds a word of each set; each word is looked for once per text, however many sets and expressions hold it. */
    private boolean allHeld(int[][] anyOfs, String input, Answers.Text state, long[] pairs) {
        for (int[] anyOf : anyOfs) {
            boolean found = false;
            for (int w : anyOf) {
                if (has(w, input, state, pairs)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text meets some branch of each choice. */
    private boolean allMet(Choice[] all, String input, Answers.Text state, long[] pairs) {
        for (Choice c : all) {
            boolean met = false;
            for (Branch b : c.branches()) {
                if (allHeld(b.sets(), input, state, pairs) && allMet(b.choices(), input, state, pairs)) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    private boolean has(int w, String input, Answers.Text state, long[] pairs) {
        int id = wordIds[w];
        if (state.stamp[id] == state.generation) {
            return state.present[id];
        }
        boolean has = state.scanned(id, caseInsensitive) ? state.found(id) : contains(input, w, pairs);
        state.stamp[id] = state.generation;
        state.present[id] = has;
        return has;
    }

    /**
     * The answer {@link #mayMatch(String, Answers)} gives, found by searching for each word with no answer kept: the
     * reference the word automaton is checked against (tests).
     */
    boolean mayMatchBySearch(String input) {
        return heldBySearch(sets, input) && metBySearch(choices, input);
    }

    private boolean heldBySearch(int[][] anyOfs, String input) {
        for (int[] anyOf : anyOfs) {
            boolean found = false;
            for (int w : anyOf) {
                if (contains(input, w, null)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean metBySearch(Choice[] all, String input) {
        for (Choice c : all) {
            boolean met = false;
            for (Branch b : c.branches()) {
                if (heldBySearch(b.sets(), input) && metBySearch(b.choices(), input)) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** The alternations tested branch by branch ({@link #choiceNeeds}), for tests. */
    List<List<Need>> choiceNeeds() {
        return choiceNeeds;
    }

    /** Every word known so far, by number, as keyed in {@link #WORD_IDS} ("i " or "s " and the word). For tests. */
    static List<String> knownWords() {
        List<String> out = new ArrayList<>();
        for (int id = 0; WORD_BY_ID.containsKey(id); id++) {
            out.add(WORD_BY_ID.get(id));
        }
        return out;
    }

    /** Whether {@code text} holds the known word {@code key} (as {@link #knownWords} gives it), searched as before. */
    static boolean holds(String text, String key) {
        String word = key.substring(2);
        return key.charAt(0) == 'i' ? containsIgnoringCase(text, word) : text.contains(word);
    }

    private boolean contains(String input, int w, long[] pairs) {
        return caseInsensitive ? containsIgnoringCase(input, words[w])
                : (pairs == null || CharPairs.allIn(pairCodes[w], pairs)) && input.contains(words[w]);
    }

    /**
     * The answers kept for the last few texts tested ({@link #TEXTS}, by identity): which words (by {@link #WORD_IDS}
     * number) each holds, and its pairs of adjacent characters. Many expressions are tested against one text (every cue
     * entry of a section against a scope, every rule trigger against a zone), and the rule loop alternates between
     * a few texts (the sentence for a rule's exception, the clause before the object, the zone for its trigger), so
     * answers for one text only were lost at every switch. Not thread-safe: one per caller and thread (the claim
     * extractor holds one per document); {@link #ofThread()} for callers that hold none.
     */
    public static final class Answers {
        private static final int TEXTS = 4;
        /**
         * The words of one kind searched for one by one in a text before one pass finds them all (branch enginespeed7):
         * {@code -Dexokg.wordPassAfter=N}, read once; by default never (measured side by side, the pass after 2 or 16
         * searches was 0.93-0.98 x as fast as the searches alone: docs/performance.md).
         */
        private static final int SEARCHES_BEFORE_PASS = Integer.getInteger("exokg.wordPassAfter", Integer.MAX_VALUE);
        private static final ThreadLocal<Answers> OF_THREAD = ThreadLocal.withInitial(Answers::new);
        private final Text[] texts = new Text[TEXTS];
        private int next;

        public Answers() {
            this(SEARCHES_BEFORE_PASS);
        }

        /**
         * Answers that search for {@code searchesBeforePass} - 1 words of a kind one by one in a text and then pass the
         * automaton over it (1: at once; {@code Integer.MAX_VALUE}: never, every word searched for as before branch
         * enginespeed7). For tests.
         */
        Answers(int searchesBeforePass) {
            WordAutomaton.Marks marks = new WordAutomaton.Marks();
            for (int i = 0; i < TEXTS; i++) {
                texts[i] = new Text(searchesBeforePass, marks);
            }
        }

        /** This thread's answers, for callers that hold none of their own. */
        public static Answers ofThread() {
            return OF_THREAD.get();
        }

        /** The answers for {@code text}: those kept if it is one of the last texts tested, else a slot emptied for it. */
        Text of(String text, int words) {
            for (Text t : texts) {
                if (t.text == text) {
                    t.tests++;
                    return t.room(words);
                }
            }
            Text t = texts[next];
            next = (next + 1) % TEXTS;
            t.reset(text);
            return t.room(words);
        }

        /** What is known of one text. */
        static final class Text {
            private String text;
            private int tests;
            private boolean listed;
            private final long[] bits = new long[64];
            int generation = 1;
            int[] stamp = new int[0];
            boolean[] present = new boolean[0];

            /**
             * Per kind of word (case-sensitive 0, case-insensitive 1): the words searched for one by one in the text so
             * far, and the automaton that has found every word of its kind in it, or null.
             */
            private final int[] searched = new int[2];
            private final int searchesBeforePass;
            private final WordAutomaton[] scannedBy = new WordAutomaton[2];
            /** The words the automata found, bits by number; {@code dirty} if any bit may be set. */
            private long[] found = new long[0];
            private boolean dirty;
            private final WordAutomaton.Marks marks;

            Text(int searchesBeforePass, WordAutomaton.Marks marks) {
                this.searchesBeforePass = searchesBeforePass;
                this.marks = marks;
            }

            void reset(String text) {
                this.text = text;
                tests = 1;
                listed = false;
                searched[0] = 0;
                searched[1] = 0;
                scannedBy[0] = null;
                scannedBy[1] = null;
                if (dirty) {
                    java.util.Arrays.fill(found, 0L);
                    dirty = false;
                }
                if (++generation == 0) { // wrapped round: stamps of 2^32 texts ago would read as current
                    java.util.Arrays.fill(stamp, 0);
                    generation = 1;
                }
            }

            /**
             * Whether word {@code id} (of the kind {@code ignoresCase}) has been found or not by an automaton's pass over
             * the text: from the {@link #SEARCHES_BEFORE_PASS}-th word of a kind not yet known for it on, one pass finds
             * all the known words of that kind (branch enginespeed7). False: search for the word as before.
             */
            boolean scanned(int id, boolean ignoresCase) {
                int kind = ignoresCase ? 1 : 0;
                WordAutomaton a = scannedBy[kind];
                if (a == null) {
                    if (searched[kind] < 0 || ++searched[kind] < searchesBeforePass) {
                        return false;
                    }
                    a = automaton(ignoresCase);
                    if (id >= a.covered) {
                        return false; // a word newer than the automaton: searched for (a later word may bring the pass)
                    }
                    if (found.length < (a.covered + 63) >>> 6) {
                        found = java.util.Arrays.copyOf(found, Math.max((a.covered + 63) >>> 6, found.length * 2));
                    }
                    dirty = true;
                    if (!a.scan(text, found, marks)) {
                        searched[kind] = -1; // the automaton cannot answer for this text: search word by word
                        return false;
                    }
                    scannedBy[kind] = a;
                }
                return id < a.covered;
            }

            /** Whether the automata found word {@code id} (only after {@link #scanned} said they looked for it). */
            boolean found(int id) {
                return (found[id >>> 6] & 1L << id) != 0;
            }

            Text room(int words) {
                if (stamp.length < words) {
                    int size = Math.max(words, stamp.length * 2);
                    stamp = java.util.Arrays.copyOf(stamp, size);
                    present = java.util.Arrays.copyOf(present, size);
                }
                return this;
            }

            /** The text's pairs, or null the first time it is tested (then plain searches are cheaper). */
            long[] pairs() {
                if (tests < 2) {
                    return null;
                }
                if (!listed) {
                    java.util.Arrays.fill(bits, 0L);
                    for (int i = 0; i + 1 < text.length(); i++) {
                        int c = CharPairs.code(text.charAt(i), text.charAt(i + 1));
                        bits[c >>> 6] |= 1L << c;
                    }
                    listed = true;
                }
                return bits;
            }
        }
    }

    /**
     * Which of many expressions a text may match, found by one pass over the text (branch enginespeed). Each expression
     * is tested by its words ({@link #mayMatch}) one set at a time, and a caller that tries a long list of expressions
     * on every sentence (the 173 challenge events, every cue of a section on every scope) asked ~550 fresh word
     * questions per sentence to learn that nearly all of them fail. Here each expression has one key set (the set it
     * tests first: its shortest word is the longest), and one pass over the text, a table look-up per position by the
     * first characters there, finds which key words the text holds: an expression none of whose key words is in the text
     * cannot match, and {@link #candidates} leaves it out. The rest are tested by {@link #mayMatch} as before, so the
     * answers are the same: a superset by construction.
     *
     * <p>Exactness. A case-sensitive key word in the text starts where the text's two characters are the word's first
     * two; a case-insensitive one (lower-case ASCII, tested by {@code regionMatches(true, ...)}) where each character is
     * the word's under {@code toLowerCase(toUpperCase(c))}, the fold that {@code regionMatches} compares by (so the
     * Kelvin sign and the long s find "k" and "s"). Positions are looked up by the folded first three characters (two for a two-character word) in both cases and
     * checked as the word test checks. An expression with no words, or whose key set holds a one-character word, is
     * always a candidate. Immutable and thread-safe once made.
     */
    public static final class Index {
        private static final int BUCKETS = 4096;
        private final int count;
        /** Expressions that are candidates for every text. */
        private final long[] always;
        private final String[] keys;
        private final boolean[] keyIgnoresCase;
        /** For each key, the expressions whose key set holds it (their numbers). */
        private final int[][] keyOwners;
        /**
         * Keys of three or more characters by the bucket of their first three characters folded, {@code
         * longKeys[longStart[b] .. longStart[b + 1])}; keys of two by their two, {@code shortKeys[shortStart[b] ..
         * shortStart[b + 1])}.
         */
        private final int[] longStart;
        private final int[] longKeys;
        private final int[] shortStart;
        private final int[] shortKeys;
        /**
         * Which buckets of each table hold a key, as bits (512 bytes each): most positions of a text open no key, and
         * a bit test in a small array answers that without reading the tables (a dozen indexes are in use at once).
         */
        private final long[] longOccupied = new long[BUCKETS >>> 6];
        private final long[] shortOccupied = new long[BUCKETS >>> 6];

        private Index(List<RequiredWords> expressions, java.util.BitSet leftOut) {
            count = expressions.size();
            always = new long[(count + 63) >>> 6];
            Map<String, Integer> keyIds = new java.util.LinkedHashMap<>();
            List<List<Integer>> owners = new ArrayList<>();
            List<Boolean> ignores = new ArrayList<>();
            for (int e = 0; e < count; e++) {
                if (leftOut.get(e)) {
                    continue; // (branch perf41) never a candidate: no key of its own, not among those of every text
                }
                RequiredWords rw = expressions.get(e);
                int[] keySet = rw == null || rw.sets.length == 0 ? null : rw.sets[0];
                boolean usable = keySet != null;
                for (int w = 0; usable && w < keySet.length; w++) {
                    usable = rw.words[keySet[w]].length() >= 2;
                }
                if (!usable) {
                    always[e >>> 6] |= 1L << e;
                    continue;
                }
                for (int w : keySet) {
                    String word = rw.words[w];
                    Integer id = keyIds.computeIfAbsent((rw.caseInsensitive ? "i " : "s ") + word, k -> {
                        owners.add(new ArrayList<>());
                        ignores.add(rw.caseInsensitive);
                        return owners.size() - 1;
                    });
                    owners.get(id).add(e);
                }
            }
            keys = keyIds.keySet().stream().map(k -> k.substring(2)).toArray(String[]::new);
            keyIgnoresCase = new boolean[keys.length];
            keyOwners = new int[keys.length][];
            for (int k = 0; k < keys.length; k++) {
                keyIgnoresCase[k] = ignores.get(k);
                keyOwners[k] = owners.get(k).stream().mapToInt(Integer::intValue).distinct().toArray();
            }
            longStart = new int[BUCKETS + 1];
            shortStart = new int[BUCKETS + 1];
            longKeys = table(true, longStart);
            shortKeys = table(false, shortStart);
            for (int b = 0; b < BUCKETS; b++) {
                longOccupied[b >>> 6] |= longStart[b + 1] > longStart[b] ? 1L << b : 0;
                shortOccupied[b >>> 6] |= shortStart[b + 1] > shortStart[b] ? 1L << b : 0;
            }
        }

        /** The keys of three or more characters ({@code longer}) or of two, by bucket; {@code start} is filled. */
        private int[] table(boolean longer, int[] start) {
            int[] size = new int[BUCKETS + 1];
            List<Integer> chosen = new ArrayList<>();
            for (int k = 0; k < keys.length; k++) {
                if (keys[k].length() >= 3 == longer) {
                    chosen.add(k);
                    size[bucketOf(keys[k])]++;
                }
            }
            for (int b = 0; b < BUCKETS; b++) {
                start[b + 1] = start[b] + size[b];
            }
            int[] out = new int[chosen.size()];
            int[] next = java.util.Arrays.copyOf(start, BUCKETS);
            for (int k : chosen) {
                out[next[bucketOf(keys[k])]++] = k;
            }
            return out;
        }

        private static int bucketOf(String key) {
            char a = fold(key.charAt(0));
            char b = fold(key.charAt(1));
            return key.length() >= 3 ? bucket(a, b, fold(key.charAt(2))) : bucket(a, b, '\0');
        }

        /** The index of {@code expressions} (numbered by their place in the list; a null one is a candidate for every text). */
        public static Index of(List<RequiredWords> expressions) {
            return new Index(expressions, new java.util.BitSet());
        }

        /**
         * (branch perf41) The index of {@code expressions} with those numbered in {@code leftOut} left out: they keep
         * their numbers but are never candidates, and their words are not looked for (the events of a reading whose
         * switch is off).
         */
        public static Index of(List<RequiredWords> expressions, java.util.BitSet leftOut) {
            return new Index(expressions, leftOut);
        }

        /** The number of expressions indexed. */
        public int size() {
            return count;
        }

        /**
         * The expressions that may match {@code text}, as bits by number: every expression whose {@link #mayMatch} is
         * true for the text is among them.
         */
        public long[] candidates(String text) {
            long[] out = always.clone();
            int n = text.length();
            if (n < 2) {
                return out;
            }
            boolean shortOnes = shortKeys.length > 0;
            char c1 = fold(text.charAt(0));
            char c2 = fold(text.charAt(1));
            for (int i = 0; i + 1 < n; i++) {
                char c0 = c1;
                c1 = c2;
                c2 = i + 2 < n ? fold(text.charAt(i + 2)) : '\0';
                int b = bucket(c0, c1, c2);
                if (i + 2 < n && (longOccupied[b >>> 6] & 1L << b) != 0) {
                    for (int j = longStart[b], end = longStart[b + 1]; j < end; j++) {
                        found(text, i, longKeys[j], out);
                    }
                }
                if (shortOnes) {
                    int s = bucket(c0, c1, '\0');
                    if ((shortOccupied[s >>> 6] & 1L << s) != 0) {
                        for (int j = shortStart[s], end = shortStart[s + 1]; j < end; j++) {
                            found(text, i, shortKeys[j], out);
                        }
                    }
                }
            }
            return out;
        }

        /** Marks the owners of key {@code k} if it is in {@code text} at {@code i}. */
        private void found(String text, int i, int k, long[] out) {
            String key = keys[k];
            if (keyIgnoresCase[k] ? text.regionMatches(true, i, key, 0, key.length()) : text.startsWith(key, i)) {
                for (int e : keyOwners[k]) {
                    out[e >>> 6] |= 1L << e;
                }
            }
        }

        /** Whether expression {@code e} is among {@code candidates}. */
        public static boolean has(long[] candidates, int e) {
            return (candidates[e >>> 6] & 1L << e) != 0;
        }

        private static int bucket(char a, char b, char c) {
            return (a * 961 + b * 31 + c) & (BUCKETS - 1);
        }

        /** The character as {@code regionMatches(true, ...)} compares it (equal folds: equal ignoring case). */
        private static char fold(char c) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /**
     * The pairs of adjacent characters in a text, hashed into 4,096 bits: a word one of whose pairs is missing is not in
     * the text. From the second test of a text on, most absent words are ruled out by a few bit tests instead of a
     * search (a word whose pairs are all present is still searched for).
     */
    private static final class CharPairs {
        private CharPairs() {}

        static int code(char a, char b) {
            return (a * 31 + b) & 4095;
        }

        /**
         * The word's pair codes, the pairs of rare characters first (branch enginespeed12): a word is present only if all
         * its pairs are, so the order changes no answer, but most words tested are absent and their first pairs ("re",
         * "in", "th") are in nearly every text; a rare pair first ends the test at once.
         */
        static int[] codes(String word) {
            int n = Math.max(0, word.length() - 1);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> -(rarity(word.charAt(i)) + rarity(word.charAt(i + 1)))));
            int[] codes = new int[n];
            for (int k = 0; k < n; k++) {
                codes[k] = code(word.charAt(order[k]), word.charAt(order[k] + 1));
            }
            return codes;
        }

        /** English letters from the most to the least frequent in running text. */
        private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

        /** How rare the character is in text: 0 for a space or "e" up to 26 for "z"; other characters count as rare. */
        private static int rarity(char c) {
            if (c == ' ') {
                return 0;
            }
            int i = LETTERS_BY_FREQUENCY.indexOf(c);
            return i >= 0 ? i + 1 : 20;
        }

        static boolean allIn(int[] codes, long[] bits) {
            for (int c : codes) {
                if ((bits[c >>> 6] & 1L << c) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether {@code text} holds {@code word} (lower case ASCII) in any case: what an ASCII case-insensitive
     * expression matches, and more ({@link String#regionMatches(boolean, int, String, int, int)} also folds other
     * characters).
     */
    private static boolean containsIgnoringCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        int last = text.length() - word.length();
        int nextLower = text.indexOf(lower);
        int nextUpper = upper == lower ? -1 : text.indexOf(upper);
        while (nextLower >= 0 || nextUpper >= 0) {
            int i = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper ? nextLower : nextUpper;
            if (i > last) {
                return false;
            }
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
            if (i == nextLower) {
                nextLower = text.indexOf(lower, i + 1);
            } else {
                nextUpper = text.indexOf(upper, i + 1);
            }
        }
        return false;
    }

    /** The required sets, for tests. */
    List<Set<String>> required() {
        return required;
    }

    private static RequiredWords read(Pattern pattern, boolean lookaroundsRequire) {
        int unsupportedFlags = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE | Pattern.CANON_EQ
                | Pattern.UNICODE_CHARACTER_CLASS;
        if ((pattern.flags() & unsupportedFlags) != 0) {
            return NOTHING;
        }
        try {
            Reader reader = new Reader(pattern.pattern(), (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0, lookaroundsRequire);
            Part whole = reader.alternation();
            if (reader.pos != reader.regex.length() || reader.unsupported) {
                return NOTHING;
            }
            Need need = asTested(whole.need(), reader.caseInsensitive);
            return new RequiredWords(need.sets(), need.choices(), reader.caseInsensitive);
        } catch (RuntimeException e) {
            return NOTHING; // an expression this reader misreads requires nothing
        }
    }

    /**
     * The need as tested: for a case-insensitive expression each set lower-cased, a set that cannot be dropped (it
     * requires less, so the test stays a superset); an alternation one of whose branches then needs nothing dropped too.
     */
    private static Need asTested(Need need, boolean caseInsensitive) {
        List<Set<String>> sets = new ArrayList<>();
        for (Set<String> anyOf : need.sets()) {
            Set<String> words = caseInsensitive ? lowerAscii(anyOf) : anyOf;
            if (words != null) {
                sets.add(Set.copyOf(words));
            }
        }
        List<List<Need>> choices = new ArrayList<>();
        for (List<Need> branches : need.choices()) {
            List<Need> tested = branches.stream().map(b -> asTested(b, caseInsensitive)).toList();
            if (tested.stream().noneMatch(Need::isEmpty)) {
                choices.add(tested);
            }
        }
        return new Need(List.copyOf(sets), List.copyOf(choices));
    }

    /**
     * What every match of a part holds: a string of each set, and for each alternation ({@code choices}) the needs of
     * one of its branches.
     */
    record Need(List<Set<String>> sets, List<List<Need>> choices) {
        boolean isEmpty() {
            return sets.isEmpty() && choices.isEmpty();
        }
    }

    /**
     * The set lower-cased for a case-insensitive expression, or null (require nothing) if a string is not ASCII
     * (without Unicode case, only ASCII letters match in either case).
     */
    private static Set<String> lowerAscii(Set<String> anyOf) {
        Set<String> lower = new LinkedHashSet<>();
        for (String s : anyOf) {
            if (!s.chars().allMatch(c -> c < 128)) {
                return null;
            }
            lower.add(s.toLowerCase(Locale.ROOT));
        }
        return lower;
    }

    /**
     * What is known of the strings a part of the expression matches: {@code exact}, all of them (may hold ""), or
     * null if unknown; {@code required}, sets of which every match holds a string each.
     */
    private record Part(Set<String> exact, List<Set<String>> required, List<List<Need>> choices) {
        static final Part EMPTY = new Part(Set.of(""), List.of());
        static final Part UNKNOWN = new Part(null, List.of());

        Part(Set<String> exact, List<Set<String>> required) {
            this(exact, required, List.of());
        }

        /** Everything every match holds: the factors and the alternations tested branch by branch. */
        Need need() {
            return new Need(factors(), choices);
        }

        static Part of(String s) {
            return new Part(Set.of(s), List.of());
        }

        /** Sets of which every match holds a string each. */
        List<Set<String>> factors() {
            List<Set<String>> out = new ArrayList<>(required);
            if (exact != null && !exact.contains("")) {
                out.add(exact);
            }
            return out;
        }
    }

    /** A recursive-descent reader of java.util.regex syntax that keeps only what it is sure of. */
    private static final class Reader {
        final String regex;
        int pos;
        boolean caseInsensitive;
        boolean unsupported;
        /** Whether a positive lookaround's words are required (of the text searched), or nothing. */
        final boolean lookaroundsRequire;

        Reader(String regex, boolean caseInsensitive, boolean lookaroundsRequire) {
            this.regex = regex;
            this.caseInsensitive = caseInsensitive;
            this.lookaroundsRequire = lookaroundsRequire;
        }

        Part alternation() {
            List<Part> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> union = new LinkedHashSet<>();
            for (Part b : branches) {
                if (b.exact() == null || union.size() + b.exact().size() > MAX_STRINGS) {
                    union = null;
                    break;
                }
                union.addAll(b.exact());
            }
            if (union != null) {
                return new Part(union, List.of());
            }
            // every match holds one required set of the branch it took: picking one set per branch, their union is
            // required of the alternation. All such picks are (a word both branches need stays a set of its own:
            // "...end up in the liver|...found in the liver" needs "liver" either way), within MAX_PICKS.
            // When picks are cut by MAX_PICKS, or a branch needs more than sets (an alternation of its own, or none but
            // that), the branches' needs are kept as a choice, tested one branch after another (branch enginespeed12).
            List<Set<String>> picks = List.of(Set.of());
            boolean choice = false;
            for (Part b : branches) {
                if (b.factors().isEmpty() && b.choices().isEmpty()) {
                    return Part.UNKNOWN; // a branch needs nothing: neither does the alternation
                }
                choice |= !b.choices().isEmpty();
            }
            for (Part b : branches) {
                List<Set<String>> factors = new ArrayList<>(b.factors());
                if (factors.isEmpty()) {
                    picks = List.of(); // a branch needing an alternation alone: no set is required of all branches
                    break;
                }
                factors.sort(java.util.Comparator.comparingInt((Set<String> f) -> -shortest(f)));
                List<Set<String>> next = new ArrayList<>();
                for (Set<String> pick : picks) {
                    for (Set<String> f : factors) {
                        if (next.size() < MAX_PICKS || f == factors.get(0)) {
                            Set<String> picked = new LinkedHashSet<>(pick);
                            picked.addAll(f);
                            next.add(picked);
                        } else {
                            choice = true;
                        }
                    }
                }
                picks = next;
            }
            List<List<Need>> choices = choice ? List.of(branches.stream().map(Part::need).toList()) : List.of();
            return new Part(null, withoutLooser(picks), choices);
        }

        /** Sets of which another is a subset: required already by the smaller one. */
        private static List<Set<String>> withoutLooser(List<Set<String>> sets) {
            List<Set<String>> distinct = new ArrayList<>(new LinkedHashSet<>(sets));
            List<Set<String>> kept = new ArrayList<>();
            for (Set<String> s : distinct) {
                if (distinct.stream().noneMatch(other -> other.size() < s.size() && s.containsAll(other))) {
                    kept.add(s);
                }
            }
            return kept;
        }

        private static int shortest(Set<String> strings) {
            return strings.stream().mapToInt(String::length).min().orElse(0);
        }

        Part sequence() {
            List<Set<String>> required = new ArrayList<>();
            List<List<Need>> choices = new ArrayList<>();
            Set<String> run = Set.of("");
            boolean exact = true;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                Part p = quantified(atom());
                choices.addAll(p.choices()); // every part of a sequence is matched (at least once)
                if (p.exact() != null && run.size() * p.exact().size() <= MAX_STRINGS) {
                    run = product(run, p.exact());
                    continue;
                }
                exact = false;
                addIfRequired(required, run);
                if (p.exact() != null) {
                    run = p.exact();
                } else {
                    required.addAll(p.required());
                    run = Set.of("");
                }
            }
            if (exact) {
                return new Part(run, List.of(), choices);
            }
            addIfRequired(required, run);
            return new Part(null, required, choices);
        }

        private static void addIfRequired(List<Set<String>> required, Set<String> run) {
            if (!run.contains("")) {
                required.add(run);
            }
        }

        private static Set<String> product(Set<String> a, Set<String> b) {
            Set<String> out = new LinkedHashSet<>();
            for (String x : a) {
                for (String y : b) {
                    out.add(x + y);
                }
            }
            return out;
        }

        /** The part with the quantifier that follows it, if any, applied. */
        Part quantified(Part p) {
            if (pos >= regex.length()) {
                return p;
            }
            char c = regex.charAt(pos);
            int min;
            int max;
            if (c == '?' || c == '*' || c == '+') {
                pos++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Integer.MAX_VALUE;
            } else if (c == '{') {
                int close = regex.indexOf('}', pos);
                String[] bounds = regex.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
                pos = close + 1;
            } else {
                return p;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same strings
            }
            if (min == 1 && max == 1) {
                return p;
            }
            if (min == 0) {
                if (max == 1 && p.exact() != null) {
                    Set<String> optional = new LinkedHashSet<>(p.exact());
                    optional.add("");
                    return new Part(optional, List.of());
                }
                return Part.UNKNOWN;
            }
            return new Part(null, p.factors(), p.choices());
        }

        Part atom() {
            int cp = regex.codePointAt(pos);
            switch (cp) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    pos++;
                    return Part.UNKNOWN;
                case '^':
                case '$':
                    pos++;
                    return Part.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalStateException("dangling quantifier");
                default:
                    pos += Character.charCount(cp);
                    return Part.of(new String(Character.toChars(cp)));
            }
        }

        Part group() {
            pos++; // (
            boolean lookaround = false;
            boolean positive = false;
            if (regex.startsWith("?", pos)) {
                pos++;
                if (regex.startsWith(":", pos) || regex.startsWith(">", pos)) {
                    pos++;
                } else if (regex.startsWith("=", pos) || regex.startsWith("!", pos)) {
                    positive = regex.startsWith("=", pos);
                    pos++;
                    lookaround = true;
                } else if (regex.startsWith("<=", pos) || regex.startsWith("<!", pos)) {
                    positive = regex.startsWith("<=", pos);
                    pos += 2;
                    lookaround = true;
                } else if (regex.startsWith("<", pos)) {
                    pos = regex.indexOf('>', pos) + 1; // a named group
                } else {
                    // flags: (?i) or (?i:...)
                    boolean on = true;
                    while (pos < regex.length() && regex.charAt(pos) != ')' && regex.charAt(pos) != ':') {
                        char f = regex.charAt(pos++);
                        if (f == '-') {
                            on = false;
                        } else if (f == 'i' && on) {
                            caseInsensitive = true;
                        } else if (f == 'x' || f == 'u' || f == 'U') {
                            unsupported = true;
                        }
                    }
                    if (regex.charAt(pos++) == ')') {
                        return Part.EMPTY;
                    }
                }
            }
            Part inside = alternation();
            if (regex.charAt(pos++) != ')') {
                throw new IllegalStateException("unclosed group");
            }
            if (lookaround) {
                // what a positive lookaround needs is in the text searched (if outside the match); a negative one needs nothing
                if (!positive || !lookaroundsRequire || inside.factors().isEmpty() && inside.choices().isEmpty()) {
                    return Part.EMPTY;
                }
                // alternations alone: they match no text of their own, so the strings around them still join
                return inside.factors().isEmpty() ? new Part(Set.of(""), List.of(), inside.choices())
                        : new Part(null, inside.factors(), inside.choices());
            }
            return inside;
        }

        /** A class of a few listed characters (no negation, nesting or intersection) is its characters; else unknown. */
        Part characterClass() {
            pos++; // [
            boolean simple = true;
            if (regex.startsWith("^", pos)) {
                simple = false;
                pos++;
            }
            Set<String> chars = new LinkedHashSet<>();
            int depth = 1;
            boolean first = true;
            while (depth > 0) {
                char c = regex.charAt(pos);
                if (c == ']' && !first) {
                    depth--;
                    pos++;
                    continue;
                }
                first = false;
                if (c == '[') {
                    depth++;
                    simple = false;
                    pos++;
                } else if (c == '&' && regex.startsWith("&&", pos)) {
                    simple = false;
                    pos += 2;
                } else if (c == '\\') {
                    Part e = escape();
                    if (e.exact() == null || e.exact().size() != 1 || e.exact().contains("")) {
                        simple = false;
                    } else {
                        chars.addAll(e.exact());
                    }
                } else {
                    int cp = regex.codePointAt(pos);
                    pos += Character.charCount(cp);
                    if (regex.startsWith("-", pos) && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
                        pos++;
                        int to = regex.charAt(pos) == '\\' ? -1 : regex.codePointAt(pos);
                        if (to < 0) {
                            escape();
                            simple = false;
                        } else {
                            pos += Character.charCount(to);
                            if (to - cp > 16) {
                                simple = false;
                            }
                            for (int x = cp; x <= to && simple; x++) {
                                chars.add(new String(Character.toChars(x)));
                            }
                        }
                    } else {
                        chars.add(new String(Character.toChars(cp)));
                    }
                }
            }
            return simple && !chars.isEmpty() && chars.size() <= 16 ? new Part(chars, List.of()) : Part.UNKNOWN;
        }

        Part escape() {
            pos++; // backslash
            char c = regex.charAt(pos++);
            switch (c) {
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return Part.EMPTY;
                case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
                    return Part.UNKNOWN;
                case 'p', 'P', 'N':
                    if (regex.startsWith("{", pos)) {
                        pos = regex.indexOf('}', pos) + 1;
                    } else {
                        pos++;
                    }
                    return Part.UNKNOWN;
                case 'k':
                    pos = regex.indexOf('>', pos) + 1;
                    return Part.UNKNOWN;
                case 't':
                    return Part.of("\t");
                case 'n':
                    return Part.of("\n");
                case 'r':
                    return Part.of("\r");
                case 'f':
                    return Part.of("\f");
                case 'a':
                    return Part.of("\u0007");
                case 'e':
                    return Part.of("\u001B");
                case 'u':
                    pos += 4;
                    return Part.of(String.valueOf((char) Integer.parseInt(regex.substring(pos - 4, pos), 16)));
                case 'x':
                    if (regex.startsWith("{", pos)) {
                        int close = regex.indexOf('}', pos);
                        int cp = Integer.parseInt(regex.substring(pos + 1, close), 16);
                        pos = close + 1;
                        return Part.of(new String(Character.toChars(cp)));
                    }
                    pos += 2;
                    return Part.of(String.valueOf((char) Integer.parseInt(regex.substring(pos - 2, pos), 16)));
                case 'c':
                    pos++;
                    return Part.UNKNOWN;
                case 'Q':
                    int end = regex.indexOf("\\E", pos);
                    String quoted = regex.substring(pos, end < 0 ? regex.length() : end);
                    pos = end < 0 ? regex.length() : end + 2;
                    return quoted.isEmpty() ? Part.EMPTY : Part.of(quoted);
                default:
                    if (c >= '0' && c <= '9') {
                        while (pos < regex.length() && Character.isDigit(regex.charAt(pos))) {
                            pos++;
                        }
                        return Part.UNKNOWN; // a back-reference or an octal escape
                    }
                    if (Character.isLetter(c)) {
                        unsupported = true;
                        return Part.UNKNOWN;
                    }
                    if (Character.isHighSurrogate(c)) {
                        pos--;
                        int cp = regex.codePointAt(pos);
                        pos += Character.charCount(cp);
                        return Part.of(new String(Character.toChars(cp)));
                    }
                    return Part.of(String.valueOf(c));
            }
        }
    }
}
