package io.newslens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.stack.Stack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole system as {@code ./newslens up} starts it (real Kafka, PostgreSQL, four service processes from their
 * jars, on free ports), driven only through the gateway with the five real seed articles from ../shared.
 * The stack is the run's shared {@link SeededStack}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SeededStack.Resolver.class)
class SeedArticlesEndToEndTest {

    private static final Path SEEDS = SeededStack.SEEDS;
    /** In four of the five seeds. */
    private static final String PHRASE = "national security";

    private Stack stack;
    private GatewayClient gateway;
    private Map<String, ArticleView> enriched;

    @BeforeAll
    void useTheSeededStack(SeededStack seeded) {
        stack = seeded.stack();
        gateway = seeded.gateway();
        enriched = seeded.enriched();
    }

    @Test
    void pompeoSeedHasPersonAndOrganizationMentionsAtExactOffsets() {
        ArticleView article = enriched.get("000_c5a94af7eacc4306.txt");
        assertThat(article).isNotNull();
        assertThat(coveringMention(article, "PERSON", "Mike Pompeo")).isTrue();
        assertThat(coveringMention(article, "ORGANIZATION", "Huawei")).isTrue();
        for (Entity entity : article.entities()) {
            for (Mention m : entity.mentions()) {
                assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void searchForHuaweiFindsAllFiveSeeds() {
        SearchResult result = gateway.search("huawei", 20);
        assertThat(result.hits()).extracting(h -> h.id())
                .containsExactlyInAnyOrderElementsOf(enriched.values().stream().map(ArticleView::id).toList());
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("<b>huawei</b>"));
    }

    @Test
    void badInputAtTheGatewayIsAProblemWithTheRightStatus() throws Exception {
        assertThat(post("application/json", "{\"text\": \"\"}")).isEqualTo(422);
        assertThat(post("application/json", "{\"text\": ")).isEqualTo(400);
        assertThat(post("text/plain", "Huawei")).isEqualTo(415);
        assertThat(post("application/json", "{\"text\": \"" + "a".repeat(200_001) + "\"}")).isEqualTo(413);
    }

    @Test
    void repostingASeedIsADuplicateWithTheSameIdAndItsStatusHasAHistory() throws Exception {
        ArticleView seed = enriched.get("001_459c1da9db5dd484.txt");
        String raw = Files.readString(SEEDS.resolve("001_459c1da9db5dd484.txt"));
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GatewayClient.JSON.writeValueAsString(Map.of("text", raw)))));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.JSON.readTree(again.body()).path("id").asText()).isEqualTo(seed.id());
        assertThat(GatewayClient.JSON.readTree(again.body()).path("duplicate").asBoolean()).isTrue();

        // ingest-service learns of the enrichment from articles.enriched itself, moments after query-service.
        URI statusUri = URI.create(stack.gatewayUrl() + "/api/v1/articles/" + seed.id() + "/status");
        HttpResponse<String> status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> send(HttpRequest.newBuilder(statusUri).GET()),
                        r -> r.body().contains("\"status\":\"ENRICHED\""));
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode view = GatewayClient.JSON.readTree(status.body());
        assertThat(view.path("status").asText()).isEqualTo("ENRICHED");
        assertThat(view.path("history").findValuesAsText("status")).containsExactly("RECEIVED", "PUBLISHED", "ENRICHED");
    }

    @Test
    void theSeedsLostTheirSiteChromeAndGotALanguage() {
        assertThat(enriched.values()).allSatisfy(a -> {
            assertThat(a.text()).doesNotContain("Sign up to receive our latest news").doesNotContain("Disqus");
            assertThat(a.language()).isEqualTo("en");
        });
    }

    @Test
    void analyzeFindsPompeosQuoteWithoutStoringAnything() throws Exception {
        String raw = Files.readString(SEEDS.resolve("000_c5a94af7eacc4306.txt"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GatewayClient.JSON.writeValueAsString(
                        Map.of("text", raw, "publishedAt", "2020-01-31T12:00:00Z")))));
        assertThat(response.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode analysis = GatewayClient.JSON.readTree(response.body());
        assertThat(analysis.path("quotes")).anySatisfy(q -> {
            assertThat(q.path("text").asText()).contains("central threat of our times");
            assertThat(q.path("speaker").path("name").asText()).isEqualTo("Mike Pompeo");
        });
    }

    @Test
    void pompeosProfileListsHisQuotesAndHuaweiAmongHisCoMentions() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(stack.gatewayUrl() + "/api/v1/entities/person:mike-pompeo")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode profile = GatewayClient.JSON.readTree(response.body());
        assertThat(profile.path("name").asText()).isEqualTo("Mike Pompeo");
        assertThat(profile.path("quotesBy")).anySatisfy(
                q -> assertThat(q.path("text").asText()).contains("central threat of our times"));
        assertThat(profile.path("coMentions")).anySatisfy(
                e -> assertThat(e.path("id").asText()).isEqualTo("organization:huawei"));
    }

    /** Seeds whose text contains {@code phrase}, ignoring case. */
    private long seedsWith(String phrase) {
        return enriched.values().stream().filter(a -> a.text().toLowerCase(java.util.Locale.ROOT).contains(phrase))
                .count();
    }

    /** {@code "phrase"}, URL-encoded for a q parameter. */
    private static String quoted(String phrase) {
        return java.net.URLEncoder.encode("\"" + phrase + "\"", java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPhraseSearchFindsExactlyTheSeedsWithThePhrase() throws Exception {
        long withPhrase = seedsWith(PHRASE);
        JsonNode result = getJson("/api/v1/articles?limit=100&q=" + quoted(PHRASE));
        assertThat(withPhrase).isPositive();
        assertThat(result.path("total").asLong()).isEqualTo(withPhrase);
    }

    @Test
    void everySeedIsFoundByTheHuaweiEntity() throws Exception {
        JsonNode result = getJson("/api/v1/articles?entity=organization:huawei&limit=100");
        List<String> hitIds = new java.util.ArrayList<>();
        result.path("hits").forEach(hit -> hitIds.add(hit.path("id").asText()));
        assertThat(hitIds)
                .containsExactlyInAnyOrderElementsOf(enriched.values().stream().map(ArticleView::id).toList());
    }

    @Test
    void theGraphAroundHuaweiLinksItToZteTheUnitedStatesAndChina() throws Exception {
        JsonNode graph = getJson("/api/v1/graph?entity=organization:huawei&limit=50");
        assertThat(graph.path("nodes").findValuesAsText("id"))
                .contains("organization:huawei", "organization:zte", "location:united-states", "location:china");
        assertThat(graph.path("edges")).anySatisfy(e -> assertThat(List.of(e.path("source").asText(),
                e.path("target").asText())).containsExactlyInAnyOrder("organization:huawei", "organization:zte"));
    }

    @Test
    void theGraphOfAPhraseSearchCountsOnlyTheArticlesWithThePhrase() throws Exception {
        long withPhrase = seedsWith(PHRASE);
        JsonNode graph = getJson("/api/v1/graph?entity=organization:huawei&q=" + quoted(PHRASE));
        assertThat(withPhrase).isPositive().isLessThan(enriched.size());
        assertThat(graph.path("nodes").get(0).path("id").asText()).isEqualTo("organization:huawei");
        assertThat(graph.path("nodes").get(0).path("weight").asLong()).isEqualTo(withPhrase);
        assertThat(graph.path("edges")).allSatisfy(e -> assertThat(e.path("articles").asLong()).isBetween(1L, withPhrase));
    }

    @Test
    void quotesAboutHuaweiIncludeHuaChunyingsAndZhaoLijians() throws Exception {
        // Hua Chunying's words (seed 004) never name Huawei inside the marks: "Huawei's critics are conjuring up
        // threats and misusing state power to “suppress …”", so the quote is about Huawei by its sentence's frame
        // (Quote.aboutIds), not by what it names.
        JsonNode quotes = getJson("/api/v1/quotes?about=organization:huawei&limit=100");
        assertThat(quotes.path("quotes").findValuesAsText("speakerId"))
                .contains("person:hua-chunying", "person:zhao-lijian");
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + pathAndQuery)).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return GatewayClient.JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("X-API-Key", stack.config().apiKey()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Some mention of an entity of this type covers the phrase (a longer mention such as "Mike Pompeo's" counts). */
    private static boolean coveringMention(ArticleView article, String type, String phrase) {
        String text = article.text();
        return article.entities().stream().filter(e -> e.type().equals(type))
                .flatMap(e -> e.mentions().stream())
                .anyMatch(m -> text.substring(m.start(), m.end()).contains(phrase));
    }

    /** POSTs a raw body; returns the status after checking the answer is a problem document. */
    private int post(String contentType, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/articles"))
                        .header("Content-Type", contentType)
                        .header("X-API-Key", stack.config().apiKey())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return response.statusCode();
    }
}
