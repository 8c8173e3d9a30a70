package io.newslens.ingest.repository;

import io.newslens.contracts.api.ArticleStatus;
import java.util.UUID;

/** Where a submitted article ended up: a new row, or the existing row with the same clean text. */
public record StoredArticle(UUID id, ArticleStatus status, boolean duplicate) {
}
