package org.exokg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Keeping the ontology's xrefs and the SSSOM file in step, on a small ontology and the real mapping data. */
class MappingDraftTest {

    static final String ONTOLOGY = """
            PREFIX exokg: <https://w3id.org/exokg/ontology/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
            exokg:Exosome a owl:Class ; rdfs:label "exosome"@en ; exokg:unverifiedDbXref "GO:0070062" .
            exokg:TCell a owl:Class ; rdfs:label "T cell"@en ; exokg:unverifiedDbXref "CL:0000084" .
            exokg:Blood a owl:Class ; rdfs:label "blood"@en ; oboInOwl:hasDbXref "UBERON:0000178" .
            exokg:Urine a owl:Class ; rdfs:label "urine"@en ; oboInOwl:hasDbXref "UBERON:0001088" .
            exokg:Doxorubicin a owl:Class ; rdfs:label "doxorubicin"@en ; oboInOwl:hasDbXref "CHEBI:28748" .
            exokg:Ginger a owl:Class ; rdfs:label "ginger"@en ; exokg:unverifiedDbXref "NCBITaxon:94328" .
            """;

    static MappingDraft draft() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ONTOLOGY, Lang.TURTLE).parse(m);
        return new MappingDraft(m, MappingSet.read(Path.of(ImportModuleWriter.SSSOM_FILE)),
                VerifiedTerms.read(Path.of(VerifiedTerms.FILE)));
    }

    @Test
    void aPlainXrefToAnUnverifiedIdIsReported() throws Exception {
        assertEquals(List.of("exokg:Doxorubicin CHEBI:28748"), draft().plainXrefsNotVerified());
    }

    @Test
    void unverifiedXrefsThatAreNowVerifiedCanBePromoted() throws Exception {
        // GO:0070062 was verified in geneontology/go-ontology itself (see verified-terms.tsv), CL:0000084 in CL's
        assertEquals(List.of("exokg:Exosome GO:0070062 (extracellular exosome)", "exokg:TCell CL:0000084 (T cell)"),
                draft().promotable());
    }

    @Test
    void xrefsWithoutAMappingAreDraftedAsRowsToReview() throws Exception {
        List<String> rows = draft().draftRows();
        assertEquals(1, rows.size(), rows.toString());
        String[] f = rows.get(0).split("\t", -1);
        assertEquals("exokg:Ginger", f[0]);
        assertEquals("ginger", f[1]);
        assertEquals("skos:exactMatch", f[2]);
        assertEquals("NCBITaxon:94328", f[4]);
        assertEquals("unverified", f[8]);
        assertTrue(f[9].startsWith("unverified ID") && f[9].contains("review the predicate"), f[9]);
    }

    @Test
    void subjectsTheOntologyDoesNotDeclareAreListed() throws Exception {
        List<String> undeclared = draft().undeclaredSubjects();
        assertTrue(undeclared.contains("exokg:DendriticCell"), undeclared.toString());
        assertTrue(!undeclared.contains("exokg:Exosome") && !undeclared.contains("exokg:Blood"), undeclared.toString());
    }
}
