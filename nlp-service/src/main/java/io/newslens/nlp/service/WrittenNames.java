package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Where the names of a list are written in a text as whole words, case as listed: at each place the longest name, and
 * the scan goes on after it ("Sony Ericsson", not its "Ericsson"). A name may not follow a letter, digit, "&" or "-",
 * nor be followed by one or by "+" ("O2" not in "BO2", "BT" not in "BT-owned" nor "AT&T", "Sky" not in "Sky+").
 * One Aho-Corasick pass finds every listed name at once, so the cost does not grow with the list as a regular
 * expression's alternation of thousands of names does.
 */
final class WrittenNames {

    /** A name written at {@code [start, end)}. */
    record Written(int start, int end, String name) {
    }

    /** Built whole here (failure links included); {@code parseText} only reads it, so worker threads share it. */
    private final Trie trie;

    WrittenNames(Collection<String> names) {
        this.trie = Trie.builder().addKeywords(names.stream().filter(n -> !n.isEmpty()).distinct().toList()).build();
    }

    /** The names written in {@code text}, leftmost first, never overlapping. */
    List<Written> in(String text) {
        return in(text, w -> true);
    }

    /** The names written in {@code text} where {@code accepted} takes them, leftmost first, never overlapping. */
    List<Written> in(String text, Predicate<Written> accepted) {
        List<Written> whole = trie.parseText(text).stream()
                .map(e -> new Written(e.getStart(), exclusiveEnd(e), e.getKeyword()))
                .filter(w -> wordStart(text, w.start()) && wordEnd(text, w.end()) && accepted.test(w))
                .sorted(Comparator.comparingInt(Written::start).thenComparing(w -> -w.name().length()))
                .toList();
        List<Written> found = new ArrayList<>();
        int after = 0;
        for (Written w : whole) {
            if (w.start() >= after) {
                found.add(w);
                after = w.end();
            }
        }
        return found;
    }

    private static boolean wordStart(String text, int start) {
        if (start == 0) {
            return true;
        }
        int before = text.codePointBefore(start);
        return !Character.isLetterOrDigit(before) && before != '&' && before != '-';
    }

    private static boolean wordEnd(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        int after = text.codePointAt(end);
        return !Character.isLetterOrDigit(after) && after != '&' && after != '+' && after != '-';
    }

    /** An {@link Emit} gives the offset of its last character. */
    private static int exclusiveEnd(Emit emit) {
        return emit.getEnd() + 1;
    }
}
