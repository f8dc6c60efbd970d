package org.exokg.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Development tool: prints how the reader and splitter cut files into sections and sentences, one sentence a
 * line ("file | section | sentence", line breaks inside a sentence shown as ⏎), to survey document shapes.
 * Arguments: files or folders (a folder is walked; the sealed blind sets are skipped, never read).
 */
public final class SplitDump {

    private SplitDump() {}

    public static void main(String[] args) throws IOException, DocumentException {
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        for (String a : args) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/sealed/"))
                        .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml")
                                || p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path f : files) {
                for (Document d : loader.load(f)) {
                    for (Sentence x : splitter.split(d)) {
                        System.out.println(f.getFileName() + " | " + x.section() + " | " + x.text().replace("\n", "⏎"));
                    }
                }
            }
        }
    }
}
