package io.newslens.nlp.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributions of one PolNeAR article (Newell, Margolin and Ruths, LREC 2018): its brat standoff file, each
 * attribution with the character spans of its source and content. Only what {@link PolnearEvaluation} scores is
 * read: cues and attributions without content are skipped.
 */
record PolnearAttributions(List<Attribution> attributions) {

    /** A span of the article's text, end exclusive. */
    record Span(int start, int end) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** One attribution: its source's spans (empty when it has none) and its content's. */
    record Attribution(List<Span> source, List<Span> content) {

        String sourceText(String text) {
            return String.join(" ", source.stream().map(s -> text.substring(s.start(), s.end())).toList());
        }

        String contentText(String text) {
            return String.join("", content.stream().map(s -> text.substring(s.start(), s.end())).toList());
        }

        /** Characters of {@code from..to} inside the content. */
        int contentOverlap(int from, int to) {
            return content.stream().mapToInt(s -> Math.max(0, Math.min(s.end(), to) - Math.max(s.start(), from))).sum();
        }
    }

    /** "T12\tContent 302 427;430 440\t..." */
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t");
    /** "E4\tAttribution:T15 Cue:T14 Source:T13 Content:T12" */
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(.*)$");

    static PolnearAttributions read(Path annotation) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        // A text-bound line's quoted text may run over a line break: the continuation matches neither pattern.
        for (String line : Files.readAllLines(annotation)) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                List<Span> list = new ArrayList<>();
                for (String part : t.group(3).trim().split(";")) {
                    String[] ends = part.trim().split(" ");
                    list.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
                }
                spans.put(t.group(1), list);
                continue;
            }
            Matcher e = EVENT.matcher(line);
            if (e.find()) {
                Map<String, String> roles = new HashMap<>();
                for (String role : e.group(1).trim().split("\\s+")) {
                    int colon = role.indexOf(':');
                    if (colon > 0) {
                        roles.put(role.substring(0, colon), role.substring(colon + 1));
                    }
                }
                events.add(roles);
            }
        }
        List<Attribution> attributions = new ArrayList<>();
        for (Map<String, String> roles : events) {
            List<Span> content = spans.get(roles.get("Content"));
            if (content != null) {
                attributions.add(new Attribution(spans.getOrDefault(roles.get("Source"), List.of()), content));
            }
        }
        return new PolnearAttributions(attributions);
    }
}
