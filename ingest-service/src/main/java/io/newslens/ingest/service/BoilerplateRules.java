package io.newslens.ingest.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate patterns {@link Cleaner} applies, parsed from {@code cleaning/boilerplate.rules}, and (its line
 * rules only) the ones {@link ArticleChrome} applies to HTML blocks. The format is described at the top of those
 * files; a malformed line fails start-up with its line number.
 */
public record BoilerplateRules(List<Pattern> lines, List<Pattern> blocks, List<Inline> inlines) {

    public static final String RESOURCE = "cleaning/boilerplate.rules";

    /** A rewrite inside a line. */
    public record Inline(Pattern pattern, String replacement) {
    }

    public static BoilerplateRules load() {
        return load(RESOURCE);
    }

    static BoilerplateRules load(String resource) {
        try (InputStream in = BoilerplateRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BoilerplateRules parse(Reader source) throws IOException {
        return parse(source, RESOURCE);
    }

    private static BoilerplateRules parse(Reader source, String resource) throws IOException {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> blocks = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        int number = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw malformed(resource, number, "expected '<kind> <regex>'");
            }
            switch (parts[0]) {
                case "line" -> lines.add(compile(parts[1], resource, number));
                case "block" -> blocks.add(compile(parts[1], resource, number));
                case "inline" -> {
                    int arrow = parts[1].lastIndexOf(" => ");
                    if (arrow < 0) {
                        throw malformed(resource, number, "an inline rule needs '<regex> => <replacement>'");
                    }
                    inlines.add(new Inline(compile(parts[1].substring(0, arrow), resource, number),
                            parts[1].substring(arrow + 4).strip()));
                }
                default -> throw malformed(resource, number, "unknown kind '" + parts[0] + "' (line, block or inline)");
            }
        }
        return new BoilerplateRules(List.copyOf(lines), List.copyOf(blocks), List.copyOf(inlines));
    }

    private static Pattern compile(String regex, String resource, int number) {
        try {
            return Pattern.compile(regex.strip());
        } catch (PatternSyntaxException e) {
            throw malformed(resource, number, e.getDescription() + " in " + regex);
        }
    }

    private static IllegalArgumentException malformed(String resource, int number, String what) {
        return new IllegalArgumentException(resource + " line " + number + ": " + what);
    }
}
