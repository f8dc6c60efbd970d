package org.exokg.reasoning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;

/**
 * Applies the Jena rules file (the one the Fuseki inference service uses) to the data once, forward, and
 * keeps only what the rules add: the derived triples that are not already in the data.
 */
public final class RuleMaterialiser {

    private final List<Rule> rules;

    public RuleMaterialiser(Path rulesFile) {
        if (!Files.isRegularFile(rulesFile)) {
            throw new IllegalArgumentException("no rules file at " + rulesFile);
        }
        this.rules = Rule.rulesFromURL(rulesFile.toUri().toString());
    }

    /** The triples the rules derive from {@code data} that {@code data} does not already hold. */
    public Model derive(Model data) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfModel inf = ModelFactory.createInfModel(reasoner, data);
        inf.prepare();
        Model derived = ModelFactory.createDefaultModel();
        derived.setNsPrefixes(data.getNsPrefixMap());
        inf.getDeductionsModel().listStatements().forEachRemaining(s -> {
            if (!data.contains(s)) {
                derived.add(s);
            }
        });
        return derived;
    }
}
