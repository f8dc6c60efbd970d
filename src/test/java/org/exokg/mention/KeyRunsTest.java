package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link KeyRuns} answers as the sets of keys and key beginnings it replaced in {@link MentionRecognizer}. */
class KeyRunsTest {

    private static int expected(Set<String> keys, Set<String> beginnings, String run) {
        return beginnings.contains(run) ? KeyRuns.BEGINNING | (keys.contains(run) ? KeyRuns.KEY : 0) : 0;
    }

    @Test
    void answersAsTheSetsDid() {
        List<String> keyList = List.of("cancer", "cancercell", "exosome", "mir21", "a", "ab", "abc", "", "Aa", "BB");
        Set<String> keys = new HashSet<>(keyList);
        Set<String> beginnings = new HashSet<>();
        for (String k : keyList) {
            for (int i = 1; i <= k.length(); i++) {
                beginnings.add(k.substring(0, i));
            }
        }
        KeyRuns runs = new KeyRuns(keyList);
        // "Aa" and "BB" share a hash code: the table must tell them apart by their characters
        String text = "xxcancercellsexosomemir21abcAaBBcancer";
        for (int from = 0; from <= text.length(); from++) {
            int hash = 0;
            for (int to = from; to <= text.length(); to++) {
                if (to > from) {
                    hash = KeyRuns.hash(hash, text, to - 1, to);
                }
                String run = text.substring(from, to);
                assertEquals(run.hashCode(), hash, run);
                assertEquals(expected(keys, beginnings, run), runs.kind(text, from, to, hash), run);
            }
        }
        assertEquals(0, runs.kind("BA", 0, 2, "BA".hashCode()));
        assertEquals(KeyRuns.BEGINNING | KeyRuns.KEY, runs.kind("BB", 0, 2, "BB".hashCode()));
        assertEquals(KeyRuns.BEGINNING | KeyRuns.KEY, runs.kind("Aa", 0, 2, "Aa".hashCode()));
    }

    @Test
    void manyRandomKeys() {
        Random random = new Random(16);
        List<String> keyList = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                b.append((char) ('a' + random.nextInt(4)));
            }
            keyList.add(b.toString());
        }
        Set<String> keys = new HashSet<>(keyList);
        Set<String> beginnings = new HashSet<>();
        for (String k : keyList) {
            for (int i = 1; i <= k.length(); i++) {
                beginnings.add(k.substring(0, i));
            }
        }
        KeyRuns runs = new KeyRuns(keyList);
        for (int t = 0; t < 20000; t++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append((char) ('a' + random.nextInt(5)));
            }
            String run = b.toString();
            String text = "zz" + run + "z";
            assertEquals(expected(keys, beginnings, run), runs.kind(text, 2, 2 + run.length(), run.hashCode()), run);
        }
    }
}
