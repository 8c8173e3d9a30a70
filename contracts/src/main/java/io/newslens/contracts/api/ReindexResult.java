package io.newslens.contracts.api;

import java.util.List;

/**
 * What a rebuild of the search index did.
 *
 * @param index     the new index the alias now points at
 * @param indexed   documents copied from the read model into it before the swap
 * @param caughtUp  documents of articles stored while the copy ran, indexed again after the swap
 * @param deleted   the indexes the alias pointed at before, now deleted
 */
public record ReindexResult(String index, long indexed, long caughtUp, List<String> deleted, long tookMillis) {
}
