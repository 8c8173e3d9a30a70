package io.newslens.query.repository;

import io.newslens.contracts.api.ArticleHit;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.SearchCursor;
import io.newslens.query.service.SearchPage;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.HitsMetadata;

/**
 * One hit per story: OpenSearch {@code collapse} on {@code storyId} keeps each story's best-placed match (by the
 * page's own order), its {@code inner_hits} name the story's other matches (newest first) and count them all, and a
 * cardinality aggregation counts the stories. Facets and totals still count articles.
 */
final class StoryFolding {

    static final String FIELD = "storyId";
    private static final String MEMBERS = "story";
    private static final String STORIES = "stories";
    /** OpenSearch's largest precision threshold: story counts are exact below it. */
    private static final int EXACT_STORIES = 40_000;

    /** Other matching articles of a hit's story. */
    record Folded(long count, List<String> ids) {
        static final Folded NONE = new Folded(0, List.of());
    }

    private StoryFolding() {
    }

    /** Collapses {@code request} by story and positions it after the stories the cursor has shown. */
    static void fold(SearchRequest.Builder request, SearchPage page) {
        int from = page.after() == null ? 0 : page.after().from();
        request.collapse(c -> c.field(FIELD).innerHits(i -> i.name(MEMBERS)
                        // one more than listed: the hit itself is among its story's matches
                        .size(ArticleHit.MAX_FOLDED_IDS + 1)
                        .source(s -> s.fetch(false))
                        .sort(OpenSearchArticleSearch.order(SearchPage.Sort.DATE))))
                .from(from)
                .size(Math.max(0, Math.min(page.limit(), SearchPage.MAX_FOLDED_POSITION - from)))
                .aggregations(STORIES, a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(EXACT_STORIES)));
    }

    /** The cursor after a full folded page, or null once the next one would start beyond the position limit. */
    static String nextCursor(SearchPage page) {
        int next = (page.after() == null ? 0 : page.after().from()) + page.limit();
        return next >= SearchPage.MAX_FOLDED_POSITION ? null : SearchCursor.folded(page.sort(), next).encode();
    }

    static Folded folded(Hit<ArticleDocument> hit) {
        var members = hit.innerHits().get(MEMBERS);
        if (members == null) {
            return Folded.NONE;
        }
        HitsMetadata<?> story = members.hits();
        long others = story.total() == null ? story.hits().size() - 1 : story.total().value() - 1;
        List<String> ids = story.hits().stream().map(Hit::id).filter(id -> !id.equals(hit.id()))
                .limit(ArticleHit.MAX_FOLDED_IDS).toList();
        return new Folded(Math.max(0, others), ids);
    }

    static Long stories(Map<String, Aggregate> aggregations) {
        Aggregate stories = aggregations.get(STORIES);
        return stories == null ? null : stories.cardinality().value();
    }
}
