package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Tone;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /articles with phrases, filters, facets, sort and cursors, and GET /timeline, over indexed articles. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class SearchFiltersTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void aQuotedPhraseFindsExactlyTheArticlesWithThatPhrase() {
        String w = Articles.uniqueWord();
        String both = publish(w, "The " + w + " harbour strike ended.", "2026-03-01T10:00:00Z", 0.0, "Wire");
        String apart = publish(w, "A strike at the " + w + " plant; the harbour was calm.", "2026-03-02T10:00:00Z",
                0.0, "Wire");
        awaitTotal(r -> r.queryParam("q", w), 2);

        JsonPath phrase = search(r -> r.queryParam("q", "\"" + w + " harbour strike\""));

        assertThat(phrase.getList("hits.id")).containsExactly(both);
        assertThat(phrase.getString("hits[0].snippet")).contains("<b>" + w + "</b> <b>harbour</b> <b>strike</b>");
        assertThat(search(r -> r.queryParam("q", w + " -harbour")).getList("hits.id")).isEmpty();
        assertThat(search(r -> r.queryParam("q", w + " plant")).getList("hits.id")).containsExactly(apart);
    }

    @Test
    void entityFiltersCombineWithAndAndFacetsCountTheFilteredSet() {
        String w = Articles.uniqueWord();
        String acme = "org:acme-" + w;
        String jane = "person:jane-" + w;
        String lisbon = "location:lisbon-" + w;
        String a1 = publish(w, "Acme and Jane in Lisbon " + w + ".", "2026-03-01T09:00:00Z", 0.2, "Wire",
                acme, jane, lisbon);
        String a2 = publish(w, "Acme and Jane again " + w + ".", "2026-03-01T15:00:00Z", 0.4, "Daily", acme, jane);
        publish(w, "Acme alone " + w + ".", "2026-03-03T10:00:00Z", -0.5, "Wire", acme);
        awaitTotal(r -> r.queryParam("q", w), 3);

        JsonPath both = search(r -> r.queryParam("entity", acme).queryParam("entity", jane)
                .queryParam("facets", "entities,sources,days"));

        assertThat(both.getLong("total")).isEqualTo(2);
        assertThat(both.getList("hits.id")).containsExactlyInAnyOrder(a1, a2);
        assertThat(facet(both, "entities", "id")).containsExactlyInAnyOrderEntriesOf(
                Map.of(acme, 2, jane, 2, lisbon, 1));
        assertThat(both.getString("facets.entities.find { it.id == '" + lisbon + "' }.name"))
                .isEqualTo("Lisbon " + w);
        assertThat(facet(both, "sources", "source")).containsExactlyInAnyOrderEntriesOf(Map.of("Wire", 1, "Daily", 1));
        assertThat(facet(both, "days", "day")).containsExactlyEntriesOf(Map.of("2026-03-01", 2));
        assertThat(both.getList("hits[0].entities.id")).contains(acme);
        assertThat(search(r -> r.queryParam("entity", acme).queryParam("source", "Wire")).getLong("total"))
                .isEqualTo(2);
        assertThat(search(r -> r.queryParam("entity", acme).queryParam("toneMin", "0.3")).getList("hits.id"))
                .containsExactly(a2);
        assertThat(search(r -> r.queryParam("entity", acme).queryParam("from", "2026-03-02")).getLong("total"))
                .isEqualTo(1);
        assertThat(search(r -> r.queryParam("entity", acme).queryParam("to", "2026-03-01")).getLong("total"))
                .isEqualTo(2);
    }

    @Test
    void cursorsWalkEveryHitOnceInDateOrderFoldedOrNot() {
        String w = Articles.uniqueWord();
        List<String> newestFirst = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            newestFirst.add(0, publish(w, "Report " + day + " on " + w + ".",
                    "2026-04-0" + day + "T12:00:00Z", 0.0, "Wire"));
        }
        awaitTotal(r -> r.queryParam("q", w), 7);

        for (boolean fold : List.of(true, false)) {
            List<Object> byDate = walk(w, "date", fold);
            List<Object> byRelevance = walk(w, "relevance", fold);

            assertThat(byDate).as("fold=" + fold).containsExactlyElementsOf(newestFirst);
            assertThat(byRelevance).as("fold=" + fold).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(newestFirst);
        }
    }

    @Test
    void timelineCountsArticlesPerDayWithTheirAverageTone() {
        String w = Articles.uniqueWord();
        publish(w, "One " + w, "2026-05-01T08:00:00Z", 0.2, "Wire");
        publish(w, "Two " + w, "2026-05-01T20:00:00Z", 0.6, "Wire");
        publish(w, "Three " + w, "2026-05-03T08:00:00Z", -0.4, "Wire");
        awaitTotal(r -> r.queryParam("q", w), 3);

        JsonPath timeline = given().queryParam("q", w).queryParam("interval", "day").get("/timeline")
                .then().statusCode(200).extract().jsonPath();

        assertThat(timeline.getLong("total")).isEqualTo(3);
        assertThat(timeline.getList("buckets.start"))
                .containsExactly("2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", "2026-05-03T00:00:00Z");
        assertThat(timeline.getList("buckets.count")).containsExactly(2, 0, 1);
        assertThat(timeline.getDouble("buckets[0].averageTone")).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(timeline.getString("buckets[1].averageTone")).isNull();
    }

    static List<Object> walk(String word, String sort, boolean fold) {
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            String after = cursor;
            JsonPath result = search(r -> {
                RequestSpecification q = r.queryParam("q", word).queryParam("sort", sort).queryParam("limit", 3)
                        .queryParam("fold", fold);
                return after == null ? q : q.queryParam("cursor", after);
            });
            seen.addAll(result.getList("hits.id"));
            cursor = result.getString("nextCursor");
            if (cursor == null) {
                return seen;
            }
        }
        throw new AssertionError("more pages than hits: " + seen);
    }

    private static Map<Object, Object> facet(JsonPath result, String facet, String key) {
        Map<Object, Object> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> buckets = result.getList("facets." + facet);
        buckets.forEach(b -> counts.put(b.get(key), b.get("count")));
        return counts;
    }

    private static String publish(String word, String text, String published, double tone, String source,
            String... entityIds) {
        String id = Articles.newId();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityIds.length; i++) {
            String name = Character.toUpperCase(entityIds[i].charAt(entityIds[i].indexOf(':') + 1))
                    + entityIds[i].substring(entityIds[i].indexOf(':') + 2, entityIds[i].lastIndexOf('-')) + " " + word;
            entities.add(new Entity(entityIds[i], name, entityIds[i].startsWith("person") ? "PERSON" : "ORGANIZATION",
                    List.of(name), 1.0 / (i + 2), List.of(new Mention(0, 4, text.substring(0, 4)))));
        }
        topic.publish(new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "Story " + id, source,
                "https://news.example.org/" + id, Instant.parse(published), "en", text, Articles.INGESTED,
                "corenlp-4.5.10/1", Articles.ENRICHED, entities, List.of(), List.of(), List.of(), List.of(),
                new Tone(tone, List.of()), null));
        return id;
    }

    static void awaitTotal(UnaryOperator<RequestSpecification> params, long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> search(params).getLong("total") == expected);
    }

    static JsonPath search(UnaryOperator<RequestSpecification> params) {
        return params.apply(given()).get("/articles").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }
}
