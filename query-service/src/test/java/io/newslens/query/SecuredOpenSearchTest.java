package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * query-service against a real OpenSearch node with the security plugin, configured by our files in
 * {@code k8s/infra/opensearch-security/} and the users make-secrets.sh makes ({@link SecuredOpenSearchResource}):
 * as {@code newslens-query} over https it creates its index and alias, indexes events, searches with facets and
 * folded stories, and reindexes with an alias swap; the same user may touch nothing outside {@code articles*}, and
 * nobody gets in without a password. Opt-in (it downloads about 100 MB):
 * {@code ./mvnw -B test -pl query-service -am -Dtest=SecuredOpenSearchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewslens.security-it=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "newslens.security-it", matches = "true")
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(SecuredOpenSearchResource.class)
class SecuredOpenSearchTest {

    private static final String QUERY = SecuredOpenSearchResource.QUERY_USER;

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void asItsOwnUserQueryServiceIndexesSearchesWithFacetsFoldsStoriesAndReindexes() {
        String w = Articles.uniqueWord();
        String original = Articles.newId();
        String copy = Articles.newId();
        String other = Articles.newId();
        topic.publish(acmeWith(original, w));
        topic.publish(Articles.withStory(acmeWith(copy, w), original));
        topic.publish(Articles.plain(other, "Harbour news", "The harbour of " + w + " reopens."));
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", w).queryParam("fold", false), 3);

        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", w).queryParam("facets", "entities,sources"));
        assertThat(folded.getList("hits.storyId")).containsExactlyInAnyOrder(original, other);
        assertThat(folded.getLong("stories")).isEqualTo(2);
        assertThat(folded.getLong("hits.find { it.storyId == '" + original + "' }.folded")).isEqualTo(1);
        assertThat(folded.getInt("facets.entities.find { it.id == 'org:acme-corp' }.count")).isEqualTo(2);
        assertThat(folded.getInt("facets.sources.find { it.source == 'Example Wire' }.count")).isEqualTo(3);

        JsonPath reindex = given().post("/admin/reindex").then().statusCode(200).extract().jsonPath();

        String index = reindex.getString("index");
        assertThat(index).startsWith("articles-v4-");
        assertThat(reindex.getLong("indexed")).isEqualTo(3);
        assertThat(JsonPath.from(SecuredOpenSearchResource.get("/_alias/articles", QUERY).body())
                .getMap("$").keySet()).containsExactly(index);
        assertThat(reindex.<String>getList("deleted")).containsExactly("articles-v4");
        assertThat(SecuredOpenSearchResource.get("/articles-v4", "admin").statusCode()).isEqualTo(404);
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", w).queryParam("fold", false), 3);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theQueryUserMayNotTouchIndexesOutsideArticles() {
        assertThat(SecuredOpenSearchResource.get("/articles/_search", QUERY).statusCode()).isEqualTo(200);

        HttpResponse<String> create = SecuredOpenSearchResource.send(
                HttpRequest.newBuilder(URI.create(SecuredOpenSearchResource.url() + "/other")).PUT(
                        HttpRequest.BodyPublishers.noBody()), QUERY);
        assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
        assertThat(SecuredOpenSearchResource.send(HttpRequest.newBuilder(
                URI.create(SecuredOpenSearchResource.url() + "/other")).PUT(HttpRequest.BodyPublishers.noBody()),
                "admin").statusCode()).isEqualTo(200);
        for (String path : List.of("/other/_search", "/other/_doc/1", "/.opendistro_security/_search",
                "/_all/_search", "/_search")) {
            HttpResponse<String> read = SecuredOpenSearchResource.get(path, QUERY);
            assertThat(read.statusCode()).as(path + " " + read.body()).isEqualTo(403);
        }
        HttpResponse<String> delete = SecuredOpenSearchResource.send(HttpRequest.newBuilder(
                URI.create(SecuredOpenSearchResource.url() + "/other")).DELETE(), QUERY);
        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
    }

    @Test
    void nobodyGetsInWithoutTheRightPassword() {
        HttpResponse<String> anonymous = SecuredOpenSearchResource.get("/", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));

        HttpResponse<String> wrong = SecuredOpenSearchResource.client().sendAsync(HttpRequest.newBuilder(
                        URI.create(SecuredOpenSearchResource.url() + "/")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((QUERY + ":wrong").getBytes())).build(),
                HttpResponse.BodyHandlers.ofString()).join();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Map.of("admin", SecuredOpenSearchResource.get("/", "admin").statusCode(),
                QUERY, SecuredOpenSearchResource.get("/", QUERY).statusCode()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("admin", 200, QUERY, 200));
    }

    private static io.newslens.contracts.event.ArticleEnriched acmeWith(String id, String word) {
        return Articles.enriched(id, "Acme Corp opens an office in Lisbon", Articles.ACME_TEXT + " " + word,
                Articles.ACME_ENTITIES, "corenlp-4.5.10/1", Articles.ENRICHED);
    }
}
