package org.exokg.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ClasspathText;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;

/**
 * Vesicle names that spell their loaded cargo (issue 15, branch productcodes; gold convention xx): a cargo, drug or
 * probe written as a hyphenated part of the name, first before the vesicle word ("Dox-EVs", "PTX-sEVs", "miR-21-EVs",
 * "siKRAS-CMEs", "SOD-Hep-EVs", "Cur-MSC-sEVs") or last after a vesicle short form ("Exo-DOX", "EV-Dox", "EXO-ASO",
 * "Exo-miR-126"). The cargo part is a cargo mention of the lexicon spanning exactly that part, or a short form of
 * {@code cargo-codes.tsv} (drug, dye, contrast and radionuclide abbreviations written from general knowledge), or a
 * prefix family read by pattern (si-, sh-, antagomiR-). Up to two code parts may stand between the cargo and the
 * vesicle word (the source codes of "SOD-Hep-EVs", "iRGD-EqM-EVs"). Displayed molecules (targeting ligands, antibodies)
 * and the cytokines that prime producer cells ("IFN-γ-EVs") are no loaded cargo. Since branch displaycodes (convention
 * iiiii) a displayed molecule in the same places ("GE11-Exos", "iRGD-EqM-EVs", "Exo-RVG", "anti-HER2-EVs") is read too,
 * marked displayed ({@link #displayedOver}, {@code display-codes.tsv}); cytokines stay unread.
 */
final class CargoCodes {

    private static final String CODES = "/org/exokg/claim/cargo-codes.tsv";

    /** (branch displaycodes) Short forms of displayed molecules: targeting peptides, aptamers, antibodies (convention iiiii). */
    private static final String DISPLAY_CODES = "/org/exokg/claim/display-codes.tsv";

    /**
     * (branch displaycodes) An antibody named by its antigen before the vesicle word: "anti-HER2", "aCD3", "αPD-L1",
     * "anti-EGFR" (the antigen two or more capitals or digits, with at most one hyphenated part).
     */
    private static final Pattern ANTIBODY = Pattern.compile(
            "(?:[Aa]nti[\\-‐‑–]|[aα])(\\p{Lu}[\\p{Lu}\\p{N}]+(?:[\\-‐‑–][\\p{Lu}\\p{N}]+)?)");

    /** A hyphenated name: two to five parts joined by single hyphens, no hyphen before or after it. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-‐‑–])[\\p{L}\\p{N}][\\p{L}\\p{N}.]*(?:[\\-‐‑–][\\p{L}\\p{N}][\\p{L}\\p{N}.]*){1,4}(?![\\p{L}\\p{N}]|[\\-‐‑–][\\p{L}\\p{N}])");

    /** A vesicle word closing a name: a short form, written together after a code or not ("EVs", "sEV", "CMEs", "Exos"). */
    private static final Pattern VESICLE_LAST = Pattern.compile(
            "[\\p{L}\\p{N}]{0,5}?(?:s?EVs?|EXOs?|Exos?|OMVs?|MVs?|NVs?|EMs?|ELNs?)|exos|exosomes?|(?:nano)?vesicles|\\p{Lu}{1,4}Es");

    /** A vesicle short form opening a name ("Exo-DOX", "EV-Dox", "sEV-miR-21"). */
    private static final Pattern VESICLE_FIRST = Pattern.compile("(?:Exo|EXO|exo|s?EV|OMV)s?");

    /** A code part between the cargo and the vesicle word: a source code ("Hep", "MSC", "SC", "EqM"). */
    private static final Pattern MIDDLE = Pattern.compile("(?=[\\p{L}\\p{N}]*\\p{L})[\\p{L}\\p{N}]{1,6}");

    /** Prefix families: siRNA, shRNA and antagomiR codes named by their target ("siKRAS", "shC3", "antagomiR-21"). */
    private static final Pattern SI = Pattern.compile("si(?:RNA)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*");
    private static final Pattern SH = Pattern.compile("sh(?:RNA)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*");
    private static final Pattern ANTAGOMIR = Pattern.compile("(?:antagomiR|antimiR|anti-miR|AMO)(?:[\\-‐‑–]?[\\p{N}][\\p{L}\\p{N}]*)?");

    /** Cargo classes a name displays or primes with rather than loads. */
    private static final List<String> NOT_LOADED = List.of(ExoKg.NS + "TargetingLigand", ExoKg.NS + "Antibody",
            ExoKg.NS + "SignalingProtein");

    /** Classes of molecules a name displays (branch displaycodes): a code part of such a class is read as displayed. */
    private static final List<String> DISPLAYED = List.of(ExoKg.NS + "TargetingLigand", ExoKg.NS + "Antibody");

    private static final Map<String, String> SHIPPED = read(CODES);

    private static final Map<String, String> SHIPPED_DISPLAYED = read(DISPLAY_CODES);

    /**
     * A name that spells a loaded cargo or (branch displaycodes) a displayed molecule: the molecule's class, the name's
     * span, the span of the code part that spells it, and whether the molecule is displayed rather than loaded.
     */
    record Spelled(String cargoIri, int start, int end, int codeStart, int codeEnd, boolean displayed) {}

    private final Lexicon lexicon;

    private final boolean readDisplayed;

    private final org.exokg.mention.SourceCodes sourceCodes;

    CargoCodes(Lexicon lexicon) {
        this(lexicon, true);
    }

    /** With readDisplayed false only loaded cargo is read (switch -Dexokg.noDisplayCodes). */
    CargoCodes(Lexicon lexicon, boolean readDisplayed) {
        this.lexicon = lexicon;
        this.readDisplayed = readDisplayed;
        this.sourceCodes = sourceCodesOf(lexicon);
    }

    /**
     * (branch enginespeed5) The source codes of each lexicon, read once: an extractor, and so this reader, is made for every
     * document, and reading the codes against the lexicon again each time was new per-document work of branch displaycodes.
     * Held softly (the codes refer to their lexicon, which would otherwise keep its own weak key alive), as SourceNamedKinds.
     */
    private static final Map<Lexicon, java.lang.ref.SoftReference<org.exokg.mention.SourceCodes>> SOURCE_CODES =
            new java.util.WeakHashMap<>();

    private static org.exokg.mention.SourceCodes sourceCodesOf(Lexicon lexicon) {
        synchronized (SOURCE_CODES) {
            java.lang.ref.SoftReference<org.exokg.mention.SourceCodes> held = SOURCE_CODES.get(lexicon);
            org.exokg.mention.SourceCodes codes = held == null ? null : held.get();
            if (codes == null) {
                codes = org.exokg.mention.SourceCodes.of(lexicon);
                SOURCE_CODES.put(lexicon, new java.lang.ref.SoftReference<>(codes));
            }
            return codes;
        }
    }

    private static Map<String, String> read(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : ClasspathText.read(file).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(file + ": expected 'code<TAB>class', got: " + l);
            }
            if (out.put(cols[0].strip(), ExoKg.NS + cols[1].strip()) != null) {
                throw new IllegalStateException(file + ": code listed twice: " + cols[0].strip());
            }
        }
        return Map.copyOf(out);
    }

    /**
     * (branch subjects33) Whether a code part is a displayed molecule's short form ({@code display-codes.tsv}: "RVG",
     * "Apt", "GE11") or an antibody named by its antigen ("anti-HER2"): a name that spells one names displaying vesicles.
     */
    static boolean displayedPart(String part) {
        return SHIPPED_DISPLAYED.containsKey(part) || ANTIBODY.matcher(part).matches();
    }

    /** The cargo class a code part names by the table or a prefix family, or null. */
    String codeClass(String part) {
        String iri = SHIPPED.get(part);
        if (iri == null && SI.matcher(part).matches()) {
            iri = ExoKg.NS + "SiRNA";
        } else if (iri == null && (SH.matcher(part).matches() || ANTAGOMIR.matcher(part).matches())) {
            iri = ExoKg.NS + "TherapeuticNucleicAcid";
        }
        return iri == null || lexicon.term(iri) == null ? null : iri;
    }

    /** The names of text[start, end) that spell a loaded cargo or (branch displaycodes) a displayed molecule, in order. */
    List<Spelled> spelled(String text, int start, int end, List<Mention> mentions) {
        List<Spelled> out = new ArrayList<>(0);
        Matcher m = NAME.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            String name = m.group();
            List<int[]> parts = parts(name, m.start());
            int[] first = parts.get(0);
            int[] last = parts.get(parts.size() - 1);
            String cargo = null;
            int codeStart = -1;
            int codeEnd = -1;
            boolean displayed = false;
            String lastText = text.substring(last[0], last[1]);
            boolean vesicleLast = VESICLE_LAST.matcher(lastText).matches() || vesicleAt(mentions, last[0], last[1]);
            if (vesicleLast && parts.size() >= 2) {
                // the cargo is the first part or parts; up to two code parts before the vesicle word
                for (int k = parts.size() - 2; k >= 0 && cargo == null; k--) {
                    if (parts.size() - 2 - k > 2 || !middles(text, parts, k + 1, parts.size() - 1)) {
                        continue;
                    }
                    cargo = cargoOver(text, mentions, first[0], parts.get(k)[1]);
                    codeStart = first[0];
                    codeEnd = parts.get(k)[1];
                }
                // (branch displaycodes) a displayed molecule in the same place ("GE11-Exos", "iRGD-EqM-EVs")
                for (int k = parts.size() - 2; readDisplayed && k >= 0 && cargo == null; k--) {
                    if (parts.size() - 2 - k > 2 || !middles(text, parts, k + 1, parts.size() - 1)) {
                        continue;
                    }
                    cargo = displayedOver(text, mentions, first[0], parts.get(k)[1]);
                    codeStart = first[0];
                    codeEnd = parts.get(k)[1];
                    displayed = cargo != null;
                }
            }
            if (cargo == null && VESICLE_FIRST.matcher(text.substring(first[0], first[1])).matches() && parts.size() >= 2) {
                codeStart = parts.get(1)[0];
                codeEnd = last[1];
                cargo = cargoOver(text, mentions, codeStart, codeEnd);
                if (cargo == null && readDisplayed) {
                    // (branch displaycodes) "Exo-RVG", "EV-CD47"
                    cargo = displayedOver(text, mentions, codeStart, codeEnd);
                    displayed = cargo != null;
                }
            }
            if (cargo != null) {
                out.add(new Spelled(cargo, m.start(), m.end(), codeStart, codeEnd, displayed));
            }
        }
        return out;
    }

    /**
     * (branch displaycodes, convention iiiii) The displayed molecule text[s, e) names: a lexicon mention of a targeting
     * ligand or an antibody spanning it exactly ("Aptamer-Exos", "nanobody-EVs"), a short form of
     * {@code display-codes.tsv} ("GE11", "RVG", "iRGD", "Apt", "scFv", "RBD"), or an antibody named by its antigen
     * ("anti-HER2", "aCD3"); never a source code ("NK", "MSC": the source cells, convention b).
     */
    String displayedOver(String text, List<Mention> mentions, int s, int e) {
        String part = text.substring(s, e);
        if (sourceCodes.hyphenSource(part) != null || mentions.stream().anyMatch(x -> x.is(MentionType.SOURCE)
                && x.start() <= s && x.end() >= e)) {
            return null;
        }
        String iri = null;
        for (Mention x : mentions) {
            if (x.is(MentionType.CARGO) && x.start() == s && x.end() == e && DISPLAYED.stream().anyMatch(d -> x.iri().equals(d)
                    || lexicon.isA(x.iri(), d))) {
                iri = x.iri();
                break;
            }
        }
        if (iri == null) {
            iri = SHIPPED_DISPLAYED.get(part);
        }
        if (iri == null) {
            Matcher a = ANTIBODY.matcher(part);
            if (a.matches() && sourceCodes.hyphenSource(a.group(1)) == null && !namesASource(a.group(1))
                    && lexicon.term(ExoKg.NS + "Antibody") != null
                    && mentions.stream().noneMatch(x -> !x.is(MentionType.CARGO) && x.start() < e && x.end() > s)) {
                iri = ExoKg.NS + "Antibody";
            }
        }
        return iri == null || lexicon.term(iri) == null ? null : iri;
    }

    /** Whether the lexicon reads the word as a source, a vesicle or a cell ("MSC" of "aMSC-EVs"), not as an antigen. */
    private boolean namesASource(String word) {
        return lexicon.entries(org.exokg.mention.TermKeys.key(word)).stream().anyMatch(x -> !x.term().types().contains(MentionType.CARGO));
    }

    private static List<int[]> parts(String name, int offset) {
        List<int[]> parts = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || "-‐‑–".indexOf(name.charAt(i)) >= 0) {
                parts.add(new int[] {offset + s, offset + i});
                s = i + 1;
            }
        }
        return parts;
    }

    private static boolean middles(String text, List<int[]> parts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!MIDDLE.matcher(text.substring(parts.get(i)[0], parts.get(i)[1])).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean vesicleAt(List<Mention> mentions, int s, int e) {
        return mentions.stream().anyMatch(x -> x.is(MentionType.VESICLE) && x.start() <= s && x.end() >= e);
    }

    /** The loaded cargo text[s, e) names: a cargo mention spanning it exactly, or a listed or patterned code. */
    private String cargoOver(String text, List<Mention> mentions, int s, int e) {
        String iri = null;
        for (Mention x : mentions) {
            if (x.is(MentionType.CARGO) && x.start() == s && x.end() == e) {
                iri = x.iri();
                break;
            }
        }
        if (iri == null) {
            iri = codeClass(text.substring(s, e));
        }
        if (iri == null) {
            return null;
        }
        String found = iri;
        return NOT_LOADED.stream().anyMatch(d -> found.equals(d) || lexicon.isA(found, d)) ? null : iri;
    }
}
