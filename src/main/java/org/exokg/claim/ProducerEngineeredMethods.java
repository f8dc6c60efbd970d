package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * (issue 15, branch engineered38, convention xxxxxxx) A generic statement of the method of loading vesicles by
 * transfecting their producer cells ("It is likely that loading of the parent cells by transfection will be preferred for
 * RNA cargo", "..., whereas transfecting the producing cells lets the cells package the RNA themselves", "..., or before
 * isolation by transfecting the producer cells"): the vesicles so loaded are EngineeredExosome. In such a sentence (no
 * control transfection named) a loadedBy Transfection claim on Exosome, ExtracellularVesicle or
 * SmallExtracellularVesicle is the engineered kind's; with none, and vesicles named, the sentence gets one; a carries
 * claim is the engineered kind's too when the sentence names no loading of isolated vesicles (electroporation,
 * sonication, incubation, ...), which the text's own kind keeps. In a text that says its vesicles are not exosomes
 * (xxxxxxx's exception) a claim on its sourced preparation keeps its vesicle word. Part of the family of
 * {@link EngineeredPreparations#producerEngineered()} ({@code -Dexokg.producerEngineeredVesicles}, OFF).
 */
public final class ProducerEngineeredMethods {

    private ProducerEngineeredMethods() {}

    private static final String ENGINEERED = ExoKg.NS + "EngineeredExosome";
    private static final List<String> PLAIN = List.of(ExoKg.NS + "Exosome", ExoKg.NS + "ExtracellularVesicle",
            ExoKg.NS + "SmallExtracellularVesicle");
    private static final String EXOSOME = ExoKg.NS + "Exosome";
    private static final String TRANSFECTION = ExoKg.NS + "Transfection";

    /** The method named: loading, transfection or engineering of the producer cells, or transfecting them. */
    static final Pattern METHOD = Pattern.compile("(?i)(?<![\\p{L}])(?:"
            + "(?:loading|transfection|transduction|engineering)\\s+of\\s+(?:the\\s+|their\\s+)?(?:producer|producing|parent|parental|donor|source)\\s+cells?"
            + "|(?:transfecting|transducing|engineering)\\s+(?:the\\s+|their\\s+)?(?:producer|producing|parent|parental|donor|source)\\s+cells?"
            + "|(?:producer|producing|parent|parental)[\\s\\-‐‑–]+cells?[\\s\\-‐‑–]+(?:transfection|transduction))(?![\\p{L}])");

    /** Loading of isolated vesicles named in the sentence: their cargo stays the text's kind's. */
    static final Pattern AFTER_ISOLATION = Pattern.compile("(?i)(?<![\\p{L}])(?:electroporat\\p{L}*|sonicat\\p{L}*|incubat\\p{L}*"
            + "|saponin|extrusion|freeze[\\s\\-‐‑–]+thaw\\p{L}*|after\\s+isolation)(?![\\p{L}])");

    /** The claims with those of such sentences made the engineered kind's. */
    public static List<Claim> resolve(String text, List<Claim> claims, Function<Claim, List<Mention>> sentenceMentions) {
        if (!EngineeredPreparations.producerEngineered()) {
            return claims;
        }
        boolean denies = EngineeredPreparations.deniesExosomes(text);
        Map<Object, Claim> out = new LinkedHashMap<>();
        Map<String, List<Claim>> methodSentences = new LinkedHashMap<>();
        for (Claim c : claims) {
            String sentence = c.sentence().text();
            if (sentence != null && METHOD.matcher(sentence).find()
                    && !EngineeredPreparations.defaults().namesControlTransfection(sentence)) {
                methodSentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(c);
            } else {
                out.putIfAbsent(c.identity(), c);
            }
        }
        for (List<Claim> group : methodSentences.values()) {
            String sentence = group.get(0).sentence().text();
            boolean isolatedLoading = AFTER_ISOLATION.matcher(sentence).find();
            boolean loadedByTransfection = false;
            for (Claim c : group) {
                boolean transfection = c.relation() == Relation.LOADED_BY && TRANSFECTION.equals(c.objectIri());
                loadedByTransfection |= transfection;
                // xxxxxxx's exception: in a text that says its vesicles are not exosomes, its sourced preparation keeps its word
                boolean kept = denies && c.qualifierIri() != null && !EXOSOME.equals(c.subjectIri());
                if (PLAIN.contains(c.subjectIri()) && !kept && (transfection || c.relation() == Relation.CARRIES && !isolatedLoading)) {
                    Claim e = engineered(c, c.relation(), c.objectIri(), sentenceMentions.apply(c));
                    out.putIfAbsent(e.identity(), e);
                } else {
                    out.putIfAbsent(c.identity(), c);
                }
            }
            if (!loadedByTransfection) {
                Claim first = group.get(0);
                boolean vesicles = sentenceMentions.apply(first).stream().anyMatch(m -> m.is(MentionType.VESICLE) && PLAIN.contains(m.iri()));
                if (vesicles) {
                    Claim e = new Claim(ENGINEERED, Relation.LOADED_BY, TRANSFECTION, null, first.hedgeCue(), SubjectScope.GENERAL, null,
                            "producer-transfection-method", first.sentence());
                    out.putIfAbsent(e.identity(), e);
                }
            }
        }
        return out.size() == claims.size() && out.values().containsAll(claims) ? claims : new ArrayList<>(out.values());
    }

    /** The claim on the engineered kind; its qualifier kept only when a source in the sentence names it. */
    private static Claim engineered(Claim c, Relation relation, String object, List<Mention> mentions) {
        String qualifier = c.qualifierIri();
        boolean named = qualifier != null && mentions.stream().anyMatch(m -> qualifier.equals(m.iri()));
        return new Claim(ENGINEERED, relation, object, c.negationCue(), c.hedgeCue(), named ? c.scope() : SubjectScope.GENERAL,
                named ? qualifier : null, c.rule() + "+producer-transfection-method", c.sentence(), named ? c.preparationName() : null);
    }
}
