package io.newslens.ingest.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which stored articles {@code POST /admin/republish} re-emits; every field null means all of them.
 *
 * @param since  only articles received at or after this instant
 * @param source only articles of this outlet (exact match)
 * @param ids    only these articles
 */
public record RepublishFilter(Instant since, String source, List<UUID> ids) {
}
