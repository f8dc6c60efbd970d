package org.exokg.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Two object terms that stand next to each other form one noun phrase, and the phrase names one thing: the most specific
 * term the text names (gold convention of 3 Dec 2026). "the tetraspanin CD63" and "tumour metastasis" name CD63 and
 * metastatic cancer, not tetraspanins and cancer as well; "ginger rhizomes" and "Cas9 protein" name ginger and Cas9,
 * with the category word after the name. A term joined to the next one by "-associated", "-induced", "-related" or
 * "-mediated" modifies it ("colitis-associated colon cancer" is colon cancer).
 */
final class SpecificTerms {

    private static final Pattern ADJACENT = Pattern.compile("\\A[\\s\\-\u2010\u2011]*\\z");
    private static final Pattern MODIFIER_JOIN = Pattern.compile(
            "\\A\\s*[\\-\u2010\u2011]\\s*(?:associated|induced|related|mediated|driven)\\s+\\z");
    private static final Pattern NARROWS_NEXT = Pattern.compile(
            "\\A\\s*[\\-\u2010\u2013]?\\s*(?:derived|secreted|released|isolated)?\\s*[\\-\u2010\u2013]?\\s*"
                    + "(?:exosomes?|EVs?|sEVs?|extracellular\\s+vesicles?|vesicles|microvesicles?|nanovesicles?)\\b");

    /** Between an effect's disease term and the disease it is measured in ("growth in mice with", "in"). */
    private static final Pattern DISEASE_OF_EFFECT = Pattern.compile(
            "\\A\\s+(?:(?:growth|progression|burden|size|volume|severity)\\s+)?(?:in|of)\\s+(?:the\\s+)?"
                    + "(?:(?:mice|rats|animals|pigs|rabbits|patients|models?|a\\s+(?:mouse|rat)\\s+model)\\s+(?:with|bearing|of)\\s+)?"
                    + "(?:[a-z\\-\u2010]+\\s+)?\\z");
    private static final Pattern INFLAMMATION = Pattern.compile("(?i)inflammation\\z");
    /** Category words that, right after a cargo's name, only say what kind of cargo it is ("Cas9 protein", "Cas9 molecules"). */
    private static final Set<String> CATEGORY_WORDS = Set.of(ExoKg.NS + "Molecule", ExoKg.NS + "Protein");
    private static final Set<MentionType> TYPES = EnumSet.of(MentionType.CARGO, MentionType.DISEASE, MentionType.SOURCE,
            MentionType.APPLICATION, MentionType.PROPERTY, MentionType.CHALLENGE);

    /**
     * (branch precision5) Examples listed after a class: "proteins such as", "tetraspanins (e.g.", ", including". A class
     * whose listed items fall under it names no object of its own. -Dexokg.noExampleListGenerics keeps the class's rows.
     */
    static final boolean EXAMPLE_LISTS = !Boolean.getBoolean("exokg.noExampleListGenerics");
    private static final Pattern EXAMPLES_CUE = Pattern.compile(
            "\\A\\s*,?\\s*(?:\\(\\s*)?(?:such\\s+as|including|e\\.\\s?g\\.,?|for\\s+example,?|for\\s+instance,?|namely|like)\\s",
            Pattern.CASE_INSENSITIVE);
    /**
     * A comma and a definite article before a class that describes the term before it ("osteoclasts, the cells that");
     * an indefinite one classifies it ("multiple sclerosis, an autoimmune disease") and keeps both.
     */
    private static final Pattern APPOSED_CLASS = Pattern.compile("\\A\\s*,\\s*(?:the|these|those)\\s+(?:[a-z\\-\u2010]+\\s+){0,2}\\z");
    /** A class and the name that says which member: "immune cells called T cells". */
    private static final Pattern NAMED_AS = Pattern.compile("\\A\\s*,?\\s*(?:called|named|termed|known\\s+as)\\s+(?:the\\s+)?\\z");
    /** From the class to the first item: the cue and at most two modifier words ("such as the tetraspanins"). */
    private static final Pattern EXAMPLES_GAP_FIRST = Pattern.compile(
            "\\A\\s*,?\\s*\\(?\\s*(?:such\\s+as|including|e\\.\\s?g\\.,?|for\\s+example,?|for\\s+instance,?|namely|like)\\s+(?:[a-z0-9\\-\u2010]+\\s+){0,2}\\z");
    /** Between two items of the list: a comma, "and", "or", "as well as", a slash, at most two modifier words. */
    private static final Pattern EXAMPLES_GAP_NEXT = Pattern.compile(
            "\\A\\s*(?:,|/)?\\s*(?:(?:and|or|and/or|as\\s+well\\s+as)\\s+)?(?:[a-z0-9\\-\u2010]+\\s+){0,2}\\z");

    private SpecificTerms() {}

    /**
     * For the object terms (in text order) that another term next to them names more specifically, the IRI of that more
     * specific term, keyed by the less specific term's IRI; a term also named on its own elsewhere in the sentence is left.
     */
    static Map<String, String> moreSpecific(String text, List<Mention> objects, Lexicon lexicon) {
        Map<String, String> replaced = new HashMap<>();
        Set<Mention> dropped = new HashSet<>();
        for (int i = 0; i + 1 < objects.size(); i++) {
            Mention a = objects.get(i);
            Mention b = objects.get(i + 1);
            if (b.start() < a.end() || a.iri().equals(b.iri()) || !sameType(a, b)) {
                continue;
            }
            String between = text.substring(a.end(), b.start());
            if (EXAMPLE_LISTS && APPOSED_CLASS.matcher(between).matches() && lexicon.isA(a.iri(), b.iri())) {
                // (branch precision5) "osteoclasts, the cells that resorb bone": the class after the comma describes
                // the term before it
                replaced.put(b.iri(), a.iri());
                dropped.add(b);
                continue;
            }
            if (EXAMPLE_LISTS && NAMED_AS.matcher(between).matches() && lexicon.isA(b.iri(), a.iri())) {
                // "immune cells called T cells", "proteases known as gingipains": the name after it says which
                replaced.put(a.iri(), b.iri());
                dropped.add(a);
                continue;
            }
            if (MODIFIER_JOIN.matcher(between).matches()) {
                replaced.put(a.iri(), b.iri());
                dropped.add(a);
            } else if (ADJACENT.matcher(between).matches()) {
                if (lexicon.isA(a.iri(), b.iri()) || a.is(MentionType.CARGO) && CATEGORY_WORDS.contains(b.iri())) {
                    replaced.put(b.iri(), a.iri());
                    dropped.add(b);
                } else if (lexicon.isA(b.iri(), a.iri())) {
                    replaced.put(a.iri(), b.iri());
                    dropped.add(a);
                }
            }
        }
        for (int i = 0; i < objects.size(); i++) {
            Mention a = objects.get(i);
            if (!a.is(MentionType.DISEASE)) {
                continue;
            }
            for (int j = i + 1; j < objects.size() && j <= i + 2; j++) {
                Mention b = objects.get(j);
                // "reduced tumour growth in mice with colorectal cancer", "reduce plaque inflammation in atherosclerosis":
                // the disease the effect is measured in is the one treated, when the first term is its genus or a symptom
                if (b.is(MentionType.DISEASE) && !a.iri().equals(b.iri()) && b.start() >= a.end()
                        && DISEASE_OF_EFFECT.matcher(text.substring(a.end(), b.start()).toLowerCase(java.util.Locale.ROOT)).matches()
                        && (lexicon.isA(b.iri(), a.iri()) || INFLAMMATION.matcher(a.surface()).find())) {
                    replaced.put(a.iri(), b.iri());
                    dropped.add(a);
                    break;
                }
            }
        }
        if (EXAMPLE_LISTS) {
            // (branch precision5, lead's decision of the eighteenth session) "proteins such as Alix and TSG101",
            // "tetraspanins (e.g. CD63, CD9)": a list of examples that the ontology puts under the class before it names
            // the items; the class gives no row of its own
            for (int i = 0; i < objects.size(); i++) {
                Mention a = objects.get(i);
                if (!a.is(MentionType.CARGO) && !a.is(MentionType.SOURCE) && !a.is(MentionType.DISEASE)
                        || !EXAMPLES_CUE.matcher(text).region(a.end(), text.length()).lookingAt()) {
                    continue;
                }
                int from = a.end();
                String first = null;
                for (int j = i + 1; j < objects.size(); j++) {
                    Mention b = objects.get(j);
                    if (b.start() < from) {
                        continue;
                    }
                    String gap = text.substring(from, b.start()).toLowerCase(java.util.Locale.ROOT);
                    if (!(from == a.end() ? EXAMPLES_GAP_FIRST : EXAMPLES_GAP_NEXT).matcher(gap).matches()) {
                        break;
                    }
                    if (lexicon.isA(b.iri(), a.iri()) && !b.iri().equals(a.iri()) && first == null) {
                        first = b.iri();
                    }
                    from = b.end();
                }
                if (first != null) {
                    replaced.put(a.iri(), first);
                    dropped.add(a);
                }
            }
        }
        for (Mention m : objects) {
            // a term also named on its own elsewhere keeps its claims; a source named right before a vesicle ("tumour-derived
            // exosomes") only narrows the vesicle
            if (!dropped.contains(m) && !NARROWS_NEXT.matcher(text).region(m.end(), text.length()).lookingAt()) {
                replaced.remove(m.iri());
            }
        }
        return replaced;
    }

    /** The claims with each replaced object put by its more specific term (duplicates that makes are dropped). */
    static List<Claim> withMostSpecific(List<Claim> claims, Map<String, String> replaced, ClaimPatterns patterns) {
        if (replaced.isEmpty()) {
            return claims;
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            ClaimPatterns.Remapped to = null;
            for (Map.Entry<String, String> e : replaced.entrySet()) {
                // the object as the rule gave it, after the domain remappings ("contributes to cancer" is tumour promotion)
                if (c.objectIri().equals(patterns.remap(c.relation(), e.getKey()).objectIri())) {
                    to = patterns.remap(c.relation(), e.getValue());
                    break;
                }
            }
            Claim d = to == null ? c : new Claim(c.subjectIri(), to.relation(), to.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                    c.qualifierIri(), c.rule(), c.sentence(), c.preparationName());
            out.putIfAbsent(d.identity(), d);
        }
        return new ArrayList<>(out.values());
    }

    /** Broad cargo categories: vesicles carry some of each, so only a denial of the whole category denies it. */
    private static final Set<String> BROAD_CARGO = Set.of(ExoKg.NS + "Molecule", ExoKg.NS + "Protein", ExoKg.NS + "Lipid",
            ExoKg.NS + "RNA", ExoKg.NS + "NucleicAcid");
    /** An adjective right before the category noun narrows it: "no toxic ionisable lipids", "costimulatory molecules". */
    private static final Pattern NARROWING_ADJECTIVE = Pattern.compile(
            "\\b(?!detectable\\b|measurable\\b|appreciable\\b)[a-z\\-]+(?:ory|ive|ic|able|ible|ous)\\s+\\z");

    /** A process noun right after a disease term makes the term its modifier: "tumour targeting", "tumour homing". */
    private static final Pattern PROCESS_AFTER = Pattern.compile(
            "\\A[\\s\\-\u2010]*(?:targeting|homing|tropism|accumulation|uptake|imaging|detection|diagnosis|penetration)\\b");

    /**
     * The claims without treats or contributesTo claims whose disease is only named as the modifier of a process noun:
     * "to improve tumour targeting" treats no tumour.
     */
    static List<Claim> withoutModifierDiseases(String text, List<Claim> claims, List<Mention> objects) {
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.relation() == Relation.TREATS || c.relation() == Relation.CONTRIBUTES_TO) {
                List<Mention> named = objects.stream().filter(m -> m.is(MentionType.DISEASE) && m.iri().equals(c.objectIri())).toList();
                if (!named.isEmpty() && named.stream().allMatch(m -> PROCESS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
                    continue;
                }
            }
            kept.add(c);
        }
        return kept;
    }

    private static final Pattern DENIAL_BEFORE = Pattern.compile("\\b(?:no|not|lack\\w*|without|free\\s+of|devoid\\s+of)\\b");

    /**
     * The claims without denials of a broad cargo category whose noun has a narrowing adjective before it: "contain no
     * toxic ionisable lipids" and "lack costimulatory molecules" deny those lipids and molecules, not lipids or molecules.
     */
    static List<Claim> withoutNarrowedDenials(String text, List<Claim> claims, List<Mention> objects) {
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.negated() && c.relation() == Relation.CARRIES && BROAD_CARGO.contains(c.objectIri())) {
                List<Mention> named = objects.stream().filter(m -> m.iri().equals(c.objectIri()) && DENIAL_BEFORE.matcher(
                        text.substring(Math.max(0, m.start() - 80), m.start()).toLowerCase(java.util.Locale.ROOT)).find()).toList();
                if (!named.isEmpty() && named.stream().allMatch(m -> NARROWING_ADJECTIVE.matcher(
                        text.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(java.util.Locale.ROOT)).find())) {
                    continue;
                }
            }
            kept.add(c);
        }
        return kept;
    }

    private static boolean sameType(Mention a, Mention b) {
        return TYPES.stream().anyMatch(t -> a.is(t) && b.is(t));
    }
}
