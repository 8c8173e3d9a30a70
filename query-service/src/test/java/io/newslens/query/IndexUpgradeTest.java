package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.query.repository.ArticleIndex;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Started on an index of an older mapping, query-service rebuilds it behind the alias, and stories fold. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
@WithTestResource(OlderIndexResource.class)
class IndexUpgradeTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void anIndexOfAnOlderMappingIsRebuiltAtStartUpAndThenFoldsStories() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> aliasTargets().stream()
                        .anyMatch(i -> i.startsWith(OlderIndexResource.ALIAS + "-v" + ArticleIndex.MAPPING_VERSION + "-")));
        assertThat(aliasTargets()).hasSize(1);
        // The rebuild deletes the old index after the alias swap and a catch-up copy of the articles stored meanwhile
        // (all that earlier test classes stored into the shared database, when they ran just before).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                opensearch().get("/{index}", OlderIndexResource.OLD_INDEX).then().statusCode(404));

        String w = Articles.uniqueWord();
        String original = Articles.newId();
        String copy = Articles.newId();
        topic.publish(Articles.plain(original, "Dock strike", "Strike at the " + w + " harbour."));
        topic.publish(Articles.withStory(Articles.plain(copy, "Dock strike", "Strike at the " + w + " harbour today."),
                original));
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", w), 2);

        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", w));
        assertThat(folded.getList("hits.storyId")).containsExactly(original);
        assertThat(folded.getLong("hits[0].folded")).isEqualTo(1);
    }

    private static Set<String> aliasTargets() {
        return opensearch().get("/_alias/{alias}", OlderIndexResource.ALIAS).then().statusCode(200).extract()
                .jsonPath().getMap("$").keySet().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static io.restassured.specification.RequestSpecification opensearch() {
        return given().baseUri("http://localhost").port(OpenSearchResource.node().port());
    }
}
