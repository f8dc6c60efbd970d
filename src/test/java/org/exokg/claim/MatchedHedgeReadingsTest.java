package org.exokg.claim;

import static org.exokg.TestSupport.projectClaimAnyQualifier;
import static org.exokg.TestSupport.projectLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.exokg.document.Sentence;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (thirty-sixth session, branch hedges36): the hedge readings of {@link MatchedHedgeReadings} on invented
 * sentences, each with its switch on and off: an attributed statement the writer doubts after it is hedged
 * (attributedDoubtInText, on); a modal release with a quality leaves the origin unhedged (releaseQuality, off); ", and
 * they &lt;verb&gt;" bounds a hedge (pronounClauseBoundary, off). The test restores every switch and the cue file.
 */
class MatchedHedgeReadingsTest {

    private static final List<String> SWITCHES = List.of("exokg.attributedDoubtInText", "exokg.attributedDoubt",
            "exokg.releaseQuality", "exokg.pronounClauseBoundary");
    private final Map<String, String> saved = new java.util.HashMap<>();

    @BeforeEach
    void defaults() {
        for (String s : SWITCHES) {
            saved.put(s, System.getProperty(s));
            System.clearProperty(s);
        }
        Cues.reload();
    }

    @AfterEach
    void restore() {
        for (String s : SWITCHES) {
            if (saved.get(s) == null) {
                System.clearProperty(s);
            } else {
                System.setProperty(s, saved.get(s));
            }
        }
        Cues.reload();
    }

    private static boolean hedged(String sentence, String subject, String relation, String object) {
        return projectClaimAnyQualifier(sentence, subject, relation, object).hedged();
    }

    /** The claims of the first sentence of a text of two, the second only context (as in a document). */
    private static List<Claim> firstSentenceClaims(String first, String second) {
        String text = first + " " + second;
        Sentence s = new Sentence(0, first.length(), first, null, List.of());
        return new ClaimExtractor(projectLexicon()).extract(text, s,
                new MentionRecognizer(projectLexicon()).recognize(text, 0, first.length()), ClaimExtractor.Discourse.NONE);
    }

    private static Claim on(List<Claim> claims, String relation, String object) {
        return claims.stream().filter(c -> c.relation().localName().equals(relation) && c.objectIri().endsWith("#" + object)
                || c.relation().localName().equals(relation) && c.objectIri().endsWith("/" + object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + relation + " " + object + " in " + claims));
    }

    @Test
    void anAttributedStatementDoubtedInItsSentenceIsHedged() {
        String s = "The chapter asserts that milk exosomes cross the blood-brain barrier, but this is not supported by any study.";
        assertTrue(hedged(s, "Exosome", "crosses", "BloodBrainBarrier"));
        assertTrue(hedged("The claim in the abstract that the exosomes cross the blood-brain barrier should be removed.",
                "Exosome", "crosses", "BloodBrainBarrier"));
        System.setProperty("exokg.attributedDoubtInText", "false");
        assertFalse(hedged(s, "Exosome", "crosses", "BloodBrainBarrier"));
        // the same-sentence variant alone (off by default) reads it too
        System.setProperty("exokg.attributedDoubt", "true");
        assertTrue(hedged(s, "Exosome", "crosses", "BloodBrainBarrier"));
    }

    @Test
    void aDoubtInALaterSentenceHedgesTheAttributedStatement() {
        String first = "The leaflet also states that the exosomes cross the blood-brain barrier.";
        assertTrue(on(firstSentenceClaims(first, "These statements are misleading."), "crosses", "BloodBrainBarrier").hedged());
        assertFalse(on(firstSentenceClaims(first, "The clinic is in Leeds."), "crosses", "BloodBrainBarrier").hedged());
        System.setProperty("exokg.attributedDoubtInText", "false");
        assertFalse(on(firstSentenceClaims(first, "These statements are misleading."), "crosses", "BloodBrainBarrier").hedged());
    }

    @Test
    void neutralOrGrantedAttributionsStayUnhedged() {
        // f: a neutral attribution, no doubt in the text
        assertFalse(hedged("The company states that milk exosomes cross the blood-brain barrier.", "Exosome", "crosses", "BloodBrainBarrier"));
        // an emphatic "do cross": the writer grants the statement and doubts something else
        assertFalse(hedged("The expert stated that milk exosomes do cross the blood-brain barrier, but that their benefit is unproven.",
                "Exosome", "crosses", "BloodBrainBarrier"));
        // no attribution before the claim: the doubt alone hedges nothing here
        assertFalse(hedged("Milk exosomes cross the blood-brain barrier, and the old rule should be removed.",
                "Exosome", "crosses", "BloodBrainBarrier"));
    }

    @Test
    void aModalReleaseWithAQualityStatesTheOriginOnlyWhenSwitchedOn() {
        String s = "Mesenchymal stem cells might release exosomes that are better suited to tendon repair.";
        assertTrue(on(TestSupportClaims.of(s), "derivedFrom", "MesenchymalStemCell").hedged());
        System.setProperty("exokg.releaseQuality", "true");
        assertFalse(on(TestSupportClaims.of(s), "derivedFrom", "MesenchymalStemCell").hedged());
        // a bare modal release stays hedged (ccccc: the release itself is doubted)
        assertTrue(on(TestSupportClaims.of("Mesenchymal stem cells might release exosomes into the blood."), "derivedFrom", "MesenchymalStemCell").hedged());
    }

    @Test
    void aPronounClauseBoundsAHedgeOnlyWhenSwitchedOn() {
        String scope = "carry lipopolysaccharide, which causes fever if it enters the body, and they deliver proteases to";
        assertNotNull(Cues.hedgeMatch(scope));
        System.setProperty("exokg.pronounClauseBoundary", "true");
        Cues.reload();
        assertNull(Cues.hedgeMatch(scope));
        // a modal of the new clause still hedges it
        assertEquals("may", Cues.hedgeMatch("causes fever if it enters the body, and they may deliver proteases to").text());
    }

    /** The claims of one sentence, as the project reads them. */
    private static final class TestSupportClaims {
        static List<Claim> of(String sentence) {
            return org.exokg.TestSupport.projectClaims(sentence);
        }
    }
}
