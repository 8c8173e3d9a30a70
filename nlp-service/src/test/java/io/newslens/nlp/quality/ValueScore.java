package io.newslens.nlp.quality;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.event.Amount;
import io.newslens.contracts.event.DateMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Counts, summed over articles, of how the dates and money amounts found compare with the gold: a found
 * mention matches an expected one when their spans overlap; a matched date is right when the gold gives
 * no value or the same value, a matched amount when value (to a thousandth) and currency agree.
 */
final class ValueScore {

    /** {matched, found, expected, right among matched with a checked value, matched with a checked value} */
    final int[] dates = new int[5];
    final int[] amounts = new int[5];
    final List<String> misses = new ArrayList<>();

    private record Span(int start, int end, String text, Object value) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    void add(String article, String text, GoldValues gold, Analysis found) {
        List<Span> expectedDates = new ArrayList<>();
        for (GoldValues.GoldDate d : gold.dates()) {
            occurrences(text, d.text()).forEach(at -> expectedDates.add(new Span(at, at + d.text().length(), d.text(), d.value())));
        }
        List<Span> foundDates = found.dates().stream()
                .map((DateMention d) -> new Span(d.start(), d.end(), d.text(), d.value())).toList();
        compare(article + " date", expectedDates, foundDates, dates, Objects::equals);

        List<Span> expectedAmounts = new ArrayList<>();
        for (GoldValues.GoldAmount a : gold.amounts()) {
            occurrences(text, a.text()).forEach(at -> expectedAmounts.add(
                    new Span(at, at + a.text().length(), a.text(), a.value() + " " + a.currency())));
        }
        List<Span> foundAmounts = found.amounts().stream()
                .map((Amount a) -> new Span(a.start(), a.end(), a.text(), a.value() + " " + a.currency())).toList();
        compare(article + " amount", expectedAmounts, foundAmounts, amounts, ValueScore::sameAmount);
    }

    private void compare(String what, List<Span> expected, List<Span> found, int[] counts,
            java.util.function.BiPredicate<Object, Object> same) {
        Set<Span> used = new HashSet<>();
        counts[1] += found.size();
        counts[2] += expected.size();
        for (Span x : expected) {
            Span match = found.stream().filter(f -> !used.contains(f) && f.overlaps(x.start(), x.end())).findFirst().orElse(null);
            if (match == null) {
                misses.add(what + " missed: " + x.text());
                continue;
            }
            used.add(match);
            counts[0]++;
            if (x.value() != null) {
                counts[4]++;
                if (same.test(x.value(), match.value())) {
                    counts[3]++;
                } else {
                    misses.add(what + " '" + x.text() + "' expected " + x.value() + ", found " + match.value());
                }
            }
        }
        found.stream().filter(f -> !used.contains(f)).forEach(f -> misses.add(what + " extra: " + f.text() + " = " + f.value()));
    }

    private static boolean sameAmount(Object expected, Object found) {
        String[] e = expected.toString().split(" ");
        String[] f = found.toString().split(" ");
        return e[1].equals(f[1]) && Math.abs(Double.parseDouble(e[0]) - Double.parseDouble(f[0]))
                <= 0.001 * Math.abs(Double.parseDouble(e[0]));
    }

    private static List<Integer> occurrences(String text, String snippet) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) {
            at.add(i);
        }
        return at;
    }

    static double precision(int[] c) {
        return c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    static double recall(int[] c) {
        return c[2] == 0 ? 1 : (double) c[0] / c[2];
    }

    /** Right values among the matched mentions whose gold gives a value. */
    static double valueAccuracy(int[] c) {
        return c[4] == 0 ? 1 : (double) c[3] / c[4];
    }

    String report(String title) {
        StringBuilder b = new StringBuilder(title).append(" against gold dates and amounts\n");
        for (var row : List.of(java.util.Map.entry("dates", dates), java.util.Map.entry("amounts", amounts))) {
            int[] c = row.getValue();
            b.append(String.format("  %-8s precision %.3f (%d/%d)  recall %.3f (%d/%d)  value accuracy %.3f (%d/%d)%n",
                    row.getKey(), precision(c), c[0], c[1], recall(c), c[0], c[2], valueAccuracy(c), c[3], c[4]));
        }
        b.append("  differences:\n");
        misses.forEach(m -> b.append("    ").append(m).append('\n'));
        return b.toString();
    }
}
