package org.exokg.claim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.RequiredWords;

/**
 * Whether a vesicle phrase states a deliberate modification of the vesicles by the researchers (the lead's convention
 * z): "modified milk exosomes", "RVG-displaying exosomes", "RVG-exosomes", "exosomes engineered to display",
 * "exosomes from transfected HEK293 cells". Such vesicles are the engineered kind; loading alone is not engineering.
 * The words are data ({@code engineering-words.yaml}); branch engineered.
 */
public final class EngineeredPreparations {

    static final String RESOURCE = "engineering-words.yaml";

    /** Switch: -Dexokg.noEngineeredSubjects keeps modified preparations the kind their noun names (before branch engineered). */
    static final boolean ENGINEERED_SUBJECTS = !Boolean.getBoolean("exokg.noEngineeredSubjects");
    /** Switch (branch engineered2): -Dexokg.noEngineeredAnaphorKinds also turns off the clauses of modification. */
    static final boolean CLAUSES = !Boolean.getBoolean("exokg.noEngineeredAnaphorKinds");
    /** Switch (branch engineered3): -Dexokg.noEngineeredProducerClauses turns off the clauses that modify producer cells. */
    static final boolean PRODUCER_CLAUSES = !Boolean.getBoolean("exokg.noEngineeredProducerClauses");
    /**
     * Switch (branch engineeredkind): -Dexokg.noMoreProducerClauses keeps the producer clauses of engineered3 only (past
     * passive, active "we transfected"); on, also the present passive ("the cells are transfected with"), a reduced relative
     * ("producer cells transfected with a plasmid ... released exosomes") and the present "the exosomes they secrete".
     */
    static final boolean PRODUCER_CLAUSES_MORE = !Boolean.getBoolean("exokg.noMoreProducerClauses");
    /** Switch (branch engineered3): -Dexokg.noEngineeredLigandMentions: a ligand mention next to the noun names nothing. */
    static final boolean LIGAND_MENTIONS = !Boolean.getBoolean("exokg.noEngineeredLigandMentions");

    /**
     * Switch (branch conventionrules, convention fff): -Dexokg.noCoatedEngineered keeps vesicles coated with a polymer
     * of the {@code coatings} list (PEG) the kind their noun names.
     */
    static final boolean COATINGS = !Boolean.getBoolean("exokg.noCoatedEngineered");

    private static final EngineeredPreparations DEFAULT = RuleFile.read(RESOURCE, EngineeredPreparations::parse);

    /** Words that may stand between a modification word and the vesicle noun: not function words, no punctuation. */
    private static final String PHRASE_WORD = "(?!(?:of|to|by|for|and|or|with|in|on|from|the|a|an|that|which|are|is|were|was|than)\\b)"
            + "[\\p{L}\\p{N}\\-‐‑–]+";

    private final Pattern before;
    private final Pattern hyphenated;
    /**
     * The {@code after} expression split by the section's entries, each with its required words (branch enginespeed):
     * one joined expression was tried at the start of the words after every vesicle mention, and an entry that opens with
     * lazy gaps before the word it needs ("... display ... conjugated to their surface") cost some thirty
     * microseconds there even where the words lack that word. Whether the joined expression matches at the start is
     * whether one of its alternatives does, so the entries are tried one by one, each only where its words are.
     */
    private final List<Pattern> afterEntries;
    /** The required words of each of {@link #afterEntries}, and their index (which entries a text may match). */
    private final List<RequiredWords> afterEntryWords;
    private final RequiredWords.Index afterEntryIndex;
    private final Pattern producer;
    private final Pattern ligandVerb;
    private final Pattern producerLigandVerb;
    private final Pattern producerVerbBefore;
    private final Pattern clauseBefore;
    private final List<String> ligandClasses;
    private final Pattern producerClause;
    private final Pattern producerNoun;
    private final Pattern controlTransfection;
    private final Pattern producersVesicles;
    private final Pattern releasedByThem;
    /** (branch conventionrules, convention fff) A coating named before, on or after the vesicles; null: no coatings. */
    private final Pattern coatedBefore;
    private final Pattern coatCode;
    private final Pattern coatedAfter;
    private final Pattern coatClauseLeft;
    private final Pattern coatClauseRight;

    private EngineeredPreparations(String before, String hyphenated, List<String> afterEntries, String producerCells, String ligandVerbs,
            List<String> ligandClasses, String clauseVerbs, String producerClauseVerbs, String producerClauseNouns,
            String controlTransfection, String coatings) {
        this.before = Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-‐‑–])" + before + "(?:\\s+" + PHRASE_WORD + "){0,3}\\s*\\z");
        this.hyphenated = Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-‐‑–])(?!(?:non|un)[\\-‐‑–])[\\p{L}\\p{N}]+[\\-‐‑–]" + hyphenated
                + "(?:\\s+" + PHRASE_WORD + "){0,3}\\s*\\z");
        String relative = "(?:(?:,\\s*)?(?:that|which)\\s+(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+"
                + "|\\s*(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+)?";
        String after = "(?:" + String.join("|", afterEntries) + ")";
        this.afterEntries = afterEntries.stream().map(entry -> Pattern.compile("(?i)\\A(?:\\s*\\([^()]{1,30}\\))?\\s*" + relative
                + "\\s*(?:first\\s+|further\\s+|additionally\\s+)?" + entry)).toList();
        this.afterEntryWords = this.afterEntries.stream().map(RequiredWords::of).toList();
        this.afterEntryIndex = RequiredWords.Index.of(afterEntryWords);
        this.producer = Pattern.compile("(?i)\\A\\s+(?:(?:derived|isolated|obtained|purified|produced|secreted|released|collected)\\s+)?"
                + "(?:from|of|by)\\s+(?:the\\s+)?(?:" + PHRASE_WORD + "\\s+){0,3}?(?:" + producerCells + "\\b"
                + "|(?:" + PHRASE_WORD + "\\s+){0,2}?cells?\\s+(?:(?:that\\s+)?(?:were|was|had\\s+been)\\s+|(?:stably|transiently)\\s+)?"
                + "(?:" + producerCells + "|" + after + ")\\b)");
        // the cells the vesicles come from, then a verb of a displayed molecule: "from dendritic cells expressing Lamp2b-RVG"
        this.producerLigandVerb = Pattern.compile("(?i)\\A\\s+(?:(?:derived|isolated|obtained|purified|produced|secreted|released|collected)\\s+)?"
                + "(?:from|of|by)\\s+(?:the\\s+)?(?:" + PHRASE_WORD + "\\s+){0,3}?cells?\\s+" + ligandVerbs + "\\b");
        // a verb of modification before the producer: "We transfected bone marrow stromal cells with ...", "engineered HEK293 cells"
        this.producerVerbBefore = Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-‐‑–])" + producerCells + "\\s+(?:the\\s+|our\\s+)?(?:"
                + PHRASE_WORD + "\\s+){0,4}\\z");
        this.ligandVerb = Pattern.compile("(?i)\\A\\s*(?:,\\s*)?" + ligandVerbs + "\\b");
        this.ligandClasses = ligandClasses;
        // (branch engineered2) a clause of the researchers' modification whose object phrase ends with the vesicles: "We
        // fused a chondrocyte-affinity peptide to Lamp2b on exosomes", "has coupled a PD-L1 aptamer to the exosomes"
        this.clauseBefore = Pattern.compile("(?i)(?<![\\p{L}])(?:we|were|was|has|have|had)\\s+(?:also\\s+|first\\s+)?" + clauseVerbs
                + "\\b[^;:()]{0,80}?\\s(?:on|onto|to|with)\\s+(?:the\\s+)?(?:surface\\s+of\\s+(?:the\\s+)?)?(?:" + PHRASE_WORD
                + "\\s+){0,3}\\z");
        // (branch engineered3) the researchers modified producer cells in a clause before the vesicles: "We transfected
        // bone marrow stromal cells with ...", "HEK293 cells were transfected with ..."
        this.producerClause = Pattern.compile("(?i)(?:(?<![\\p{L}])we\\s+(?:also\\s+|first\\s+|stably\\s+|transiently\\s+)?"
                + producerClauseVerbs + "\\s+[^;]{0,120}?cells?\\b|(?<![\\p{L}])cells?\\s+(?:were|was|had\\s+been|have\\s+been"
                // (branch engineeredkind) the present passive of a patent or protocol ("the stem cells are transfected with")
                + (PRODUCER_CLAUSES_MORE ? "|are|is" : "") + ")\\s+"
                + "(?:stably\\s+|transiently\\s+|first\\s+)?" + producerClauseVerbs + "\\b"
                // (branch engineeredkind) a reduced relative: "producer cells transfected with a plasmid ... released exosomes"
                + (PRODUCER_CLAUSES_MORE ? "|(?<![\\p{L}])cells?\\s+(?:stably\\s+|transiently\\s+)?" + producerClauseVerbs
                        + "\\s+(?:with|to)\\b" : "") + ")");
        this.producerNoun = Pattern.compile("(?i)(?<![\\p{L}])" + producerClauseNouns
                + "\\s+of\\s+(?:the\\s+)?(?:parent|parental|producer|producing|donor|source)\\s+cells?\\b");
        this.controlTransfection = Pattern.compile("(?i)(?<![\\p{L}])" + controlTransfection + "(?![\\p{L}])");
        // the vesicles named as those cells': "their exosomes", "the resulting exosomes", "the exosomes they released"
        this.producersVesicles = Pattern.compile("(?i)(?<![\\p{L}])(?:their|its|the\\s+resulting|the\\s+secreted|the\\s+released"
                + "|the\\s+derived|these\\s+cells['’]?"
                // (branch engineeredkind) the modified cells' verb right before the vesicles: "... released exosomes containing"
                + (PRODUCER_CLAUSES_MORE ? "|(?:released|secreted|shed)" : "")
                // "to display GE11 on the exosome protein Lamp2b": the vesicles the modified cells display it on
                + "|on\\s+(?:the\\s+|their\\s+)?(?:surface\\s+of\\s+(?:the\\s+|their\\s+)?)?)\\s*(?:" + PHRASE_WORD + "\\s+)?\\z");
        this.releasedByThem = Pattern.compile("(?i)\\A\\s+(?:that\\s+)?(?:they|these\\s+cells|the\\s+cells)\\s+(?:released|secreted|produced|shed"
                // (branch engineeredkind) the present tense: "so that the exosomes they secrete already contain it"
                + (PRODUCER_CLAUSES_MORE ? "|release|secrete|produce" : "") + ")\\b");
        if (coatings == null) {
            coatedBefore = coatCode = coatedAfter = coatClauseLeft = coatClauseRight = null;
        } else {
            // "PEGylated milk exosomes", "PEG-coated vesicles", "polyethylene glycol-grafted EVs"
            this.coatedBefore = Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-‐‑–])" + coatings + "(?:ylated|[\\-‐‑–](?:coated|grafted|modified|"
                    + "conjugated|decorated|functionali[sz]ed))(?:\\s+" + PHRASE_WORD + "){0,3}\\s*\\z");
            // "PEG-sEVs": the coating glued to the vesicles' name
            this.coatCode = Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-‐‑–])" + coatings + "[\\-‐‑–]\\z");
            // "exosomes coated with polyethylene glycol", "EVs that were coated with a layer of PEG"
            this.coatedAfter = Pattern.compile("(?i)\\A(?:\\s*\\([^()]{1,30}\\))?\\s*" + relative + "\\s*(?:coated|grafted|modified|"
                    + "decorated|functionali[sz]ed|shielded|cloaked)\\s+with\\s+(?:an?\\s+|the\\s+)?(?:(?:thin\\s+)?layer\\s+of\\s+)?"
                    + coatings + "(?![\\p{L}\\p{N}])");
            // "We coated BM-sEVs with polyethylene glycol", "Coating the vesicles with PEG extended ..."
            this.coatClauseLeft = Pattern.compile("(?i)(?<![\\p{L}])coat(?:ed|ing)\\s+(?:the\\s+|our\\s+|these\\s+)?(?:" + PHRASE_WORD
                    + "\\s+){0,2}\\z");
            this.coatClauseRight = Pattern.compile("(?i)\\A\\s*with\\s+(?:an?\\s+|the\\s+)?(?:(?:thin\\s+)?layer\\s+of\\s+)?" + coatings
                    + "(?![\\p{L}\\p{N}])");
        }
    }

    /** The shipped words. */
    static EngineeredPreparations defaults() {
        return DEFAULT;
    }

    /** Reads an engineering-word file; a missing section, an entry without id or words, a bad expression is an error naming it. */
    static EngineeredPreparations parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        Set<String> ids = new HashSet<>();
        // (branch engineered3) the words come back as nested groups "(?:(?:A|B))": every group mark goes, not only the outer
        // one (the split gave "(?:TargetingLigand" and "Antibody)", so no ligand mention ever counted)
        List<String> classes = List.of(words(root, "ligandClasses", name, ids).replaceAll("\\(\\?:|\\)", "").split("\\|"));
        return new EngineeredPreparations(words(root, "before", name, ids), words(root, "hyphenated", name, ids),
                entryWords(root, "after", name, ids), words(root, "producerCells", name, ids), words(root, "ligandVerbs", name, ids),
                classes.stream().map(c -> ExoKg.NS + c).toList(), words(root, "clauseVerbs", name, ids),
                words(root, "producerClauseVerbs", name, ids), words(root, "producerClauseNouns", name, ids),
                words(root, "controlTransfection", name, ids),
                COATINGS && root.containsKey("coatings") ? words(root, "coatings", name, ids) : null)
                .withShapes41(root, name, ids);
    }

    /**
     * (issue 15, branch engineered41, convention z) Switch -Dexokg.engineeredVesicleShapes (OFF; read at each use): one
     * family, declared before its pool measurement. Further shapes that state a deliberate modification of the vesicles
     * or of their producer cells (the file's sections of branch engineered41): a verb of modification in the infinitive,
     * present or gerund right before the vesicles with the purpose or means after them ("she wants to engineer neutrophil
     * microvesicles that display a peptide", "engineering exosomes with an aptamer"), a modification fronted before the
     * vesicles ("When decorated with the RVG peptide, exosomes ...", "After surface modification with an aptamer, the
     * vesicles ..."), producer cells named as modified by a hyphenated participle or a stable expression ("exosomes from
     * miR-133b-overexpressing MSCs", "from HEK293 cells stably expressing Lamp2b-RVG"), and "tagged with", "targeted
     * with", "with surface-displayed", "that express a ... fusion" right after the noun. Loading alone stays loading; the
     * look-alikes keep their kind (only Exosome, ExtracellularVesicle and SmallExtracellularVesicle subjects are asked).
     */
    public static boolean vesicleShapes() {
        return Boolean.getBoolean("exokg.engineeredVesicleShapes");
    }

    /** (branch engineered41) The compiled shapes; null where the file has no such sections. */
    private Pattern shapesVerbBefore;
    private Pattern shapesObjectAfter;
    private Pattern shapesFronted;
    private Pattern shapesProducers;
    private Pattern shapesAfter;

    /** (branch engineered41) Reads the optional sections of the family's shapes (all or none). */
    private EngineeredPreparations withShapes41(Map<?, ?> root, String name, Set<String> ids) {
        if (!root.containsKey("modifyingVerbs")) {
            return this;
        }
        // the verb's own subject, auxiliary or preposition before it ("we / to / by / for engineering"), or the clause's start
        shapesVerbBefore = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:to|we|they|by|for|of|in|and|or|then|also|first|further|can|could|will|would|may|might"
                + "|should|must)\\s+|\\A\\s*)" + words(root, "modifyingVerbs", name, ids)
                + "\\s+(?:(?:the|these|our|their|such|its|some)\\s+)?(?:" + PHRASE_WORD + "\\s+){0,3}\\z");
        shapesObjectAfter = Pattern.compile("(?i)\\A(?:\\s*\\([^()]{1,30}\\))?\\s*,?\\s*" + words(root, "modifyingObjects", name, ids));
        shapesFronted = Pattern.compile("(?i)\\A[\\s\"“(]*" + words(root, "frontedModification", name, ids)
                + "[^;:(),]{1,100},\\s*(?:(?:the|these|such|our|their)\\s+)?(?:" + PHRASE_WORD + "\\s+){0,3}\\z");
        shapesProducers = Pattern.compile("(?i)\\A" + words(root, "modifiedProducers", name, ids));
        String relative = "(?:(?:,\\s*)?(?:that|which)\\s+(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+"
                + "|\\s*(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+)?";
        shapesAfter = Pattern.compile("(?i)\\A(?:\\s*\\([^()]{1,30}\\))?\\s*" + relative + "\\s*" + words(root, "afterMore", name, ids));
        return this;
    }

    /** (branch engineered41) Whether one of the family's shapes states the modification of vesicle {@code v}. */
    private boolean statedByShapes41(String text, int sentenceStart, Mention v, String left, String right) {
        if (shapesVerbBefore == null) {
            return false;
        }
        if (shapesVerbBefore.matcher(left).find() && shapesObjectAfter.matcher(right).lookingAt()) {
            return true;
        }
        if (shapesFronted.matcher(text.substring(sentenceStart, v.start())).find()) {
            return true;
        }
        return (shapesProducers.matcher(right).lookingAt() || shapesAfter.matcher(right).lookingAt())
                && !controlTransfection.matcher(right.substring(0, Math.min(right.length(), 100))).find();
    }

    /** The words of all entries of {@code section} as one group of alternatives; ids are unique in the file. */
    private static String words(Map<?, ?> root, String section, String name, Set<String> ids) {
        return "(?:" + String.join("|", entryWords(root, section, name, ids)) + ")";
    }

    /** The words of each entry of {@code section} as one group of alternatives, in file order; ids are unique in the file. */
    private static List<String> entryWords(Map<?, ?> root, String section, String name, Set<String> ids) {
        List<String> all = new ArrayList<>();
        for (RuleFile.Entry e : RuleFile.entries(RuleFile.section(root, section, name), section, name, ids, Set.of("words"))) {
            if (!(e.map().get("words") instanceof List<?> words)) {
                throw new IllegalStateException(e.where() + ": 'words' missing or not a list");
            }
            all.add(RuleFile.words(words, section, name));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException(name + ": section '" + section + "' has no entries");
        }
        return all;
    }

    /**
     * Whether the phrase of vesicle {@code v} (in the sentence {@code sentenceStart..sentenceEnd}) states that the
     * researchers modified the vesicles or the cells that made them.
     */
    /**
     * (issue 15, branch anaphorkinds37) Switch -Dexokg.engineeredThemClauses (OFF; read at each use): right after the
     * vesicles, within the sentence, a clause of the writers that modifies them ("..., and we engineered them to",
     * "..., which we modified with"). One family, declared before the pool was measured.
     */
    static final java.util.regex.Pattern ENGINEERED_THEM = java.util.regex.Pattern.compile(
            "(?i)[^.;:]{0,60}?,?\\s*(?:and\\s+(?:then\\s+)?(?:we|they|the\\s+(?:team|authors|researchers))\\s+(?:then\\s+|also\\s+|further\\s+)?"
                    + "(?:engineered|modified|decorated|functionali[sz]ed|transfected|armed)\\s+them"
                    + "|which\\s+(?:we|they|the\\s+(?:team|authors|researchers))\\s+(?:then\\s+|also\\s+|further\\s+)?"
                    + "(?:engineered|modified|decorated|functionali[sz]ed|armed))"
                    + "\\s+(?:genetically\\s+)?(?:to|with)\\b");

    /**
     * (issue 15, branch engineeredstates37) Switch -Dexokg.producerTransfectionStated (OFF; read at each use): the phrase
     * after the vesicles, within their clause, names the transfection of their producer cells as the means ("exosomes from
     * Schwann cells enriched in miR-21 by producer transfection", "any exosome loaded with mRNA by producer cell
     * transfection", "EVs loaded by transfecting the parent cells"): convention z's "producer cells transfected".
     * Loading of the vesicles themselves ("by electroporation", "by incubation", "by transfection" of nothing named) is no
     * such phrase, nor a second means after another in a list ("loaded after isolation by electroporation, or before
     * isolation by transfecting the producer cells": the gap holds no other "by", "or", "before", "after"). One family,
     * declared before the pool was measured.
     */
    static final Pattern PRODUCER_TRANSFECTION = Pattern.compile(
            "(?i)\\A(?:(?!(?<![\\p{L}])(?:by|via|through|or|before|after)(?![\\p{L}]))[^.;:()]){0,90}?(?<![\\p{L}])(?:by|via|through|after)\\s+"
                    + "(?:(?:stable\\s+|transient\\s+)?(?:producer|parent|parental|donor|source)[\\s\\-‐‑–]+(?:cells?[\\s\\-‐‑–]+)?"
                    + "(?:transfection|transduction)"
                    + "|(?:stable\\s+|transient\\s+)?(?:transfection|transduction|transfecting|transducing)\\s+(?:of\\s+)?(?:the\\s+|their\\s+)?"
                    + "(?:producer|parent|parental|donor|source)\\s+cells?)(?![\\p{L}])");

    /**
     * (issue 15, branch engineered38, convention xxxxxxx) Switch -Dexokg.producerEngineeredVesicles (OFF; read at each use):
     * one family, declared before its pool measurement. Vesicles whose producer (parent) cells were transfected, transduced
     * or engineered to express the cargo are EngineeredExosome, also in a generic statement of the method: (a) the
     * phrase of {@link #PRODUCER_TRANSFECTION} (engineeredstates37's reading), (b) the further shapes the design golds
     * write engineered under xxxxxxx (listed in docs/extraction.md, branch engineered38), and (c) none of these in a
     * document that says its vesicles are not exosomes ("small EVs rather than exosomes": xxxxxxx's exception). Cargo
     * loaded into isolated vesicles (electroporation, sonication, incubation; Cas9 included) stays loading.
     */
    public static boolean producerEngineered() {
        return Boolean.getBoolean("exokg.producerEngineeredVesicles");
    }

    private static final String EXOSOME_IRI = ExoKg.NS + "Exosome";

    /**
     * (branch engineered38) "exosome yield from engineered HEK293 clones": a noun of the vesicles' output between them
     * and their modified producers.
     */
    static final Pattern ENGINEERED_PRODUCERS_YIELD = Pattern.compile("(?i)\\A\\s+(?:yields?|production|output|secretion|release)\\s+"
            + "(?:from|of|by)\\s+(?:the\\s+|our\\s+)?(?:stably\\s+|transiently\\s+)?(?:engineered|transfected|transduced"
            + "|genetically\\s+(?:modified|engineered))\\s+");

    /**
     * (branch engineered38) "loads HEK293 exosomes with a Cas9 ribonucleoprotein by fusing Cas9 to a CD63 scaffold": the
     * cargo is fused to a vesicle protein the producers express (xxxxxxx's "Cas9 fused to a CD63 scaffold").
     */
    static final Pattern SCAFFOLD_FUSION = Pattern.compile("(?i)\\A(?:(?!(?<![\\p{L}])(?:or|before|after)(?![\\p{L}]))[^.;:()]){0,90}?"
            + "(?<![\\p{L}])(?:by|through|via)\\s+(?:genetically\\s+)?fusing\\s+[^.;:()]{1,60}?\\s+to\\s+(?:an?\\s+|the\\s+|their\\s+)?"
            + "(?:[\\p{L}\\p{N}\\-‐‑–]+\\s+){0,2}?(?:scaffold|anchor|CD63|CD9|CD81|Lamp2b|LAMP2B|PTGFRN)(?![\\p{L}])");

    /**
     * (branch engineered38, xxxxxxx's exception) Whether the document says its vesicles are not exosomes ("KerEVs are,
     * strictly, small EVs rather than exosomes", "the particles are small extracellular vesicles, not exosomes").
     */
    static final Pattern EXOSOME_DENIAL = Pattern.compile("(?i)(?<![\\p{L}])(?:rather\\s+than|(?:are|is|were|was)\\s+not|,\\s*not)\\s+"
            + "(?:(?:true|genuine|bona\\s+fide|classical|strict)\\s+)?exosomes?(?![\\p{L}])");

    static boolean deniesExosomes(String text) {
        Object[] last = lastDenial;
        if (last != null && last[0] == text) {
            return (Boolean) last[1];
        }
        boolean denies = EXOSOME_DENIAL.matcher(text).find();
        lastDenial = new Object[] {text, denies};
        return denies;
    }

    /** The last document asked about and its answer (one document is read at a time per thread, mostly). */
    private static volatile Object[] lastDenial;

    /** (branch engineered38) Whether {@code s} names a control arm's transfection ("a scrambled siRNA", "an empty vector"). */
    boolean namesControlTransfection(String s) {
        return controlTransfection.matcher(s).find();
    }

    boolean states(String text, int sentenceStart, int sentenceEnd, Mention v, List<Mention> mentions, Lexicon lexicon) {
        int from = Math.max(sentenceStart, v.start() - 80);
        String left = text.substring(from, v.start());
        int cut = Math.max(Math.max(left.lastIndexOf(','), left.lastIndexOf(';')), Math.max(left.lastIndexOf('('), left.lastIndexOf(':')));
        left = left.substring(cut + 1);
        if (before.matcher(left).find() || hyphenated.matcher(left).find()) {
            return true;
        }
        if (coatedBefore != null && coated(text, sentenceStart, sentenceEnd, v, left)) {
            return true;
        }
        if (CLAUSES && clauseBefore.matcher(text.substring(Math.max(sentenceStart, v.start() - 140), v.start())).find()) {
            return true;
        }
        String right = text.substring(v.end(), Math.min(sentenceEnd, v.end() + 160));
        if (afterAtStart(right) || producer.matcher(right).lookingAt()) {
            return true;
        }
        if (Boolean.getBoolean("exokg.engineeredThemClauses") && ENGINEERED_THEM.matcher(right).lookingAt()) {
            // (issue 15, branch anaphorkinds37) "We took exosomes from human muscle cells, and we engineered them to display
            // a peptide", "exosomes, which we modified to carry ...": the clause after the vesicles states their modification
            return true;
        }
        if (Boolean.getBoolean("exokg.producerTransfectionStated") && PRODUCER_TRANSFECTION.matcher(right).lookingAt()
                && !controlTransfection.matcher(right).find()) {
            // (issue 15, branch engineeredstates37) "exosomes ... enriched in miR-21 by producer transfection"
            return true;
        }
        if (producerEngineered() && (PRODUCER_TRANSFECTION.matcher(right).lookingAt() || ENGINEERED_PRODUCERS_YIELD.matcher(right).lookingAt()
                || SCAFFOLD_FUSION.matcher(right).lookingAt()) && !controlTransfection.matcher(right).find()
                && !(deniesExosomes(text) && !EXOSOME_IRI.equals(v.iri()))) {
            // (issue 15, branch engineered38, convention xxxxxxx) "exosomes ... by producer transfection", "exosome yield from
            // engineered HEK293 clones", "loads HEK293 exosomes with Cas9 by fusing Cas9 to a CD63 scaffold"; not the
            // vesicles of a text that says its vesicles are not exosomes ("small EVs rather than exosomes")
            return true;
        }
        if (PRODUCER_CLAUSES && producersModifiedBefore(text, sentenceStart, v, right)) {
            return true;
        }
        if (vesicleShapes() && statedByShapes41(text, sentenceStart, v, left, right)) {
            // (issue 15, branch engineered41, convention z) "to engineer neutrophil microvesicles that display", "When
            // decorated with the RVG peptide, exosomes", "exosomes from miR-133b-overexpressing MSCs", "tagged with"
            return true;
        }
        if (!LIGAND_MENTIONS) {
            return false;
        }
        // (branch engineered3) a name whose code before its first hyphen is a ligand's label ("iRGD-EqM-EVs", "GE11-Exos"):
        // the ligand names the vesicles, though the name's use hides the ligand's own mention
        java.util.regex.Matcher glued = GLUED_CODE.matcher(text.substring(Math.max(sentenceStart, v.start() - 30), v.start()));
        String surface = v.surface();
        String code = glued.find() ? glued.group(1) : null;
        for (int i = 1; code == null && i < surface.length() - 1; i++) {
            if ("-‐‑–".indexOf(surface.charAt(i)) >= 0) {
                code = surface.substring(0, i);
            }
        }
        // the code alone or as a peptide's name ("iRGD": the iRGD peptide)
        for (String key : code == null ? List.<String>of() : List.of(code, code + " peptide")) {
            for (Lexicon.Entry e : lexicon.entries(org.exokg.mention.TermKeys.labelKey(key))) {
                if (isLigandIri(e.term().iri(), lexicon)) {
                    return true;
                }
            }
        }
        boolean ligandVerbAfter = ligandVerb.matcher(right).lookingAt() || producerLigandVerb.matcher(right).lookingAt();
        for (Mention m : mentions) {
            if (!isLigand(m, lexicon)) {
                continue;
            }
            // "RVG-exosomes", "iRGD-EqM-EVs", "RVG-Lamp2b exosomes": the ligand names the vesicles
            if (m.end() < v.start() && m.start() >= sentenceStart
                    && text.substring(m.end(), v.start()).matches("[\\-‐‑–][\\p{L}\\p{N}\\-‐‑–]*\\s?|\\s")) {
                return true;
            }
            if (ligandVerbAfter && m.start() >= v.end() && m.start() <= v.end() + 100 && m.end() <= sentenceEnd) {
                return true;
            }
        }
        return false;
    }

    /** Whether an entry of the {@code after} section matches at the start of {@code right}. */
    private boolean afterAtStart(String right) {
        long[] mayMatch = afterEntryIndex.candidates(right);
        for (int i = 0; i < afterEntries.size(); i++) {
            if (RequiredWords.Index.has(mayMatch, i) && afterEntryWords.get(i).mayMatch(right) && afterEntries.get(i).matcher(right).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** (branch conventionrules, convention fff) Whether the vesicles are named with a coating put on them (PEG). */
    private boolean coated(String text, int sentenceStart, int sentenceEnd, Mention v, String left) {
        if (coatedBefore.matcher(left).find() || coatCode.matcher(left).find()) {
            return true;
        }
        String surface = v.surface();
        for (int i = 1; i < surface.length() - 1; i++) {
            if ("-‐‑–".indexOf(surface.charAt(i)) >= 0 && coatCode.matcher(surface.substring(0, i + 1)).find()) {
                return true; // the name itself: "PEG-sEVs"
            }
        }
        String right = text.substring(v.end(), Math.min(sentenceEnd, v.end() + 160));
        if (coatedAfter.matcher(right).lookingAt()) {
            return true;
        }
        String clauseLeft = text.substring(Math.max(sentenceStart, v.start() - 60), v.start());
        return coatClauseLeft.matcher(clauseLeft).find() && coatClauseRight.matcher(right).lookingAt();
    }

    /**
     * (branch engineered3) Whether the sentence modified producer cells before the vesicles and names them as those
     * cells' ("We transfected MSCs with ... and collected their exosomes", "HEK293 cells were transfected ...; their EVs
     * were loaded", "Transfection of the parent cells turned MSC exosomes into ..."); a control arm's transfection
     * ("with a scrambled siRNA") is none.
     */
    private boolean producersModifiedBefore(String text, int sentenceStart, Mention v, String right) {
        String before = text.substring(sentenceStart, v.start());
        java.util.regex.Matcher noun = producerNoun.matcher(before);
        java.util.regex.Matcher clause = producerClause.matcher(before);
        int start;
        if (noun.find()) {
            start = noun.start();
        } else if (clause.find() && (producersVesicles.matcher(before).find() || releasedByThem.matcher(right).lookingAt())) {
            start = clause.start();
        } else {
            return false;
        }
        return !controlTransfection.matcher(before.substring(start)).find();
    }

    /** (branch engineered3) Whether vesicle {@code v} is named as the vesicles of producer cells modified before it in its sentence. */
    boolean ofModifiedProducers(String text, int sentenceStart, int sentenceEnd, Mention v) {
        return ENGINEERED_SUBJECTS && PRODUCER_CLAUSES && v.start() >= sentenceStart && v.end() <= sentenceEnd
                && producersModifiedBefore(text, sentenceStart, v, text.substring(v.end(), Math.min(sentenceEnd, v.end() + 160)));
    }

    /** Whether the words before a producer cell mention ({@code producerStart}) say the researchers modified the cells. */
    boolean producerModified(String text, int sentenceStart, int producerStart) {
        return ENGINEERED_SUBJECTS && producerVerbBefore.matcher(text.substring(Math.max(sentenceStart, producerStart - 80), producerStart)).find();
    }

    /** A code glued by a hyphen right before the vesicle mention: "iRGD-" of "iRGD-EqM-EVs". */
    private static final Pattern GLUED_CODE = Pattern.compile("(?<![\\p{L}\\p{N}\\-‐‑–])([\\p{L}\\p{N}]+)[\\-‐‑–]\\z");

    private boolean isLigand(Mention m, Lexicon lexicon) {
        return isLigandIri(m.iri(), lexicon);
    }

    private boolean isLigandIri(String iri, Lexicon lexicon) {
        for (String c : ligandClasses) {
            if (iri.equals(c) || lexicon.isA(iri, c)) {
                return true;
            }
        }
        return false;
    }
}
