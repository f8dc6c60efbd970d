package org.exokg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the ontology with HermiT and the quality rules.")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("validate: not implemented yet");
    }
}
