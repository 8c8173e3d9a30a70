package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** articles.enriched in, read model out: every assertion goes through the HTTP API or the database. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class ArticleProjectionTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Inject
    Pool db;

    @Test
    void enrichedArticleBecomesReadableWithItsEntitiesOrderedByFirstMention() {
        String id = Articles.newId();
        topic.publish(Articles.acme(id));

        JsonPath article = awaitArticle(id);

        assertThat(article.getString("status")).isEqualTo("ENRICHED");
        assertThat(article.getString("title")).isEqualTo("Acme Corp opens an office in Lisbon");
        assertThat(article.getString("text")).isEqualTo(Articles.ACME_TEXT);
        assertThat(article.getString("source")).isEqualTo("Example Wire");
        assertThat(article.getString("url")).isEqualTo("https://news.example.org/" + id);
        assertThat(article.getString("language")).isEqualTo("en");
        assertThat(article.getString("publishedAt")).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(article.getString("ingestedAt")).isEqualTo("2026-03-01T10:05:00Z");
        assertThat(article.getString("enrichedAt")).isEqualTo("2026-03-01T10:06:00Z");
        assertThat(article.getString("nlpVersion")).isEqualTo("corenlp-4.5.10/1");
        assertThat(article.getList("entities.id"))
                .containsExactly("org:acme-corp", "location:lisbon", "person:jane-doe");
        assertThat(article.getList("entities.name")).containsExactly("Acme Corp", "Lisbon", "Jane Doe");
        assertThat(article.getList("entities.type")).containsExactly("ORGANIZATION", "LOCATION", "PERSON");
        assertThat(mentionsOf(article, "org:acme-corp"))
                .containsExactly(Map.of("start", 0, "end", 9, "text", "Acme Corp"),
                        Map.of("start", 60, "end", 69, "text", "Acme Corp"));
        assertThat(mentionsOf(article, "person:jane-doe"))
                .containsExactly(Map.of("start", 31, "end", 39, "text", "Jane Doe"));
    }

    @Test
    void deliveringTheSameEventThreeTimesLeavesTheReadModelAsAfterTheFirst() {
        String id = Articles.newId();
        ArticleEnriched event = Articles.acme(id);
        topic.publishInOrder(event);
        JsonPath first = awaitArticle(id);
        String firstWrite = updatedAt(id);

        topic.publishInOrder(event);
        topic.publishInOrder(event);
        topic.awaitHandledUpToHere();

        JsonPath article = awaitArticle(id);
        assertThat(article.getList("entities")).isEqualTo(first.getList("entities"));
        assertThat(mentionsOf(article, "org:acme-corp")).hasSize(2);
        assertThat(count("SELECT count(*) FROM query.mention WHERE article_id = $1", id)).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM query.article WHERE id = $1", id)).isEqualTo(1);
        assertThat(updatedAt(id)).isEqualTo(firstWrite);
    }

    @Test
    void twoArticlesMentioningTheSameEntityShareOneEntityRow() {
        String entityId = "org:shared-" + Articles.uniqueWord();
        String first = Articles.newId();
        String second = Articles.newId();
        topic.publish(withOneEntity(first, entityId, "Globex", "Globex beats forecasts."));
        topic.publish(withOneEntity(second, entityId, "Globex", "Analysts praise Globex."));

        JsonPath one = awaitArticle(first);
        JsonPath two = awaitArticle(second);

        assertThat(one.getList("entities.id")).containsExactly(entityId);
        assertThat(two.getList("entities.id")).containsExactly(entityId);
        assertThat(mentionsOf(one, entityId)).containsExactly(Map.of("start", 0, "end", 6, "text", "Globex"));
        assertThat(mentionsOf(two, entityId)).containsExactly(Map.of("start", 16, "end", 22, "text", "Globex"));
        assertThat(count("SELECT count(*) FROM query.entity WHERE id = $1", entityId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM query.mention WHERE entity_id = $1", entityId)).isEqualTo(2);
    }

    @Test
    void olderEnrichmentArrivingAfterANewerOneIsIgnored() {
        String id = Articles.newId();
        Instant newer = Articles.ENRICHED.plusSeconds(3600);
        topic.publishInOrder(Articles.enriched(id, "Newer title", "Jane Doe spoke.",
                List.of(new Entity("person:jane-doe", "Jane Doe", "PERSON", List.of("Jane Doe"), 0.0, List.of(new Mention(0, 8, "Jane Doe")))),
                "corenlp-4.5.10/2", newer));
        topic.publishInOrder(Articles.enriched(id, "Older title", "Acme Corp spoke.",
                List.of(new Entity("org:acme-corp", "Acme Corp", "ORGANIZATION", List.of("Acme Corp"), 0.0,
                        List.of(new Mention(0, 9, "Acme Corp")))),
                "corenlp-4.5.10/1", Articles.ENRICHED));
        topic.awaitHandledUpToHere();

        JsonPath article = awaitArticle(id);
        assertThat(article.getString("title")).isEqualTo("Newer title");
        assertThat(article.getString("text")).isEqualTo("Jane Doe spoke.");
        assertThat(article.getString("nlpVersion")).isEqualTo("corenlp-4.5.10/2");
        assertThat(article.getString("enrichedAt")).isEqualTo(newer.toString());
        assertThat(article.getList("entities.id")).containsExactly("person:jane-doe");
    }

    @Test
    void aLaterEnrichmentByAnOlderPipelineRevisionIsIgnored() {
        // A rolling update: the new pipeline enriched the article, then an old replica finished it too.
        String id = Articles.newId();
        topic.publishInOrder(Articles.enriched(id, "By revision 6", "Jane Doe spoke.", List.of(),
                "corenlp-4.5.10+newslens-6", Articles.ENRICHED));
        topic.publishInOrder(Articles.enriched(id, "By revision 5", "Jane Doe spoke.", List.of(),
                "corenlp-4.5.10+newslens-5", Articles.ENRICHED.plusSeconds(3600)));
        String marker = Articles.newId();
        topic.publishInOrder(Articles.plain(marker, "Marker", "After the stale event."));
        awaitArticle(marker);

        JsonPath article = awaitArticle(id);
        assertThat(article.getString("title")).isEqualTo("By revision 6");
        assertThat(article.getString("nlpVersion")).isEqualTo("corenlp-4.5.10+newslens-6");
    }

    @Test
    void newerEnrichmentReplacesTheArticleAndItsMentions() {
        String id = Articles.newId();
        topic.publishInOrder(Articles.acme(id));
        topic.publishInOrder(Articles.enriched(id, "Acme Corp expands", "Jane Doe joins Acme Corp.",
                List.of(new Entity("person:jane-doe", "Jane Doe", "PERSON", List.of("Jane Doe"), 0.0, List.of(new Mention(0, 8, "Jane Doe")))),
                "corenlp-4.5.10/2", Articles.ENRICHED.plusSeconds(60)));
        topic.awaitHandledUpToHere();

        JsonPath article = awaitArticle(id);
        assertThat(article.getString("title")).isEqualTo("Acme Corp expands");
        assertThat(article.getString("text")).isEqualTo("Jane Doe joins Acme Corp.");
        assertThat(article.getList("entities.id")).containsExactly("person:jane-doe");
        assertThat(mentionsOf(article, "person:jane-doe"))
                .containsExactly(Map.of("start", 0, "end", 8, "text", "Jane Doe"));
    }

    @Test
    void recordThatIsNotJsonDoesNotBlockItsPartition() {
        topic.publishInOrder("broken", "{\"articleId\": \"broken\", this is not JSON");
        String id = Articles.newId();
        topic.publishInOrder(Articles.acme(id));

        awaitArticle(id);
        given().get("/articles/broken").then().statusCode(404);
    }

    @Test
    void eventWithAMentionOutsideTheTextIsSkippedWithoutBlockingItsPartition() {
        String invalid = Articles.newId();
        topic.publishInOrder(Articles.enriched(invalid, "Short", "Short text.",
                List.of(new Entity("org:acme-corp", "Acme Corp", "ORGANIZATION", List.of("Acme Corp"), 0.0,
                        List.of(new Mention(100, 109, "Acme Corp")))),
                "corenlp-4.5.10/1", Articles.ENRICHED));
        String id = Articles.newId();
        topic.publishInOrder(Articles.acme(id));

        awaitArticle(id);
        given().get("/articles/" + invalid).then().statusCode(404);
    }

    @Test
    void eventPostgresCannotStoreIsSkippedWithoutBlockingItsPartition() {
        // Valid JSON and a valid event, but PostgreSQL text cannot hold a NUL character.
        String rejected = Articles.newId();
        topic.publishInOrder(Articles.plain(rejected, "Null byte", "A text with a \u0000 inside."));
        String id = Articles.newId();
        topic.publishInOrder(Articles.acme(id));

        awaitArticle(id);
        given().get("/articles/" + rejected).then().statusCode(404);
    }

    private static ArticleEnriched withOneEntity(String id, String entityId, String name, String text) {
        int start = text.indexOf(name);
        return Articles.enriched(id, name, text,
                List.of(new Entity(entityId, name, "ORGANIZATION", List.of(name), 0.0,
                        List.of(new Mention(start, start + name.length(), name)))),
                "corenlp-4.5.10/1", Articles.ENRICHED);
    }

    static JsonPath awaitArticle(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get("/articles/{id}", id).then().statusCode(200));
        return given().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> mentionsOf(JsonPath article, String entityId) {
        return article.getList("entities.find { it.id == '" + entityId + "' }.mentions");
    }

    private String updatedAt(String id) {
        return db.preparedQuery("SELECT updated_at::text FROM query.article WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
    }

    private long count(String sql, String param) {
        return db.preparedQuery(sql).execute(Tuple.of(param)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
