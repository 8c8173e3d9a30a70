package io.newslens.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.contracts.Topics;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault injection: articles that pass ingest's validation but that CoreNLP cannot annotate in bounded time and
 * memory. Each must reach the dead-letter topic with its reason after one attempt, show FAILED with that reason
 * through the gateway, and not hold up the articles behind it on its partition. Runs on the shared
 * {@link SeededStack}; its articles mention none of the seeds' entities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SeededStack.Resolver.class)
class PoisonArticleTest {

    /** Over 300 characters of plain English first, so that language detection says en and NLP does run. */
    private static final String PREAMBLE = "The harbour committee of Tromsvik met on Monday evening to discuss the "
            + "repairs to the old ferry pier, which was damaged by the autumn storms. The chairwoman, Ingrid Solberg, "
            + "told the members that the work would start in the spring and last about three months, and that the "
            + "ferry to Lysøya would use the fishing quay in the meantime.\n";
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);
    /** Partitions of articles.ingested are 12: 200 draws miss one given partition with odds under 1 in 10^7. */
    private static final int MAX_FOLLOWERS = 200;

    private SeededStack seeded;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void useTheSeededStack(SeededStack seeded) {
        this.seeded = seeded;
    }

    @Test
    void anArticleWithOneGiantTokenIsDeadLetteredAndFailedWhileTheArticleBehindItIsEnriched() throws Exception {
        // 150,000 characters without a break: CoreNLP's NER features grow with the square of a token's length.
        String text = PREAMBLE + "Attachment: " + "Q".repeat(150_000) + "\n";
        provePoison(text, "newslens.nlp.max-token-chars");
    }

    @Test
    void anArticleOfDeeplyNestedMarkupIsDeadLetteredAndFailedWhileTheArticleBehindItIsEnriched() throws Exception {
        // 12,000 nested tags on one line: one sentence of 24,000 tokens, which ran the POS tagger out of a 2 GB heap.
        String text = PREAMBLE + "<div><span>".repeat(6_000) + "end" + "</span></div>".repeat(6_000) + "\n";
        provePoison(text, "newslens.nlp.max-sentence-tokens");
    }

    private void provePoison(String text, String limitNamed) throws Exception {
        try (TopicReader ingested = reader(Topics.ARTICLES_INGESTED);
                TopicReader dlq = reader(Topics.ARTICLES_INGESTED_DLQ)) {
            String poison = seeded.gateway().submit(new ArticleSubmission(text, "Pier repairs, attachment", null, null,
                    null)).id();
            ConsumerRecord<String, String> poisonRecord = only(ingested.await(keyed(poison), 1, PIPELINE_WAIT), poison);

            List<String> followers = submitUntilOneSharesThePartition(ingested, poisonRecord);

            ConsumerRecord<String, String> dead = only(dlq.await(keyed(poison), 1, PIPELINE_WAIT), poison);
            String reason = header(dead, "dead-letter-reason");
            System.out.println("Dead-lettered " + poison + ": " + reason);
            assertThat(reason).startsWith("Not annotatable: ").contains(limitNamed);

            JsonNode status = awaitStatus(poison, "FAILED");
            assertThat(status.path("reason").asText()).isEqualTo(reason);
            assertThat(status.path("history").findValuesAsText("status")).containsExactly("RECEIVED", "PUBLISHED",
                    "FAILED");
            for (String follower : followers) {
                assertThat(awaitStatus(follower, "ENRICHED").path("status").asText()).isEqualTo("ENRICHED");
            }
            // One attempt only: the poison was dead-lettered once and never enriched.
            assertThat(dlq.drain(keyed(poison), Duration.ofSeconds(2))).hasSize(1);
            ArticleView view = seeded.gateway().get(poison).orElseThrow();
            assertThat(view.status()).isEqualTo(ArticleStatus.FAILED);
            assertThat(view.entities()).isNullOrEmpty();
        }
    }

    /**
     * The gateway cannot choose an article's partition (ingest keys it by its new id), so short articles are
     * submitted until one lands on the poison's partition after it; returns all of them.
     */
    private List<String> submitUntilOneSharesThePartition(TopicReader ingested,
            ConsumerRecord<String, String> poison) {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < MAX_FOLLOWERS; i++) {
            String id = seeded.gateway().submit(new ArticleSubmission(follower(i), null, null, null, null)).id();
            submitted.add(id);
            ConsumerRecord<String, String> record = only(ingested.await(keyed(id), 1, PIPELINE_WAIT), id);
            if (record.partition() == poison.partition() && record.offset() > poison.offset()) {
                System.out.printf("Poison at %s-%d offset %d; follower %d (%s) at offset %d%n", poison.topic(),
                        poison.partition(), poison.offset(), i, id, record.offset());
                return submitted;
            }
        }
        throw new AssertionError("No article of " + MAX_FOLLOWERS + " landed on partition " + poison.partition());
    }

    /** A short article unlike every other (the near-duplicate check would otherwise link them). */
    private static String follower(int i) {
        String[] towns = {"Tromsvik", "Lysøya", "Fjellby", "Nordhavn", "Kvitberg", "Solstrand", "Eikeland"};
        String[] things = {"library", "bridge", "school", "bakery", "museum", "sports hall", "clinic", "harbour"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        return String.format("Follower %d. The council of %s opened a new %s on %s, %d weeks after the vote. "
                        + "Residents counted %d visitors by noon and asked for %d more parking places.",
                i, towns[i % towns.length], things[(i / 7) % things.length], days[(i / 3) % days.length],
                i + 2, 40 + 17 * i, 3 + i % 9);
    }

    private JsonNode awaitStatus(String id, String expected) {
        URI uri = URI.create(seeded.stack().gatewayUrl() + "/api/v1/articles/" + id + "/status");
        return Awaitility.await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("X-API-Key", seeded.apiKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
                    return GatewayClient.JSON.readTree(response.body());
                }, view -> expected.equals(view.path("status").asText()));
    }

    private TopicReader reader(String topic) {
        return new TopicReader(seeded.stack().kafka().bootstrapServers(), topic);
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return r -> key.equals(r.key());
    }

    private static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, String key) {
        assertThat(records).as("records with key %s", key).hasSize(1);
        return records.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
