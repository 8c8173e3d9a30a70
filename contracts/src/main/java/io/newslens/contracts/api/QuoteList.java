package io.newslens.contracts.api;

import java.util.List;

/** Quotations matching a {@code GET /quotes} request, newest article first, in text order within one. */
public record QuoteList(List<QuoteView> quotes) {
}
