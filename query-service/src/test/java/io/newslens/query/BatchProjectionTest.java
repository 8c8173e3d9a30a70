package io.newslens.query;

import static io.newslens.query.ArticleProjectionTest.awaitArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.LogCapture;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records that one poll returns together (published in one produce request) are applied as one batch: every
 * guarantee of the record-by-record projection holds inside a batch too. Kafka in, HTTP, PostgreSQL and OpenSearch out.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class BatchProjectionTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Inject
    Pool db;

    @Test
    void ofTwoVersionsOfAnArticleInOneBatchTheNewerWinsWhicheverComesFirst() {
        String w = Articles.uniqueWord();
        String newerLast = Articles.newId();
        String newerFirst = Articles.newId();
        String twice = Articles.newId();
        Instant later = Articles.ENRICHED.plusSeconds(60);
        topic.publishTogether(List.of(
                janeDoe(newerLast, "Older " + w, Articles.ENRICHED),
                Articles.acme(twice),
                acmeCorp(newerLast, "Newer " + w, later),
                acmeCorp(newerFirst, "Newer " + w, later),
                Articles.acme(twice),
                janeDoe(newerFirst, "Older " + w, Articles.ENRICHED)));

        for (String id : List.of(newerLast, newerFirst)) {
            JsonPath article = awaitArticle(id);
            assertThat(article.getString("title")).isEqualTo("Newer " + w);
            assertThat(article.getString("enrichedAt")).isEqualTo(later.toString());
            assertThat(article.getList("entities.id")).containsExactly("org:acme-corp");
            assertThat(count("SELECT count(*) FROM query.mention WHERE article_id = $1", id)).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM query.article_entity WHERE article_id = $1", id)).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM query.mention WHERE article_id = $1", twice)).isEqualTo(4);
        assertThat(awaitArticle(twice).getList("entities.id")).hasSize(3);
        // The alias of the superseded version stays: aliases accumulate.
        assertThat(count("SELECT count(*) FROM query.entity_alias WHERE entity_id = 'person:jane-doe' AND alias = $1",
                "Jane Doe " + w)).isEqualTo(1);
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", "newer " + w), 2);
        assertThat(SearchFiltersTest.search(r -> r.queryParam("q", w)).getList("hits.title"))
                .containsOnly("Newer " + w);
    }

    @Test
    void aRecordPostgresRejectsInTheMiddleOfABatchIsSkippedAndTheRestStored() {
        String w = Articles.uniqueWord();
        String before = Articles.newId();
        String rejected = Articles.newId();
        String after = Articles.newId();
        try (LogCapture logs = new LogCapture("io.newslens")) {
            topic.publishTogether(List.of(
                    Articles.plain(before, "Before " + w, "Stored although a later record is rejected."),
                    // PostgreSQL text cannot hold a NUL character: the whole transaction fails.
                    Articles.plain(rejected, "Rejected " + w, "A text with a \u0000 inside."),
                    Articles.plain(after, "After " + w, "Stored although an earlier record is rejected.")));

            SearchFiltersTest.awaitTotal(r -> r.queryParam("q", w), 2);
            assertThat(SearchFiltersTest.search(r -> r.queryParam("q", w)).getList("hits.id"))
                    .containsExactlyInAnyOrder(before, after);
            awaitArticle(before);
            awaitArticle(after);
            given().get("/articles/{id}", rejected).then().statusCode(404);
            assertThat(logs.lines()).anySatisfy(line -> {
                assertThat(line.message()).contains("Skipping article " + rejected);
                assertThat(line.mdc()).containsEntry(ArticleTraces.MDC_KEY, rejected);
            });
        }
    }

    @Test
    void redeliveringAWholeBatchChangesNothing() {
        List<ArticleEnriched> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(Articles.acme(Articles.newId()));
        }
        List<String> ids = batch.stream().map(ArticleEnriched::articleId).toList();
        topic.publishTogether(batch);
        ids.forEach(ArticleProjectionTest::awaitArticle);
        List<Map<String, Object>> first = stored(ids);
        Map<String, Long> versions = indexedVersions(ids);

        topic.publishTogether(batch);
        topic.awaitHandledUpToHere();

        assertThat(stored(ids)).isEqualTo(first);
        assertThat(indexedVersions(ids)).isEqualTo(versions);
    }

    private static ArticleEnriched janeDoe(String id, String title, Instant enrichedAt) {
        return Articles.enriched(id, title, "Jane Doe spoke.", List.of(new Entity("person:jane-doe", "Jane Doe",
                        "PERSON", List.of("Jane Doe " + title.substring(title.indexOf(' ') + 1)), 0.0,
                        List.of(new Mention(0, 8, "Jane Doe")))),
                "corenlp-4.5.10/1", enrichedAt);
    }

    private static ArticleEnriched acmeCorp(String id, String title, Instant enrichedAt) {
        return Articles.enriched(id, title, "Acme Corp spoke.", List.of(new Entity("org:acme-corp", "Acme Corp",
                        "ORGANIZATION", List.of("Acme Corp"), 0.0, List.of(new Mention(0, 9, "Acme Corp")))),
                "corenlp-4.5.10/1", enrichedAt);
    }

    /** Each article's row with its update time, and how many mentions, facts and aliases it has. */
    private List<Map<String, Object>> stored(List<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : db.preparedQuery("""
                        SELECT a.id, a.updated_at::text, a.title,
                               (SELECT count(*) FROM query.mention m WHERE m.article_id = a.id),
                               (SELECT count(*) FROM query.article_entity e WHERE e.article_id = a.id),
                               (SELECT count(*) FROM query.entity_alias x WHERE x.entity_id = 'org:acme-corp')
                        FROM query.article a WHERE a.id = ANY($1) ORDER BY a.id""")
                .execute(Tuple.of(ids.toArray(String[]::new))).await().atMost(Duration.ofSeconds(10))) {
            rows.add(Map.of("id", row.getString(0), "updatedAt", row.getString(1), "title", row.getString(2),
                    "mentions", row.getLong(3), "facts", row.getLong(4), "aliases", row.getLong(5)));
        }
        assertThat(rows).hasSameSizeAs(ids);
        return rows;
    }

    /** Each document's _version, straight from OpenSearch. */
    private static Map<String, Long> indexedVersions(List<String> ids) {
        Map<String, Long> versions = new HashMap<>();
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri("http://localhost")
                    .port(OpenSearchResource.node().port()).get("/articles/_doc/{id}", id).statusCode() == 200);
            versions.put(id, given().baseUri("http://localhost").port(OpenSearchResource.node().port())
                    .get("/articles/_doc/{id}", id).then().statusCode(200).extract().jsonPath().getLong("_version"));
        }
        return versions;
    }

    private long count(String sql, String param) {
        return db.preparedQuery(sql).execute(Tuple.of(param)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
