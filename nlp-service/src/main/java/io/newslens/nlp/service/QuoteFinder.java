package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds direct quotations by their marks: straight and curly double quotes, and single quotes told
 * apart from apostrophes by what surrounds them ("'rip away'" is a quote, "Huawei's" and "US' actions"
 * are not). A paragraph that opens a double quote without closing it continues in the next paragraph
 * when that one starts with an opening mark, the newspaper convention for long quotations; otherwise
 * the quotation ends with its paragraph. The same holds within a line whose paragraph breaks were lost
 * ({@code ... potential. "It is simply wrong ...,"}): an opening mark after a finished sentence, while a
 * quotation is open, carries it on. Single quotes inside a double quote are nested quotations. Two straight
 * single quotes ({@code ''Robbie has ...''}, the typewriter's double quote) are one double mark.
 */
final class QuoteFinder {

    private QuoteFinder() {
    }

    static List<QuoteSpan> find(String text) {
        return new Scan(text).run();
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }

    /** Two straight single quotes at {@code i}: one double mark. */
    private static boolean isDoubledSingle(String text, int i) {
        return text.startsWith("''", i);
    }

    /** Where the mark at {@code i} ends: two characters for a doubled single quote, else one. */
    private static int markEnd(String text, int i) {
        return isDoubledSingle(text, i) ? i + 2 : i + 1;
    }

    /** One pass over the text, paragraph by paragraph (a paragraph is a line). */
    private static final class Scan {
        private final String text;
        private final List<QuoteSpan> found = new ArrayList<>();
        private int doubleOpen = -1;
        /** A curly quotation holding a curly one inside it ('“... what she calls “a farce” from ...”'), or -1. */
        private int outerOpen = -1;
        private int singleOpen = -1;
        private int lastParagraphEnd;

        Scan(String text) {
            this.text = text;
        }

        List<QuoteSpan> run() {
            int from = 0;
            while (from <= text.length()) {
                int newline = text.indexOf('\n', from);
                int to = newline < 0 ? text.length() : newline;
                if (!text.substring(from, to).isBlank()) {
                    paragraph(from, to);
                }
                if (newline < 0) {
                    break;
                }
                from = newline + 1;
            }
            if (doubleOpen >= 0) {
                emit(doubleOpen, lastParagraphEnd, lastParagraphEnd, false);
            }
            found.sort(Comparator.comparingInt(QuoteSpan::open));
            return found;
        }

        private void paragraph(int from, int to) {
            int first = from;
            while (first < to && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (doubleOpen >= 0) {
                if (isOpeningDouble(first, from)) {
                    first = markEnd(text, first); // the quotation goes on: its re-opening mark is not a new quote
                } else {
                    emit(doubleOpen, lastParagraphEnd, lastParagraphEnd, false);
                    doubleOpen = -1;
                }
            }
            singleOpen = -1;
            for (int i = first; i < to; i++) {
                char c = text.charAt(i);
                if (isDouble(c)) {
                    if (!doubledOpening(i)) { // 'an ""unconscionable ..." sum': a slip of the keyboard, one opening mark
                        doubleMark(i, from, c);
                    }
                } else if (isDoubledSingle(text, i)) {
                    doubleMark(i, from, '"');
                    i++;
                } else if (c == '\'' || c == '‘' || c == '’') {
                    singleMark(i, from, to, c);
                }
            }
            outerOpen = -1;
            lastParagraphEnd = to;
        }

        private void doubleMark(int i, int paragraphStart, char c) {
            singleOpen = -1; // a single quote never spans a double mark
            if (doubleOpen < 0) {
                if (outerOpen >= 0 && c == '”') {
                    emit(outerOpen, i + 1, i, false); // the outer quotation of a nested one closes
                    outerOpen = -1;
                } else if (c != '”' || openingShaped(i)) { // ' ”like women' : a closing mark typed for an opening one
                    doubleOpen = i;
                }
            } else if (reopensAfterSentence(i)) {
                // 'potential. "It is' : a quotation of several paragraphs whose breaks were lost; it goes on.
            } else if ((c == '“' || c == '„') && !closingShaped(i)) {
                if (outerOpen < 0 && closesTwiceOnItsLine(i)) {
                    outerOpen = doubleOpen; // a quotation inside a quotation
                }
                doubleOpen = i; // else a second opening mark: the first was never closed
            } else {
                emit(doubleOpen, markEnd(text, i), i, outerOpen >= 0);
                doubleOpen = -1;
            }
        }

        /** Two straight double marks after a space, where no quotation is open, a word right after them. */
        private boolean doubledOpening(int i) {
            return doubleOpen < 0 && text.startsWith("\"\"", i) && i + 2 < text.length()
                    && Character.isLetter(text.charAt(i + 2)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
        }

        private void singleMark(int i, int paragraphStart, int paragraphEnd, char c) {
            if (singleOpen >= 0 && closesSingle(i, paragraphStart, paragraphEnd)) {
                emit(singleOpen, i + 1, i, doubleOpen >= 0 || outerOpen >= 0);
                singleOpen = -1;
            } else if (singleOpen < 0 && opensSingle(i, paragraphStart, paragraphEnd, c)) {
                singleOpen = i;
            }
        }

        /** An opening-shaped mark (space before, word after) right after the end of a sentence. */
        private boolean reopensAfterSentence(int i) {
            int after = markEnd(text, i);
            if (i < 2 || after >= text.length() || text.charAt(i - 1) != ' '
                    || !Character.isLetterOrDigit(text.charAt(after)) || text.charAt(i) == '”') {
                return false;
            }
            char before = text.charAt(i - 2);
            return before == '.' || before == '?' || before == '!';
        }

        /**
         * Whether the curly quotation opened at {@code i} inside an open curly one closes, and then the outer one, before
         * the line ends and before any further opening mark: '“... what she calls “a farce” from start to end ...”'.
         */
        private boolean closesTwiceOnItsLine(int i) {
            if (text.charAt(i) != '“' || text.charAt(doubleOpen) != '“') {
                return false;
            }
            int closes = 0;
            for (int j = i + 1; j < text.length() && text.charAt(j) != '\n' && closes < 2; j++) {
                char c = text.charAt(j);
                if (c == '“' || c == '"' || c == '„') {
                    return false;
                }
                closes += c == '”' ? 1 : 0;
            }
            return closes == 2;
        }

        /** A mark with a space (or the line's start) before it and a letter or digit after it. */
        private boolean openingShaped(int i) {
            return (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }

        /**
         * A mark right after a word or a punctuation mark, with a space or the line's end after it: '“It is rare,“ said
         * Ann Dene' closes with an opening mark, a typing slip that would otherwise open a quotation there.
         */
        private boolean closingShaped(int i) {
            return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
        }

        private boolean opensSingle(int i, int paragraphStart, int paragraphEnd, char c) {
            boolean afterBoundary = i == paragraphStart || Character.isWhitespace(text.charAt(i - 1))
                    || "([“\"—–-".indexOf(text.charAt(i - 1)) >= 0;
            boolean beforeWord = i + 1 < paragraphEnd && Character.isLetterOrDigit(text.charAt(i + 1));
            return c != '’' && afterBoundary && beforeWord;
        }

        private boolean closesSingle(int i, int paragraphStart, int paragraphEnd) {
            boolean afterWord = i > paragraphStart && !Character.isWhitespace(text.charAt(i - 1));
            boolean beforeBoundary = i + 1 >= paragraphEnd || !Character.isLetterOrDigit(text.charAt(i + 1));
            return afterWord && beforeBoundary;
        }

        private boolean isOpeningDouble(int i, int paragraphStart) {
            return i < text.length() && (text.charAt(i) == '“' || text.charAt(i) == '"' || text.charAt(i) == '„'
                    || isDoubledSingle(text, i));
        }

        /** Records a quotation from its opening mark, trimming the space inside the marks. */
        private void emit(int open, int close, int contentEnd, boolean nested) {
            int start = markEnd(text, open);
            int end = contentEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                found.add(new QuoteSpan(open, close, start, end, nested));
            }
        }
    }
}
