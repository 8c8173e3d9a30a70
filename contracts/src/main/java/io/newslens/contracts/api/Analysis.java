package io.newslens.contracts.api;

import io.newslens.contracts.event.Amount;
import io.newslens.contracts.event.DateMention;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.Tone;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /analyze} answers: the enrichment part of an {@code ArticleEnriched} event (the
 * same fields, the same JSON shape) for a text that is not stored. Offsets index the request's text.
 */
@Schema(description = "Entities, quotes, dates, amounts, keywords and tone of a text; nothing is stored")
public record Analysis(
        String nlpVersion,
        List<Entity> entities,
        List<Quote> quotes,
        List<DateMention> dates,
        List<Amount> amounts,
        List<Keyword> keywords,
        Tone tone) {
}
