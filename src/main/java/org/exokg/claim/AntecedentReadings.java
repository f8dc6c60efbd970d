package org.exokg.claim;

/**
 * (issue 15, branch antecedents36) Switches of the subject layer's antecedent readings, read at each use (so that a
 * test may set them either way; each read is one property look-up per claim, no feature is rebuilt).
 */
final class AntecedentReadings {

    private AntecedentReadings() {}

    /**
     * {@code -Dexokg.antecedentSecondSource}: a derivedFrom claim whose vesicles are an anaphor ("Their cargo probably
     * comes from dysplastic cholangiocytes" after "Bile EVs ...") or the discourse's vesicles names a second source of the
     * preparation its antecedent was named with: the claim keeps the antecedent's kind and source as its subject and
     * qualifier (convention ee: "a derivedFrom row naming a second source of one preparation carries the subject's
     * qualifier"); not when the object is that source or one of its kinds or genera (the own source row stays
     * unqualified, b).
     */
    static boolean secondSource() {
        return Boolean.parseBoolean(System.getProperty("exokg.antecedentSecondSource", "false"));
    }
}
