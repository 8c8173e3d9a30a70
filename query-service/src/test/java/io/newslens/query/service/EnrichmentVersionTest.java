package io.newslens.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnrichmentVersionTest {

    private static final Instant T = Instant.parse("2026-11-21T05:00:00.123456789Z");

    @Test
    void aLaterRevisionWinsOverALaterTime() {
        EnrichmentVersion rev6 = EnrichmentVersion.of("corenlp-4.5.10+newslens-6", T);
        EnrichmentVersion rev5Later = EnrichmentVersion.of("corenlp-4.5.10+newslens-5", T.plusSeconds(86_400));
        assertThat(rev6).isGreaterThan(rev5Later);
        assertThat(rev6.external()).isGreaterThan(rev5Later.external());
    }

    @Test
    void withinARevisionTheLaterTimeWinsAtMicroseconds() {
        EnrichmentVersion first = EnrichmentVersion.of("corenlp-4.5.10+newslens-5", T);
        EnrichmentVersion sameMicro = EnrichmentVersion.of("corenlp-4.5.10+newslens-5", T.plusNanos(1));
        EnrichmentVersion later = EnrichmentVersion.of("corenlp-4.5.10+newslens-5", T.plusNanos(1_000));
        assertThat(first).isEqualByComparingTo(sameMicro);
        assertThat(later).isGreaterThan(first);
        assertThat(later.external()).isEqualTo(first.external() + 1);
    }

    @Test
    void anUnknownVersionFormatCountsAsRevisionZeroAndStaysPositive() {
        EnrichmentVersion unknown = EnrichmentVersion.of("some-other-engine/2", T);
        assertThat(unknown.revision()).isZero();
        assertThat(unknown.external()).isPositive();
        assertThat(EnrichmentVersion.of("x+newslens-99999999", T).external()).isPositive();
    }
}
