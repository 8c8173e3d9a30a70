package io.newslens.nlp.service;

/**
 * A quotation found in the text, before attribution.
 *
 * @param open   index of the opening mark
 * @param close  index just after the closing mark (the end of the paragraph when the quote is never closed)
 * @param start  first character of the quoted words
 * @param end    just after the last quoted word; {@code text.substring(start, end)} is the quote's text
 * @param nested whether it sits inside another quotation ('national security' within "...")
 */
record QuoteSpan(int open, int close, int start, int end, boolean nested) {

    boolean contains(int position) {
        return position >= open && position < close;
    }
}
