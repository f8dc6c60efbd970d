package org.exokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.server.ResourceDescriber.Row;
import org.junit.jupiter.api.Test;

/** Search finds every matching term, so that the page can say how many match when it lists only the first few. */
class TermSearchCountTest {

    private static DatasetGraph ontologyWith(int terms) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI("https://w3id.org/exokg/graph/ontology");
        for (int i = 1; i <= terms; i++) {
            dsg.add(graph, NodeFactory.createURI("https://w3id.org/exokg/ontology/Vesicle" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("vesicle kind " + i));
        }
        dsg.add(graph, NodeFactory.createURI("https://w3id.org/exokg/ontology/Milk"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("milk"));
        return dsg;
    }

    @Test
    void moreMatchesThanShownAreCountedNotCutAtTheListLength() {
        DatasetGraph dsg = ontologyWith(30);
        List<Row> rows = TermSearch.page(() -> dsg).find("vesicle");
        assertEquals(30, rows.size());
        // shorter labels first: kinds 1-9 before 10-30
        assertEquals("vesicle kind 1", rows.get(0).text("termLabel"));
        assertEquals("first 12 of 30 terms match", TermSearch.matchCount(TermSearch.SHOWN, rows.size()));
        assertEquals(1, TermSearch.page(() -> dsg).find("milk").size());
        assertEquals("1 term matches", TermSearch.matchCount(TermSearch.SHOWN, 1));
        assertEquals("12 terms match", TermSearch.matchCount(TermSearch.SHOWN, 12));
        assertEquals("0 terms match", TermSearch.matchCount(TermSearch.SHOWN, 0));
    }
}
