package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch scope38) A determiner phrase that names the vesicles by a genus of the source the text named them
 * with before ("Bovine milk exosomes were loaded with siRNA. ... The milk exosomes resisted gastric acid."): it refers
 * back to those vesicles, so its claims keep the species (conventions qqq and c: "determiner anaphors ('these / such /
 * the milk vesicles') follow c and keep the species"), while the phrase's own derivedFrom row stays the genus it names
 * (b) and a bare "milk exosomes" with no determiner stays the genus (qqq). Read once the whole document's claims are
 * known. The species is the last source below the genus that a claim of an earlier sentence was qualified by or derived
 * from; a sentence that itself names a source below the genus sets its vesicles against it and is left as read.
 * Claims changed are marked {@link #APPLIED}. Switch {@code -Dexokg.genusPhraseSpecies} (OFF by default), read at each use.
 */
public final class GenusPhrases {

    private GenusPhrases() {}

    /** The mark on a claim whose qualifier this reading changed. */
    public static final String APPLIED = "+genus-phrase-species";

    public static boolean on() {
        return Boolean.parseBoolean(System.getProperty("exokg.genusPhraseSpecies", "false"));
    }

    /**
     * A determiner right before the source word: "the milk exosomes", "these milk vesicles", "such milk EVs"; not "that",
     * which is most often a complementiser ("found that milk exosomes ...", "suggest that stem cell exosomes ...").
     */
    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:the|these|those|such|this)\\s+\\z");
    /** Between the source word and the vesicle noun: nothing but a blank or "-derived". */
    private static final Pattern ON_THE_NOUN = Pattern.compile("\\A(?:\\s+|\\s*[\\-\u2010\u2011\u2013]\\s*derived\\s+)\\z");

    /** The document's claims, those of determiner genus phrases given the species named before (or unchanged). */
    public static List<Claim> resolve(String text, List<Mention> mentions, List<Claim> claims, Lexicon lexicon) {
        if (!on()) {
            return claims;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim d = c;
            String genus = c.qualifierIri();
            if (genus != null && c.relation() != Relation.DERIVED_FROM && c.relation() != Relation.IS_KIND_OF
                    && genusPhraseIn(text, mentions, c, genus) && !namesBelow(mentions, c, genus, lexicon)) {
                String species = speciesBefore(claims, c, genus, lexicon);
                if (species != null) {
                    d = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                            species, c.rule() + APPLIED, c.sentence(), c.preparationName());
                }
            }
            out.putIfAbsent(d.identity(), d);
        }
        return new ArrayList<>(out.values());
    }

    private static List<Mention> inSentence(List<Mention> mentions, Claim c) {
        int start = c.sentence().start();
        int end = c.sentence().end();
        return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }

    /** Whether the claim's sentence names vesicles by "determiner + the genus's source word + vesicle noun". */
    private static boolean genusPhraseIn(String text, List<Mention> mentions, Claim c, String genus) {
        List<Mention> here = inSentence(mentions, c);
        for (int i = 0; i + 1 < here.size(); i++) {
            Mention source = here.get(i);
            Mention vesicle = here.get(i + 1);
            if (source.is(MentionType.SOURCE) && source.iri().equals(genus) && vesicle.is(MentionType.VESICLE)
                    && source.end() <= vesicle.start()
                    && ON_THE_NOUN.matcher(text.substring(source.end(), vesicle.start())).matches()
                    && DETERMINER.matcher(text.substring(Math.max(c.sentence().start(), source.start() - 12), source.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the claim's sentence itself names a source below the genus (a contrast of two milks, say). */
    private static boolean namesBelow(List<Mention> mentions, Claim c, String genus, Lexicon lexicon) {
        return inSentence(mentions, c).stream().anyMatch(m -> m.is(MentionType.SOURCE) && !m.iri().equals(genus) && lexicon.isA(m.iri(), genus));
    }

    /** The last source below the genus that a claim of an earlier sentence was qualified by or derived from, or null. */
    private static String speciesBefore(List<Claim> claims, Claim c, String genus, Lexicon lexicon) {
        String species = null;
        int at = -1;
        for (Claim e : claims) {
            if (e.sentence().start() >= c.sentence().start() || e.negated()) {
                continue;
            }
            for (String s : new String[] {e.qualifierIri(), e.relation() == Relation.DERIVED_FROM ? e.objectIri() : null}) {
                if (s != null && !s.equals(genus) && lexicon.isA(s, genus) && e.sentence().start() >= at) {
                    species = s;
                    at = e.sentence().start();
                }
            }
        }
        return species;
    }
}
