package io.newslens.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import io.newslens.contracts.event.Tone;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Projection throughput: how many enriched events per second query-service applies (PostgreSQL transaction, then the
 * OpenSearch document) with real Kafka, PostgreSQL and OpenSearch from devstack, all on this machine. Publishes
 * synthetic {@code ArticleEnriched} events (about 2,000 characters, 8 entities out of a shared pool of 400 with 2
 * mentions each, 2 quotes, 5 keywords, tone; some near-duplicates) as fast as a producer can, then measures from the
 * first send until the applied counter has grown by N, and until the consumer group's lag is 0 (offsets are committed
 * every few seconds, so that second time is an upper bound), and the CPU time this JVM, the OpenSearch node and the
 * PostgreSQL server spent meanwhile, per event: on a shared machine the rate measures the contention, the CPU per
 * event the code. A warm-up of {@code newslens.bench.warm-up} events (10,000) comes first: with fewer, the JIT still
 * compiles during the measurement. Not part of the default
 * build:
 * {@code ./mvnw -B test -pl query-service -am -Dtest=ProjectionThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dnewslens.benchmark=true [-Dnewslens.bench.events=5000]}.
 * Prints a Markdown row. {@code -Dnewslens.bench.events-source=bbc} publishes the real BBC enrichments of
 * {@link ReplicatedCorpus} instead (warm-up and measured events are consecutive slices of it, so every id is new).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class ProjectionThroughputBenchmark {

    private static final int EVENTS = Integer.getInteger("newslens.bench.events", 5_000);
    /** Enough for the JIT to have compiled the hot paths of the service, the broker and OpenSearch. */
    private static final int WARM_UP = Integer.getInteger("newslens.bench.warm-up", 10_000);
    private static final boolean BBC = "bbc".equals(System.getProperty("newslens.bench.events-source"));
    private static final int ENTITY_POOL = 400;
    private static final String GROUP = "query-service";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    MeterRegistry registry;
    @Inject
    Pool pool;

    private ReplicatedCorpus corpus;
    private int published;

    @Test
    void projectionThroughput() throws Exception {
        if (BBC) {
            var file = ReplicatedCorpus.eventsFile();
            Assumptions.assumeTrue(file.isPresent(), "no bbc-enriched-*.ndjson in ~/.cache/newslens (see docs/benchmarks.md)");
            corpus = ReplicatedCorpus.read(file.get());
        }
        try (KafkaProducer<String, String> producer = producer(); Admin admin = admin()) {
            publishAndAwait(producer, admin, WARM_UP);
            String loadBefore = StackCpu.loadAverage();
            DistributionSummary batches = registry.find("newslens_query_projection_batch_records").summary();
            long batchesBefore = batches.count();
            double recordsBefore = batches.totalAmount();
            Result run = publishAndAwait(producer, admin, EVENTS);
            String loadAfter = StackCpu.loadAverage();
            System.out.printf("%nBatches while measuring: %d, %.1f records each on average%n",
                    batches.count() - batchesBefore,
                    (batches.totalAmount() - recordsBefore) / Math.max(1, batches.count() - batchesBefore));
            StackCpu perEvent = run.cpu().per(EVENTS);
            System.out.println(run.threads());
            System.out.printf("%n| events | applied in s | events/s | lag 0 after s | events/s to lag 0 "
                    + "| CPU ms per event: all (JVM / OpenSearch / PostgreSQL) | load before | load after |%n"
                    + "|---|---|---|---|---|---|---|---|%n"
                    + "| %d | %.1f | %.0f | %.1f | %.0f | %s | %s | %s |%n%n", EVENTS,
                    run.applied().toMillis() / 1000.0, EVENTS * 1000.0 / run.applied().toMillis(),
                    run.lagZero().toMillis() / 1000.0, EVENTS * 1000.0 / run.lagZero().toMillis(),
                    perEvent.describe(), loadBefore, loadAfter);
            assertThat(run.applied()).isPositive();
        }
    }

    /**
     * @param cpu CPU time spent until the last event was applied
     * @param threads the JVM's share of it, split between query-service and the Kafka side
     */
    private record Result(Duration applied, Duration lagZero, StackCpu cpu, String threads) {
    }

    private Result publishAndAwait(KafkaProducer<String, String> producer, Admin admin, int n) throws Exception {
        double before = applied();
        List<String> payloads = new ArrayList<>(n);
        List<String> keys = new ArrayList<>(n);
        List<ArticleEnriched> events = new ArrayList<>(n);
        if (BBC) {
            events.addAll(corpus.slice(published, published + n));
        } else {
            for (int i = 0; i < n; i++) {
                events.add(event(i, i % 10 == 9 ? events.get(i - 1).articleId() : null));
            }
        }
        published += n;
        for (ArticleEnriched event : events) {
            keys.add(event.articleId());
            payloads.add(JSON.writeValueAsString(event));
        }
        StackCpu cpuBefore = StackCpu.sample(pool);
        ThreadCpu threadsBefore = ThreadCpu.sample();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, keys.get(i), payloads.get(i)));
        }
        producer.flush();
        while (applied() < before + n) {
            Thread.sleep(20);
        }
        Duration applied = Duration.ofNanos(System.nanoTime() - start);
        StackCpu cpu = StackCpu.sample(pool).minus(cpuBefore);
        String threads = ThreadCpu.sample().describeSince(threadsBefore, n);
        while (lag(admin) > 0) {
            Thread.sleep(100);
        }
        return new Result(applied, Duration.ofNanos(System.nanoTime() - start), cpu, threads);
    }

    private double applied() {
        Counter counter = registry.find("newslens_query_events_applied").tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ARTICLES_ENRICHED)).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(Topics.ARTICLES_ENRICHED).partitions().stream()
                .map(p -> new TopicPartition(Topics.ARTICLES_ENRICHED, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** A synthetic enrichment; {@code duplicateOf} makes one in ten a near-duplicate of the one before. */
    private static ArticleEnriched event(int n, String duplicateOf) {
        String id = "bench-" + UUID.randomUUID();
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        List<EntityTone> tones = new ArrayList<>();
        for (int e = 0; e < 8; e++) {
            int pick = (n * 7 + e * 53) % ENTITY_POOL;
            String name = "Entity" + pick + " Name";
            String type = pick % 3 == 0 ? "PERSON" : pick % 3 == 1 ? "ORGANIZATION" : "LOCATION";
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 2; m++) {
                text.append("Reports on the matter continue as ");
                mentions.add(new Mention(text.length(), text.length() + name.length(), name));
                text.append(name).append(" was mentioned in paragraph ").append(e).append(" of story ").append(n)
                        .append(", with further detail on markets, policy and the week's events. ");
            }
            entities.add(new Entity(type.toLowerCase() + ":entity" + pick + "-name", name, type, List.of(name),
                    1.0 / 8, mentions));
            tones.add(new EntityTone(entities.get(e).id(), (e % 5 - 2) / 4.0, 2));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 2; q++) {
            Entity speaker = entities.get(q);
            String said = "We will look at every option for story " + n + " and report back";
            text.append('"');
            quotes.add(new Quote(said, text.length(), text.length() + said.length(),
                    new SpeakerRef(speaker.id(), speaker.name()), "said", List.of(entities.get(q + 2).id())));
            text.append(said).append(",\" said ").append(speaker.name()).append(". ");
        }
        List<Keyword> keywords = List.of(new Keyword("markets", 1.0, 8), new Keyword("policy", 0.8, 8),
                new Keyword("story " + n, 0.6, 3), new Keyword("further detail", 0.4, 16), new Keyword("week", 0.2, 16));
        Instant now = Instant.now();
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "Benchmark story " + n, "Bench Wire",
                "https://bench.example.org/" + id, now.minusSeconds(n * 60L), "en", text.toString(), now,
                "corenlp-4.5.10+newslens-5", now, entities, quotes, List.of(), List.of(), keywords,
                new Tone(0.1, tones), duplicateOf);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new StringSerializer());
    }

    private static Admin admin() {
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.broker().bootstrapServers()));
    }


}
