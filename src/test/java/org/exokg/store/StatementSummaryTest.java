package org.exokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The groupings of the statements graph that replace one row per claim or reported value (issue 16), on two
 * hand-written document graphs: what is counted together, what is kept apart, and which item is the example.
 */
class StatementSummaryTest {

    static final String PREFIXES = """
            PREFIX exokg: <https://w3id.org/exokg/ontology/>
            PREFIX r: <https://w3id.org/exokg/resource/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    // doc-a: one sentence loads two cargos by electroporation, one names no cargo, one denies sonication;
    // doc-b: one sentence loads one of the same cargos by electroporation. Shares: the same "about 70 %" twice
    // (doc-a, doc-b), once hedged (doc-b). Claims in a study setting: the same statement in vitro twice, once in
    // a review (left out), once in a phase I trial.
    static final String DATA = PREFIXES + """
            GRAPH <https://w3id.org/exokg/graph/document/doc-a> {
              r:doc-a a exokg:Document .
              r:la1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ; rdf:object exokg:Electroporation ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s1 .
              r:ca1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Doxorubicin ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s1 .
              r:ca2 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:SmallInterferingRNA ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s1 .
              r:la2 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ; rdf:object exokg:Electroporation ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s2 .
              r:la3 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ; rdf:object exokg:Sonication ;
                  exokg:polarity exokg:NegativePolarity ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s3 .
              r:qa1 a exokg:QuantityStatement ; exokg:measuredProperty exokg:SourceShare ; rdf:subject exokg:Exosome ;
                  rdf:object exokg:ImmuneCell ; exokg:subjectQualifier exokg:Blood ; exokg:valueAsWritten "About 70 %" ;
                  exokg:lowValue 70.0 ; exokg:highValue 70.0 ; exokg:hedged false ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s4 .
              r:sa1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Protein ;
                  exokg:polarity exokg:PositivePolarity ; exokg:studyStage exokg:InVitroStudy ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s5 .
              r:sa2 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Protein ;
                  exokg:polarity exokg:PositivePolarity ; exokg:studyStage exokg:LiteratureReview ; dcterms:source r:doc-a ; prov:wasDerivedFrom r:s6 .
            }
            GRAPH <https://w3id.org/exokg/graph/document/doc-b> {
              r:doc-b a exokg:Document .
              r:lb1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:loadedBy ; rdf:object exokg:Electroporation ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-b ; prov:wasDerivedFrom r:t1 .
              r:cb1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Doxorubicin ;
                  exokg:polarity exokg:PositivePolarity ; dcterms:source r:doc-b ; prov:wasDerivedFrom r:t1 .
              r:qb1 a exokg:QuantityStatement ; exokg:measuredProperty exokg:SourceShare ; rdf:subject exokg:Exosome ;
                  rdf:object exokg:ImmuneCell ; exokg:subjectQualifier exokg:Blood ; exokg:valueAsWritten "About 70 %" ;
                  exokg:lowValue 70.0 ; exokg:highValue 70.0 ; exokg:hedged false ; dcterms:source r:doc-b ; prov:wasDerivedFrom r:t2 .
              r:qb2 a exokg:QuantityStatement ; exokg:measuredProperty exokg:SourceShare ; rdf:subject exokg:Exosome ;
                  rdf:object exokg:ImmuneCell ; exokg:subjectQualifier exokg:Blood ; exokg:valueAsWritten "About 70 %" ;
                  exokg:lowValue 70.0 ; exokg:highValue 70.0 ; exokg:hedged true ; dcterms:source r:doc-b ; prov:wasDerivedFrom r:t3 .
              r:sb1 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Protein ;
                  exokg:polarity exokg:PositivePolarity ; exokg:studyStage exokg:InVitroStudy ; dcterms:source r:doc-b ; prov:wasDerivedFrom r:t4 .
              r:sb2 a exokg:Claim ; rdf:subject exokg:Exosome ; rdf:predicate exokg:carries ; rdf:object exokg:Protein ;
                  exokg:polarity exokg:PositivePolarity ; exokg:studyStage exokg:Phase1ClinicalTrial ; exokg:trialPhase "phase I" ;
                  dcterms:source r:doc-b ; prov:wasDerivedFrom r:t5 .
            }
            """;

    static Model summary;

    @BeforeAll
    static void summarise() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(dataset.asDatasetGraph());
        summary = StatementSummary.describe(dataset);
    }

    static List<String> rows(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(summary).query(PREFIXES + select).build()) {
            org.apache.jena.query.ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> {
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> cells.add(row.get(v).isURIResource() ? row.getResource(v).getLocalName()
                        : row.getLiteral(v).getLexicalForm()));
                out.add(String.join(" ", cells));
            });
        }
        return out.stream().sorted().toList();
    }

    @Test
    void loadingTechniquesPerCargoOfTheSameSentence() {
        assertEquals(List.of(
                        "Electroporation Doxorubicin 2 2 la1",        // s1 (doc-a) and t1 (doc-b); the first document's claim
                        "Electroporation SmallInterferingRNA 1 1 la1",
                        "Electroporation none 1 1 la2"),              // s2 names no cargo; the denied sonication is left out
                rows("SELECT ?t ?c ?sentences ?documents ?example WHERE { ?s a exokg:LoadingTechniqueSummary ; exokg:summarisedTechnique ?t ; "
                        + "exokg:distinctSentenceCount ?sentences ; exokg:documentCount ?documents ; exokg:exampleClaim ?example "
                        + "OPTIONAL { ?s exokg:summarisedCargo ?cargo } BIND (COALESCE(?cargo, \"none\") AS ?c) }"));
    }

    @Test
    void reportedValuesCountedTogetherWhenEveryShownValueAgrees() {
        assertEquals(List.of("SourceShare 1 1 qb2", "SourceShare 2 2 qa1"), // the hedged one apart
                rows("SELECT ?p ?n ?documents ?example WHERE { ?s a exokg:QuantityReportSummary ; exokg:summarisedProperty ?p ; "
                        + "exokg:quantityStatementCount ?n ; exokg:documentCount ?documents ; exokg:exampleQuantityStatement ?example }"));
    }

    @Test
    void statementsPerStudySettingWithoutReviews() {
        assertEquals(List.of("1 1 sb2", "2 2 sa1"),
                rows("SELECT ?n ?documents ?example WHERE { ?s a exokg:StudySettingSummary ; exokg:claimCount ?n ; "
                        + "exokg:documentCount ?documents ; exokg:exampleClaim ?example }"));
    }
}
