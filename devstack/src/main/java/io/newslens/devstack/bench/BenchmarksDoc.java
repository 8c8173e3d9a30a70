package io.newslens.devstack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The end-to-end table of {@code docs/benchmarks.md}: each run of the benchmark adds its dated rows at the end of
 * the table under {@link #HEADING}, creating the section at the end of the document when it is not there yet.
 */
final class BenchmarksDoc {

    static final String HEADING = "## End-to-end (`./newslens bench`)";
    static final String TABLE_HEADER = "| date | machine | command | articles | nlp instances | accepted/s at gateway "
            + "| enriched/s, steady state | raw engine art/s | pipeline / raw | accept → searchable p50 / p95 / p99 "
            + "| peak RSS MB | CPU split | load avg before → after | plot |";
    static final String TABLE_SEPARATOR = "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    private BenchmarksDoc() {
    }

    /** {@code document} with {@code rows} appended to the end-to-end table. */
    static String withRows(String document, List<String> rows) {
        List<String> lines = new ArrayList<>(Arrays.asList(document.split("\n", -1)));
        int heading = lines.indexOf(HEADING);
        int header = heading < 0 ? -1 : indexOf(lines, TABLE_HEADER, heading);
        if (heading < 0) {
            String separator = document.isEmpty() || document.endsWith("\n") ? "" : "\n";
            return document + separator + "\n" + HEADING + "\n\n" + TABLE_HEADER + "\n" + TABLE_SEPARATOR + "\n"
                    + String.join("\n", rows) + "\n";
        }
        if (header < 0) {
            List<String> table = new ArrayList<>(List.of("", TABLE_HEADER, TABLE_SEPARATOR));
            table.addAll(rows);
            lines.addAll(heading + 1, table);
            return String.join("\n", lines);
        }
        int end = header + 1;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        lines.addAll(end, rows);
        return String.join("\n", lines);
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }
}
