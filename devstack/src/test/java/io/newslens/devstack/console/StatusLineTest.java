package io.newslens.devstack.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.ArticleStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    static ArticleCounts counts(long received, long published, long enriched, long failed) {
        return new ArticleCounts(received + published + enriched + failed, Map.of(ArticleStatus.RECEIVED, received,
                ArticleStatus.PUBLISHED, published, ArticleStatus.ENRICHED, enriched, ArticleStatus.FAILED, failed));
    }

    @Test
    void showsTheCountsAndTheRatesBetweenTwoSamples() {
        StatusLine.Sample earlier = new StatusLine.Sample(T0, counts(10, 28, 60, 2));
        StatusLine.Sample now = new StatusLine.Sample(T0.plusSeconds(10), counts(5, 18, 95, 2));

        assertThat(StatusLine.render(earlier, now)).isEqualTo(
                "articles: 120 received (2.0/s), 95 enriched (3.5/s), 2 failed, 23 in progress");
    }

    @Test
    void ratesAreADashWhenNoTimePassedAndNeverNegative() {
        StatusLine.Sample first = new StatusLine.Sample(T0, counts(0, 0, 3, 0));
        assertThat(StatusLine.render(first, first))
                .isEqualTo("articles: 3 received (-/s), 3 enriched (-/s), 0 failed, 0 in progress");

        // Articles deleted meanwhile (a fresh data dir behind the same ports) make the counts shrink.
        StatusLine.Sample fewer = new StatusLine.Sample(T0.plusMillis(500), counts(0, 0, 1, 0));
        assertThat(StatusLine.render(first, fewer)).contains("1 received (0.0/s), 1 enriched (0.0/s)");
    }
}
