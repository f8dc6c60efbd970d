package org.exokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms in which an ExoKG IRI is served, and content negotiation over them (RFC 9110 Accept with
 * q-values). Listed in the server's order of preference: on a tie (e.g. {@code Accept: *}{@code /*} from
 * curl) RDF wins over HTML; browsers ask for text/html explicitly.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    HTML("text/html", "html", null);

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Short name used by {@code ?format=}. */
    public String extension() {
        return extension;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat format() {
        return format;
    }

    public Lang lang() {
        return format == null ? null : format.getLang();
    }

    public boolean isRdf() {
        return format != null;
    }

    /** Media types that also select a representation (aliases). */
    private List<String> aliases() {
        return switch (this) {
            case HTML -> List.of("application/xhtml+xml");
            case JSONLD -> List.of("application/json");
            case NTRIPLES -> List.of("text/plain");
            default -> List.of();
        };
    }

    /** By {@code ?format=} value (ttl, jsonld, rdf, nt, html). */
    public static Optional<Representation> byExtension(String ext) {
        for (Representation r : values()) {
            if (r.extension.equalsIgnoreCase(ext)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The representation the Accept header prefers: the highest q-value wins, a more specific range beats
     * a wildcard for the same type, and ties go to the server's order. Empty when nothing offered is
     * acceptable (the caller answers 406). A missing or blank header accepts anything.
     */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : values()) {
            double q = quality(r, ranges);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    record Range(String type, String subtype, double q) {
        /** 3 for an exact type, 2 for type/*, 1 for *}{@code /*, 0 for no match. */
        int specificity(String mediaType) {
            String[] parts = mediaType.split("/");
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (type.equals(parts[0]) && subtype.equals("*")) {
                return 2;
            }
            return type.equals(parts[0]) && subtype.equals(parts[1]) ? 3 : 0;
        }
    }

    private static double quality(Representation r, List<Range> ranges) {
        List<String> types = new ArrayList<>();
        types.add(r.mediaType);
        types.addAll(r.aliases());
        double q = 0;
        for (String type : types) {
            // the most specific matching range decides, e.g. "*/*;q=0.1, text/html;q=0" refuses HTML
            int bestSpecificity = 0;
            double typeQ = 0;
            for (Range range : ranges) {
                int s = range.specificity(type);
                if (s > bestSpecificity || (s == bestSpecificity && s > 0 && range.q > typeQ)) {
                    bestSpecificity = s;
                    typeQ = range.q;
                }
            }
            // an alias (application/json, text/plain) counts a little less than the real type
            double weight = type.equals(r.mediaType) ? 1.0 : 0.99;
            q = Math.max(q, typeQ * weight);
        }
        return q;
    }

    /**
     * The media ranges of an Accept header. Never throws: an item that is not {@code type/subtype} (or
     * {@code *}) is skipped, and a q-value that is not a number in [0, 1] counts as 0; so {@code ;;;,,,}
     * is an empty list (nothing acceptable) rather than an exception.
     */
    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",", -1)) {
            // limit -1: ";;;" splits into empty strings instead of an empty array
            String[] params = item.split(";", -1);
            String media = params[0].strip().toLowerCase(Locale.ROOT);
            if (media.equals("*")) {
                media = "*/*";
            }
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1 || media.indexOf('/', slash + 1) >= 0) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.length() >= 2 && p.substring(0, 2).equalsIgnoreCase("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                    if (!(q >= 0 && q <= 1)) { // also NaN
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), q));
        }
        return ranges;
    }
}
