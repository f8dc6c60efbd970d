package org.exokg.claim;

/**
 * Switch of the family of branch discoursedisease38 (issue 15, thirty-eighth session; docs/extraction.md, "Protection
 * from the disease under discussion"): protection stated with no disease in the sentence is protection from the disease
 * under discussion (recall2's: the disease the document names most, its title twice). Outcome measures and rules of
 * claim-rules.yaml with ids "discdis38-", left out while the switch is off:
 * <ul>
 * <li>the vesicles gave, had, offered or showed protection, or were protective ("Exosomes from fibroblasts gave no
 * protection", "had no protective effect", "were not protective");</li>
 * <li>the vesicles protected a share of the animals ("protected only 30 % of mice", "protected 7 of 10 mice").</li>
 * </ul>
 * The rules read only the family's measures, and a denied protection is a denied treatment (other measures' denials
 * are not: "did not reduce weight loss" is one measure not moved). {@code -Dexokg.discourseProtection=true/false}; read
 * at each use, so that a test can turn it on and off.
 */
public final class DiscourseProtection {

    /** The id prefix of the family's measures and rules. */
    static final String PREFIX = "discdis38-";

    /** The default of {@code exokg.discourseProtection} (decided by the brief's rule; docs/switches.md). */
    static final boolean DEFAULT = false;

    private DiscourseProtection() {}

    /** True when the family is switched on. */
    static boolean on() {
        String value = System.getProperty("exokg.discourseProtection");
        return value == null ? DEFAULT : Boolean.parseBoolean(value);
    }

    /** True when {@code id} names a measure or rule of the family and the switch is off. */
    static boolean off(String id) {
        return id.startsWith(PREFIX) && !on();
    }
}
