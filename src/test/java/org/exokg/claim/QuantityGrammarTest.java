package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.claim.Quantity.Unit;
import org.junit.jupiter.api.Test;

/** The number grammar on invented phrases: signs, ranges, spreads, powers of ten, separators, modifiers, units. */
class QuantityGrammarTest {

    private static Quantity only(String text) {
        List<Quantity> qs = QuantityGrammar.find(text, 0);
        assertEquals(1, qs.size(), "one quantity in: " + text + " got " + qs);
        return qs.get(0);
    }

    @Test
    void unicodeMinusAndPlus() {
        Quantity q = only("a zeta potential of −31.5 mV was measured");
        assertEquals(-31.5, q.low());
        assertEquals(-31.5, q.high());
        assertEquals(Unit.MILLIVOLT, q.unit());
        assertEquals("−31.5 mV", q.asWritten());
        assertEquals(7.0, only("coated vesicles reached +7 mV").low());
    }

    @Test
    void enDashRangeAndMicrometres() {
        Quantity q = only("large vesicles of 0.2–2 µm were seen");
        assertEquals(200.0, q.low());
        assertEquals(2000.0, q.high());
        assertEquals(Unit.NANOMETRE, q.unit());
        assertEquals("range", q.modifier());
        Quantity to = only("sizes from 40 to 120 nm");
        assertEquals(40.0, to.low());
        assertEquals(120.0, to.high());
    }

    @Test
    void spreadKeepsTheCentralValue() {
        Quantity q = only("an encapsulation efficiency of 63.2 ± 5.1 % was reached");
        assertEquals(63.2, q.low());
        assertEquals(63.2, q.high());
        assertEquals(5.1, q.spread());
        assertEquals(Unit.PERCENT, q.unit());
    }

    @Test
    void powersOfTenThousandsSeparatorsAndBetween() {
        Quantity q = only("we counted 3.4 × 10^9 particles per mL in serum");
        assertEquals(3.4e9, q.low(), 1);
        assertEquals(Unit.PARTICLES_PER_MILLILITRE, q.unit());
        Quantity sup = only("between 10⁸ and 10¹¹ vesicles per millilitre of plasma");
        assertEquals(1e8, sup.low(), 1);
        assertEquals(1e11, sup.high(), 1);
        assertEquals("range", sup.modifier());
        assertEquals(2500.0, only("a dose of 2,500 mg/kg was never tested").low());
    }

    @Test
    void boundsAreKeptAsWritten() {
        Quantity below = only("retention was below 12 % after washing");
        assertNull(below.low());
        assertEquals(12.0, below.high());
        assertEquals("<", below.modifier());
        Quantity upTo = only("stable for up to 3 weeks");
        assertEquals(504.0, upTo.high());
        assertEquals("≤", upTo.modifier());
        Quantity about = only("a yield of approximately 40 %");
        assertEquals("about", about.modifier());
        assertEquals(40.0, about.low());
        Quantity over = only("more than 60 % of them");
        assertNull(over.high());
        assertEquals(">", over.modifier());
    }

    @Test
    void durationsInHoursWithWordNumbers() {
        List<Quantity> qs = QuantityGrammar.find("stored for two months at −20 °C", 0);
        assertEquals(2, qs.size());
        assertEquals(1440.0, qs.get(0).low());
        assertEquals(-20.0, qs.get(1).low());
        assertEquals(Unit.DEGREE_CELSIUS, qs.get(1).unit());
        assertEquals(0.75, only("injected 45 min later").low());
    }

    @Test
    void longRunsOfDigitsOrCapitalsAreReadWithoutBacktrackingBlowUp() {
        // hostile input: the grammar's repetitions are bounded or linear, so these return (a hang would stall the suite)
        String digits = "1".repeat(20_000) + " nm";
        assertEquals(1, QuantityGrammar.find(digits, 0).size());
        assertTrue(QuantityGrammar.find("A".repeat(20_000) + ", a vesicle 3", 0).isEmpty());
    }

    @Test
    void numbersWithoutAUnitAreNoQuantities() {
        assertTrue(QuantityGrammar.find("n = 12 per group, CD63 and 4T1 cells, 400 V, 3D culture, in 2019", 0).isEmpty());
    }
}
