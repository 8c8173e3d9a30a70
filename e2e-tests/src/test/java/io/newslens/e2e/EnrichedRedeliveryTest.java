package io.newslens.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.Topics;
import io.newslens.contracts.api.ArticleView;
import io.newslens.devstack.infra.Postgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault injection: every record of articles.enriched delivered a second time, as after a consumer crash before
 * its offsets were committed. The consumers are idempotent, so the read model (what the gateway answers, and the
 * rows behind it) and the articles' statuses must come out unchanged. Runs on the shared {@link SeededStack}.
 */
@ExtendWith(SeededStack.Resolver.class)
class EnrichedRedeliveryTest {

    /** The consumer groups of articles.enriched (query-service and ingest-service application.properties). */
    private static final List<String> GROUPS = List.of("query-service", "ingest-service-status");
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    private SeededStack seeded;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void replayingArticlesEnrichedFromOffsetZeroLeavesTheReadModelUnchanged(SeededStack seeded) throws Exception {
        this.seeded = seeded;
        try (Admin admin = seeded.stack().kafka().admin()) {
            awaitCaughtUp(admin, endOffsets(admin)); // whatever earlier tests enriched is projected first
            Map<String, String> apiBefore = apiSnapshot();
            Map<String, String> rowsBefore = rowSnapshot();

            int replayed = replayFromOffsetZero();
            System.out.printf("Replayed %d records of %s%n", replayed, Topics.ARTICLES_ENRICHED);
            assertThat(replayed).isGreaterThanOrEqualTo(seeded.enriched().size());

            awaitCaughtUp(admin, endOffsets(admin));
            assertThat(apiSnapshot()).isEqualTo(apiBefore);
            assertThat(rowSnapshot()).isEqualTo(rowsBefore);
        }
    }

    /** What a user sees of the seeds: articles, statuses, searches, profiles, quotes, graph, timeline, totals. */
    private Map<String, String> apiSnapshot() throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/articles?q=huawei&limit=100&facets=entities,sources,days",
                "/api/v1/articles?entity=organization:huawei&limit=100&sort=date",
                "/api/v1/entities/person:mike-pompeo",
                "/api/v1/entities/organization:huawei",
                "/api/v1/entities?q=hua&limit=100",
                "/api/v1/quotes?about=organization:huawei&limit=100",
                "/api/v1/graph?entity=organization:huawei&limit=50",
                "/api/v1/timeline?entity=organization:huawei",
                "/api/v1/stats"));
        for (ArticleView seed : seeded.enriched().values()) {
            paths.add("/api/v1/articles/" + seed.id());
            paths.add("/api/v1/articles/" + seed.id() + "/status");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(seeded.stack().gatewayUrl() + path))
                    .header("X-API-Key", seeded.apiKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }

    /**
     * Every row of query-service's schema, and ingest's articles, as a count and an md5 of the rows in order: an
     * idempotent projection does not even touch updated_at.
     */
    private Map<String, String> rowSnapshot() throws Exception {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(seeded.stack().postgres().jdbcUrl(), Postgres.USER, "");
                Statement sql = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE (table_schema = 'query' AND table_name NOT LIKE 'flyway%') "
                    + "OR (table_schema = 'ingest' AND table_name = 'article') ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).contains("ingest.article");
            for (String table : names) {
                try (ResultSet rs = sql.executeQuery("SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, "
                        + "'|' ORDER BY t::text)), '-') FROM " + table + " t")) {
                    rs.next();
                    tables.put(table, rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** Reads the topic from offset 0 to its current end and produces each record again, to the same partition. */
    private int replayFromOffsetZero() throws Exception {
        String bootstrap = seeded.stack().kafka().bootstrapServers();
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", "false");
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                        "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read %s to its end in time", Topics.ARTICLES_ENRICHED).isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        producer.send(new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(), r.value(),
                                r.headers()));
                        replayed++;
                    }
                }
            }
            producer.flush();
        }
        return replayed;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ARTICLES_ENRICHED)).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(Topics.ARTICLES_ENRICHED).partitions().stream()
                .map(p -> new TopicPartition(Topics.ARTICLES_ENRICHED, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new LinkedHashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> end.put(p, info.offset()));
        return end;
    }

    /** Until every group's committed offsets reach {@code end} on every partition that has records (lag 0). */
    private static void awaitCaughtUp(Admin admin, Map<TopicPartition, Long> end) {
        Awaitility.await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                end.forEach((partition, offset) -> {
                    OffsetAndMetadata at = committed.get(partition);
                    assertThat(offset == 0 ? 0 : at == null ? -1 : at.offset()).as("%s at %s", group, partition)
                            .isEqualTo(offset);
                });
            }
        });
    }
}
