package io.newslens.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newslens.contracts.Topics;
import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Quote;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.testing.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Faults injected into a whole running system of its own ({@link FaultStack}): a crashed nlp-service, a Kafka outage,
 * a PostgreSQL outage. Each test restores what it stopped in a finally block, is bounded in time, and proves the
 * guarantees of docs/reliability.md through the gateway, the topics and the read model's tables.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FaultInjectionTest {

    private static final String PROBLEM = "application/problem+json";

    private static FaultStack faults;

    @BeforeAll
    static void startStack() {
        faults = FaultStack.start();
    }

    @AfterAll
    static void stopStack() {
        if (faults != null) {
            faults.close();
        }
    }

    @Test
    void killedNlpServiceLeavesEveryArticleEnrichedExactlyOnce() {
        int count = 500;
        List<ArticleSubmission> articles = SyntheticArticles.generate("kill", count, 9);
        long enrichedBefore = faults.countWithStatus(ArticleStatus.ENRICHED);
        long failedBefore = faults.countWithStatus(ArticleStatus.FAILED);
        Instant started = Instant.now();
        List<String> ids;
        long enrichedAtKill;
        // The kill is timed on articles.enriched itself: ingest's ENRICHED count follows that topic through a
        // consumer of its own and can lag it by the whole run, which once let every article finish before the kill.
        try (TopicReader enriched = new TopicReader(faults.stack().kafka().bootstrapServers(),
                Topics.ARTICLES_ENRICHED)) {
            ids = faults.submitBatch(articles);
            Set<String> ours = new HashSet<>(ids);
            assertThat(enriched.await(r -> ours.contains(r.key()), count / 10, Duration.ofMinutes(5)))
                    .as("a tenth of the run enriched").hasSizeGreaterThanOrEqualTo(count / 10);
            faults.stack().service("nlp-service").kill();
            enrichedAtKill = enriched.drain(r -> ours.contains(r.key()), Duration.ofSeconds(1)).stream()
                    .map(ConsumerRecord::key).distinct().count();
        }
        System.out.printf("nlp-service killed (SIGKILL) with %d of %d articles enriched, %s after submission%n",
                enrichedAtKill, count, Duration.between(started, Instant.now()));
        assertThat(enrichedAtKill).as("the kill must fall in the middle of the run").isLessThan(count);

        faults.stack().restartService("nlp-service");
        await("every article enriched after the restart").atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> faults.countWithStatus(ArticleStatus.ENRICHED) - enrichedBefore == count);
        System.out.printf("%d articles enriched %s after submission, nlp-service restart included%n", count,
                Duration.between(started, Instant.now()));
        assertThat(faults.countWithStatus(ArticleStatus.FAILED)).isEqualTo(failedBefore);

        Map<String, List<ArticleEnriched>> events = enrichedEvents(ids, Duration.ofMinutes(2));
        long enrichedTwice = events.values().stream().filter(e -> e.size() > 1).count();
        System.out.printf("articles.enriched holds %d events for the %d articles: %d articles were enriched more "
                + "than once (redelivered after the kill)%n",
                events.values().stream().mapToInt(List::size).sum(), count, enrichedTwice);
        assertThat(events).hasSize(count);

        await("the read model has every article").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> faults.rowsPerArticle("article", "id", ids).size() == count);
        assertThat(faults.rowsPerArticle("article", "id", ids).values()).containsOnly(1);
        for (int i = 0; i < count; i++) {
            String id = ids.get(i);
            ArticleView article = faults.gateway().get(id).orElseThrow();
            assertThat(article.status()).as(id).isEqualTo(ArticleStatus.ENRICHED);
            assertOneEnrichment(article, events.get(id));
            SearchResult hits = faults.gateway().search(SyntheticArticles.token("kill", i), 10);
            assertThat(hits.hits()).as("search for the token of " + id).singleElement()
                    .satisfies(hit -> assertThat(hit.id()).isEqualTo(id));
        }
    }

    @Test
    void ingestionKeepsAcceptingWhileKafkaIsDownAndEverythingFlowsOnceItIsBack() throws Exception {
        List<ArticleSubmission> articles = SyntheticArticles.generate("kafka", 20, 11);
        long enrichedBefore = faults.countWithStatus(ArticleStatus.ENRICHED);
        Map<String, String> ids = new HashMap<>();
        faults.stack().stopKafka();
        try {
            for (int i = 0; i < articles.size(); i++) {
                if (i == articles.size() / 2) {
                    // Past the producer's delivery.timeout.ms (30 s): the relay's sends of the first half have
                    // failed for good, so those rows reach Kafka only through the outbox (sent again after the lease).
                    Thread.sleep(32_000);
                }
                HttpResponse<String> answer = faults.send("POST", "/api/v1/articles", json(articles.get(i)));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                ids.put(FaultStack.read(answer.body(), new TypeReference<ArticleAccepted>() { }).id(), SyntheticArticles.token("kafka", i));
            }
            for (String id : ids.keySet()) {
                HttpResponse<String> status = faults.send("GET", "/api/v1/articles/" + id + "/status", null);
                assertThat(status.body()).as("stored, not yet published").contains("\"status\":\"RECEIVED\"");
            }
            int ingestReadiness = faults.readiness("ingest-service");
            System.out.printf("Kafka down: %d POSTs answered 202; ingest-service readiness answers %d%n",
                    ids.size(), ingestReadiness);
            // Kafka is not part of ingest's readiness: in Kubernetes its pods stay in their Service and keep accepting.
            assertThat(ingestReadiness).isEqualTo(200);
        } finally {
            faults.stack().startKafka();
        }
        Instant back = Instant.now();
        await("every article enriched once Kafka is back").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> faults.countWithStatus(ArticleStatus.ENRICHED) - enrichedBefore == ids.size());
        System.out.printf("Kafka back: all %d articles enriched %s later%n", ids.size(),
                Duration.between(back, Instant.now()));
        await().atMost(Duration.ofMinutes(1)).until(() -> faults.readiness("ingest-service") == 200);
        for (Map.Entry<String, String> article : ids.entrySet()) {
            assertThat(faults.gateway().get(article.getKey()).orElseThrow().status()).isEqualTo(ArticleStatus.ENRICHED);
            assertThat(faults.gateway().search(article.getValue(), 10).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.id()).isEqualTo(article.getKey()));
        }
    }

    @Test
    void projectionWaitsForPostgresWithoutCommittingAndCatchesUpWithoutLoss() throws Exception {
        int count = 60;
        List<ArticleSubmission> articles = SyntheticArticles.generate("pg", count, 13);
        long enrichedBefore = faults.countWithStatus(ArticleStatus.ENRICHED);
        List<String> ids = new ArrayList<>();
        // nlp-service is stopped until PostgreSQL is: every enriched event of the batch is produced during the outage.
        faults.stack().service("nlp-service").close();
        try {
            ids.addAll(faults.submitBatch(articles));
            Set<String> ours = new HashSet<>(ids);
            await("every article handed to Kafka").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> faults.countWithStatus(ArticleStatus.RECEIVED) == 0);
            Instant stopped = Instant.now();
            faults.stack().stopPostgres();
            faults.stack().restartService("nlp-service");
            try (TopicReader enriched = new TopicReader(faults.stack().kafka().bootstrapServers(),
                    Topics.ARTICLES_ENRICHED)) {
                List<ConsumerRecord<String, String>> produced = enriched.await(r -> ours.contains(r.key()), count,
                        Duration.ofMinutes(5));
                assertThat(produced).as("nlp-service enriched the batch while PostgreSQL was down").hasSize(count)
                        .allSatisfy(r -> assertThat(r.timestamp()).isGreaterThan(stopped.toEpochMilli()));
                assertReadModelUnavailable(event(produced.get(0).value()));

                // Longer than query-service's retry budget for other database errors (0.5+1+2+4+8 s): an outage must
                // never make it skip an event or stop consuming.
                Thread.sleep(Math.max(0, Duration.ofSeconds(25).toMillis()
                        - Duration.between(stopped, Instant.now()).toMillis()));
                Map<TopicPartition, Long> firstUnstored = produced.stream()
                        .collect(Collectors.toMap(r -> new TopicPartition(r.topic(), r.partition()),
                                ConsumerRecord::offset, Math::min));
                Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets("query-service");
                firstUnstored.forEach((partition, offset) -> assertThat(committed.get(partition))
                        .as("query-service's committed offset of %s, whose record %d came during the outage",
                                partition, offset)
                        .satisfiesAnyOf(c -> assertThat(c).isNull(),
                                c -> assertThat(c.offset()).isLessThanOrEqualTo(offset)));
                System.out.printf("PostgreSQL down for %s: %d enriched events produced meanwhile, none committed by "
                        + "query-service%n", Duration.between(stopped, Instant.now()), produced.size());
            }
        } finally {
            faults.stack().startPostgres();
            if (!faults.stack().service("nlp-service").isAlive()) {
                faults.stack().restartService("nlp-service");
            }
        }
        Instant back = Instant.now();
        await("every article enriched once PostgreSQL is back").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> faults.countWithStatus(ArticleStatus.ENRICHED) - enrichedBefore == count);
        await("the read model has every article").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> faults.rowsPerArticle("article", "id", ids).size() == count);
        System.out.printf("PostgreSQL back: all %d articles enriched and stored %s later%n", count,
                Duration.between(back, Instant.now()));
        assertThat(faults.rowsPerArticle("article", "id", ids).values()).containsOnly(1);
        for (String id : ids) {
            assertThat(faults.gateway().get(id).orElseThrow().status()).isEqualTo(ArticleStatus.ENRICHED);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> faults.readiness("query-service") == 200
                && faults.readiness("ingest-service") == 200);
    }

    /** What answers while PostgreSQL is down: 503 problems from what needs it, search from OpenSearch. */
    private static void assertReadModelUnavailable(ArticleEnriched sample) {
        HttpResponse<String> article = faults.send("GET", "/api/v1/articles/" + sample.articleId(), null);
        assertProblem(article, 503);
        if (!sample.entities().isEmpty()) {
            assertProblem(faults.send("GET", "/api/v1/entities/" + sample.entities().get(0).id(), null), 503);
        }
        HttpResponse<String> quotes = faults.send("GET", "/api/v1/quotes?q=good", null);
        assertProblem(quotes, 503);
        HttpResponse<String> search = faults.send("GET", "/api/v1/articles?q=reference", null);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        HttpResponse<String> submit = faults.send("POST", "/api/v1/articles",
                json(SyntheticArticles.generate("pgdown", 1, 17).get(0)));
        assertProblem(submit, 503);
        System.out.printf("PostgreSQL down: GET article %d, entity profile 503, quotes %d, search %d (OpenSearch), "
                        + "POST article %d; readiness ingest %d, query %d%n", article.statusCode(),
                quotes.statusCode(), search.statusCode(), submit.statusCode(),
                faults.readiness("ingest-service"), faults.readiness("query-service"));
    }

    /** The facts the API shows are one enrichment's: each entity with its mentions once, each quote once. */
    private static void assertOneEnrichment(ArticleView article, List<ArticleEnriched> enrichments) {
        ArticleEnriched last = enrichments.get(enrichments.size() - 1);
        assertThat(mentionsPerEntity(article.entities())).as(article.id())
                .isEqualTo(mentionsPerEntity(last.entities()));
        assertThat(article.quotes() == null ? 0 : article.quotes().size()).as(article.id())
                .isEqualTo(last.quotes().size());
        assertThat(article.quotes() == null ? List.of() : article.quotes().stream().map(Quote::start).toList())
                .doesNotHaveDuplicates();
    }

    private static Map<String, Integer> mentionsPerEntity(List<Entity> entities) {
        Map<String, Integer> mentions = new TreeMap<>();
        for (Entity e : entities == null ? List.<Entity>of() : entities) {
            mentions.merge(e.id(), (int) e.mentions().stream().distinct().count(), Integer::sum);
            assertThat(e.mentions()).as(e.id()).doesNotHaveDuplicates();
        }
        return mentions;
    }

    /** Every event of articles.enriched for these articles, per article in topic order. */
    private static Map<String, List<ArticleEnriched>> enrichedEvents(List<String> ids, Duration timeout) {
        Set<String> wanted = new HashSet<>(ids);
        try (TopicReader reader = new TopicReader(faults.stack().kafka().bootstrapServers(), Topics.ARTICLES_ENRICHED)) {
            reader.await(r -> wanted.contains(r.key()), ids.size(), timeout);
            return reader.drain(r -> wanted.contains(r.key()), Duration.ofSeconds(2)).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key,
                            Collectors.mapping(r -> event(r.value()), Collectors.toList())));
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) throws Exception {
        try (Admin admin = faults.stack().kafka().admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    }

    private static ArticleEnriched event(String json) {
        try {
            return GatewayClient.JSON.readValue(json, ArticleEnriched.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        return GatewayClient.JSON.valueToTree(value).toString();
    }
}
