package io.newslens.contracts.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of the matching articles by entity, source and publication day (UTC). A list that was not asked for
 * is null; entities and sources are the most frequent first (at most 20), days in calendar order. An entity's name
 * and type are null only while the fact store is unreachable (search itself runs on the search index).
 */
public record SearchFacets(List<EntityCount> entities, List<SourceCount> sources, List<DayCount> days) {

    public record EntityCount(String id, String name, String type, long count) {
    }

    public record SourceCount(String source, long count) {
    }

    public record DayCount(LocalDate day, long count) {
    }
}
