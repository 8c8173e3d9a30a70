package io.newslens.contracts.api;

/**
 * One line of {@code POST /admin/republish}'s NDJSON answer: {@code queued} of {@code total} matching articles have
 * their {@code articles.ingested} event back in the outbox; the last line has {@code done = true}.
 */
public record RepublishProgress(long queued, long total, boolean done) {
}
