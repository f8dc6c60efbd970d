package org.exokg.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Decides whether a vesicle mention means vesicles in general ("exosomes") or a kind narrowed
 * by where they come from ("milk-derived exosomes", "tumour exosomes", "exosomes from
 * dendritic cells", "exosomes produced by cancer").
 */
public final class SubjectScopeResolver {

    /** Between a source and the vesicle: "milk-derived exosomes", "milk exosomes". */
    /** Switch (branch subjectclass): -Dexokg.noDottedCellLineCodes keeps a code with a point ("RAW 264.7") from linking a source. */
    static final boolean DOTTED_CELL_LINE_CODES = !Boolean.getBoolean("exokg.noDottedCellLineCodes");
    /**
     * A modifier word the lexicon does not know between a vesicle and its source ("dermal", "M1", "CD4+"); (branch
     * subjectclass) also a cell-line code with an inner point, "RAW 264.7 macrophages", "J774A.1 macrophages".
     */
    private static final String MODIFIER_WORD = DOTTED_CELL_LINE_CODES
            ? "[a-z0-9][a-z0-9\\-‐–+]*(?:\\.[a-z0-9][a-z0-9\\-‐–+]*)*" : "[a-z0-9][a-z0-9\\-‐–+]*";
    private static final Pattern PRE = Pattern.compile("\\A\\s*+[\\-‐–]?\\s*+(?:derived|secreted|released|isolated)?\\s*+[\\-‐–]?\\s*+\\z");
    /** A word glued to "-derived" that the lexicon does not know: still a specific kind. */
    private static final Pattern PRE_UNKNOWN = Pattern.compile("[\\p{L}\\p{N}]+[\\-‐–]derived\\s*\\z");
    /** Between the vesicle and its source: "exosomes from (the) dendritic cells". */
    private static final Pattern POST = Pattern.compile(
            // a preparation noun may head the phrase: "a nanovesicle preparation from ginger"
            "\\A(?:[\\s\\-‐–]+(?:preparations?|formulations?|products?|fractions?|isolates?))?"
                    // (branch qualifiers) set off by a comma, and made from cells by a process: "exosome mimetics, produced by
                    // extruding stem cells through membranes"
                    + ",?\\s+(?:derived from|isolated from|obtained from|purified from|secreted by|secreted from|released by|released from"
                    + "|(?:produced|prepared|generated|made|obtained) by (?:extruding|sonicating|homogeni[sz]ing|squeezing|breaking|fragmenting)"
                    + "|produced by|shed by|enriched from|from"
                    // (branch precision6) made from a source: "nanovesicles prepared from ginseng", "exosomes made from milk"
                    + "|(?:prepared|made|produced|generated|collected|harvested|extracted) from"
                    // (branch hedged8) released into a fluid, or captured from one, names the fluid as the vesicles' source, as
                    // rule vesicle-released-into-source reads it: "vesicles shed into tears by glandular epithelium could ..."
                    + "|(?:released|shed|secreted) into|(?:captured|recovered) from"
                    // a restrictive relative clause or participle: "exosomes that circulate in the blood"
                    + "|(?:that|which) (?:are |were |have been )?(?:circulat\\w*|found|present|resid\\w*|isolated|derived"
                    + "|secreted|released|produced|collected|purified) (?:in|from|by|within)"
                    + "|(?:circulating|found|present|residing) (?:in|within))\\s+(?:the\\s+)?"
                    // up to two modifiers the lexicon does not know: "from dermal fibroblasts", "by cisplatin-resistant lung cancer cells"
                    // also with digits: "from M1 macrophages", "from CD4+ T cells"
                    // (branch sourceattribution) the producer cells' treatment glued to its agent before them: "from
                    // Helicobacter pylori-infected gastric cells", "from TNF-α-treated MSCs"
                    + TreatedCells.AGENT_COMPOUND
                    + "(?:(?!(?:and|or|but|of|to|in|with|for|which|that)\\b)" + MODIFIER_WORD + "\\s+){0,2}\\z");
    /** A nominalised secretion before the vesicle, "secretion of (the) exosomes": then "by S" after it is the origin. */
    private static final Pattern SECRETION_OF = Pattern.compile(
            "\\b(?:secretion|release|production|shedding|export|generation|biogenesis|formation)\\s+of\\s+(?:the\\s+)?(?:[a-z][a-z\\-]*\\s+)?\\z");
    private static final Pattern BY_SOURCE = Pattern.compile("\\A\\s+by\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+){0,2}\\z");
    /** A vesicle found in a source: "extracellular vesicles in urine". */
    private static final Pattern IN_SOURCE = Pattern.compile("\\A\\s+in\\s+(?:the\\s+)?\\z");
    /**
     * (branch dev20) "of" or "in" and at most one modifier before a source that is no cell population: "vesicles of mature
     * milk", "exosomes in malignant ascites"; not a word that opens another phrase ("in vitro", "of patients", "in mice").
     */
    private static final Pattern FLUID_OF_OR_IN = Pattern.compile(
            "\\A\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?!(?:and|or|but|their|these|this|those|its|vitro|vivo|response|addition|contrast"
                    + "|turn|part|particular|total|mice|rats|patients?|healthy|both|each|all|different|other|such)\\b)[a-z][a-z\\-‐–]*\\s+)?\\z");
    /** Switch: -Dexokg.noFluidAfterOfOrIn restores the reading before branch dev20 (only "from"-like words and a bare "in"). */
    static final boolean FLUID_AFTER_OF_OR_IN = !Boolean.getBoolean("exokg.noFluidAfterOfOrIn");

    /**
     * Cargo moved by cells inside vesicles: the cells are the vesicles' source. Passive, source before the vesicle:
     * "tRNA fragments are exported by activated T cells inside small EVs" (text before the source, then the gap).
     */
    private static final Pattern EXPORTED_BY = Pattern.compile(
            "\\b(?:exported|secreted|released|shed|packaged|sorted|shuttled|transferred|delivered)\\s+by\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+){0,2}\\z");
    private static final Pattern INSIDE = Pattern.compile("\\A\\s+(?:inside|in|within|via|through)\\s+(?:the\\s+|their\\s+)?\\z");
    /** Passive, source after the vesicle: "microRNAs are packaged into exosomes by tumour cells" (text before the vesicle). */
    private static final Pattern PACKAGED_INTO = Pattern.compile(
            "\\b(?:packaged|packed|sorted|loaded|exported|secreted|released|shuttled|transferred|incorporated)\\s+(?:in|into|inside|within)\\s+(?:the\\s+)?\\z");
    /** Active, source as the subject: "stem cells transferred mitochondrial mRNA to neurons via EVs" (source to vesicle). */
    private static final Pattern MOVES_VIA = Pattern.compile(
            "\\A\\s+(?:[a-z]+ly\\s+)?(?:export|transfer|shuttl|secret|releas|deliver|send|sent|pass)\\w*\\s[^.;:]{0,80}?\\b(?:inside|in|within|via|through)\\s+(?:the\\s+|their\\s+)?(?:[a-z][a-z\\-‐–]*\\s+)?\\z");

    /**
     * What was done to cells, or where they were taken from, as a participle's phrase after them: "infected with",
     * "isolated from", "cultured in", "pulsed with" (one reading of branch dev11's treated cells and branch precision's
     * postmodified cells, branch precision2).
     */
    private static final String POSTMODIFIER = "(?:[a-z]+ly\\s+)?(?:isolated|derived|obtained|infected|cultured|grown|expanded|treated"
            + "|stimulated|primed|collected|harvested|exposed|transfected|transduced|loaded|activated|pulsed|challenged|incubated"
            + "|engineered)\\s+(?:from|with|in|by|to)\\s+(?:the\\s+)?";
    /** A source's place or state between it and its release: "of the gut", "under lipotoxic stress" (branch producers). */
    private static final String PLACE_OR_STATE = "(?:of\\s+the\\s+[a-z]+|under\\s+(?:[a-z\\-‐–]+\\s+){0,2}?[a-z\\-‐–]+)\\s+";
    /** Cells as the subject of the vesicles' release: "natural killer cells release exosomes that carry ..." (source to vesicle). */
    private static final Pattern RELEASE = Pattern.compile(
            // "the bacteria themselves released vesicles" (a reflexive for emphasis, branch dev10)
            // "macrophages infected with Mycobacterium tuberculosis release exosomes": what was done to the cells (branch dev11)
            // "Bacteria of the gut release", "Hepatocytes under lipotoxic stress release": the source's place or state
            // (branch producers)
            "\\A\\s+(?:" + POSTMODIFIER + "(?:[a-z0-9\\-‐–.]+\\s+){1,5}?|" + PLACE_OR_STATE + ")?"
                    + "(?:[a-z]+ly\\s+|themselves\\s+|itself\\s+)?" + CellWords.defaults().releaseVerbs()
                    + "\\s+(?:the\\s+|their\\s+)?(?:[a-z][a-z\\-‐–]*\\s+)?"
                    + (PropertyFrames.ON ? "(?:" + PropertyFrames.CALLED + ")?" : "") + "\\z");
    /** The cells' participle's phrase, or their place or state, opens the words before their release. */
    private static final Pattern TREATED = Pattern.compile("\\A\\s+(?:" + POSTMODIFIER + "|" + PLACE_OR_STATE + ")");
    private static final Pattern POSTMODIFIER_GAP = Pattern.compile("\\A\\s+" + POSTMODIFIER + "(?:[a-z][a-z\\-‐–]*\\s+){0,2}\\z");

    /** The source whose participle's phrase holds {@code inner} ("stem cells" for "urine" in "stem cells isolated from urine"), or null. */
    private static Mention headBeforePostmodifier(String text, Mention inner, List<Mention> mentions, int sentenceStart) {
        Mention head = null;
        for (Mention m : mentions) {
            if (m.end() <= inner.start() && m.start() >= sentenceStart) {
                head = m;
            }
        }
        return head != null && head.is(MentionType.SOURCE) && qualifies(head)
                && (lowerMatcher(POSTMODIFIER_GAP, text, head.end(), inner.start()).matches()
                        || lowerMatcher(CELLS_FROM, text, head.start(), inner.start()).matches()) ? head : null;
    }

    /**
     * (branch precision10) Cells, then a bare "from" and their tissue: "mesenchymal stromal cells from canine adipose
     * tissue release small EVs" are released by the cells, as after "isolated from".
     */
    private static final Pattern CELLS_FROM = Pattern.compile("\\A.*\\bcells\\s+from\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+){0,3}\\z");

    /** Up to three words before the cells that open a sentence ("Human stem cells", "In mice, ..." is not one). */
    private static final Pattern SUBJECT_OPENING = Pattern.compile("\\A\\s*(?:[a-z][a-z0-9\\-\u2010\u2013]*\\s+){0,3}\\z");
    /** A first predicate of the cells, then "and" and their release of the vesicles (a second predicate of one subject). */
    private static final Pattern CONJOINED_RELEASE = Pattern.compile(
            "\\A[^.;:]{0,120}?\\s(?:can|could|may|are|were|is|was|have|has|grow|grew|proliferate|migrate|home|survive|express|reside|live)\\b"
                    + "[^.;:]{0,120}?\\sand\\s+(?:[a-z]+ly\\s+)?(?:also\\s+)?" + CellWords.defaults().releaseVerbs() + "\\s+"
                    + "(?:the\\s+|their\\s+|large\\s+amounts\\s+of\\s+|many\\s+)?(?:[a-z][a-z\\-\u2010\u2013]*\\s+)?\\z");

    /**
     * Measurement switch: -Dexokg.noOpeningOwner turns off {@link #openingOwner} (branch subjects3): "its/their vesicles" of a
     * later clause, "the vesicles it contains / they secrete" and "the vesicles these cells secrete" then keep no source
     * unless an older reading gives one (the cells' connectors of {@link #THEIR}, "and the exosomes they release"), and
     * an "its/their vesicles" with no source before it in its sentence does not look back to the previous sentence's opening.
     */
    static final boolean OPENING_OWNER = !Boolean.getBoolean("exokg.noOpeningOwner");
    /** "vesicles that NK cells secrete": vesicle to source, then the verb after the source. */
    private static final Pattern THAT = Pattern.compile("\\A\\s+(?:that|which)\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+)?\\z");
    /** (branch subjects3) A relative clause without its pronoun, its subject definite: "the vesicles these cells secrete". */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("\\A\\s+(?:the|these|those)\\s+(?:[a-z][a-z\\-‐–]*\\s+)?\\z");
    private static final Pattern SECRETE_AFTER = Pattern.compile(
            "\\A\\s+(?:[a-z]+ly\\s+)?(?:secret|releas|produc|shed|generat)\\w*\\b");
    /** The vesicles move cargo from cells: "small EVs transfer RNA from activated T cells to neurons" (vesicle to source). */
    private static final Pattern MOVES_FROM = Pattern.compile(
            "\\A\\s+(?:[a-z]+ly\\s+)?(?:transfer|carr|shuttl|deliver|transport|convey|export)\\w*\\s[^.;:]{0,60}?\\bfrom\\s+(?:the\\s+)?(?:(?!(?:and|or|but|of|to|in|with|for|which|that)\\b)[a-z][a-z\\-‐–]*\\s+){0,2}\\z");

    /**
     * "exosomes of adipose mesenchymal stem cells": "of" before a cell population names the vesicles' origin, as "from"
     * does; cells only ("urinary exosomes of patients" names no narrower kind) (branch dev10).
     */
    private static final Pattern OF_CELLS = Pattern.compile(
            "\\A\\s+of\\s+(?:the\\s+)?" + TreatedCells.AGENT_COMPOUND
                    + "(?:(?!(?:and|or|but|to|in|with|for|which|that|patients?)\\b)" + MODIFIER_WORD + "\\s+){0,2}\\z");
    /** "an engineered exosome produced in HEK293 cells": the cells the vesicles were made in (cells only; branch dev11). */
    private static final Pattern PRODUCED_IN_CELLS = Pattern.compile(
            "\\A\\s*,?\\s*(?:(?:that|which)\\s+(?:were|was|are|is)\\s+)?(?:produced|generated|made|manufactured|grown|expanded)\\s+in\\s+"
                    + "(?:the\\s+)?(?:(?:cultured|engineered|human|primary|immortali[sz]ed)\\s+)?\\z");
    /** The words of cell populations: data, cell-words.yaml (branch loader). */
    private static final CellWords CELLS = CellWords.defaults();
    /** A cell population's name by its head word ("stem cells", "fibroblasts", "macrophages", "microglia"). */
    private static final Pattern CELL_WORD = CELLS.populationName();
    /** "MSCs are easy to obtain, and their exosomes ...": cells open the clause the possessive refers back to (branch dev10). */
    // (branch qualifiers) or a relative clause on the cells' property: "Red blood cells lack nuclei, which makes their EVs ..."
    private static final Pattern THEIR = Pattern.compile(
            "\\A[^.;:]{0,100}?,\\s+(?:and|while|whereas|but|which\\s+(?:makes?|made|renders?|rendered|means?|meant)(?:\\s+it\\s+possible\\s+for)?)\\s+their\\s+\\z");

    /** A source the sentence opens with as its setting: "In milk, by contrast, most EVs ...", "In saliva, the vesicles ...". */
    private static final Pattern FRONTED_IN = Pattern.compile("\\A\\s*(?:in|within)\\s+(?:the\\s+)?(?:[a-z][a-z\\-‐–]*\\s+){0,2}\\z");
    private static final Pattern FRONTED_GAP = Pattern.compile(
            "\\A\\s*,\\s*(?:[^,;:.]{0,40},\\s*)?(?:(?:the|most|these|such|many|some|all)\\s+)?(?:[a-z][a-z\\-‐–]*\\s+)?\\z");

    /** Scope of a vesicle mention, with the qualifying mention if there is one. */
    public record Scope(SubjectScope scope, Mention qualifier) {
        public static final Scope GENERAL = new Scope(SubjectScope.GENERAL, null);

        public String qualifierIri() {
            return qualifier == null ? null : qualifier.iri();
        }
    }

    /** The source or disease written right before the vesicle ("cell-derived exosomes"), narrowing or not; or null. */
    public Mention modifier(String text, Mention vesicle, List<Mention> sentenceMentions) {
        Mention before = null;
        for (Mention m : sentenceMentions) {
            if (m.end() <= vesicle.start()) {
                before = m;
            }
        }
        return before != null && (before.is(MentionType.SOURCE) || before.is(MentionType.DISEASE))
                && PRE.matcher(text.substring(before.end(), vesicle.start())).matches() ? before : null;
    }

    public Scope resolve(String text, Mention vesicle, List<Mention> sentenceMentions, int sentenceStart) {
        return resolve(text, vesicle, sentenceMentions, sentenceStart, 0);
    }

    /** Two sources joined by a comma or a conjunction, the preposition repeated or not ("from MSCs and from fibroblasts"). */
    private static final Pattern SOURCES_JOINED = Pattern.compile(
            "\\A\\s*(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or|as well as)\\s+)(?:the\\s+)?"
                    // the preposition repeated may take words the lexicon does not know: "and from amniotic epithelial cells"
                    + "(?:(?:also\\s+)?(?:from|by|of|in)\\s+(?:the\\s+)?(?:[a-z][a-z\\-\u2010]*\\s+){0,2})?\\z");

    /**
     * "broccoli, grapefruit and ginger release nanovesicles", "exosomes from dental pulp stem cells and from amniotic
     * epithelial cells": the vesicles come from several sources; none of them alone narrows what the sentence says of
     * them (branch precision3; the golds give such claims no qualifier).
     */
    boolean coordinatedWithAnotherSource(String text, Mention vesicle, Mention source, List<Mention> mentions) {
        int i = mentions.indexOf(source);
        if (i < 0 || source.end() <= vesicle.start() && PRE.matcher(text.substring(source.end(), vesicle.start())).matches()) {
            // "salivary and urinary EVs": each origin written on the vesicle noun narrows its own conjunct
            return false;
        }
        Mention previous = i > 0 ? mentions.get(i - 1) : null;
        Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        return previous != null && qualifies(previous) && previous.end() <= source.start()
                && lowerMatcher(SOURCES_JOINED, text, previous.end(), source.start()).matches()
                || next != null && qualifies(next) && next.start() >= source.end()
                && lowerMatcher(SOURCES_JOINED, text, source.end(), next.start()).matches();
    }

    /** A short form in brackets right after a vesicle noun: " (OMVs)", " (sEVs)", " (MSC-Exos)". */
    private static final Pattern SHORT_FORM_BRACKET = Pattern.compile("\\A\\s*\\(\\s*[^()\\s]*\\p{Lu}[^()\\s]*\\s*\\)");

    /** The end of the bracket that holds the vesicle mention or follows it as its short form; -1 when there is none. */
    static int shortFormBracketEnd(String text, Mention vesicle) {
        if (vesicle.start() > 0 && text.charAt(vesicle.start() - 1) == '(' && vesicle.end() < text.length()
                && text.charAt(vesicle.end()) == ')') {
            return vesicle.end() + 1;
        }
        java.util.regex.Matcher m = SHORT_FORM_BRACKET.matcher(text).region(vesicle.end(), text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static final Pattern COORDINATED = Pattern.compile("\\A\\s*(?:,\\s*)?(?:and|or)\\s+(?:the\\s+)?\\z");

    private Scope resolve(String text, Mention vesicle, List<Mention> sentenceMentions, int sentenceStart, int depth) {
        int bracketEnd = shortFormBracketEnd(text, vesicle);
        if (bracketEnd > vesicle.end()) {
            // (branch splitter) "Outer membrane vesicles (OMVs) shed by H. pylori", "vesicles (OMVs) shed by ...": the short
            // form in brackets stands between the vesicles and their source; the phrase after the bracket is read as
            // right after the vesicle noun
            vesicle = new Mention(vesicle.term(), vesicle.start(), bracketEnd, text.substring(vesicle.start(), bracketEnd));
        }
        Mention before = null;
        Mention after = null;
        for (Mention m : sentenceMentions) {
            if (m.end() <= vesicle.start()) {
                before = m;
            } else if (m.start() >= vesicle.end() && after == null) {
                after = m;
            }
        }
        if (before != null && qualifies(before)
                && PRE.matcher(text.substring(before.end(), vesicle.start())).matches()) {
            if (ScopeReadings.stackedFluidCells()) {
                // (issue 15, branch scope38) "Neuron-derived plasma EVs": the cells stacked before the fluid are the
                // vesicles' source, the fluid where they were found (conventions ee, zz)
                Mention cells = ScopeReadings.cellsStackedBefore(text, before, sentenceMentions, CELL_WORD);
                if (cells != null && qualifies(cells)) {
                    return new Scope(SubjectScope.SPECIFIC, cells);
                }
            }
            return new Scope(SubjectScope.SPECIFIC, before);
        }
        if (after != null && qualifies(after)
                && POST.matcher(text.substring(vesicle.end(), after.start()).toLowerCase(Locale.ROOT)).matches()) {
            return new Scope(SubjectScope.SPECIFIC, stackedHead(text, after, sentenceMentions));
        }
        if (after != null && after.is(MentionType.VESICLE) && depth == 0
                && COORDINATED.matcher(text.substring(vesicle.end(), after.start()).toLowerCase(Locale.ROOT)).matches()) {
            // "both exosomes and apoptotic bodies from MSCs": the source after the last conjunct narrows each
            Scope shared = resolve(text, after, sentenceMentions, sentenceStart, 1);
            if (shared.qualifier() != null && sentenceMentions.indexOf(shared.qualifier()) > sentenceMentions.indexOf(after)) {
                return shared;
            }
        }
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && BY_SOURCE.matcher(text.substring(vesicle.end(), after.start()).toLowerCase(Locale.ROOT)).matches()
                && SECRETION_OF.matcher(text.substring(Math.max(sentenceStart, vesicle.start() - 60), vesicle.start())
                        .toLowerCase(Locale.ROOT)).find()) {
            return new Scope(SubjectScope.SPECIFIC, after);
        }
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && IN_SOURCE.matcher(text.substring(vesicle.end(), after.start()).toLowerCase(Locale.ROOT)).matches()) {
            return new Scope(SubjectScope.SPECIFIC, after);
        }
        // (branch dev20) a body fluid, milk or tissue (not cells, which OF_CELLS reads) after "of" or after "in" with one
        // modifier: "vesicles of mature milk", "exosomes in malignant ascites" narrow the vesicles as "from" does
        if (FLUID_AFTER_OF_OR_IN && after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && !CELL_WORD.matcher(after.surface()).matches()
                && lowerMatcher(FLUID_OF_OR_IN, text, vesicle.end(), after.start()).matches()) {
            return new Scope(SubjectScope.SPECIFIC, after);
        }
        Mention fluid = cargoThenFluid(text, vesicle, sentenceMentions, after);
        if (fluid != null) {
            return new Scope(SubjectScope.SPECIFIC, fluid);
        }
        if (before != null && qualifies(before) && before.is(MentionType.SOURCE)
                && lowerMatcher(FRONTED_IN, text, sentenceStart, before.start()).matches()
                && lowerMatcher(FRONTED_GAP, text, before.end(), vesicle.start()).matches()) {
            return new Scope(SubjectScope.SPECIFIC, before);
        }
        // (branch dev13) bacteria release vesicles as cells do: "vesicles of probiotic bacteria", "OMVs of Klebsiella"
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && (CELL_WORD.matcher(after.surface()).matches() || after.iri().equals(BACTERIUM))
                && lowerMatcher(OF_CELLS, text, vesicle.end(), after.start()).matches()) {
            return new Scope(SubjectScope.SPECIFIC, after);
        }
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE) && CELL_WORD.matcher(after.surface()).matches()
                && lowerMatcher(PRODUCED_IN_CELLS, text, vesicle.end(), after.start()).matches()) {
            return new Scope(SubjectScope.SPECIFIC, after);
        }
        Mention giver = VesicleAnaphora.BARE_VESICLES_OWN_QUALIFIER ? sourceGivingOff(text, vesicle, sentenceMentions, sentenceStart) : null;
        if (giver != null) {
            return new Scope(SubjectScope.SPECIFIC, giver);
        }
        Mention owner = releasingOwner(text, vesicle, sentenceMentions, sentenceStart);
        if (owner != null) {
            return new Scope(SubjectScope.SPECIFIC, owner);
        }
        Mention holder = fluidHoldingVesicles(text, vesicle, before, sentenceMentions, sentenceStart);
        if (holder != null) {
            return new Scope(SubjectScope.SPECIFIC, holder);
        }
        // (branch qualifiers) the cells that open the clause, whatever terms (their cargo, their parts) stand in its
        // predicate: "Red blood cells lack nuclei and mitochondrial DNA, which makes their EVs ..."
        for (Mention m : sentenceMentions) {
            if (m.end() <= vesicle.start() && m.start() >= sentenceStart && qualifies(m) && m.is(MentionType.SOURCE)
                    && CELL_WORD.matcher(m.surface()).matches() && lowerMatcher(THEIR, text, m.end(), vesicle.start()).matches()) {
                return new Scope(SubjectScope.SPECIFIC, m);
            }
        }
        Mention opener = OPENING_OWNER ? openingOwner(text, vesicle, sentenceMentions, sentenceStart) : null;
        if (opener == null && OPENING_OWNER) {
            opener = previousSentenceOwner(text, vesicle, sentenceMentions, sentenceStart);
        }
        if (opener != null) {
            return new Scope(SubjectScope.SPECIFIC, opener);
        }
        Mention mover = cargoMover(text, vesicle, sentenceMentions, sentenceStart, before, after);
        if (mover != null) {
            return new Scope(SubjectScope.SPECIFIC, mover);
        }
        Mention cells = namedCellsSource(text, vesicle, before, after, sentenceMentions);
        if (cells != null) {
            return new Scope(SubjectScope.SPECIFIC, cells);
        }
        Mention earlier = depth == 0 && SENTENCE_DEMONSTRATIVE_SOURCE ? earlierVesiclesSource(text, vesicle, sentenceMentions, sentenceStart) : null;
        if (earlier != null) {
            return new Scope(SubjectScope.SPECIFIC, earlier);
        }
        int from = Math.max(sentenceStart, before == null ? sentenceStart : before.end());
        if (PRE_UNKNOWN.matcher(text.substring(from, vesicle.start())).find()) {
            return new Scope(SubjectScope.SPECIFIC, null);
        }
        return Scope.GENERAL;
    }

    /**
     * Words before "cells" that name no particular population: a determiner, a preposition, or a role every vesicle's
     * cells have ("parent cells", "donor cells", "other cells").
     */
    private static final Pattern GENERIC_CELL_WORD = CELLS.unnaming();
    /** The word right before a term, joined to it by a space or a hyphen. */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}+]*)[\\s\\-\u2010\u2013]+\\z");

    /**
     * (branch qualifiers) Cells the lexicon knows only as cells but the text names by a word of its own ("released by Sf9
     * insect cells", "nucleus pulposus cells release vesicles", "EVs of palmitate-treated cells") are a population, the
     * vesicles' source: the gold names it Cell. Bare or generic cells ("exosomes from cells", "parent cells") stay
     * unqualified. The cells must stand as the origin: after the vesicle as in "from" or "of", before it as its modifier or as
     * the agent of its release.
     */
    private static Mention namedCellsSource(String text, Mention vesicle, Mention before, Mention after, List<Mention> mentions) {
        if (after != null && namedCells(text, after, mentions)) {
            String gap = lower(text, vesicle.end(), after.start());
            if (POST.matcher(gap).matches() || OF_CELLS.matcher(gap).matches()) {
                return after;
            }
        }
        if (before != null && namedCells(text, before, mentions)) {
            String gap = lower(text, before.end(), vesicle.start());
            if (PRE.matcher(gap).matches() || RELEASE.matcher(gap).matches()) {
                return before;
            }
        }
        return null;
    }

    private static boolean namedCells(String text, Mention cells, List<Mention> mentions) {
        if (!cells.iri().equals(CELL) || cells.surface().contains(" ")) {
            return false;
        }
        java.util.regex.Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, cells.start() - 40), cells.start()));
        if (!w.find() || GENERIC_CELL_WORD.matcher(w.group(1)).matches()) {
            return false;
        }
        int wordStart = cells.start() - (w.end() - w.start());
        // a word that is a term of its own ("stem", "tumour") is read by that term, not here
        return mentions.stream().noneMatch(m -> m != cells && m.end() > wordStart && m.start() < cells.start());
    }

    /**
     * "exosomal miR-21 in serum", "exosomal circ-ITCH in plasma": a vesicle adjective, its cargo right after it, then the
     * fluid (not cells) the vesicles were found in narrows them (branch dev11).
     */
    private static Mention cargoThenFluid(String text, Mention vesicle, List<Mention> mentions, Mention after) {
        if (after == null || !after.is(MentionType.CARGO) || !text.substring(vesicle.end(), after.start()).isBlank()) {
            return null;
        }
        int i = mentions.indexOf(after);
        Mention fluid = i >= 0 && i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        return fluid != null && qualifies(fluid) && fluid.is(MentionType.SOURCE) && !CELL_WORD.matcher(fluid.surface()).matches()
                && lowerMatcher(IN_SOURCE, text, after.end(), fluid.start()).matches() ? fluid : null;
    }

    /**
     * (branch anaphors9) Switch: -Dexokg.noFluidHoldsVesicles: a fluid or tissue that opens the clause and holds, contains
     * or yields the vesicles ("Each microlitre of aqueous humour held about ten million EVs, most of them positive for
     * CD81") does not narrow them.
     */
    static final boolean FLUID_HOLDS_VESICLES = !Boolean.getBoolean("exokg.noFluidHoldsVesicles") && !Boolean.getBoolean("exokg.noAnaphors9");
    /** Before the fluid: the clause's opening, at most a measure of it ("Each microlitre of", "A 5 mL sample of"). */
    private static final Pattern HOLDER_OPENING = Pattern.compile(
            "\\A\\s*(?:(?:each|every|one|a|an|the|per)\\s+(?:[\\p{N}.,]+\\s*)?(?:microlit(?:re|er)s?|millilit(?:re|er)s?|lit(?:re|er)s?|µl|ml|"
                    + "drops?|samples?|aliquots?|volumes?|grams?|g|mg)\\s+of\\s+(?:the\\s+)?)?\\z");
    /**
     * Between the fluid and the vesicles: an optional "of" phrase of whose fluid ("of resistant patients"), a verb of
     * holding or yielding in the past or present, and up to five words of quantity ("about 4 × 10^8", "twice as many").
     */
    private static final Pattern HOLDS = Pattern.compile(
            "\\A\\s+(?:of\\s+(?:[a-z\\-‐–]+\\s+){1,3})?(?:(?:also|typically|normally|consistently)\\s+)?"
                    + "(?:held|holds?|contain(?:s|ed)?|yield(?:s|ed)?|carried|carr(?:y|ies)|harbou?r(?:s|ed)?|(?:is|was|are|were)\\s+(?:rich|richer|enriched)\\s+in)"
                    + "\\s+(?:[\\p{L}\\p{N}×^.,\\-‐%]+\\s+){0,5}\\z");

    /**
     * (branch anaphors9) The fluid or tissue (no cells: cells holding vesicles are their multivesicular bodies) that opens
     * the clause and holds the vesicles: their source for what the sentence says of them, as "EVs in aqueous humour"
     * would be; one fluid only (coordinated fluids narrow none), or null.
     */
    private static Mention fluidHoldingVesicles(String text, Mention vesicle, Mention before, List<Mention> mentions, int sentenceStart) {
        if (!FLUID_HOLDS_VESICLES || before == null || !qualifies(before) || !before.is(MentionType.SOURCE)
                || CELL_WORD.matcher(before.surface()).matches()
                || !lowerMatcher(HOLDS, text, before.end(), vesicle.start()).matches()
                || !lowerMatcher(HOLDER_OPENING, text, sentenceStart, before.start()).matches()) {
            return null;
        }
        return mentions.stream().anyMatch(m -> m != before && m.start() >= sentenceStart && m.end() <= before.start() && m.is(MentionType.SOURCE))
                ? null : before;
    }

    /** "Schwann cells support regeneration, and the exosomes they release carry ...": the clause before and the pronoun after. */
    private static final Pattern AND_THE = Pattern.compile("\\A[^.;:]{0,100}?,\\s+(?:and|while|whereas|but)\\s+the\\s+\\z");
    private static final Pattern THEY_RELEASE = Pattern.compile(
            "\\A\\s+(?:(?:that|which)\\s+)?they\\s+(?:(?:[a-z]+ly|also|normally)\\s+)?(?:release|secrete|produce|shed|export|generate)\\b");
    /**
     * (branch subjects3) The pronoun of the relative clause and its verb of releasing or holding: "the vesicles they secrete",
     * "the exosomes it contains" (a fluid holds its vesicles); group 1 is the pronoun.
     */
    private static final Pattern PRONOUN_RELEASES_OR_HOLDS = Pattern.compile(
            "\\A\\s+(?:(?:that|which)\\s+)?(they|it)\\s+(?:(?:[a-z]+ly|also|normally)\\s+)?"
                    + "(?:releases?|released|secretes?|secreted|produces?|produced|sheds?|exports?|exported|generates?|generated|contains?|contained|holds?|held)\\b");

    /**
     * The cells that open the clause before "..., and the exosomes they release": the pronoun of the relative clause
     * refers back to them, so they are the vesicles' source (branch dev11); cells only; null if the text is not so.
     */
    public Mention releasingOwner(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        boolean theyRelease = THEY_RELEASE.matcher(text).region(vesicle.end(), text.length()).lookingAt();
        for (Mention m : mentions) {
            if (theyRelease && m.end() <= vesicle.start() && m.start() >= sentenceStart && qualifies(m) && m.is(MentionType.SOURCE)
                    && CELL_WORD.matcher(m.surface()).matches() && lowerMatcher(AND_THE, text, m.end(), vesicle.start()).matches()) {
                return m;
            }
        }
        if (OPENING_OWNER) {
            // (branch subjects3) a contact clause with a definite subject: "whereas the vesicles these cells secrete might offer
            // ..." (the cells named before, VesicleAnaphora's "these cells"); the vesicles' origin, as "that NK cells secrete"
            Mention after = mentions.stream().filter(x -> x.start() >= vesicle.end()).findFirst().orElse(null);
            if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                    && lowerMatcher(CONTACT_CLAUSE, text, vesicle.end(), after.start()).matches()
                    && lowerMatcher(SECRETE_AFTER, text, after.end(), Math.min(text.length(), after.end() + 40)).lookingAt()) {
                return after;
            }
        }
        java.util.regex.Matcher pronoun = PRONOUN_RELEASES_OR_HOLDS.matcher(text).region(vesicle.end(), text.length());
        if (OPENING_OWNER && pronoun.lookingAt()) {
            // (branch subjects3) the source that opens the sentence, whatever clause the vesicles stand in: "oligodendrocytes
            // under inflammatory stress change the vesicles they secrete", "milk is eaten every day, and the vesicles it
            // contains survive the stomach"; the pronoun agrees with it ("it": a fluid or tissue, never cells)
            Mention opener = openingSource(text, vesicle, mentions, sentenceStart);
            boolean cells = opener != null && CELL_WORD.matcher(opener.surface()).matches();
            boolean plural = opener != null && (cells || opener.surface().endsWith("s"));
            if (opener != null && (pronoun.group(1).equals("they") ? plural : !plural)) {
                return opener;
            }
        }
        return null;
    }

    /** The cells that move cargo in or into the vesicle ("exported by T cells inside EVs"), or null. */
    private static Mention cargoMover(String text, Mention vesicle, List<Mention> mentions, int sentenceStart, Mention before, Mention after) {
        if (before != null && qualifies(before) && before.is(MentionType.SOURCE)
                && lowerMatcher(INSIDE, text, before.end(), vesicle.start()).matches()
                && lowerMatcher(EXPORTED_BY, text, Math.max(sentenceStart, before.start() - 60), before.start()).find()) {
            return before;
        }
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && lowerMatcher(BY_SOURCE, text, vesicle.end(), after.start()).matches()
                && lowerMatcher(PACKAGED_INTO, text, Math.max(sentenceStart, vesicle.start() - 60), vesicle.start()).find()) {
            return after;
        }
        if (before != null && before.is(MentionType.SOURCE)
                && lowerMatcher(RELEASE, text, before.end(), vesicle.start()).matches()) {
            // (branch precision) the source inside a participle's phrase is not the releasing cell: "stem cells isolated
            // from urine release EVs" are released by the stem cells, the head of the subject's noun phrase; a phrase of
            // words that name no term ("macrophages infected with Mycobacterium tuberculosis release") leaves the cells
            // before it as the releasing ones (one reading with the loop below, branch precision2)
            Mention head = headBeforePostmodifier(text, before, mentions, sentenceStart);
            if (head != null || qualifies(before)) {
                return head != null ? head : before;
            }
        }
        if (PropertyFrames.ON && before != null && before.is(MentionType.PROPERTY)) {
            // (branch propertyframes) a size word of the container noun the vesicles are named by stands between the
            // cells and the vesicles: "red blood cells shed tiny sacs called extracellular vesicles"
            Mention releaser = null;
            for (Mention m : mentions) {
                if (m.end() <= before.start() && m.start() >= sentenceStart) {
                    releaser = m;
                }
            }
            if (releaser != null && releaser.is(MentionType.SOURCE) && qualifies(releaser)
                    && lowerMatcher(RELEASE, text, releaser.end(), vesicle.start()).matches()) {
                return releaser;
            }
        }
        // the treatment named between the cells and their release may hold a term of its own ("infected with
        // Mycobacterium tuberculosis"): the cells before it release the vesicles (branch dev11)
        Mention treated = null;
        for (Mention m : mentions) {
            if (m.end() <= vesicle.start() && m.start() >= sentenceStart && m != before && qualifies(m) && m.is(MentionType.SOURCE)
                    && lowerMatcher(TREATED, text, m.end(), vesicle.start()).lookingAt()
                    && lowerMatcher(RELEASE, text, m.end(), vesicle.start()).matches()) {
                treated = m;
            }
        }
        if (treated != null) {
            return treated;
        }
        // (branch qualifiers) the cells that open the sentence and release the vesicles in a second predicate: "Stem cells
        // of the dental pulp can be obtained from extracted teeth and secrete exosomes rich in growth factors"
        for (Mention m : mentions) {
            if (m.end() <= vesicle.start() && m.start() >= sentenceStart && m.is(MentionType.SOURCE)) {
                if (qualifies(m) && CELL_WORD.matcher(m.surface()).matches()
                        && lowerMatcher(SUBJECT_OPENING, text, sentenceStart, m.start()).matches()
                        && lowerMatcher(CONJOINED_RELEASE, text, m.end(), vesicle.start()).matches()
                        && mentions.stream().noneMatch(x -> x.is(MentionType.VESICLE) && x.start() >= m.end() && x.end() <= vesicle.start())) {
                    return m;
                }
                break;
            }
        }
        if (after != null && qualifies(after) && after.is(MentionType.SOURCE)
                && lowerMatcher(THAT, text, vesicle.end(), after.start()).matches()
                && lowerMatcher(SECRETE_AFTER, text, after.end(), Math.min(text.length(), after.end() + 40)).lookingAt()) {
            return after;
        }
        for (Mention m : mentions) {
            if (m.end() <= vesicle.start() && m.start() >= sentenceStart && qualifies(m) && m.is(MentionType.SOURCE)
                    && lowerMatcher(MOVES_VIA, text, m.end(), vesicle.start()).matches()) {
                return m;
            }
            if (m.start() >= vesicle.end() && qualifies(m) && m.is(MentionType.SOURCE)
                    && lowerMatcher(MOVES_FROM, text, vesicle.end(), m.start()).matches()) {
                return m;
            }
        }
        return null;
    }

    /** The cells of a tissue or organism named before them ("umbilical cord stem cells", "bone marrow MSCs"). */
    private static final Pattern CELL_NOUN = CELLS.tissueCells();
    // nothing but a space or hyphen ("umbilical cord mesenchymal stem cells"), or a hyphen and "derived"
    // ("iPSC-derived cardiomyocytes", branch recall; not "neurons derived from stem cells")
    /** Up to two words of one noun phrase between a disease and the cells it modifies ("hepatitis B virus-infected"). */
    private static final Pattern DISEASE_OF_CELLS = Pattern.compile(
            "(?i)\\A[\\s\\-\u2010\u2011]*(?:(?!(?:and|or|but|of|to|in|with|for|which|that|from|by)\\b)[a-z][a-z\\-\u2010\u2011]*[\\s\\-\u2010\u2011]+){0,2}\\z");
    private static final Pattern STACKED = Pattern.compile(
            "(?i)\\A(?:[\\s\\-\u2010\u2011]*|\\s*[\\-\u2010\u2011\u2012\u2013]\\s*derived\\s+(?!from\\b)(?:[a-z][a-z\\-]*\\s+)?)\\z");

    /**
     * Stacked sources whose last one is a cell type name those cells: "exosomes from umbilical cord stem cells" come from
     * stem cells (of the cord), so the narrowed kind is the stem cells' (the cord is still a derivedFrom of its own);
     * "ginger rhizomes" is left to the term the text names first.
     */
    private static Mention stackedHead(String text, Mention source, List<Mention> mentions) {
        Mention head = source;
        if (source.is(MentionType.DISEASE)) {
            // (branch dev13) a disease before cells in one noun phrase says what the cells have, the cells are the source:
            // "exosomes from hepatitis B virus-infected hepatocytes" come from hepatocytes
            for (Mention m : mentions) {
                if (m.start() >= source.end()) {
                    if (m.is(MentionType.SOURCE) && qualifies(m) && CELL_NOUN.matcher(m.surface()).find()
                            && DISEASE_OF_CELLS.matcher(text.substring(source.end(), m.start())).matches()) {
                        head = m;
                    }
                    break;
                }
            }
        }
        for (Mention m : mentions) {
            if (m.start() >= head.end() && m.is(MentionType.SOURCE) && qualifies(m) && CELL_NOUN.matcher(m.surface()).find()
                    && STACKED.matcher(text.substring(head.end(), m.start())).matches()) {
                head = m;
            } else if (m.start() >= head.end()) {
                break;
            }
        }
        return head;
    }

    private static String lower(String text, int from, int to) {
        return LowerCaseText.substring(text, from, to);
    }

    /**
     * (branch enginespeed4, issue 16) A matcher over the lower-cased characters {@code from..to} of the text, a region of
     * the text lower-cased once ({@link LowerCaseText}): the copies from the sentence start to each vesicle and from each
     * earlier mention to it made long sentences cost more than linearly.
     */
    private static java.util.regex.Matcher lowerMatcher(Pattern pattern, String text, int from, int to) {
        return LowerCaseText.matcher(pattern, text, from, to);
    }

    /** The claim rule (claim-rules.yaml) that reads the same owner as the vesicles' origin: one shape for both readings. */
    private static final String OPENING_OWNER_RULE = "opening-source-owns-its-vesicles";
    private static volatile ClaimRule openingOwnerRule;

    /**
     * (branch subjects3) The source that opens the sentence owns the vesicles a later clause names with "its" / "their", and
     * narrows every claim of that clause, not only the origin row the claim rule reads: "the dermal interstitial fluid lies
     * next to skin metastases, so its vesicles should be richer in tumour material", "pluripotent stem cells can be expanded
     * without limit, so their vesicles could be made in large batches" (any source, not only cells as {@link #THEIR}); the
     * words before the source and between it and the possessive are the claim rule's (objectPrefix, pattern).
     */
    private static Mention openingOwner(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        Mention m = openingSource(text, vesicle, mentions, sentenceStart);
        return m != null && openingOwnerRule().trigger().matcher(lower(text, m.end(), vesicle.start())).matches() ? m : null;
    }

    private static ClaimRule openingOwnerRule() {
        ClaimRule rule = openingOwnerRule;
        if (rule == null) {
            rule = ClaimPatterns.defaults().rules().stream().filter(r -> r.id().equals(OPENING_OWNER_RULE)).findFirst().orElse(null);
            if (rule == null || rule.trigger() == null || rule.objectPrefix() == null) {
                throw new IllegalStateException("claim-rules.yaml: no rule '" + OPENING_OWNER_RULE + "' with pattern and objectPrefix");
            }
            openingOwnerRule = rule;
        }
        return rule;
    }

    /**
     * The source that opens the sentence as its subject (the words before it are the claim rule's objectPrefix), before
     * {@code vesicle} with no vesicles named in between ("..., and tumour cells release exosomes, so their vesicles ..."
     * leaves the owner open); null if there is none.
     */
    private static Mention openingSource(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        ClaimRule rule = openingOwnerRule();
        for (Mention m : mentions) {
            if (m.start() < sentenceStart || m.end() > vesicle.start()) {
                continue;
            }
            if (!rule.objectPrefix().matcher(lower(text, sentenceStart, m.start())).find()) {
                // the owner opens the sentence: later sources stand in its predicate ("cow milk", "blood banks")
                if (m.start() > sentenceStart + 60) {
                    return null;
                }
                continue;
            }
            boolean vesiclesBetween = mentions.stream().anyMatch(x -> x.is(MentionType.VESICLE) && x.start() >= m.end() && x.end() <= vesicle.start());
            return m.is(MentionType.SOURCE) && qualifies(m) && !vesiclesBetween ? m : null;
        }
        return null;
    }

    /** The source that opened the sentence before the current one, and where that sentence ended (branch subjects3). */
    private Mention previousOpener;
    private int previousEnd = -1;
    private Mention currentOpener;
    private int currentStart = -1;
    private int currentEnd = -1;
    /** A possessive right before the vesicle: "its vesicles", "their own exosomes"; group 1 is the pronoun. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:\\A|\\s)(its|their)\\s+(?:own\\s+)?\\z");

    /**
     * (branch subjects3) ClaimExtractor tells the resolver each sentence it reads, with its final mentions: the source that
     * opens it (as {@link #openingSource} reads one) may own the next sentence's "its/their vesicles".
     */
    void sentenceRead(String text, int start, int end, List<Mention> mentions) {
        if (start != currentStart) {
            previousOpener = currentOpener;
            previousEnd = currentEnd;
            currentStart = start;
            currentEnd = end;
        }
        currentOpener = null;
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                if (m.is(MentionType.SOURCE) && qualifies(m) && openingOwnerRule().objectPrefix().matcher(lower(text, start, m.start())).find()) {
                    currentOpener = m;
                }
                break;
            }
        }
    }

    /**
     * (branch subjects3) "Marsupial milk changes composition during lactation. We reasoned that its vesicles might ...": a
     * possessive with no source before it in its own sentence means the source that opened the sentence right before, when
     * it agrees in number ("its": no cells, no plural); null otherwise.
     */
    private Mention previousSentenceOwner(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        if (previousOpener == null || sentenceStart != currentStart || vesicle.start() < currentStart
                || !text.substring(previousEnd, currentStart).isBlank()) {
            return null;
        }
        java.util.regex.Matcher possessive = POSSESSIVE_BEFORE.matcher(lower(text, Math.max(sentenceStart, vesicle.start() - 12), vesicle.start()));
        if (!possessive.find()) {
            return null;
        }
        if (mentions.stream().anyMatch(m -> m.start() >= sentenceStart && m.end() <= vesicle.start()
                && (m.is(MentionType.SOURCE) || m.is(MentionType.VESICLE)))) {
            return null; // a source or vesicles of its own sentence may be what the possessive means
        }
        boolean plural = CELL_WORD.matcher(previousOpener.surface()).matches() || previousOpener.surface().endsWith("s");
        return possessive.group(1).equals("their") == plural ? previousOpener : null;
    }

    /** Bare "cells" narrows nothing: every vesicle comes from cells ("cell-derived exosomes"). */
    private static final String CELL = org.exokg.ExoKg.NS + "Cell";
    private static final String BACTERIUM = org.exokg.ExoKg.NS + "Bacterium";

    /** Bare "vesicles" (no vesicle word of a kind): the noun the anaphora layer reads as the vesicles of a source. */
    private static final Pattern BARE_VESICLES_NOUN = Pattern.compile("(?i)(?:nano)?vesicles");
    /** A source that is a preposition's object ("from milk", "in plasma"): no clause subject that gives vesicles off. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)\\b(?:of|from|by|with|in|into|on|onto|to|than|at|for|versus|like|unlike|between)\\s+(?:(?:a|an|the|their|its)\\s+)?(?:[\\p{L}\\-‐]+\\s+)?\\z");

    /**
     * (issue 15, branch barevesicles3; on unless -Dexokg.noBareVesiclesOwnQualifier) "Cerebrospinal fluid yielded so few
     * vesicles", "Apheresis platelets stored for transfusion release vesicles": the source that gives a bare "vesicles" off
     * as the subject of its clause (topic-preparation.yaml: releasing-source-between, on the words between) is their
     * qualifier, as "vesicles from cerebrospinal fluid" would be; one source only; null otherwise.
     */
    private static Mention sourceGivingOff(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        if (!BARE_VESICLES_NOUN.matcher(vesicle.surface()).matches()) {
            return null;
        }
        Mention possessor = frontedPossessor(text, vesicle.start(), mentions, sentenceStart);
        if (possessor != null) {
            return possessor;
        }
        Mention source = null;
        for (Mention m : mentions) {
            if (m.start() >= sentenceStart && m.end() <= vesicle.start() && (m.is(MentionType.SOURCE) || m.is(MentionType.VESICLE))) {
                source = m;
            }
        }
        if (source == null || !source.is(MentionType.SOURCE) || !qualifies(source)
                || PREPOSITION_BEFORE.matcher(text).region(sentenceStart, source.start()).find()
                || !TopicPreparation.defaults().sourceGivesOff(lower(text, source.end(), vesicle.start()))) {
            return null;
        }
        Mention found = source;
        boolean coordinated = mentions.stream().anyMatch(m -> m != found && m.is(MentionType.SOURCE) && m.start() >= sentenceStart
                && m.end() <= found.start() && lowerMatcher(SOURCES_JOINED, text, m.end(), found.start()).matches());
        return coordinated ? null : source;
    }

    /** A fronted subordinate clause's opening, up to its subject: "Because ", "Since the ". */
    private static final Pattern FRONTED_SUBORDINATOR = Pattern.compile(
            "(?i)\\A\\s*(?:because|since|as|although|though|while|whereas)\\s+(?:(?:the|many|most|all)\\s+)?\\z");
    /** From the fronted clause's subject to the main clause's possessive: " lack nuclei, their ". */
    private static final Pattern TO_MAIN_CLAUSE_POSSESSIVE = Pattern.compile("(?i)\\A[^,;:.()]{1,80}?,\\s+their\\s+\\z");

    /**
     * (issue 15, branch barevesicles3) "Because red blood cells lack nuclei, their vesicles carry no DNA", "Because
     * gram-positive bacteria have no outer membrane, their vesicles ...": the source that is the subject of a fronted clause
     * owns the vesicles of the main clause's possessive (the noun starting at {@code vesicleStart}); null otherwise.
     */
    static Mention frontedPossessor(String text, int vesicleStart, List<Mention> mentions, int sentenceStart) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.start() >= sentenceStart && m.end() <= vesicleStart) {
                first = m;
                break;
            }
        }
        if (first == null || !first.is(MentionType.SOURCE) || !qualifies(first)
                || !lowerMatcher(FRONTED_SUBORDINATOR, text, sentenceStart, first.start()).matches()
                || !lowerMatcher(TO_MAIN_CLAUSE_POSSESSIVE, text, first.end(), vesicleStart).matches()) {
            return null;
        }
        Mention owner = first;
        // one source only in the fronted clause: "because milk and colostrum ..." narrows neither
        return mentions.stream().anyMatch(m -> m != owner && m.is(MentionType.SOURCE) && m.start() >= owner.end() && m.end() <= vesicleStart)
                ? null : owner;
    }

    /**
     * (issue 15, branch discoursesource) Switch: -Dexokg.noSentenceDemonstrativeSource: a demonstrative vesicle noun in a later
     * clause of the sentence that named the vesicles with their source ("B lymphocytes secrete exosomes that carry MHC class
     * II, and such exosomes present antigen to T cells"; "exosomes isolated from bovine milk, wherein the exosomes carry ...")
     * stays unqualified, as before.
     */
    static final boolean SENTENCE_DEMONSTRATIVE_SOURCE = !Boolean.getBoolean("exokg.noSentenceDemonstrativeSource");
    /** A demonstrative or definite determiner right before the vesicle noun, at most one modifier between: "these exosomes", "such edible vesicles", "the exosomes". */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?:\\A|[^\\p{L}])(?:these|those|such|the)\\s+(?:[\\p{L}\\-‐]+\\s+)?\\z");
    /**
     * Between the first vesicles and a source read after them: their origin phrase right after the noun ("exosomes isolated
     * from bovine milk", "vesicles secreted by macrophages"), no other noun first ("the vesicles from recognition by
     * macrophages" names no origin).
     */
    private static final Pattern ORIGIN_RIGHT_AFTER = Pattern.compile(
            "\\A\\s*,?\\s*(?:(?:that|which)\\s+(?:are|were|is|was|have\\s+been)\\s+)?(?:[a-z]+ly\\s+)?(?:[a-z]+(?:ed|en|ne|wn|ade)\\s+)?(?:from|by|of|in)\\s+"
                    + "(?:the\\s+)?(?:(?!(?:from|by|of|in|with|to|and|or)\\b)[\\p{L}\\p{N}\\-‐+]+\\s+){0,2}\\z");
    /** Words between the two mentions that set other vesicles against the first: a contrast, a comparison, a control. */
    private static final Pattern CONTRAST_BETWEEN = Pattern.compile(
            "\\b(?:unlike|whereas|while|in contrast|by contrast|conversely|than|compared|comparison|versus|vs|but|however|although|though"
                    + "|other|control|different|rather|instead|except|not)\\b");

    /**
     * (issue 15, branch discoursesource) "Neutrophils release exosomes, and these exosomes carry myeloperoxidase": a
     * demonstrative noun of the same vesicles later in the sentence refers back to the vesicles the sentence named with their
     * source (the anaphor convention, inside one sentence), so it takes that source; the nearest vesicle mention before it,
     * of the same kind (or a bare "vesicles"), with no contrast or comparison between them and one source only; null
     * otherwise.
     */
    private Mention earlierVesiclesSource(String text, Mention vesicle, List<Mention> mentions, int sentenceStart) {
        // (branch enginespeed5) the earlier vesicles first: most vesicle mentions are their sentence's first, and then the
        // search for a determiner before them (at every one of 40 positions) cannot give anything
        Mention earlier = null;
        for (Mention m : mentions) {
            if (m.is(MentionType.VESICLE) && m.start() >= sentenceStart && m.end() <= vesicle.start()) {
                earlier = m;
            }
        }
        if (earlier == null
                || !lowerMatcher(DEMONSTRATIVE_BEFORE, text, Math.max(sentenceStart, vesicle.start() - 40), vesicle.start()).find()) {
            return null;
        }
        if (!(earlier.iri().equals(vesicle.iri()) || BARE_VESICLES_NOUN.matcher(vesicle.surface().replaceAll("(?i)^(?:these|those|such|the)\\s+", "")).matches())
                || lowerMatcher(CONTRAST_BETWEEN, text, earlier.end(), vesicle.start()).find()) {
            return null;
        }
        Scope scope = resolve(text, earlier, mentions, sentenceStart, 1);
        Mention source = scope.qualifier();
        if (source == null || !source.is(MentionType.SOURCE) || coordinatedWithAnotherSource(text, earlier, source, mentions)
                || source.start() >= earlier.end() && !lowerMatcher(ORIGIN_RIGHT_AFTER, text, earlier.end(), source.start()).matches()) {
            return null;
        }
        return source;
    }

    private static boolean qualifies(Mention m) {
        return (m.is(MentionType.SOURCE) || m.is(MentionType.DISEASE)) && !m.term().branchRoot() && !m.iri().equals(CELL);
    }
}
