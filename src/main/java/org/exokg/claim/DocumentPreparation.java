package org.exokg.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.exokg.document.Section;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;

/**
 * (branch anaphors6, issue 15) The one preparation a document studies, taken up by a later section's anaphors ("The
 * vesicles carried CD63" under Results after a summary about EVs of feline adipose stromal cells). The discourse stays
 * within a section; a new section starts from this preparation instead of from nothing when the document's opening (its
 * title and first section, or its title and the section after it) named vesicles of exactly one source (one line of
 * descent: "bovine milk" and "milk" are one), by a name or a source phrase, in affirmed claims. A text that compares two sources, a
 * review that names several, or an opening whose vesicles name no source gives no preparation: its sections' anaphors
 * stay unqualified, as the convention on coordinated sources and general reviews has them. Methods sentences never name
 * the document's preparation (they also name the comparison arms and the cells the vesicles were made from); their claims
 * stay marked, whatever antecedent they read.
 */
public final class DocumentPreparation {

    /** Measurement switch: -Dexokg.noDocumentPreparation: no section takes up the document's preparation. */
    public static final boolean ON = !Boolean.getBoolean("exokg.noDocumentPreparation");

    /**
     * (branch anaphors12) Measurement switch: -Dexokg.noLateOpening: an opening whose vesicles name no source ends with
     * its first section (or the one after a title line), as before; by default the opening runs on until a section names
     * a source, up to {@link #LATE_OPENING_SECTIONS} sections.
     */
    static final boolean LATE_OPENING = !Boolean.getBoolean("exokg.noLateOpening");
    /** (branch anaphors12) How many sections an opening with no source read yet may run on over: header, description. */
    static final int LATE_OPENING_SECTIONS = 3;

    private int sections;
    private String section;
    private boolean inOpening = true;
    /** The sources the vesicles of the opening were named with (qualifiers of its affirmed claims). */
    private final Set<String> sources = new HashSet<>();
    /** The opening's last vesicle topic that came with a source: what a later section refers back to. */
    private Mention preparation;
    private int sentencesInFirst;
    /** (branch anaphors8) The sources and the preparation a title line of its own named. */
    private final Set<String> titleSources = new HashSet<>();
    private Mention titlePreparation;
    private boolean openedByTitleOnly;
    private final BiPredicate<String, String> isA;
    /**
     * (branch studied) Sentences outside Methods whose affirmed claims named the opening's source (or a narrower one of its
     * line) and no other: how often the text has named its one preparation so far.
     */
    private int ownSentences;
    /** (branch studied) Whether any sentence outside Methods, after the opening, named vesicles of another source. */
    private boolean otherSource;
    /** (branch studied) The source {@link #ownSentences} counts, and the last narrower source of its line named. */
    private String countedSource;
    private String narrower;

    /**
     * (branch studied, issue 15) Switch: -Dexokg.oneProductTexts=false: no text is read as a text about one product, and
     * present-tense sentences and unsourced antecedents keep the reading of the kind (see {@link #oneProduct()}).
     */
    public static final boolean ONE_PRODUCT = Boolean.parseBoolean(System.getProperty("exokg.oneProductTexts", "true"));
    /** (branch studied) How many sentences must have named the one preparation before the text counts as about it. */
    static final int ONE_PRODUCT_SENTENCES = Integer.getInteger("exokg.oneProductSentences", 2);
    /** (branch studied) How many sections (a title line of its own counts) the text must have had so far. */
    static final int ONE_PRODUCT_SECTIONS = Integer.getInteger("exokg.oneProductSections", 2);

    /** {@code isA}: whether the first class is (a subclass of) the second, as the lexicon knows. */
    public DocumentPreparation(BiPredicate<String, String> isA) {
        this.isA = isA;
    }

    /**
     * Records a sentence and the claims read from it (first occurrence), with its vesicle topic (may be null); call in
     * text order, before the next sentence's {@link #atNewSection}.
     */
    public void sentence(Sentence s, Mention topic, List<Claim> claims) {
        sentence(s, topic, claims, null);
    }

    /**
     * As {@link #sentence(Sentence, Mention, List)}, with the source of the preparation whose defined name the sentence
     * uses ("CRX-07 is not indicated for ..."), or null: (branch studied) a use of the name counts as naming the
     * preparation again for {@link #oneProduct()}; it adds no source to the opening's.
     */
    public void sentence(Sentence s, Mention topic, List<Claim> claims, String nameSource) {
        // (branch anaphors8) a text's unlabelled opening has no section name: its sentences are one section, not one each
        if (sections == 0 || !Objects.equals(section, s.section())) {
            section = s.section();
            sections++;
            // the opening: the first section, and the one after a title section of its own ("Title", then "Abstract")
            inOpening = sections == 1 || sections == 2 && openedByTitleOnly
                    // (branch anaphors12) a datasheet's or report's header lines name the product with no source we read
                    // ("Product: exosome reference material, HEK293"); the section after them ("Description: ... exosomes
                    // purified from HEK293 cells") still opens the document
                    // (not a section of general background: "Background: EVs from adipose stem cells and platelets ...")
                    || LATE_OPENING && sources.isEmpty() && sections <= LATE_OPENING_SECTIONS && s.section() != null
                            && !TopicPreparation.defaults().bareVesicleCue("bare-plural-general-sections",
                                    s.section().toLowerCase(java.util.Locale.ROOT));
        }
        if (Section.isMethods(s.section())) {
            return;
        }
        Set<String> here = new HashSet<>();
        for (Claim c : claims) {
            if (c.negated()) {
                continue;
            }
            if (c.qualifierIri() != null) {
                add(here, c.qualifierIri());
            } else if (c.relation() == Relation.DERIVED_FROM) {
                add(here, c.objectIri()); // "infusions of EVs from feline adipose stromal cells": the source row alone
            }
        }
        if (inOpening) {
            if (sections == 1) {
                sentencesInFirst++;
            }
            here.forEach(x -> add(sources, x));
            if (!here.isEmpty() && topic != null && here.size() == 1) {
                preparation = topic;
            }
            if (sections == 1) {
                here.forEach(x -> add(titleSources, x));
                if (!here.isEmpty() && topic != null && here.size() == 1 && titlePreparation == null) {
                    titlePreparation = topic;
                }
            }
        }
        // (branch studied) one preparation named again and again, by its source or by its code name (the opening's own
        // sentences count once its source is recorded), or vesicles of another source named after the opening; a broader
        // source of its line ("stem cell vesicles" in a text about MSC vesicles) counts neither way
        Set<String> named = new HashSet<>(here);
        if (nameSource != null) {
            named.add(nameSource);
        }
        String one = sources.size() == 1 ? sources.iterator().next() : null;
        if (one != null && !one.equals(countedSource)) {
            // the opening narrowed its source ("cells", then "MSC-EVs"): the count starts again for the narrower one
            countedSource = one;
            ownSentences = 0;
        }
        if (one != null && !named.isEmpty()) {
            boolean own = true;
            for (String x : named) {
                if (x.equals(one)) {
                    continue;
                }
                own = false;
                if (isA.test(x, one)) {
                    // a narrower source: the same preparation named more exactly, unless another narrower one was
                    // named before it ("vesicles of Akkermansia", then "vesicles of Lactobacillus" under bacteria)
                    if (narrower != null && !narrower.equals(x) && !isA.test(x, narrower) && !isA.test(narrower, x) && !inOpening) {
                        otherSource = true;
                    }
                    narrower = x;
                } else if (!isA.test(one, x) && !inOpening) {
                    otherSource = true;
                }
            }
            if (own) {
                ownSentences++;
            }
        }
    }

    /**
     * Adds a source to a set of sources, one per line of descent: "bovine milk" and "milk" are one source, the more
     * specific kept (a later "milk exosomes" after "bovine milk exosomes" names no second preparation).
     */
    private void add(Set<String> set, String source) {
        for (String s : List.copyOf(set)) {
            if (s.equals(source) || isA.test(s, source)) {
                return;
            }
            if (isA.test(source, s)) {
                set.remove(s);
            }
        }
        set.add(source);
    }

    /**
     * The antecedent a new section starts from: the document's preparation, or null (none, or two or more sources in the
     * opening). Call when the section of {@code s} differs from the sentence before.
     */
    public Mention atNewSection(Sentence s) {
        if (sections == 1) {
            // the first section was a title line alone: the section after it still opens the document
            openedByTitleOnly = sentencesInFirst <= 1;
        }
        if (ON && sections >= 2 && openedByTitleOnly && titleSources.size() == 1 && titlePreparation != null
                && sources.size() > 1) {
            // (branch anaphors8) a title line that names vesicles of one source names the study's preparation; the
            // background after it surveys others ("Keratinocyte-derived exosomes are thought to spread ...; stem cell
            // exosomes, in contrast, ..."): the later sections' anaphors are the title's preparation
            return titlePreparation;
        }
        if (!ON || sources.size() != 1 || preparation == null) {
            return null;
        }
        if (sections == 1 && openedByTitleOnly) {
            return null; // the abstract after a title section is still the opening: it finds its own antecedents
        }
        return preparation;
    }

    /**
     * (branch challenges5) The preparation the document is about so far, without starting a section: the title's one
     * preparation when the opening after it surveys others, else the opening's when it named exactly one source; null for
     * none (a review of vesicles in general, a text that names several sources).
     */
    public Mention studied() {
        if (!ON) {
            return null;
        }
        if (openedByTitleOnly && titleSources.size() == 1 && titlePreparation != null && sources.size() > 1) {
            return titlePreparation;
        }
        return sources.size() == 1 ? preparation : null;
    }

    /**
     * (branch studied, issue 15) Whether the text so far is about one product or preparation: its opening named vesicles of
     * exactly one source ({@link #studied()} with that source; not a title's preparation after an opening that surveys
     * others), at least {@link #ONE_PRODUCT_SENTENCES} sentences outside Methods have named that source (counting the
     * opening's), and no sentence outside Methods has named vesicles of another source since the opening. A datasheet,
     * leaflet, product page, trial summary or report about one preparation passes; a review (several sources), a
     * comparison of two preparations, or a text whose vesicles name no source does not. In such a text the present tense
     * states the product's findings and properties, not the kind's. Read in text order: a rival source named late ends
     * it from there on.
     */
    public boolean oneProduct() {
        if (!ONE_PRODUCT || !ON || otherSource || sources.size() != 1 || preparation == null) {
            return false;
        }
        // the layout of a text about one thing studied or sold (labelled parts: a datasheet's DESCRIPTION and STORAGE, a
        // protocol's steps and results, an article's abstract and results); a text of one run of prose is read as a
        // review or essay, whose present tense is the kind's
        return ownSentences >= ONE_PRODUCT_SENTENCES && sections >= ONE_PRODUCT_SECTIONS;
    }
}
