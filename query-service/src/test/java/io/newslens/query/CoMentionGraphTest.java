package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /graph: who is mentioned with whom, counted in articles, from events published to articles.enriched. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class CoMentionGraphTest {

    private static final String PROBLEM = "application/problem+json";
    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    /** ann, bob, cy in two articles; ann, bob, dee in one: ann-bob 3, ann-cy 2, bob-cy 2, ann-dee 1, bob-dee 1. */
    private static Cast threeArticles() {
        Cast cast = new Cast();
        for (ArticleEnriched event : List.of(cast.article("One", "ann", "bob", "cy"),
                cast.article("Two", "cy", "bob", "ann"), cast.article("Three", "ann", "dee", "bob"))) {
            topic.publish(event);
        }
        // the graph is counted by the search index: all three articles searchable
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(given().queryParam("entity", cast.id("ann")).queryParam("fold", false).get("/articles")
                        .then().statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(3));
        return cast;
    }

    @Test
    void graphAroundAnEntityHasItsNeighboursByArticleCountAndEveryEdgeAmongThem() {
        Cast cast = threeArticles();

        JsonPath graph = given().queryParam("entity", cast.id("ann")).get("/graph")
                .then().statusCode(200).extract().jsonPath();

        assertThat(graph.getList("nodes.id")).containsExactly(cast.id("ann"), cast.id("bob"), cast.id("cy"),
                cast.id("dee"));
        assertThat(graph.getList("nodes.weight", Integer.class)).containsExactly(3, 3, 2, 1);
        assertThat(graph.getString("nodes[0].name")).isEqualTo("Ann " + cast.word);
        assertThat(graph.getString("nodes[0].type")).isEqualTo("PERSON");
        assertThat(edges(graph, cast)).containsExactly("ann-bob=3", "ann-cy=2", "bob-cy=2", "ann-dee=1",
                "bob-dee=1");
    }

    @Test
    void edgesBetweenNeighboursCountAllTheirArticlesNotOnlyThoseWithTheCentre() {
        Cast cast = threeArticles();

        JsonPath graph = given().queryParam("entity", cast.id("dee")).get("/graph")
                .then().statusCode(200).extract().jsonPath();

        assertThat(graph.getList("nodes.id")).containsExactly(cast.id("dee"), cast.id("ann"), cast.id("bob"));
        assertThat(edges(graph, cast)).containsExactly("ann-bob=3", "ann-dee=1", "bob-dee=1");
    }

    @Test
    void minWeightDropsWeakerEdgesAndNeighboursAndLimitCapsNodes() {
        Cast cast = threeArticles();

        JsonPath strong = given().queryParam("entity", cast.id("ann")).queryParam("minWeight", 2).get("/graph")
                .then().statusCode(200).extract().jsonPath();
        assertThat(strong.getList("nodes.id")).containsExactly(cast.id("ann"), cast.id("bob"), cast.id("cy"));
        assertThat(edges(strong, cast)).containsExactly("ann-bob=3", "ann-cy=2", "bob-cy=2");

        JsonPath two = given().queryParam("entity", cast.id("ann")).queryParam("limit", 2).get("/graph")
                .then().statusCode(200).extract().jsonPath();
        assertThat(two.getList("nodes.id")).containsExactly(cast.id("ann"), cast.id("bob"));
        assertThat(edges(two, cast)).containsExactly("ann-bob=3");
    }

    @Test
    void graphWithoutEntityIsTheMostMentionedEntitiesAndOnlyEdgesAmongThem() {
        threeArticles();

        JsonPath graph = given().queryParam("limit", 5).get("/graph").then().statusCode(200).extract().jsonPath();

        List<String> ids = graph.getList("nodes.id");
        List<Integer> weights = graph.getList("nodes.weight", Integer.class);
        assertThat(ids).hasSize(5);
        assertThat(weights).isSortedAccordingTo((a, b) -> b - a);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(given().get("/entities/{id}", ids.get(i)).then().statusCode(200).extract().jsonPath()
                    .getInt("articleCount")).as(ids.get(i)).isEqualTo(weights.get(i));
        }
        List<Map<String, Object>> edges = graph.getList("edges");
        assertThat(edges).allSatisfy(e -> assertThat(ids).contains((String) e.get("source"), (String) e.get("target")));
    }

    @Test
    void filtersChooseTheArticlesCountedForNeighboursWeightsAndEdges() {
        Cast cast = threeArticles();

        // only article "Three" (ann, dee, bob) matches the words
        JsonPath three = given().queryParam("entity", cast.id("ann")).queryParam("q", "three").get("/graph")
                .then().statusCode(200).extract().jsonPath();
        assertThat(three.getList("nodes.id")).containsExactly(cast.id("ann"), cast.id("bob"), cast.id("dee"));
        assertThat(three.getList("nodes.weight", Integer.class)).containsExactly(1, 1, 1);
        assertThat(edges(three, cast)).containsExactly("ann-bob=1", "ann-dee=1", "bob-dee=1");

        // none of them was published in 1999
        JsonPath none = given().queryParam("entity", cast.id("ann")).queryParam("to", "1999-12-31").get("/graph")
                .then().statusCode(200).extract().jsonPath();
        assertThat(none.getList("nodes.id")).containsExactly(cast.id("ann"));
        assertThat(none.getList("nodes.weight", Integer.class)).containsExactly(0);
        assertThat(none.getList("edges")).isEmpty();
    }

    @Test
    void severalCentresTakeTheirNeighboursFromTheArticlesNamingThemAll() {
        Cast cast = threeArticles();

        // ann and cy together: articles One and Two, where bob is their only other entity
        JsonPath graph = given().queryParam("entity", cast.id("ann")).queryParam("entity", cast.id("cy"))
                .get("/graph").then().statusCode(200).extract().jsonPath();

        assertThat(graph.getList("nodes.id")).containsExactly(cast.id("ann"), cast.id("cy"), cast.id("bob"));
        assertThat(graph.getList("nodes.weight", Integer.class)).containsExactly(3, 2, 3);
        assertThat(edges(graph, cast)).containsExactly("ann-bob=3", "ann-cy=2", "bob-cy=2");
    }

    @Test
    void malformedFilterOrFewerNodesThanCentresIsA400ProblemNamingIt() {
        given().queryParam("from", "yesterday").get("/graph")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("from"));
        given().queryParam("entity", "person:a").queryParam("entity", "person:b").queryParam("limit", 1).get("/graph")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
    }

    @Test
    void unknownEntityIsA404Problem() {
        given().queryParam("entity", "person:nobody-at-all").get("/graph")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("person:nobody-at-all"));
    }

    @Test
    void badLimitOrMinWeightIsA400ProblemNamingIt() {
        for (String limit : List.of("0", "201", "ten", "2.5")) {
            given().queryParam("limit", limit).get("/graph")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
        }
        given().queryParam("minWeight", "0").get("/graph")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("minWeight"));
    }

    /** Edges as "a-b=n" with the cast's short names, in the order returned. */
    private static List<String> edges(JsonPath graph, Cast cast) {
        List<Map<String, Object>> edges = graph.getList("edges");
        return edges.stream().map(e -> pair(cast, (String) e.get("source"), (String) e.get("target"))
                + "=" + e.get("articles")).toList();
    }

    /** Short names in the cast's order (ann, bob, cy, dee), whichever of the two the API put first. */
    private static String pair(Cast cast, String source, String target) {
        String a = shortName(cast, source);
        String b = shortName(cast, target);
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    private static String shortName(Cast cast, String id) {
        return id.substring("person:".length(), id.length() - cast.word.length() - 1);
    }
}
