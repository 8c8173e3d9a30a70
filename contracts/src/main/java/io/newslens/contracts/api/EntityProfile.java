package io.newslens.contracts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the read model knows about one canonical entity.
 *
 * @param aliases      every surface form seen in any article, alphabetically
 * @param mentionCount mentions in all articles
 * @param articleCount articles that mention it
 * @param firstSeen    earliest publish date (enrichment date where unknown) of those articles
 * @param lastSeen     latest such date
 * @param averageTone  mean tone of the sentences that mention it, -1..1; null when no tone was recorded
 * @param mentionsPerDay its mentions per UTC day of the articles' dates (as firstSeen), days without any left out,
 *                     oldest first
 * @param coMentions   entities mentioned in the same articles, most shared articles first; null when the search
 *                     index (which counts them) did not answer
 * @param topSources   the sources of most of its articles, most first; null as coMentions
 * @param quotesBy     quotations it is the speaker of, newest first
 * @param quotesAbout  quotations that mention it inside the quote, newest first
 */
public record EntityProfile(
        String id,
        String name,
        String type,
        List<String> aliases,
        long mentionCount,
        long articleCount,
        Instant firstSeen,
        Instant lastSeen,
        Double averageTone,
        List<DayCount> mentionsPerDay,
        List<CoMention> coMentions,
        List<SourceCount> topSources,
        List<QuoteView> quotesBy,
        List<QuoteView> quotesAbout) {

    /** Mentions on one day. */
    public record DayCount(LocalDate day, long mentions) {
    }

    /** Another entity and the number of articles that mention both. */
    public record CoMention(String id, String name, String type, long articleCount) {
    }

    /** A source and the number of its articles that mention the entity. */
    public record SourceCount(String source, long articleCount) {
    }
}
