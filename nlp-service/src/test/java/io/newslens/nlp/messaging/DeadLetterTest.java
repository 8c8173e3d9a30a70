package io.newslens.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class DeadLetterTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void malformedRecordGoesToDeadLetterTopicAndTheNextOneOnItsPartitionIsStillEnriched() throws Exception {
        // One key, so both records land on the same partition, the bad one first.
        String key = TopicClient.uniqueKey("malformed");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, "{\"articleId\": \"" + key + "\", \"text\": ");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(key, "en", "Jane Doe arrived in Paris.")));

        ConsumerRecord<String, String> dead = TopicClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, key);
        assertThat(dead.value()).startsWith("{\"articleId\"");
        assertThat(header(dead, "dead-letter-reason")).contains("Not an ArticleIngested JSON");

        ConsumerRecord<String, String> enriched = TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        assertThat(mapper.readValue(enriched.value(), ArticleEnriched.class).text()).isEqualTo("Jane Doe arrived in Paris.");
    }

    @Test
    void anArticleWithAGiantTokenIsDeadLetteredWithTheLimitAsReasonAndTheNextOneIsEnriched() throws Exception {
        // Within ingest's 200,000-character limit, yet without the guard it ran CoreNLP's NER out of a 2 GB heap.
        String key = TopicClient.uniqueKey("giant-token");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(key, "en", "Jane Doe wrote " + "x".repeat(150_000) + ".")));
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(key, "en", "Jane Doe arrived in Paris.")));

        ConsumerRecord<String, String> dead = TopicClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, key);
        assertThat(header(dead, "dead-letter-reason"))
                .contains("a token of 150,000 characters", "newslens.nlp.max-token-chars");

        ConsumerRecord<String, String> enriched = TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        assertThat(mapper.readValue(enriched.value(), ArticleEnriched.class).text()).isEqualTo("Jane Doe arrived in Paris.");
    }

    @Test
    void theRequestIdHeaderTravelsFromTheIngestedRecordToTheEnrichedOne() throws Exception {
        String key = TopicClient.uniqueKey("traced");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(key, "en", "Jane Doe arrived in Paris.")), Map.of("X-Request-Id", "req-42"));

        ConsumerRecord<String, String> enriched = TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        assertThat(header(enriched, "X-Request-Id")).isEqualTo("req-42");
    }

    @Test
    void articleWithoutTextGoesToDeadLetterTopic() {
        String key = TopicClient.uniqueKey("no-text");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, "{\"schemaVersion\": 1, \"articleId\": \"" + key + "\"}");

        ConsumerRecord<String, String> dead = TopicClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, key);

        assertThat(header(dead, "dead-letter-reason")).contains("without articleId or text");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
