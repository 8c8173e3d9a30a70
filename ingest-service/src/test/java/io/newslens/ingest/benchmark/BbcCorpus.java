package io.newslens.ingest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The BBC articles of {@code ../shared/corpus/bbc/} (or {@code -Dnewslens.corpus.bbc}), read in place, by name. */
final class BbcCorpus {

    static final Path DIR = Path.of(System.getProperty("newslens.corpus.bbc", "../../shared/corpus/bbc"));

    private BbcCorpus() {
    }

    static List<String> texts() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).strip());
            }
            assertThat(texts).as("BBC articles in " + DIR.toAbsolutePath()).hasSizeGreaterThan(2_000);
            return texts;
        }
    }
}
