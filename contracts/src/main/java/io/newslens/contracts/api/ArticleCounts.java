package io.newslens.contracts.api;

import java.util.Map;

/**
 * How many stored articles are at each pipeline status (every status present, 0 when none).
 *
 * @param total all stored articles, duplicates of earlier texts not counted (they are not stored)
 */
public record ArticleCounts(long total, Map<ArticleStatus, Long> byStatus) {
}
