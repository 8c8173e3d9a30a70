package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /stats: totals grow by exactly what the published events add (the database is shared with other tests). */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class StatsTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void totalsGrowByTheArticlesEntitiesQuotesSourcesAndLanguagesPublished() {
        JsonPath before = stats();
        Story story = new Story();
        String source = "Wire " + story.word;
        String language = "x-" + story.word.toLowerCase();

        topic.publish(from(story.first(Articles.newId(), "corenlp-4.5.10/1", Articles.ENRICHED), source, language));
        topic.publish(from(story.second(Articles.newId()), source, language));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> stats().getLong("articles") >= before.getLong("articles") + 2);
        JsonPath after = stats();

        assertThat(after.getLong("articles") - before.getLong("articles")).isEqualTo(2);
        // speaker, company and critic: two PERSON, one ORGANIZATION; the first article's two quotes
        assertThat(after.getLong("entities") - before.getLong("entities")).isEqualTo(3);
        assertThat(count(after, "entitiesByType", "PERSON") - count(before, "entitiesByType", "PERSON")).isEqualTo(2);
        assertThat(count(after, "entitiesByType", "ORGANIZATION") - count(before, "entitiesByType", "ORGANIZATION"))
                .isEqualTo(1);
        assertThat(after.getLong("quotes") - before.getLong("quotes")).isEqualTo(2);
        assertThat(count(after, "articlesBySource", source)).isEqualTo(2);
        assertThat(count(after, "articlesByLanguage", language)).isEqualTo(2);
        assertThat(after.getList("entitiesByType.count", Long.class)
                .stream().mapToLong(Long::longValue).sum()).isEqualTo(after.getLong("entities"));
        assertThat(after.getList("articlesByLanguage.count", Long.class)
                .stream().mapToLong(Long::longValue).sum()).isEqualTo(after.getLong("articles"));
        assertThat(after.getList("articlesBySource")).hasSizeLessThanOrEqualTo(20);
    }

    private static JsonPath stats() {
        return given().get("/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String group, String key) {
        Long count = stats.getObject(group + ".find { it.key == '" + key + "' }.count", Long.class);
        return count == null ? 0 : count;
    }

    private static ArticleEnriched from(ArticleEnriched e, String source, String language) {
        return new ArticleEnriched(e.schemaVersion(), e.articleId(), e.title(), source, e.url(), e.publishedAt(),
                language, e.text(), e.ingestedAt(), e.nlpVersion(), e.enrichedAt(), e.entities(), e.quotes(),
                e.dates(), e.amounts(), e.keywords(), e.tone(), e.duplicateOf());
    }
}
