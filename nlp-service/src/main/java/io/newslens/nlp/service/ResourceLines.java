package io.newslens.nlp.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a data file from the class path: one entry per line, {@code #} comments and blank lines skipped. */
final class ResourceLines {

    private ResourceLines() {
    }

    static List<String> read(String path) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Data file " + path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** In a data file of "<kind> <words>" lines: the words of the lines of {@code kind}. */
    static List<String> ofKind(List<String> lines, String kind) {
        return lines.stream().filter(l -> l.startsWith(kind + " ")).map(l -> l.substring(kind.length() + 1).strip()).toList();
    }

    /** In a data file of "<kind> <words>" lines: the lines whose kind is none of {@code kinds}, or that have no words. */
    static List<String> ofNoKind(List<String> lines, String... kinds) {
        String shape = "(?:" + String.join("|", kinds) + ") \\S.*";
        return lines.stream().filter(l -> !l.matches(shape)).toList();
    }
}
