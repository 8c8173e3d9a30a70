package io.newslens.devstack.console;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.ArticleStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The one line {@code ./newslens up} keeps showing: articles received, enriched and failed, and the rates. */
public final class StatusLine {

    /** The article counts by status at one moment. */
    public record Sample(Instant at, ArticleCounts counts) {

        long received() {
            return counts.total();
        }

        long enriched() {
            return counts.byStatus().getOrDefault(ArticleStatus.ENRICHED, 0L);
        }

        long failed() {
            return counts.byStatus().getOrDefault(ArticleStatus.FAILED, 0L);
        }
    }

    private StatusLine() {
    }

    /**
     * {@code current}'s counts, with the rates since {@code earlier} (a dash when no time passed between them), e.g.
     * {@code articles: 120 received (2.0/s), 95 enriched (3.5/s), 2 failed, 23 in progress}.
     */
    public static String render(Sample earlier, Sample current) {
        double seconds = Duration.between(earlier.at(), current.at()).toMillis() / 1000.0;
        long inProgress = current.received() - current.enriched() - current.failed();
        return String.format(Locale.ROOT, "articles: %d received (%s), %d enriched (%s), %d failed, %d in progress",
                current.received(), rate(current.received() - earlier.received(), seconds),
                current.enriched(), rate(current.enriched() - earlier.enriched(), seconds),
                current.failed(), inProgress);
    }

    private static String rate(long increase, double seconds) {
        return seconds <= 0 ? "-/s" : String.format(Locale.ROOT, "%.1f/s", Math.max(0, increase) / seconds);
    }
}
