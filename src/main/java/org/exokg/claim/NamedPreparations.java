package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Names a text gives one preparation of vesicles: "GDN-7, a nanovesicle preparation from ginger, ...", "an exosome
 * formulation from milk (ZX-12)", "milk exosomes, termed ZX-12, ...". What is said of such a preparation is said of
 * that preparation (a narrowed kind: the vesicle, its source as qualifier, its name), never of all vesicles of the
 * kind. A name is a code-like word: a capital and a digit ("GDN-7", "CAP1002") or an inner capital ("ExoFlo").
 * Once defined, the name stands for the preparation in the document's later sentences.
 *
 * <p>Per document (like the extractor that owns it).
 */
final class NamedPreparations {

    /** Measurement switch: -Dexokg.noCapitalShortFormNames: "ADNVs" (capitals, then a short form) is no name (branch names4). */
    static final boolean CAPITAL_SHORT_FORM_NAMES = !Boolean.getBoolean("exokg.noCapitalShortFormNames");
    private static final String NAME = "(?:(?=[\\p{L}\\p{N}\\-‐–]*\\p{N})(?=[\\p{L}\\p{N}\\-‐–]*\\p{Lu})\\p{L}[\\p{L}\\p{N}]*(?:[\\-‐–][\\p{L}\\p{N}]+)*"
            // an inner capital, with its hyphenated vesicle part when it has one: "ExoFlo", "EqM-EVs" (branches anaphors4, precision4:
            // "EqM" alone left the name's uses unread)
            + "|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*(?:[\\-‐–][\\p{L}\\p{N}]+)*"
            // an abbreviation built on its source's: "iPSC-Exos", "ADSC-sEVs" (two capitals or more, then a hyphenated part)
            + "|\\p{Ll}?\\p{Lu}{2,}[\\p{L}\\p{N}]*(?:[\\-‐–][\\p{L}\\p{N}]+)+"
            // two capitalised parts: "Hx-Exo", "Gin-Exo" (a condition or source, then the vesicle's short form)
            + "|\\p{Lu}[\\p{L}\\p{N}]*[\\-‐–]\\p{Lu}[\\p{L}\\p{N}]*"
            // (branch abbrev) a vesicle short form after a small prefix of its source: "mEXOs" (milk), "bEVs"
            + "|\\p{Ll}{1,3}(?:EXO|Exo|EV|NV|MV)s?"
            // (branch names4) capitals glued to a vesicle short form in the plural: "ADNVs", "BMEVs" (switch above)
            + (CAPITAL_SHORT_FORM_NAMES ? "|\\p{Lu}{1,5}(?:NV|EV|MV|ELN|EXO)s" : "")
            + ")";
    /**
     * (branch preparationnames) {@link #NAME}, or a lower-case coinage hyphenated to a vesicle short form ("teno-sEVs",
     * "kerato-Exos"), read only after a defining phrase or bracket (a word the lexicon reads, "milk-EVs", is a mention and
     * so no name where a name must be no term).
     */
    private static final String NAME_WIDE = "(?:" + NAME + "|\\p{Ll}{2,10}[\\-‐–]s?(?:EVs?|Exos?|EXOs?|NVs?|MVs?|OMVs?|ELNs?))";
    /**
     * "NAME, a(n) (up to three words) " right before the vesicle; or an apposition with no article and one
     * modifier word at most: "SC-Exos, exosomes purified from Schwann cells" (branch dev11).
     */
    static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:\\A|[\\s(;])(" + NAME + ")\\s*,\\s*(?:(?:a|an|the|our)\\s+(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,3}|(?:[\\p{L}\\p{N}\\-‐–]+\\s+)?)\\z");
    /**
     * Measurement switch: -Dexokg.noDefinedNameShapes turns off branch subjects4's shapes of a name's definition
     * ({@link #NAME_BEFORE_COMPOSED}, {@link #NAME_AFTER_NAMING_VERB}, and a cargo the name spells in {@link #noMention}):
     * the later sentences whose subject is that name then name no vesicles.
     */
    static final boolean DEFINED_NAME_SHAPES = !Boolean.getBoolean("exokg.noDefinedNameShapes");
    /**
     * (branch subjects4) An apposition that defines a name by what the preparation is made of, or by the vesicles'
     * own term after a naming verb: "XB-9, its first product made of vesicles from ...", "OsteoVes, a suspension of
     * small particles known as exosomes" (the article or possessive, up to four words, then the composition or naming
     * verb right before the vesicle).
     */
    static final Pattern NAME_BEFORE_COMPOSED = Pattern.compile(
            "(?:\\A|[\\s(;])(" + NAME + ")\\s*,\\s*(?:a|an|the|our|its|their)\\s+(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,4}?"
                    + "(?:made\\s+(?:up\\s+)?of|consisting\\s+of|composed\\s+of|containing|based\\s+on|called|termed|named|known\\s+as)"
                    + "\\s+(?:[\\p{L}\\p{N}\\-‐–]+\\s+)?\\z");
    /**
     * (branch subjects4) A naming verb after the vesicles gives them a short name that need not look like a code
     * ("exosomes of dendritic cells, called Dexo, ..."): a capitalised word, then the phrase ends or its verb follows.
     */
    private static final Pattern NAME_AFTER_NAMING_VERB = Pattern.compile(
            "\\A(?:[\\s\\-‐–]+(?:preparations?|formulations?|products?|fractions?|isolates?|suspensions?))?"
                    + "(?:\\s+(?:(?:derived|isolated|obtained|purified|produced|prepared) )?(?:from|of|by)\\s+(?:the\\s+)?[\\p{L}\\p{N}\\-‐–]+(?:\\s+[\\p{L}\\p{N}\\-‐–]+){0,5})?"
                    + "\\s*,\\s*(?:termed|called|named|designated|known\\s+as|referred\\s+to\\s+as)\\s+(\\p{Lu}[\\p{L}\\p{N}\\-‐–]{1,15})"
                    + "(?=\\s*[,;.)]|\\s+(?:were|was|are|is|have|had)\\b)");
    /**
     * (branch dev14) A name as the subject of a definition by composition, right before the vesicle: "CardioVex consists
     * of extracellular vesicles purified from ...", "Its second candidate, RenoVex, is made of vesicles from ...".
     */
    static final Pattern NAME_SUBJECT = Pattern.compile(
            "(?:\\A|[\\s(;,])(" + NAME + ")\\s*,?\\s+(?:consists?\\s+of|consisted\\s+of|(?:is|are|was|were)\\s+(?:made|composed)\\s+(?:up\\s+)?of)"
                    + "\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}\\z");
    /**
     * (branch enginespeed8, issue 16) The most white-space runs a match of each expression below that ends in {@code \z}
     * can hold after its leading character (NAME holds none): each {@code \s*} or {@code \s+} is one run at most, a
     * repeated group as many as its repetitions. The expressions are searched only from {@link TailRegion#start} on: the
     * same matches as from the sentence start, without trying every position of a long sentence per vesicle.
     * NAME_BEFORE: "\s*,\s*" 2, article 1, three words 3.
     */
    static final int NAME_BEFORE_RUNS = 6;
    /** "\s*,\s*" 2, article 1, four words 4, "made up of" 2, one more "\s+" and one word 2. */
    static final int NAME_BEFORE_COMPOSED_RUNS = 11;
    /** "\s*,?\s+" 2, "are made up of" 3, "\s+" 1, article 1, two words 2. */
    static final int NAME_SUBJECT_RUNS = 9;
    /** "\s*\(\s*" 2, article 1, two words 2. */
    static final int NAME_BRACKET_BEFORE_RUNS = 5;
    /** "(\s*\(\s*NAME\s*\))" 3, "\s+is\s+" 2, article 1, two words 2, the noun 1, "made from" 1, "\s+" 1, two words 2. */
    static final int NAME_COPULA_RUNS = 13;
    /** The verb (no space), "\s+" 1, "the" 1. */
    static final int MODIFYING_VERB_BEFORE_RUNS = 2;
    /** "their\s+" 1, one word 1. */
    static final int POSSESSOR_BEFORE_RUNS = 2;
    /** The agent, dash and verb (no space), "\s+" 1. */
    static final int MODIFIED_FORM_BEFORE_RUNS = 1;

    /** A matcher of {@code pattern} over the tail of {@code from..to} its matches can lie in (see {@link TailRegion}). */
    static Matcher tail(Pattern pattern, int runs, String text, int from, int to) {
        return pattern.matcher(text).region(TailRegion.start(text, from, to, runs), to);
    }

    /** Measurement switch: -Dexokg.noDefiningBrackets turns off {@link #NAME_BRACKET_BEFORE} (branch names4). */
    static final boolean DEFINING_BRACKETS = !Boolean.getBoolean("exokg.noDefiningBrackets");
    /**
     * (branch names4) A name defined by the bracket after it, the vesicles heading the bracket: "Our lead product, XR-12
     * (exosomes from ... cells engineered to ...)", "QX-5 (HEK293 exosomes displaying ...)".
     */
    static final Pattern NAME_BRACKET_BEFORE = Pattern.compile(
            "(?:\\A|[\\s;,:])(" + NAME + ")\\s*\\(\\s*(?:(?:a|an|the)\\s+)?(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}\\z");
    /** The bracket that opened before the vesicles closes after them, no other bracket between. */
    private static final Pattern BRACKET_CLOSES = Pattern.compile("\\A[^()]*\\)");

    /** Measurement switch: -Dexokg.noCopulaNames turns off {@link #NAME_COPULA} (branch names4). */
    static final boolean COPULA_NAMES = !Boolean.getBoolean("exokg.noCopulaNames");
    /**
     * (branch names4) A name, with its short form in brackets, defined by a copula: "NeuroVex (NVX) are exosomes from ...
     * cells", "DermaVex is a topical gel containing extracellular vesicles purified from ...". Only a name not yet known (a
     * known name's copula classifies it), never denied ("... are not exosomes").
     */
    static final Pattern NAME_COPULA = Pattern.compile(
            "(?:\\A|[\\s;:])(" + NAME + ")(?:\\s*\\(\\s*(" + NAME + "|\\p{Lu}{2,6})\\s*\\))?\\s+(?:is|are)\\s+(?:(?:a|an)\\s+)?"
                    + "(?!(?:not|no|never|neither)\\b)(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2}"
                    + "(?:(?:hydrogels?|gels?|formulations?|products?|preparations?|suspensions?|sprays?|creams?|ointments?|dressings?|patch(?:es)?|powders?)"
                    + "\\s+(?:containing|of|made\\s+(?:from|of)|based\\s+on|with)\\s+(?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,2})?\\z");
    /** (branch preparationnames) A name defined by a copula and a noun of naming or of a product (naming-phrases.yaml). */
    private static final Pattern NAME_COPULA_NOUN = Pattern.compile(
            "(?:\\A|[\\s;:])(" + NAME + ")(?:\\s*\\(\\s*(" + NAME + "|\\p{Lu}{2,6})\\s*\\))?" + NamingPhrases.defaults().copulaBeforeVesicles());
    /** The short form a copula definition gives in brackets after the name ("NVX"), by the defined vesicle's start. */
    private final Map<Integer, String> aliases = new java.util.HashMap<>();

    /** After the vesicle: an optional preparation noun, then the phrase goes on with its origin or ends. */
    private static final Pattern HEAD_AFTER = Pattern.compile(
            "\\A(?:[\\s\\-‐–]+(?:preparations?|formulations?|products?|fractions?|isolates?|suspensions?))?"
                    + "(?=\\s*[,;.)]|\\s+(?:derived|isolated|obtained|purified|produced|secreted|released|made|prepared|from|of)\\b)");
    /**
     * Measurement switch: -Dexokg.noNameAfterProducers: a name in brackets after "vesicles secreted/released/shed by" a
     * producer, or after a producer of seven or eight words, names nothing (branch names6).
     */
    static final boolean NAME_AFTER_PRODUCERS = !Boolean.getBoolean("exokg.noNameAfterProducers");
    /**
     * Measurement switch (branch binomials): -Dexokg.noOriginBinomials leaves an origin phrase with an abbreviated genus
     * ("exosomes of L. donovani (LdExo)") naming nothing, as before.
     */
    static final boolean ORIGIN_BINOMIALS = !Boolean.getBoolean("exokg.noOriginBinomials");
    /**
     * A word of a vesicle's origin phrase: letters, digits and hyphens, or (branch binomials) a genus abbreviated to its
     * capital and full stop before a lower-case epithet ("L. donovani"; not "J. Smith", "Fig. 2").
     */
    private static final String ORIGIN_WORD = ORIGIN_BINOMIALS
            ? "(?:[A-Z]\\.(?=\\s\\p{Ll}{3,}(?![\\p{L}\\p{N}\\.]))|[\\p{L}\\p{N}\\-‐–]+)"
            : "[\\p{L}\\p{N}\\-‐–]+";
    /** "V (preparation) (termed|called|named|designated|hereafter) NAME" or "V (preparation) (NAME)". */
    private static Pattern nameAfter(boolean defined) {
        // (branch preparationnames) with the defining phrases, a finite auxiliary ends the origin phrase: in "vesicles
        // isolated from milk were loaded with curcumin (batch CQ-4)" the bracket is the drug's, not the vesicles'
        String word = defined ? "(?!(?:were|was|is|are|been|being|be|has|have|had)(?![\\p{L}\\p{N}\\-‐–]))" + ORIGIN_WORD : ORIGIN_WORD;
        return Pattern.compile(
            "\\A(?:[\\s\\-‐–]+(?:preparations?|formulations?|products?|fractions?|isolates?|suspensions?))?"
                    // the origin's noun phrase, up to six words: a stacked source ("from umbilical cord mesenchymal stem
                    // cells (UC-Exos)") is one phrase, its head the last noun (branch dev13)
                    // (branch names6) the producer's verb too ("secreted by cardiomyocytes derived from induced pluripotent
                    // stem cells (iCM-EVs)"), and a producer described in up to eight words (switch NAME_AFTER_PRODUCERS)
                    // (branch binomials) a word of the origin may be a genus abbreviated before its lower-case epithet
                    // ("exosomes of L. donovani (LdExo)"), switch ORIGIN_BINOMIALS
                    + (NAME_AFTER_PRODUCERS
                            ? "(?:\\s+(?:(?:derived|isolated|obtained|purified|produced|prepared|secreted|released|shed) )?(?:from|of|by)\\s+(?:the\\s+)?" + word + "(?:\\s+" + word + "){0,7})?"
                            : "(?:\\s+(?:(?:derived|isolated|obtained|purified|produced|prepared) )?(?:from|of|by)\\s+(?:the\\s+)?" + word + "(?:\\s+" + word + "){0,5})?")
                    // (branch preparationnames) the defining phrases are data (naming-phrases.yaml): "(hereafter KCVs)",
                    // "(designated PLX-2)", ", referred to as ADX-3,", "(batch EFV-01)"; switch DEFINED_PREPARATION_NAMES
                    + (defined
                            ? "\\s*(?:,\\s*" + NamingPhrases.defaults().commaOpening() + "|\\(\\s*(?:" + NamingPhrases.defaults().lotOpening()
                                    + "|" + NamingPhrases.defaults().bracketOpening() + "))(" + NAME_WIDE + ")\\b"
                            : "\\s*(?:,\\s*(?:termed|called|named|designated|hereafter|referred to as)\\s+|\\(\\s*(?:termed\\s+|called\\s+|hereafter\\s+)?)(" + NAME + ")\\b"));
    }
    private static final Pattern NAME_AFTER = nameAfter(false);
    /** (branch preparationnames) {@link #NAME_AFTER} with the defining phrases of naming-phrases.yaml. */
    private static final Pattern NAME_AFTER_DEFINED = nameAfter(true);

    /** The name-after expression the switch chooses. */
    private static Pattern nameAfter() {
        return NamingPhrases.DEFINED_PREPARATION_NAMES ? NAME_AFTER_DEFINED : NAME_AFTER;
    }

    /**
     * (branch names3) A vesicle short form that ends a name, glued to its code or after a hyphen: "HA-Bexos", "KerEVs",
     * "GD2-NKEVs", "UC-sEVs", "GNVs", "AmOMVs". A name in apposition carries no defining verb, so only a name that says
     * it is vesicles is read there ("exosomes, CD63, ..." lists a marker).
     */
    private static final Pattern VESICLE_PART = Pattern.compile("(?:[Ee]xos?|EXOs?|s?EVs?|NVs?|ELNs?|OMVs?|MVs?)\\z");
    /**
     * (branch names3) "tested these vesicles, HA-Bexos, as a vaccine", "the small EVs they released, which we call KerEVs":
     * a name in apposition right after the vesicles (the vesicles' own relative clause "they released" between), or after
     * "which we call/term/name" or "hereafter".
     */
    private static final Pattern NAME_APPOSED = Pattern.compile(
            "\\A(?:\\s+(?:that\\s+|which\\s+)?they\\s+(?:had\\s+)?(?:released|secreted|shed|produced))?\\s*,\\s*"
                    + "(?:(which\\s+(?:we\\s+)?(?:call|term|name|designate|refer\\s+to\\s+as|called|termed|named|designated)|hereafter(?:\\s+(?:called|termed|named))?)\\s+)?"
                    + "(" + NAME + ")(?=\\s*[,;.)]|\\s*\\z)");
    /** Measurement switch: -Dexokg.noApposedNames turns off {@link #NAME_APPOSED} (branch names3). */
    static final boolean APPOSED_NAMES = !Boolean.getBoolean("exokg.noApposedNames");

    /** The name {@link #NAME_APPOSED} reads after a vesicle, or null. */
    private static String apposedName(String text, int vesicleEnd, int sentenceEnd, List<Mention> mentions) {
        if (!APPOSED_NAMES) {
            return null;
        }
        Matcher m = NAME_APPOSED.matcher(text).region(vesicleEnd, sentenceEnd);
        if (!m.lookingAt() || !(noMention(mentions, m.start(2), m.end(2)) || vesicleNounOfName(text, mentions, m.start(2), m.end(2)))) {
            return null;
        }
        return m.group(1) != null || VESICLE_PART.matcher(m.group(2)).find() ? m.group(2) : null;
    }

    /**
     * (branch names3) The codes of a name that may spell its source: the part before its first hyphen, short form cut
     * ("GFNV-3": GF, "RBC-EVs": RBC), and the code glued to a short form that ends the name ("HA-Bexos": B, "GD2-NKEVs":
     * NK, "KerEVs": Ker).
     */
    static List<String> codes(String name) {
        List<String> codes = new ArrayList<>(2);
        String[] parts = name.split("[\\-‐–]");
        codes.add(parts[0]);
        Matcher glued = VESICLE_PART.matcher(parts[parts.length - 1]);
        if (parts.length > 1 && glued.find() && glued.start() > 0) {
            codes.add(parts[parts.length - 1].substring(0, glued.start()));
        }
        return codes;
    }

    /**
     * A passive definition in a methods sentence: "Nanovesicles were isolated from garlic cloves by ultracentrifugation
     * and named GNV-2" (the vesicles are the subject of both verbs; branch dev13).
     */
    private static final Pattern NAME_PASSIVE = Pattern.compile(
            "\\A\\s+(?:were|was|are|is)\\s+(?:isolated|prepared|purified|obtained|extracted|collected|enriched)\\s+from\\s+[^.;:()]{1,160}?"
                    + "\\band\\s+(?:were\\s+|was\\s+|are\\s+|is\\s+)?(?:named|termed|called|designated)\\s+(" + NAME + ")\\b");

    /** A preparation a name stands for: the vesicle mention of its definition, the kind it was read as, its qualifier (or null). */
    record Preparation(String name, Mention vesicle, String subjectIri, String qualifierIri) {}

    private final Map<String, Preparation> byName = new LinkedHashMap<>();

    /** The name given to the preparation that {@code vesicle} heads in its sentence, or null. */
    String nameOf(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        if (!vesicle.is(MentionType.VESICLE) || vesicle.start() < sentenceStart || vesicle.end() > sentenceEnd) {
            return null;
        }
        if (SOURCED_REDEFINITIONS && !byName.isEmpty()) {
            // (branch names6) a use of a known name is no other term inside a definition of that name: "AX-7, exosomes
            // isolated from bovine milk, ..." defines AX-7 again, after "Nanovesicles (AX-7) were well tolerated"
            mentions = mentions.stream().filter(m -> !(m.is(MentionType.VESICLE) && byNameOrNumber(m.surface()) != null
                    && m.end() <= text.length() && text.substring(m.start(), m.end()).equals(m.surface()))).toList();
        }
        Matcher before = tail(NAME_BEFORE, NAME_BEFORE_RUNS, text, sentenceStart, vesicle.start());
        String name = null;
        Matcher subject = tail(NAME_SUBJECT, NAME_SUBJECT_RUNS, text, sentenceStart, vesicle.start());
        // (branch abbrev) "CM-EVs, extracellular vesicles isolated from camel milk": the name may end in the vesicle noun
        if (before.find() && HEAD_AFTER.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()
                && (noMention(mentions, before.start(1), before.end(1)) || vesicleNounOfName(text, mentions, before.start(1), before.end(1)))) {
            name = before.group(1);
        } else if (DEFINED_NAME_SHAPES && composedName(text, sentenceStart, sentenceEnd, vesicle, mentions) != null) {
            name = composedName(text, sentenceStart, sentenceEnd, vesicle, mentions);
        } else if (subject.find() && HEAD_AFTER.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()
                && (noMention(mentions, subject.start(1), subject.end(1))
                        || vesicleNounOfName(text, mentions, subject.start(1), subject.end(1)))) {
            name = subject.group(1);
        } else if (DEFINING_BRACKETS && bracketBefore(text, sentenceStart, sentenceEnd, vesicle, mentions) != null) {
            name = bracketBefore(text, sentenceStart, sentenceEnd, vesicle, mentions);
        } else if (COPULA_NAMES && copulaName(text, sentenceStart, sentenceEnd, vesicle, mentions) != null) {
            name = copulaName(text, sentenceStart, sentenceEnd, vesicle, mentions);
        } else {
            Matcher after = nameAfter().matcher(text).region(vesicle.end(), sentenceEnd);
            // "(Lp-EVs)": a name ending in a vesicle noun after a code is defined as its uses are read (branch dev13)
            if (after.lookingAt() && (noMention(mentions, after.start(1), after.end(1))
                    || vesicleNounOfName(text, mentions, after.start(1), after.end(1)))) {
                name = after.group(1);
            } else if (apposedName(text, vesicle.end(), sentenceEnd, mentions) != null) {
                name = apposedName(text, vesicle.end(), sentenceEnd, mentions);
            } else if (DEFINED_NAME_SHAPES && namedByVerb(text, vesicle.end(), sentenceEnd, mentions) != null) {
                name = namedByVerb(text, vesicle.end(), sentenceEnd, mentions);
            } else {
                Matcher passive = NAME_PASSIVE.matcher(text).region(vesicle.end(), sentenceEnd);
                Matcher acronym = ACRONYM_AFTER.matcher(text).region(vesicle.end(), sentenceEnd);
                Matcher originAcronym = (NamingPhrases.DEFINED_PREPARATION_NAMES ? ACRONYM_AFTER_ORIGIN_DEFINED : ACRONYM_AFTER_ORIGIN).matcher(text).region(vesicle.end(), sentenceEnd);
                if (passive.lookingAt() && noMention(mentions, passive.start(1), passive.end(1))) {
                    name = passive.group(1);
                } else if (acronym.lookingAt() && noMention(mentions, acronym.start(1), acronym.end(1))
                        && spelledByPhraseBefore(text, sentenceStart, vesicle.end(), acronym.group(1))) {
                    name = acronym.group(1);
                } else if (ORIGIN_ACRONYMS && originAcronym.lookingAt()
                        && (noMention(mentions, originAcronym.start(2), originAcronym.end(2))
                                || SOURCE_NAMED_ACRONYMS && onlyOriginSourceAt(mentions, originAcronym.start(1), originAcronym.end(1),
                                        originAcronym.start(2), originAcronym.end(2)))
                        && (originAcronym.group(2).matches("\\p{Lu}{2,6}s?")
                                ? spelledByOriginAndVesicle(originAcronym.group(1), vesicle.surface(), originAcronym.group(2))
                                        || SOURCE_NAMED_ACRONYMS && spelledBySourceName(mentions, originAcronym.start(1), originAcronym.end(1),
                                                vesicle.surface(), originAcronym.group(2))
                                : spelledByHeadAndVesicle(originAcronym.group(1), vesicle.surface(), originAcronym.group(2)))) {
                    name = originAcronym.group(2);
                } else if (DERIVED_NAMES && derivedName(text, sentenceStart, sentenceEnd, vesicle, mentions) != null) {
                    name = derivedName(text, sentenceStart, sentenceEnd, vesicle, mentions);
                } else if (NamingPhrases.DEFINED_PREPARATION_NAMES) {
                    name = namedInSentence(text, sentenceStart, sentenceEnd, vesicle, mentions);
                }
            }
        }
        if (name == null && CLOSING_ANAPHOR_NAMES) {
            name = nameAfterClosingAnaphor(text, sentenceEnd, vesicle, mentions);
        }
        return name;
    }

    /**
     * Switch (issue 15, branch dev35): -Dexokg.closingAnaphorNames. On, a name in brackets at the end of the sentence
     * right after an anaphor ("the vesicles", "them") that closes the clause describing the vesicles the sentence
     * introduces ("We produced small EVs from HEK cells engineered to express a fusogen and a protein that packs Cas9 into
     * the vesicles (XY-sEVs)") names those vesicles, the head of the phrase, not the anaphor: the anaphor can only take
     * them up. Off, such a name names nothing and its later uses are read by their own vesicle word, unqualified.
     */
    static boolean CLOSING_ANAPHOR_NAMES = Boolean.parseBoolean(System.getProperty("exokg.closingAnaphorNames", "true"));
    /** The clause after the vesicles that opens with their origin or a verb of making them ("from", "of", "released by"). */
    private static final Pattern ORIGIN_CLAUSE = Pattern.compile(
            "\\A\\s+(?:from|of|released\\s+by|secreted\\s+by|produced\\s+by|shed\\s+by|derived\\s+from|isolated\\s+from|collected\\s+from)\\b");
    /** An anaphor for the vesicles, then the bracketed name, at the end of the sentence. */
    private static final Pattern ANAPHOR_THEN_NAME = Pattern.compile(
            "(?:\\b(?:the|these|such)\\s+(?:nano)?vesicles|\\bthem)\\s*\\(\\s*(" + NAME_WIDE + ")\\s*\\)\\s*[.;]?\\s*\\z");

    /** The name {@link #CLOSING_ANAPHOR_NAMES} reads for {@code vesicle}, or null. */
    static String nameAfterClosingAnaphor(String text, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        if (vesicle.end() >= sentenceEnd || !ORIGIN_CLAUSE.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()) {
            return null;
        }
        Matcher m = ANAPHOR_THEN_NAME.matcher(text).region(vesicle.end(), sentenceEnd);
        if (!m.find() || !VESICLE_PART.matcher(m.group(1)).find() || text.substring(vesicle.end(), m.start()).matches("(?s).*[();].*")) {
            return null;
        }
        for (Mention o : mentions) {
            // another vesicle phrase between them names other vesicles (a comparison, a second preparation)
            if (o.is(MentionType.VESICLE) && o.start() >= vesicle.end() && o.end() <= m.start()) {
                return null;
            }
        }
        return noMention(mentions, m.start(1), m.end(1)) || vesicleNounOfName(text, mentions, m.start(1), m.end(1)) ? m.group(1) : null;
    }

    /**
     * Measurement switch: -Dexokg.noDerivedNames: a name given in brackets after the agent that modified a preparation ("We
     * coated BM-sEVs with polyethylene glycol (PEG-sEVs)") names nothing (branch derivednames).
     */
    static final boolean DERIVED_NAMES = !Boolean.getBoolean("exokg.noDerivedNames");
    /** A verb of modification: coating, loading, coupling, decorating a preparation with an agent. */
    private static final String MODIFYING_VERB = "(?:coated|loaded|decorated|modified|functionali[sz]ed|conjugated|labell?ed|armed|coupled"
            + "|PEGylated|pegylated|grafted|tagged|wrapped|cloaked|camouflaged|fused|equipped|engineered|complexed|incubated)";
    /** (branch derivednames) The verb right before the preparation: "We coated BM-sEVs", "we loaded the exosomes". */
    static final Pattern MODIFYING_VERB_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\-‐–])" + MODIFYING_VERB + "\\s+(?:(?:the|these|our)\\s+)?\\z");
    /**
     * (branch derivednames) After the preparation (its origin phrase optional): the verb, unless it came before ("were coated",
     * "coated", a reduced relative), "with" or "to", the agent in up to four words, then the new name in brackets.
     */
    private static final Pattern AGENT_THEN_NAME = Pattern.compile(
            "\\A(?:\\s+(?:(?:derived|isolated|obtained|purified|produced|prepared|secreted|released) )?(?:from|of)\\s+(?:the\\s+)?[\\p{L}\\p{N}\\-‐–]+(?:\\s+[\\p{L}\\p{N}\\-‐–]+){0,5}?)?"
                    + "\\s+(?:(?:(?:were|was)\\s+)?(" + MODIFYING_VERB + ")\\s+)?(?:with|to)\\s+((?:[\\p{L}\\p{N}\\-‐–]+\\s+){0,3}[\\p{L}\\p{N}\\-‐–]+)"
                    + "\\s*\\(\\s*(" + NAME + ")\\s*\\)");

    /**
     * (branch derivednames) The name a sentence gives a modified form of the preparation {@code vesicle} names: "We coated
     * BM-sEVs with polyethylene glycol (PEG-sEVs)", "BM-sEVs were coupled to an aptamer (Apt-sEVs)". The modified vesicles
     * are the same preparation, kind and source (the caller records the name with the preparation's reading); an agent
     * that names a source or vesicles of its own ("coated with platelet membranes (PM-sEVs)": a hybrid) names none.
     */
    private static String derivedName(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        Matcher m = AGENT_THEN_NAME.matcher(text).region(vesicle.end(), sentenceEnd);
        if (!m.lookingAt()) {
            return null;
        }
        boolean verbBefore = tail(MODIFYING_VERB_BEFORE, MODIFYING_VERB_BEFORE_RUNS, text, sentenceStart, vesicle.start()).find();
        if (verbBefore == (m.group(1) != null)) {
            return null;
        }
        for (Mention a : mentions) {
            if (a.start() < m.end(2) && a.end() > m.start(2) && (a.is(MentionType.SOURCE) || a.is(MentionType.VESICLE))) {
                return null;
            }
        }
        return noMention(mentions, m.start(3), m.end(3)) || vesicleNounOfName(text, mentions, m.start(3), m.end(3)) ? m.group(3) : null;
    }

    /** (branch subjects4) The name {@link #NAME_BEFORE_COMPOSED} defines with the vesicles after it, or null. */
    private static String composedName(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        Matcher m = tail(NAME_BEFORE_COMPOSED, NAME_BEFORE_COMPOSED_RUNS, text, sentenceStart, vesicle.start());
        if (!m.find() || !HEAD_AFTER.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()
                || !(noMention(mentions, m.start(1), m.end(1)) || vesicleNounOfName(text, mentions, m.start(1), m.end(1)))) {
            return null;
        }
        return m.group(1);
    }

    /** (branch preparationnames) "These vesicles are referred to here as FBV-2": the naming predicate of the vesicles. */
    private static final Pattern NAME_PREDICATED = Pattern.compile(
            NamingPhrases.defaults().predicateBeforeName() + "(" + NAME_WIDE + ")" + NamingPhrases.NAME_END);
    /** (branch preparationnames) "We named these vesicles FBV-2": a verb of naming before the vesicles ... */
    private static final Pattern ACTIVE_NAMING_BEFORE = Pattern.compile(NamingPhrases.defaults().activeBeforeVesicles());
    /** ... and the name right after them, "as" optional. */
    private static final Pattern NAME_AFTER_OBJECT = Pattern.compile("\\A\\s+(?:as\\s+)?(" + NAME_WIDE + ")" + NamingPhrases.NAME_END);

    /**
     * (branch preparationnames) A name a sentence of naming gives its vesicles (mostly an anaphor of the preparation the
     * text has described): "These vesicles are referred to here as FBV-2", "We named these vesicles FBV-2", "we refer to
     * these EVs as FBV-2". The name must be a code-like word no term of the lexicon reads; null otherwise.
     */
    private static String namedInSentence(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        Matcher predicated = NAME_PREDICATED.matcher(text).region(vesicle.end(), sentenceEnd);
        Matcher m = predicated.lookingAt() ? predicated : null;
        if (m == null && tail(ACTIVE_NAMING_BEFORE, NamingPhrases.ACTIVE_BEFORE_RUNS, text, sentenceStart, vesicle.start()).find()) {
            Matcher object = NAME_AFTER_OBJECT.matcher(text).region(vesicle.end(), sentenceEnd);
            m = object.lookingAt() ? object : null;
        }
        return m != null && noMention(mentions, m.start(1), m.end(1)) ? m.group(1) : null;
    }

    /** (branch subjects4) The short name {@link #NAME_AFTER_NAMING_VERB} gives the vesicles, or null. */
    private static String namedByVerb(String text, int vesicleEnd, int sentenceEnd, List<Mention> mentions) {
        Matcher m = NAME_AFTER_NAMING_VERB.matcher(text).region(vesicleEnd, sentenceEnd);
        return m.lookingAt() && noMention(mentions, m.start(1), m.end(1)) ? m.group(1) : null;
    }

    /** (branch names4) The name {@link #NAME_BRACKET_BEFORE} reads before the vesicles that head its bracket, or null. */
    private static String bracketBefore(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        Matcher m = tail(NAME_BRACKET_BEFORE, NAME_BRACKET_BEFORE_RUNS, text, sentenceStart, vesicle.start());
        if (!m.find() || !BRACKET_CLOSES.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()
                || !(noMention(mentions, m.start(1), m.end(1)) || vesicleNounOfName(text, mentions, m.start(1), m.end(1)))) {
            return null;
        }
        return m.group(1);
    }

    /** (branch names4) The name {@link #NAME_COPULA} defines with the vesicles after it, or null; its bracketed short form kept. */
    private String copulaName(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        Matcher m = tail(NAME_COPULA, NAME_COPULA_RUNS, text, sentenceStart, vesicle.start());
        boolean found = m.find();
        if (!found && NamingPhrases.DEFINED_PREPARATION_NAMES) {
            // (branch preparationnames) "UCX-12 is the code name of small EVs ...", "NXR-101 is our lead product: exosomes"
            m = tail(NAME_COPULA_NOUN, NamingPhrases.COPULA_RUNS, text, sentenceStart, vesicle.start());
            found = m.find();
        }
        if (!found || byName.containsKey(m.group(1)) || !HEAD_AFTER.matcher(text).region(vesicle.end(), sentenceEnd).lookingAt()
                || !(noMention(mentions, m.start(1), m.end(1)) || vesicleNounOfName(text, mentions, m.start(1), m.end(1)))) {
            return null;
        }
        if (m.group(2) != null && noMention(mentions, m.start(2), m.end(2))) {
            aliases.put(vesicle.start(), m.group(2));
        }
        return m.group(1);
    }

    /** "(LDNs)" right after the vesicle noun: an all-capital acronym, its plural s optional (branch dev18). */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\A\\s*\\(\\s*(\\p{Lu}{2,6}s?)\\s*\\)");

    /** Measurement switch: -Dexokg.noOriginAcronyms turns off {@link #ACRONYM_AFTER_ORIGIN} (branch dev21). */
    static final boolean ORIGIN_ACRONYMS = !Boolean.getBoolean("exokg.noOriginAcronyms");
    /** Measurement switch: -Dexokg.noShortVesicleNames: "Dex" after "exosomes from dendritic cells" names nothing (branch names4). */
    static final boolean SHORT_VESICLE_NAMES = !Boolean.getBoolean("exokg.noShortVesicleNames");
    /** (branch dev21) "exosomes from water buffalo milk (BME)": the origin phrase after the vesicle, then an all-capital acronym. */
    private static Pattern acronymAfterOrigin(boolean defined) {
        return Pattern.compile(
            "\\A\\s+(?:(?:derived|isolated|obtained|purified|produced|prepared|released|secreted)\\s+)?(?:from|of|by)\\s+(?:the\\s+)?"
                    // (branch binomials) a genus abbreviated before its epithet is a word of the origin: "of L. donovani (LDE)"
                    + "((?:" + ORIGIN_WORD + "\\s+){0,5}" + ORIGIN_WORD + ")\\s*\\(\\s*"
                    // (branch preparationnames) a defining phrase before the acronym: "(hereafter KCVs)", "(termed LDNs)"
                    + (defined ? NamingPhrases.defaults().bracketOpening() : "")
                    + "(\\p{Lu}{2,6}s?"
                    // (branch names4) capitals, then the start of the vesicle noun in lower case: "Dex"
                    + (SHORT_VESICLE_NAMES ? "|\\p{Lu}{1,3}\\p{Ll}{2,3}s?" : "") + ")\\s*\\)");
    }
    private static final Pattern ACRONYM_AFTER_ORIGIN = acronymAfterOrigin(false);
    /** (branch preparationnames) {@link #ACRONYM_AFTER_ORIGIN} with a defining phrase in the bracket. */
    private static final Pattern ACRONYM_AFTER_ORIGIN_DEFINED = acronymAfterOrigin(true);

    /**
     * Measurement switch: -Dexokg.noSourceNamedAcronyms (branch dev25): an acronym after "exosomes from cow milk" is read
     * only from the origin's own words (as dev21 did), and a source the abbreviation layer read it as keeps it.
     */
    static final boolean SOURCE_NAMED_ACRONYMS = !Boolean.getBoolean("exokg.noSourceNamedAcronyms");

    /** The names of a source term (its label and synonyms); set by the extractor from the ontology's lexicon. */
    private java.util.function.Function<String, java.util.Collection<String>> sourceNames = iri -> List.of();

    void sourceNames(java.util.function.Function<String, java.util.Collection<String>> names) {
        this.sourceNames = names;
    }

    /**
     * (branch dev25) "exosomes from camel milk (CMEs)": the document's abbreviations may have read the acronym as the source
     * alone (C-M-E run through "camel"); a source mention that spans the acronym exactly and names the same term as a
     * source of the origin phrase is that misreading, not another term, so the acronym still names the vesicles.
     */
    private static boolean onlyOriginSourceAt(List<Mention> mentions, int originStart, int originEnd, int start, int end) {
        java.util.Set<String> origins = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.is(MentionType.SOURCE) && m.start() >= originStart && m.end() <= originEnd) {
                origins.add(m.iri());
            }
        }
        boolean any = false;
        for (Mention m : mentions) {
            if (m.start() < end && m.end() > start) {
                if (!(m.start() == start && m.end() == end && m.is(MentionType.SOURCE) && origins.contains(m.iri()))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * (branch dev25) Whether the acronym spells another name of the origin's source, then the vesicle noun: "exosomes from
     * cow milk (BMEs)" (bovine milk + exosomes), as {@link #spelledByOriginAndVesicle} does with the origin's own words.
     */
    private boolean spelledBySourceName(List<Mention> mentions, int originStart, int originEnd, String vesicleSurface, String acronym) {
        for (Mention m : mentions) {
            if (m.is(MentionType.SOURCE) && m.start() >= originStart && m.end() <= originEnd) {
                for (String name : sourceNames.apply(m.iri())) {
                    if (spelledByOriginAndVesicle(name, vesicleSurface, acronym)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * (branch dev25) The source mentions that are a plain-acronym name misread as its own source ("CMEs" read as camel
     * milk where "exosomes from camel milk (CMEs)" defined it): where the sentence uses the name, the use replaces them.
     */
    List<Mention> misreadSources(List<Mention> uses, List<Mention> mentions) {
        if (!SOURCE_NAMED_ACRONYMS || uses.isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(0);
        for (Mention u : uses) {
            Preparation p = preparation(u);
            if (p == null || p.qualifierIri() == null || !p.name().matches("\\p{Lu}{2,6}s?")) {
                continue;
            }
            for (Mention m : mentions) {
                if (m != u && m.start() == u.start() && m.end() == u.end() && m.is(MentionType.SOURCE) && m.iri().equals(p.qualifierIri())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * (branch names4) Whether a short name is the initials of the first words of the vesicles' origin phrase followed by
     * the start of the vesicle noun ("exosomes from dendritic cells ... (Dex)": D + ex), and abbreviates no word of the
     * origin itself ("exosomes from cells given dexamethasone (Dex)" names the drug).
     */
    static boolean spelledByHeadAndVesicle(String origin, String vesicleSurface, String name) {
        int capitals = 0;
        while (capitals < name.length() && Character.isUpperCase(name.charAt(capitals))) {
            capitals++;
        }
        String tail = name.substring(capitals).toLowerCase(java.util.Locale.ROOT);
        String[] words = origin.trim().split("[^\\p{L}\\p{N}]+");
        String[] vesicleWords = vesicleSurface.trim().split("\\s+");
        String noun = vesicleWords[vesicleWords.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (capitals == 0 || words.length < capitals || tail.length() < 2 || !noun.startsWith(tail.endsWith("s") && !noun.startsWith(tail) ? tail.substring(0, tail.length() - 1) : tail)) {
            return false;
        }
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        for (String w : words) {
            if (w.toLowerCase(java.util.Locale.ROOT).startsWith(lowerName)) {
                return false;
            }
        }
        for (int i = 0; i < capitals; i++) {
            if (words[i].isEmpty() || Character.toUpperCase(words[i].charAt(0)) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * (branch dev21) Whether an acronym is the initials of the last words of the vesicles' origin phrase followed by the
     * initial of the vesicle noun ("buffalo milk" + "exosomes": BME, "bovine milk" + "extracellular vesicles": BMEVs), so
     * that "exosomes from dendritic cells (DCs)" names the cells, not the vesicles.
     */
    static boolean spelledByOriginAndVesicle(String origin, String vesicleSurface, String acronym) {
        String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        String[] words = origin.split("[^\\p{L}\\p{N}]+");
        String[] vesicleWords = vesicleSurface.split("[^\\p{L}\\p{N}]+");
        StringBuilder vesicleInitials = new StringBuilder();
        for (String w : vesicleWords) {
            if (!w.isEmpty()) {
                vesicleInitials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        for (int n = 1; n <= words.length && n < letters.length(); n++) {
            StringBuilder initials = new StringBuilder();
            for (int i = words.length - n; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    initials.setLength(0);
                    break;
                }
                initials.append(Character.toUpperCase(words[i].charAt(0)));
            }
            if (initials.length() == 0 || !letters.startsWith(initials.toString())) {
                continue;
            }
            String tail = letters.substring(initials.length());
            // the vesicle noun spelled by its initials ("EV") or its first letter ("E" for "exosomes", "NV" for "nanovesicles")
            if (!tail.isEmpty() && (tail.equals(vesicleInitials.toString()) || tail.length() <= 3 && tail.charAt(0) == vesicleInitials.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (branch dev18) "lemon-derived nanovesicles (LDNs)": a plain acronym names the vesicles only when its letters are the
     * initials of the words (hyphenated parts counted) that end at the vesicle noun, so that "exosomes from stromal cells
     * (SCs)" names the cells, not the vesicles.
     */
    private static boolean spelledByPhraseBefore(String text, int sentenceStart, int phraseEnd, String acronym) {
        String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        String[] words = text.substring(sentenceStart, phraseEnd).split("[^\\p{L}\\p{N}]+");
        if (words.length < letters.length()) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            String w = words[words.length - letters.length() + i];
            if (w.isEmpty() || Character.toUpperCase(w.charAt(0)) != letters.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The vesicle nouns inside a name this sentence defines right after the vesicles it names ("EVs" in "extracellular
     * vesicles from Lactobacillus plantarum (Lp-EVs)"): they are the defined vesicles, not a mention of their own, so the
     * rules read the defining phrase with its source (branch dev13).
     */
    static List<Mention> nounsInsideDefinedNames(String text, int sentenceStart, int sentenceEnd, List<Mention> mentions) {
        List<Mention> inside = new ArrayList<>(0);
        for (Mention v : mentions) {
            if (!v.is(MentionType.VESICLE) || v.start() < sentenceStart || v.end() > sentenceEnd) {
                continue;
            }
            Matcher after = nameAfter().matcher(text).region(v.end(), sentenceEnd);
            if (after.lookingAt() && vesicleNounOfName(text, mentions, after.start(1), after.end(1))) {
                for (Mention m : mentions) {
                    if (m != v && m.is(MentionType.VESICLE) && m.start() > after.start(1) && m.end() <= after.end(1)) {
                        inside.add(m);
                    }
                }
            }
        }
        return inside;
    }

    /** "their exosomes", "its EVs": the vesicles of a producer the sentence named before them (branch abbrev). */
    static final Pattern POSSESSOR_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Tt]heir|[Ii]ts)\\s+(?:[\\p{L}\\p{N}\\-‐–]+\\s+)?\\z");
    /** "the exosomes they released (NAME)": a relative clause whose subject is the producer named before. */
    private static final Pattern RELEASED_BY_THEM = Pattern.compile(
            "\\A\\s+(?:that\\s+|which\\s+)?they\\s+(?:had\\s+)?(?:released|secreted|shed|produced)"
                    // (branch names3) ", which we call KerEVs"
                    + "(?:\\s*\\(\\s*(" + NAME + ")\\s*[),;]|\\s*,\\s*which\\s+we\\s+(?:call|term|name|designate|called|termed|named|designated)\\s+(" + NAME + ")(?=\\s*[,;.)]|\\s*\\z))");
    /** (branch names3) "... and tested these vesicles": the possessed vesicles taken up again in their own sentence. */
    private static final Pattern THESE_VESICLES_LATER = Pattern.compile(
            "\\A[^.;:()]{1,120}?\\b(?:these|the\\s+same)\\s+(?:\\p{L}+\\s+)?(?:vesicles|exosomes|EVs|nanovesicles|microvesicles)\\b");
    /** "their EVs were loaded with siRNA ... and called RVG-EVs": named at the end of the clause the vesicles open. */
    private static final Pattern NAMED_AT_CLAUSE_END = Pattern.compile(
            "\\A\\s+(?:were|was)\\s+[^.;:()]{1,160}?\\band\\s+(?:were\\s+|was\\s+)?(?:named|termed|called|designated)\\s+(" + NAME + ")\\b");

    /**
     * (branch abbrev) The name a sentence gives the vesicles of a producer it named before them: "We transfected stromal
     * cells ... and collected their exosomes (MEG3-Exos)", "the exosomes they released (RBD-Exos)", "their EVs were
     * loaded ... and called RVG-EVs". The producer is for the caller to find (the source named before the vesicles); null
     * when the vesicles are not a possessed or produced population or no name follows.
     */
    String producedName(String text, int sentenceStart, int sentenceEnd, Mention vesicle, List<Mention> mentions) {
        if (!vesicle.is(MentionType.VESICLE) || vesicle.start() < sentenceStart || vesicle.end() > sentenceEnd) {
            return null;
        }
        Matcher name = null;
        if (tail(POSSESSOR_BEFORE, POSSESSOR_BEFORE_RUNS, text, sentenceStart, vesicle.start()).find()) {
            Matcher after = nameAfter().matcher(text).region(vesicle.end(), sentenceEnd);
            Matcher called = NAMED_AT_CLAUSE_END.matcher(text).region(vesicle.end(), sentenceEnd);
            name = after.lookingAt() ? after : called.lookingAt() ? called : null;
            Matcher these = THESE_VESICLES_LATER.matcher(text).region(vesicle.end(), sentenceEnd);
            if (name == null && these.lookingAt()) {
                // (branch names3) "display haemagglutinin on its exosomes and tested these vesicles, HA-Bexos, as ..."
                return apposedName(text, these.end(), sentenceEnd, mentions);
            }
        } else {
            Matcher relative = RELEASED_BY_THEM.matcher(text).region(vesicle.end(), sentenceEnd);
            name = relative.lookingAt() ? relative : null;
        }
        int g = name != null && name.groupCount() >= 2 && name.group(1) == null ? 2 : 1;
        if (name == null || !(noMention(mentions, name.start(g), name.end(g)) || vesicleNounOfName(text, mentions, name.start(g), name.end(g)))) {
            return null;
        }
        return name.group(g);
    }

    /**
     * Measurement switch: -Dexokg.noSourcedRedefinitions: the first definition of a name wins even when it stated no source
     * and a later one does (branch names6).
     */
    static final boolean SOURCED_REDEFINITIONS = !Boolean.getBoolean("exokg.noSourcedRedefinitions");

    /**
     * Keeps a name for the document's later sentences. The first definition of a name wins, unless it stated no source and
     * a later definition does (branch names6): a title or an unqualified first mention ("a trial of XV-3 (nanovesicles)")
     * hides no later "XV-3, exosomes from milk"; a definition never loses a source it stated.
     */
    void remember(Preparation p) {
        Preparation first = byName.get(p.name());
        if (SOURCED_REDEFINITIONS && first != null && first.qualifierIri() == null && p.qualifierIri() != null) {
            byName.put(p.name(), p);
        }
        byName.putIfAbsent(p.name(), p);
        String alias = aliases.get(p.vesicle().start());
        if (alias != null && !alias.equals(p.name())) {
            // (branch names4) "NeuroVex (NVX) are exosomes ...": the short form is the same preparation
            byName.putIfAbsent(alias, new Preparation(alias, p.vesicle(), p.subjectIri(), p.qualifierIri()));
        }
    }

    /**
     * (branch anaphors9) The source an anaphor's predicate stated for vesicles named with none ("CartiVes, a preparation of
     * small EVs. The vesicles are collected from MSCs"): the names given to those vesicles stand for vesicles of that source.
     */
    void sourceStated(Mention vesicle, String subjectIri, String qualifierIri) {
        byName.replaceAll((name, p) -> p.qualifierIri() == null && p.vesicle().start() == vesicle.start()
                && p.vesicle().end() == vesicle.end() ? new Preparation(name, p.vesicle(), subjectIri, qualifierIri) : p);
    }

    /** (branch derivednames) The preparation a name stands for, or null. */
    Preparation named(String name) {
        return byName.get(name);
    }

    /**
     * (branch derivednames) "Aptamer-coupled exosomes (Apt-Exo)", "Vancomycin-loaded EVs (Van-EVs)": the vesicles a name is
     * defined for are a modified form ("<agent>-<participle>" right before them), and the phrase up to the name names no
     * source of its own. Such vesicles are the preparation the text studies, modified (the caller gives its source).
     */
    static boolean modifiedFormNamed(String text, int sentenceStart, Mention vesicle, String name, List<Mention> mentions) {
        if (!DERIVED_NAMES || !tail(MODIFIED_FORM_BEFORE, MODIFIED_FORM_BEFORE_RUNS, text, sentenceStart, vesicle.start()).find()) {
            return false;
        }
        int nameAt = text.indexOf(name, vesicle.end());
        if (nameAt < 0) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.is(MentionType.SOURCE) && m.start() >= sentenceStart && m.start() < nameAt + name.length()) {
                return false;
            }
        }
        return true;
    }

    /** (branch derivednames) An agent glued by a hyphen to a participle of modification right before the vesicles. */
    static final Pattern MODIFIED_FORM_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-‐–])[\\p{L}\\p{N}]+[\\-‐–]" + MODIFYING_VERB + "\\s+\\z");

    /** Whether a name stands for a preparation already. */
    boolean knows(String name) {
        return byName.containsKey(name);
    }

    /** Vesicle mentions for the names defined in earlier sentences, where {@code sentence} uses them. */
    List<Mention> uses(String text, int sentenceStart, int sentenceEnd, List<Mention> mentions) {
        if (byName.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>(0);
        String sentence = text.substring(sentenceStart, sentenceEnd);
        for (Preparation p : byName.values()) {
            // (branch abbrev) the other number of a name is the same preparation: "UC-Exos ... each UC-Exo"
            for (String form : List.of(p.name(), otherNumber(p.name()))) {
                if (!form.equals(p.name()) && byName.containsKey(form)) {
                    continue;
                }
                int at = sentence.indexOf(form);
                while (at >= 0) {
                    int s = sentenceStart + at;
                    int e = s + form.length();
                    boolean word = (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) && text.charAt(s - 1) != '-'
                            || PREFIXED_NAMES && prefixedUse(text, sentenceStart, s))
                            && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
                    if (word && (noMention(mentions, s, e) || vesicleNounOfName(text, mentions, s, e)
                            || SOURCE_NAMED_ACRONYMS && p.qualifierIri() != null && p.name().matches("\\p{Lu}{2,6}s?")
                                    && onlySourceAt(mentions, s, e, p.qualifierIri()))) {
                        Mention noun = MODIFIER_NAMES ? vesicleNounAfter(text, mentions, e, sentenceEnd) : null;
                        if (noun != null) {
                            // (branch names5) "CRX-07 exosomes are taken up ...": the name modifies the vesicle noun, which
                            // heads the phrase; the noun is the use, standing for the named preparation
                            modifiedNouns.put(noun.start(), p);
                            found.add(new Mention(noun.term(), noun.start(), noun.end(), noun.surface()));
                        } else {
                            found.add(new Mention(p.vesicle().term(), s, e, form));
                        }
                    }
                    at = sentence.indexOf(form, at + 1);
                }
            }
        }
        return found;
    }

    /** Measurement switch: -Dexokg.noModifierNames: in "CRX-07 exosomes" the noun is no use of the name (branch names5). */
    static final boolean MODIFIER_NAMES = !Boolean.getBoolean("exokg.noModifierNames");
    /** The vesicle nouns a defined name modifies ("exosomes" in "CRX-07 exosomes"), by their start, with the preparation. */
    private final Map<Integer, Preparation> modifiedNouns = new java.util.HashMap<>();
    /** One space, then the vesicle noun the name modifies. */
    private static final Pattern ONE_SPACE = Pattern.compile("\\A[ \\u00a0]");

    /** (branch names5) The vesicle mention right after a name and one space, in the sentence, or null. */
    private static Mention vesicleNounAfter(String text, List<Mention> mentions, int nameEnd, int sentenceEnd) {
        if (nameEnd + 1 >= sentenceEnd || !ONE_SPACE.matcher(text).region(nameEnd, sentenceEnd).lookingAt()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start() == nameEnd + 1 && m.is(MentionType.VESICLE) && m.end() <= sentenceEnd) {
                return m;
            }
        }
        return null;
    }

    /** Measurement switch: -Dexokg.noPrefixedNames: "iRGD-EqM-EVs" is no use of "EqM-EVs" (branch anaphors4). */
    static final boolean PREFIXED_NAMES = !Boolean.getBoolean("exokg.noPrefixedNames");
    /** One word glued by a hyphen before a name: "iRGD-", "gem-" (the ligand or drug the named preparation was given). */
    private static final Pattern NAME_PREFIX = Pattern.compile("(?:\\A|[\\s(\\[/])[\\p{L}\\p{N}]+-\\z");

    /**
     * (branch anaphors4) "iRGD-EqM-EVs", "gem-OM-EVs": a defined name after one word and a hyphen is the named preparation
     * decorated or loaded (the lead's convention c: a participle anaphor keeps its preparation's qualifier).
     */
    private static boolean prefixedUse(String text, int sentenceStart, int nameStart) {
        return NAME_PREFIX.matcher(text).region(Math.max(sentenceStart, nameStart - 20), nameStart).find();
    }

    /** "UC-Exos" ↔ "UC-Exo": a name's plural without its final s, or with one. */
    private static String otherNumber(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "s";
    }

    /** The preparation of a name or of its other number. */
    private Preparation byNameOrNumber(String surface) {
        Preparation p = byName.get(surface);
        return p != null ? p : byName.get(otherNumber(surface));
    }

    /**
     * The preparation an antecedent names: the vesicle mention of its definition or a use of its name; null if none
     * (branch precision: a noun anaphor of a named preparation, "CTX-09, an exosome product from CAR-T cells ... The
     * exosomes carry ...", is that preparation, source and all, by the lead's convention of the ninth session).
     */
    Preparation namedBy(Mention antecedent, String text) {
        Preparation modified = modifiedNouns.get(antecedent.start());
        if (modified != null) {
            return modified;
        }
        for (Preparation p : byName.values()) {
            if (p.vesicle().start() == antecedent.start() && p.vesicle().end() == antecedent.end()
                    || (p.name().equals(antecedent.surface()) || otherNumber(p.name()).equals(antecedent.surface()))
                            && p.vesicle().term().equals(antecedent.term())
                    || endsUseOfName(p, antecedent, text)) {
                return p;
            }
        }
        return null;
    }

    /**
     * (branch dev14) The vesicle noun that ends a use of a name is that use: "Mice treated with UC-sEVs lived longer. The
     * vesicles were taken up ..." refers back to the preparation, though the sentence's vesicle mention is "sEVs".
     */
    private static boolean endsUseOfName(Preparation p, Mention antecedent, String text) {
        int start = antecedent.end() - p.name().length();
        return start >= 0 && start < antecedent.start() && antecedent.end() <= text.length()
                && text.startsWith(p.name(), start) && p.vesicle().term().equals(antecedent.term())
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    /** The preparation a mention made by {@link #uses} stands for, or null. */
    Preparation preparation(Mention m) {
        Preparation modified = modifiedNouns.get(m.start());
        if (modified != null && modified.vesicle().start() != m.start()) {
            return modified;
        }
        Preparation p = byNameOrNumber(m.surface());
        return p != null && p.vesicle().term().equals(m.term()) && p.vesicle().start() != m.start() ? p : null;
    }

    /**
     * "CAP-exosomes": the only mention inside a name is a vesicle noun that ends it, after a code that names no term;
     * the name stands for the preparation, not for the vesicles of the noun's kind (branch dev10).
     */
    private static boolean vesicleNounOfName(String text, List<Mention> mentions, int start, int end) {
        boolean found = false;
        for (Mention m : mentions) {
            if (m.start() < end && m.end() > start) {
                // a cargo the name spells before its vesicle noun ("GAS5" in "GAS5-EVs"), as noMention allows
                if (DEFINED_NAME_SHAPES && m.is(MentionType.CARGO) && m.start() >= start && m.end() < end) {
                    continue;
                }
                boolean ends = m.end() == end || NUMBERED_NAMES && m.end() < end
                        && NUMBER_SUFFIX.matcher(text).region(m.end(), end).matches();
                if (!m.is(MentionType.VESICLE) || !ends || m.start() <= start || found) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /**
     * (branch mimeticnames) After the vesicle: up to fourteen words with no bracket or clause end, then a name in brackets.
     * (branch enginespeed3) The spaces after a word are taken possessively ({@code \s++}): with {@code \s+} a run of
     * spaces ("Serum EVs               did not ...", text laid out in columns) could be split between repetitions whose
     * word is empty, and a sentence without the name was tried in every split (up to 8 s for one sentence, a quarter of
     * extraction over the development texts). A split run only uses up repetitions to reach the same next word, so the
     * matches and their groups are the same.
     */
    private static final Pattern BRACKETED_NAME_AFTER = Pattern.compile(
            "\\A((?:[^();.\\s]*\\s++){0,14}?[^();.\\s]*?)\\s*\\(\\s*(" + NAME + ")\\s*\\)");
    private static final Pattern MIMETIC_MAKING = MimeticNames.defaults().makingPattern();

    /**
     * (issue 15, branch mimeticnames) The name a sentence defines in brackets for mimetics: for vesicles of a mimetic kind
     * ("Exosome mimetics (Hep-EMs) were made by ..."), or for vesicles of a generic kind whose phrase up to the name says
     * they were made from cells by a making word of {@code mimetic-words.yaml}, the cells after the word ("nanovesicles
     * extruded through filters from whole macrophages (M2-NVs)"); no other vesicle noun between. Null otherwise.
     */
    static String mimeticName(String text, int sentenceEnd, Mention vesicle, List<Mention> mentions, boolean mimeticKind,
            java.util.function.Predicate<Mention> cell) {
        if (!MimeticNames.MIMETIC_NAMES) {
            return null;
        }
        int bracket = vesicle.end();
        while (bracket < sentenceEnd && text.charAt(bracket) != '(') {
            bracket++;
        }
        if (bracket >= sentenceEnd) {
            return null; // no bracket for the name (exact: the expression needs one)
        }
        Matcher m = BRACKETED_NAME_AFTER.matcher(text).region(vesicle.end(), sentenceEnd);
        if (!m.lookingAt() || !(noMention(mentions, m.start(2), m.end(2)) || vesicleNounOfName(text, mentions, m.start(2), m.end(2)))) {
            return null;
        }
        for (Mention o : mentions) {
            if (o != vesicle && o.is(MentionType.VESICLE) && o.start() >= vesicle.end() && o.end() <= m.start(2)) {
                return null;
            }
        }
        if (mimeticKind) {
            return m.group(2);
        }
        Matcher making = MIMETIC_MAKING.matcher(text).region(m.start(1), m.end(1));
        if (!making.find()) {
            return null;
        }
        int after = making.end();
        for (Mention o : mentions) {
            if (o.start() >= after && o.end() <= m.end(1) && cell.test(o)) {
                return m.group(2);
            }
        }
        return null;
    }

    /**
     * (issue 15, branch mimetickinds) The producer a mimetic name's defining sentence breaks into the mimetics: the first
     * producer mention after a making word that follows the vesicle noun ("vesicle mimetics produced by extruding the
     * same bacteria (LjEMs)": Bacterium; "Exosome mimetics (Hep-EMs) were made by serial extrusion of hepatocytes":
     * Hepatocyte), or null.
     */
    static String mimeticProducer(String text, int sentenceEnd, Mention vesicle, List<Mention> mentions,
            java.util.function.Predicate<Mention> producer) {
        Matcher making = MIMETIC_MAKING.matcher(text).region(vesicle.end(), sentenceEnd);
        if (!making.find()) {
            return null;
        }
        Mention first = null;
        for (Mention o : mentions) {
            if (o.start() >= making.end() && o.end() <= sentenceEnd && producer.test(o) && (first == null || o.start() < first.start())) {
                first = o;
            }
        }
        return first == null ? null : first.iri();
    }

    /** Measurement switch: -Dexokg.noNumberedNames: "UC-sEV-01" is no name of vesicles (branch dev21). */
    static final boolean NUMBERED_NAMES = !Boolean.getBoolean("exokg.noNumberedNames");
    /** (branch dev21) A lot or product number after the vesicle noun that ends a name: "UC-sEV-01", "PL-Exo-2". */
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("[\\-‐–]\\p{N}{1,4}");

    /** The vesicle nouns a use of a name covers ("exosomes" in "CAP-exosomes"), replaced by the use. */
    static List<Mention> coveredBy(List<Mention> uses, List<Mention> mentions) {
        List<Mention> covered = new ArrayList<>(0);
        for (Mention u : uses) {
            for (Mention m : mentions) {
                if (m != u && m.is(MentionType.VESICLE) && m.start() >= u.start() && m.end() <= u.end()) {
                    covered.add(m);
                }
            }
        }
        return covered;
    }

    /** (branch dev25) Whether the only term over the words is a source mention of {@code iri} spanning them exactly. */
    private static boolean onlySourceAt(List<Mention> mentions, int start, int end, String iri) {
        boolean any = false;
        for (Mention m : mentions) {
            if (m.start() < end && m.end() > start) {
                if (!(m.start() == start && m.end() == end && m.is(MentionType.SOURCE) && m.iri().equals(iri))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean noMention(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            // a source inside the name is the abbreviation's own origin ("iPSC" in "iPSC-Exos"), not another term
            // (branch subjects4) so is a cargo inside a longer name ("IL12" in "EXO-IL12"): the name spells what it carries
            if (m.start() < end && m.end() > start && !(m.is(MentionType.SOURCE) && m.start() >= start && m.end() < end)
                    && !(DEFINED_NAME_SHAPES && m.is(MentionType.CARGO) && m.start() >= start && m.end() <= end
                            && m.end() - m.start() < end - start)) {
                return false;
            }
        }
        return true;
    }
}
