package io.newslens.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.api.SearchFacets;
import io.newslens.contracts.api.SearchFacets.DayCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchableLatenciesTest {

    @Test
    void articlesThatTurnSearchableGetTheTimeSinceTheirBatchWasAccepted() {
        SearchableLatencies latencies = new SearchableLatencies();
        latencies.accepted(0, 1.0);
        latencies.accepted(1, 2.0);
        latencies.observe(5.0, Map.of(0, 3L));
        latencies.observe(6.0, Map.of(0, 4L, 1, 2L));
        latencies.observe(7.0, Map.of(0, 4L, 1, 2L)); // nothing new
        assertThat(latencies.latencies()).containsExactlyInAnyOrder(4.0, 4.0, 4.0, 5.0, 4.0, 4.0);
        assertThat(latencies.count()).isEqualTo(6);
    }

    @Test
    void aBatchSeenBeforeItsAnswerArrivedIsCountedLater() {
        SearchableLatencies latencies = new SearchableLatencies();
        latencies.observe(3.0, Map.of(0, 2L));
        assertThat(latencies.count()).isZero();
        latencies.accepted(0, 3.5);
        latencies.observe(4.0, Map.of(0, 2L));
        assertThat(latencies.latencies()).containsExactly(0.5, 0.5);
    }

    @Test
    void theDayFacetTellsTheBatch() {
        LocalDate first = LocalDate.of(2001, 1, 1);
        SearchFacets facets = new SearchFacets(null, null,
                List.of(new DayCount(first, 100), new DayCount(first.plusDays(1), 0), new DayCount(first.plusDays(2), 7)));
        assertThat(PipelineRun.byBatch(facets)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 100L, 1, 0L, 2, 7L));
        assertThat(PipelineRun.byBatch(null)).isEmpty();
    }
}
