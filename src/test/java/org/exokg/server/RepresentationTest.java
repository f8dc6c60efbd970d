package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Content negotiation over malformed and ordinary Accept headers, without a server. */
class RepresentationTest {

    @Test
    void malformedAcceptHeadersParseToTheirUsableRangesWithoutThrowing() {
        for (String header : List.of(";;;,,,", ";", ",", ";;;", ",;,;", " ; q=1 ,", "/", "text/", "/html",
                "text/html/x", "q=0.5", ";q=1", "\u0000;\u0000")) {
            assertEquals(List.of(), Representation.parse(header), header);
            assertEquals(Optional.empty(), Representation.negotiate(header), header);
        }
        // the usable part of a header with garbage around it still counts
        assertEquals(List.of(new Representation.Range("text", "html", 1.0)), Representation.parse(";;;,text/html;;,,"));
        assertEquals(Optional.of(Representation.HTML), Representation.negotiate(";;;,,,text/html;;;"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("*;q=0.5"));
    }

    @Test
    void qValuesOutsideZeroToOneOrNotNumbersCountAsZero() {
        assertEquals(List.of(new Representation.Range("text", "turtle", 0.0)), Representation.parse("text/turtle;q=abc"));
        assertEquals(0.0, Representation.parse("text/turtle;q=NaN").get(0).q());
        assertEquals(0.0, Representation.parse("text/turtle;q=7").get(0).q());
        assertEquals(0.0, Representation.parse("text/turtle;q=-1").get(0).q());
        assertEquals(0.5, Representation.parse("text/turtle; Q=0.5").get(0).q());
        assertEquals(Optional.empty(), Representation.negotiate("text/turtle;q=x, text/html;q=NaN"));
    }

    @Test
    void ordinaryHeadersNegotiateAsBefore() {
        assertEquals(Optional.of(Representation.HTML),
                Representation.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.negotiate("*/*"));
        assertEquals(Optional.of(Representation.JSONLD), Representation.negotiate("application/ld+json, text/turtle;q=0.5"));
        assertEquals(Optional.of(Representation.RDFXML), Representation.negotiate("*/*;q=0.1, application/rdf+xml"));
        assertEquals(Optional.empty(), Representation.negotiate("image/png"));
    }
}
