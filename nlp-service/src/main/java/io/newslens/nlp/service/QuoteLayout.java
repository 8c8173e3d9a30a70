package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What attribution reads of one article: its text, the same text with the quotations blanked out
 * (cues and speakers are searched outside quotations), its sentences and the entity mentions in text
 * order. Pure lookups; no attribution rules.
 */
final class QuoteLayout {

    /** An entity mention at its place in the text. */
    record Placed(int start, int end, Entity entity) {
        boolean isPerson() {
            return entity.type().equals("PERSON");
        }

        boolean isOrganizationOrPlace() {
            return entity.type().equals("ORGANIZATION") || entity.type().equals("LOCATION");
        }
    }

    final String text;
    final String masked;
    final List<int[]> sentences;
    final List<QuoteSpan> quotes;
    final List<QuoteSpan> topLevel;
    final List<Placed> mentions = new ArrayList<>();
    final List<Entity> entities;

    /**
     * @param sentences {begin, end} character offsets of each sentence, in order
     */
    QuoteLayout(String text, List<int[]> sentences, List<QuoteSpan> quotes, List<Entity> entities) {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
        this.entities = entities;
        this.topLevel = quotes.stream().filter(q -> !q.nested()).toList();
        this.masked = blank(text, topLevel);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                mentions.add(new Placed(m.start(), m.end(), e));
            }
        }
        mentions.sort(Comparator.comparingInt(Placed::start));
    }

    /** Mentions inside a quotation do not speak it, except for quotes within that quotation. */
    boolean visible(Placed p, QuoteSpan inside) {
        if (inside != null && inside.contains(p.start())) {
            return true;
        }
        return !inTopLevelQuote(p.start());
    }

    boolean inTopLevelQuote(int position) {
        for (QuoteSpan q : topLevel) {
            if (q.contains(position)) {
                return true;
            }
        }
        return false;
    }

    /** Cues in {@code [from, to)} of {@code in} (the masked text, or a copy masking other quotes), none inside a name. */
    List<AttributionCues.Cue> cues(String in, int from, int to) {
        List<AttributionCues.Cue> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        for (AttributionCues.Cue c : AttributionCues.find(in, from, to)) {
            boolean inName = mentions.stream().anyMatch(p -> c.start() < p.end() && p.start() < c.end());
            if (!inName) {
                found.add(c);
            }
        }
        return found;
    }

    /** After the last comma, semicolon, colon or quotation before the cue. */
    int clauseStart(int from, int cueStart) {
        for (int i = cueStart - 1; i >= from; i--) {
            char c = masked.charAt(i);
            if (c == ',' || c == ';' || c == ':' || inTopLevelQuote(i)) {
                return i + 1;
            }
        }
        return from;
    }

    int clauseEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            boolean fullStop = c == '.' && (i + 1 >= to || Character.isWhitespace(masked.charAt(i + 1)));
            if (c == ',' || c == ';' || c == ':' || fullStop && !abbreviationBeforeName(i)) {
                return i + 1;
            }
        }
        return to;
    }

    /**
     * Whether the full stop at {@code period} closes an initial or a title written before a name ("said Dennis B.
     * Ross", "said Dr. Griffith", "said Sen. Tom Udall"): the sentence splitter keeps such a name whole, so the
     * clause goes on.
     */
    private boolean abbreviationBeforeName(int period) {
        int next = period + 1;
        while (next < masked.length() && masked.charAt(next) == ' ') {
            next++;
        }
        if (next == period + 1 || next >= masked.length() || !Character.isUpperCase(masked.charAt(next))) {
            return false;
        }
        int start = period;
        while (start > 0 && Character.isLetter(masked.charAt(start - 1))) {
            start--;
        }
        if (start == period || start > 0 && !Character.isWhitespace(masked.charAt(start - 1))) {
            return false; // "U.S." is no name's initial
        }
        String word = masked.substring(start, period);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || PersonTitles.isTitle(word + ".");
    }

    int sentenceAt(int position) {
        for (int i = 0; i < sentences.size(); i++) {
            if (position < sentences.get(i)[1]) {
                return position >= sentences.get(i)[0] ? i : Math.max(i - 1, 0);
            }
        }
        return sentences.size() - 1;
    }

    /** The first entity mention within sentence {@code index}, inside quotations or not; null if none. */
    Placed firstMentionIn(int index) {
        int start = sentenceStart(index);
        int end = sentenceEnd(index);
        return mentions.stream().filter(p -> p.start() >= start && p.end() <= end).findFirst().orElse(null);
    }

    int sentenceStart(int index) {
        return index < 0 ? 0 : sentences.get(index)[0];
    }

    int sentenceEnd(int index) {
        return index < 0 ? text.length() : sentences.get(index)[1];
    }

    /**
     * Whether {@code position} lies in the text's headline: a first line that ends without a full stop,
     * question or exclamation mark and is followed by a line break.
     */
    static boolean isHeadline(String text, int position) {
        int end = text.indexOf('\n');
        if (end < 0 || position >= end) {
            return false;
        }
        String line = text.substring(0, end).strip();
        return !line.isEmpty() && ".?!".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** Where the text after its headline ({@link #isHeadline}) starts: 0 when its first line is no headline. */
    static int bodyStart(String text) {
        return isHeadline(text, 0) ? text.indexOf('\n') + 1 : 0;
    }

    /** The text with the given quotations (marks included) turned into spaces, offsets unchanged. */
    static String blank(String text, List<QuoteSpan> spans) {
        StringBuilder b = new StringBuilder(text);
        for (QuoteSpan q : spans) {
            for (int i = q.open(); i < q.close(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }
}
