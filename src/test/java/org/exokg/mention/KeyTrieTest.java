package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The recogniser's trie gives the same answers as the sets of keys and key beginnings it replaced: a run of words is
 * grown while its joined keys begin a lexicon key, and is a candidate where they are one.
 */
class KeyTrieTest {

    /** Walks {@code s} from the root in pieces (as the recogniser walks it a word at a time); -1 if it begins no key. */
    private static int walk(MentionRecognizer.KeyTrie trie, String s, int piece) {
        char[] chars = s.toCharArray();
        int node = MentionRecognizer.KeyTrie.ROOT;
        for (int from = 0; from < chars.length && node >= 0; from += piece) {
            node = trie.walk(node, chars, from, Math.min(chars.length, from + piece));
        }
        return node;
    }

    @Test
    void answersAsTheSetsOfKeysAndBeginningsDo() {
        Set<String> keys = TestSupport.lexicon().keys();
        Set<String> beginnings = new HashSet<>();
        for (String k : keys) {
            for (int i = 1; i <= k.length(); i++) {
                beginnings.add(k.substring(0, i));
            }
        }
        MentionRecognizer.KeyTrie trie = new MentionRecognizer.KeyTrie(keys);
        // every key and beginning, and strings made by changing, cutting and lengthening them (most begin no key)
        Set<String> probes = new HashSet<>(beginnings);
        Random random = new Random(7);
        List<String> keyList = List.copyOf(keys);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder(keyList.get(random.nextInt(keyList.size())));
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(random.nextInt(b.length()), "aeiouxzAE19é§".charAt(random.nextInt(13)));
                case 1 -> b.append(keyList.get(random.nextInt(keyList.size())));
                case 2 -> b.setLength(1 + random.nextInt(b.length()));
                default -> b.insert(random.nextInt(b.length() + 1), (char) ('a' + random.nextInt(26)));
            }
            probes.add(b.toString());
        }
        int inKeys = 0;
        int outside = 0;
        for (String p : probes) {
            for (int piece : new int[] {1, 3, 100}) {
                int node = walk(trie, p, piece);
                assertEquals(beginnings.contains(p), node > 0, "begins a key: " + p);
                assertEquals(keys.contains(p), node > 0 && trie.isKey(node), "is a key: " + p);
            }
            inKeys += keys.contains(p) ? 1 : 0;
            outside += beginnings.contains(p) ? 0 : 1;
        }
        assertEquals(keys.size(), inKeys);
        assertTrue(outside > 1000, "the probes include strings that begin no key: " + outside);
        assertEquals(-1, walk(trie, "qqqq", 1));
        assertEquals(MentionRecognizer.KeyTrie.ROOT, walk(trie, "", 1), "nothing walked: the root, which no run stops at");
    }
}
