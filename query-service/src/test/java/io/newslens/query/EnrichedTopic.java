package io.newslens.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes records to articles.enriched the way nlp-service does: key = article id, JSON value. Also a JUnit
 * extension ({@code @RegisterExtension static final EnrichedTopic topic = new EnrichedTopic();}) that closes itself
 * after the class; its producer connects on the first send, once the test resources run the broker.
 */
final class EnrichedTopic implements AutoCloseable, AfterAllCallback {

    /** Records sent to one explicit partition are consumed in the order sent. */
    static final int PARTITION = 3;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private KafkaProducer<String, String> producer;
    /** Holds records until flushed: what it sends to one partition goes out as one record batch. */
    private KafkaProducer<String, String> holding;

    /** Sends the event to its key's partition and waits until the broker has it. */
    void publish(ArticleEnriched event) {
        publish(event, Map.of());
    }

    /** Sends the event with these record headers (e.g. traceparent, X-Request-Id), as nlp-service would. */
    void publish(ArticleEnriched event, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ARTICLES_ENRICHED, event.articleId(),
                toJson(event));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
    }

    /** Sends any value to {@link #PARTITION}, so that its order against other such records is known. */
    void publishInOrder(String key, String value) {
        send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, PARTITION, key, value));
    }

    void publishInOrder(ArticleEnriched event) {
        publishInOrder(event.articleId(), toJson(event));
    }

    /**
     * Sends the events to {@link #PARTITION} in this order and in one produce request: the broker stores them as one
     * record batch, and a consumer's poll returns all of them together.
     */
    void publishTogether(List<ArticleEnriched> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        synchronized (this) {
            if (holding == null) {
                holding = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 600_000,
                        ProducerConfig.BATCH_SIZE_CONFIG, 4 * 1024 * 1024), new StringSerializer(), new StringSerializer());
            }
            for (ArticleEnriched event : events) {
                sent.add(holding.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, PARTITION, event.articleId(),
                        toJson(event))));
            }
            holding.flush();
        }
        for (Future<RecordMetadata> one : sent) {
            try {
                one.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Could not publish to " + Topics.ARTICLES_ENRICHED, e);
            }
        }
    }

    /**
     * Sends a marker article after everything this test sent to {@link #PARTITION} and waits until it is readable:
     * the partition is consumed in order, so all earlier records have been handled.
     */
    void awaitHandledUpToHere() {
        String marker = Articles.newId();
        publishInOrder(Articles.plain(marker, "Marker", "Everything before this record has been consumed."));
        ArticleProjectionTest.awaitArticle(marker);
    }

    static String toJson(ArticleEnriched event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
        if (holding != null) {
            holding.close();
            holding = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
