package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 (branch enginespeed5): {@link StatementStance#askedOnly} and {@link StatementStance#titleOf} test an entry's
 * required words before its expression (a yes/no question needs "?", a bibliography entry "(19" or "(20" and ")", a
 * labelled title its label word), as {@link StatementStance#read} does. The answers must be those of the expressions
 * alone: lines that match, near neighbours that do not, and lines with characters Unicode case folds onto ASCII letters
 * (the long s, the Kelvin sign), where the word test is not used.
 */
class StanceWordPretestTest {

    private static final List<String> LINES = List.of(
            "Do exosomes carry DNA, RNA or both?",
            "Do exosomes carry DNA, RNA or both.",
            "Question 2: can milk vesicles cross the gut wall?",
            "DOES THE PLASMA HOLD VESICLES?",
            "Doeſ the plasma hold vesicles?",
            "Is the \u212Aelvin sign folded?",
            "Why do exosomes carry DNA?",
            "Are these the hypotheses that vesicles carry RNA?",
            "Vesicles of Lactobacillus plantarum as a probiotic postbiotic (2021).",
            "Vesicles of Lactobacillus plantarum as a probiotic postbiotic (2021",
            "Vesicles of Lactobacillus plantarum as a probiotic postbiotic 2021.",
            "2. Milk exosomes as oral carriers (2019)",
            "Project 4 (with the transfusion service): platelet EVs versus megakaryocyte EVs",
            "Project four: platelet EVs versus megakaryocyte EVs",
            "TITLE: Whey vesicles, year two",
            "Title Whey vesicles, year two",
            "Contested patent: milk exosomes loaded with siRNA",
            "Contested patents were milk exosomes loaded with siRNA",
            "Conte\u017Fted patent: milk exosomes loaded with siRNA",
            "Section 3.2. Loading of the vesicles",
            "Chapter 7 vesicles",
            "Seſtion 3: vesicles",
            "");

    @Test
    void askedOnlyAnswersAsTheExpressionsAlone() {
        StatementStance stance = StatementStance.defaults();
        List<StatementStance.Entry> entries = stance.sections().get("askedOnly");
        int asked = 0;
        for (String line : LINES) {
            String expected = null;
            for (StatementStance.Entry e : entries) {
                if (e.pattern().matcher(line).find()) {
                    expected = e.id();
                    break;
                }
            }
            asked += expected == null ? 0 : 1;
            assertEquals(expected, stance.askedOnly(line), line);
        }
        assertEquals(5, asked, "the questions of the list (with the long s and the Kelvin sign) are found");
        assertNotNull(stance.askedOnly("Doeſ the plasma hold vesicles?"), "a sentence folded onto ASCII is searched in full");
        assertNull(stance.askedOnly("Do exosomes carry DNA, RNA or both."));
    }

    @Test
    void titleOfAnswersAsTheExpressionsAlone() {
        StatementStance stance = StatementStance.defaults();
        List<StatementStance.Entry> entries = stance.sections().get("titleLabel");
        int titled = 0;
        for (String line : LINES) {
            String expected = null;
            for (StatementStance.Entry e : entries) {
                Matcher m = e.pattern().matcher(line);
                if (m.find()) {
                    expected = m.group("title");
                    break;
                }
            }
            titled += expected == null ? 0 : 1;
            assertEquals(expected, stance.titleOf(line), line);
        }
        assertEquals(7, titled, "the bibliography entries and labelled titles of the list are read");
        assertNotNull(stance.titleOf("Conte\u017Fted patent: milk exosomes loaded with siRNA"),
                "a label with the long s is read: the word test is not used on a line folded onto ASCII");
    }
}
