package io.newslens.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * A quotation with where it was said: {@code text.substring(start, end)} of article {@code articleId}'s text
 * (UTF-16 offsets, end exclusive).
 *
 * @param speakerId   canonical id of who said it; null when the article does not say
 * @param cue         attribution words as written ("said"); null when inferred or unknown
 * @param entityIds   the entities mentioned inside the quotation
 * @param aboutIds    what the quotation is about: {@code entityIds}, then the entities its sentence names before
 *                    the opening mark, other than the speaker (the event's {@code Quote.aboutIds})
 * @param publishedAt the article's publish date; null when unknown
 */
public record QuoteView(
        String articleId,
        String articleTitle,
        String source,
        Instant publishedAt,
        String text,
        int start,
        int end,
        String speakerId,
        String speakerName,
        String cue,
        List<String> entityIds,
        List<String> aboutIds) {
}
