package io.newslens.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Short news-like texts in the candidate languages, written for these tests: {@value #RESOURCE}. */
public final class LanguageSamples {

    public static final String RESOURCE = "language/short-samples.tsv";

    /** One sample: its ISO 639-1 code and text. */
    public record Sample(String language, String text) {
    }

    private LanguageSamples() {
    }

    public static List<Sample> load() {
        try (InputStream in = LanguageSamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new Sample(parts[0], parts[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
