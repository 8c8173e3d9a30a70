package io.newslens.query;

import static io.newslens.query.ArticleProjectionTest.awaitArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Tone;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.newslens.query.service.ArticleProjection;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The entity rollups (V8: entity_day, entity_total) that profiles read are kept equal to sums over the stored facts by
 * the projection, and the co-mentions, sources and graph that the search index counts (since V12) follow the same
 * events: through inserts, a newer enrichment replacing an article's entities, date and source, a redelivery, a stale
 * event and two versions of one article in one batch. Kafka in; HTTP and PostgreSQL out, compared with values worked
 * out by hand from the published events and with V8's own backfill SQL run over the stored facts.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class EntityRollupTest {

    private static final String V1 = "corenlp-4.5.10+newslens-6";
    private static final String V2 = "corenlp-4.5.10+newslens-7";
    private static final Instant APR1_06 = Instant.parse("2026-04-01T06:00:00Z");
    private static final Instant APR1_08 = Instant.parse("2026-04-01T08:00:00Z");
    private static final Instant APR2_09 = Instant.parse("2026-04-02T09:00:00Z");
    private static final Instant APR5_10 = Instant.parse("2026-04-05T10:00:00Z");
    private static final Instant APR5_12 = Instant.parse("2026-04-05T12:00:00Z");

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Inject
    Pool db;

    @Inject
    ArticleProjection projection;

    private final String word = Articles.uniqueWord();

    @Test
    void profileAndGraphFollowReplacementsAndIgnoreRedeliveriesAndStaleEvents() {
        String a1 = Articles.newId();
        String a2 = Articles.newId();
        String a3 = Articles.newId();
        String a4 = Articles.newId();
        Instant enriched = Articles.ENRICHED;
        ArticleEnriched a1Replaced = event(a1, "Other Wire", APR5_12, V2, enriched,
                List.of(person("ann", 2), person("dee", 1)), List.of(new EntityTone(id("ann"), 0.6, 3)));

        topic.publishInOrder(event(a1, "Example Wire", APR1_08, V1, enriched,
                List.of(person("ann", 1), person("bob", 1), person("cy", 1)),
                List.of(new EntityTone(id("ann"), -0.8, 2))));
        topic.publishInOrder(event(a2, "Example Wire", APR1_06, V1, enriched,
                List.of(person("ann", 1), person("bob", 1)), List.of(new EntityTone(id("ann"), 0.2, 1))));
        topic.publishInOrder(event(a3, "Example Wire", APR2_09, V1, enriched,
                List.of(person("ann", 1), person("cy", 1)), List.of(new EntityTone(id("ann"), -1.0, 1))));
        topic.publishInOrder(event(a4, "Example Wire", APR2_09, V1, enriched,
                List.of(person("ann", 1), person("dee", 1)), List.of()));
        // a1 gets a newer pipeline revision: other entities, another day and source; then it is redelivered.
        topic.publishInOrder(a1Replaced);
        topic.publishInOrder(a1Replaced);
        // An older enrichment of a2 arrives late and is dropped.
        topic.publishInOrder(event(a2, "Example Wire", APR2_09, V1, enriched.minusSeconds(3600),
                List.of(person("cy", 1), person("dee", 1)), List.of()));
        // Two newer versions of a3 in one batch: the last one is what counts.
        topic.publishTogether(List.of(
                event(a3, "Example Wire", APR2_09, V1, enriched.plusSeconds(60),
                        List.of(person("ann", 1), person("bob", 1), person("cy", 1)), List.of()),
                event(a3, "Example Wire", APR5_10, V1, enriched.plusSeconds(120),
                        List.of(person("bob", 1), person("cy", 1)), List.of())));
        topic.awaitHandledUpToHere();

        // Final facts: a1 = ann(2 mentions), dee on Apr 5 12:00; a2 = ann, bob on Apr 1 06:00;
        // a3 = bob, cy on Apr 5 10:00; a4 = ann, dee on Apr 2 09:00.
        JsonPath ann = profile("ann");
        assertThat(ann.getLong("articleCount")).isEqualTo(3);
        assertThat(ann.getLong("mentionCount")).isEqualTo(4);
        assertThat(ann.getString("firstSeen")).isEqualTo(APR1_06.toString());
        assertThat(ann.getString("lastSeen")).isEqualTo(APR5_12.toString());
        assertThat(ann.getList("mentionsPerDay.day")).containsExactly("2026-04-01", "2026-04-02", "2026-04-05");
        assertThat(ann.getList("mentionsPerDay.mentions", Integer.class)).containsExactly(1, 1, 2);
        // (0.2 * 1 + 0.6 * 3) / 4 sentences: a1's first tone and a3's are gone with their versions.
        assertThat(ann.getDouble("averageTone")).isCloseTo(0.5, Offset.offset(1e-9));

        JsonPath cy = profile("cy");
        assertThat(cy.getLong("articleCount")).isEqualTo(1);
        assertThat(cy.getString("firstSeen")).isEqualTo(APR5_10.toString());
        assertThat(cy.getList("mentionsPerDay.day")).containsExactly("2026-04-05");
        assertThat(cy.getString("averageTone")).isNull();

        // The index is written after PostgreSQL and searchable after its next refresh.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath annNow = profile("ann");
            assertThat(annNow.getList("coMentions.id")).containsExactly(id("dee"), id("bob"));
            assertThat(annNow.getList("coMentions.articleCount", Integer.class)).containsExactly(2, 1);
            assertThat(annNow.getList("topSources.source")).containsExactly("Example Wire", "Other Wire");
            assertThat(annNow.getList("topSources.articleCount", Integer.class)).containsExactly(2, 1);
            assertThat(profile("cy").getList("coMentions.id")).containsExactly(id("bob"));

            JsonPath graph = graphAround("ann");
            assertThat(graph.getList("nodes.id")).containsExactly(id("ann"), id("dee"), id("bob"));
            assertThat(graph.getList("nodes.weight", Integer.class)).containsExactly(3, 2, 2);
            assertThat(edges(graph)).containsExactly(id("ann") + "|" + id("dee") + "=2",
                    id("ann") + "|" + id("bob") + "=1");

            JsonPath aroundBob = graphAround("bob");
            assertThat(aroundBob.getList("nodes.id")).containsExactly(id("bob"), id("ann"), id("cy"));
            assertThat(aroundBob.getList("nodes.weight", Integer.class)).containsExactly(2, 3, 1);
            assertThat(edges(aroundBob)).containsExactly(id("ann") + "|" + id("bob") + "=1",
                    id("bob") + "|" + id("cy") + "=1");
        });

        JsonPath suggested = given().queryParam("q", "Dee " + word).get("/entities").then().statusCode(200)
                .extract().jsonPath();
        assertThat(suggested.getList("id")).containsExactly(id("dee"));
        assertThat(suggested.getList("articleCount", Integer.class)).containsExactly(2);

        assertRollupsEqualTheBackfillOfTheStoredFacts();
    }

    @Test
    void v8BackfillOfTheStoredFactsEqualsTheRollupsTheProjectionMaintained() {
        List<ArticleEnriched> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<Entity> entities = new ArrayList<>();
            for (String name : List.of("ann", "bob", "cy", "dee", "eve").subList(0, 2 + i % 4)) {
                entities.add(person(name, 1 + i % 2));
            }
            batch.add(event(Articles.newId(), "Wire " + i % 3, APR1_06.plus(Duration.ofHours(7L * i)), V1,
                    Articles.ENRICHED, entities, List.of(new EntityTone(id("bob"), 0.1 * i, i))));
        }
        topic.publishTogether(batch);
        batch.forEach(e -> awaitArticle(e.articleId()));

        assertRollupsEqualTheBackfillOfTheStoredFacts();
    }

    @Test
    void concurrentBatchesSharingEntitiesAllCommitAndKeepTheRollupsExact() throws Exception {
        // Four batches at once, each its own transaction, all naming the same entities (each batch under other
        // names, so that every one of them renames some) and new aliases; then one more renames "ann" again.
        List<List<ArticleEnriched>> batches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<ArticleEnriched> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                List<Entity> entities = new ArrayList<>();
                for (String name : List.of("ann", "bob", "cy", "dee", "eve").subList(0, 2 + (b + i) % 4)) {
                    entities.add(renamed(person(name, 1 + i % 2), "Batch" + b));
                }
                batch.add(event(Articles.newId(), "Wire " + b, APR1_06.plus(Duration.ofHours(5L * i + b)), V1,
                        Articles.ENRICHED, entities, List.of(new EntityTone(id("ann"), 0.1 * b, 1 + i))));
            }
            batches.add(batch);
        }
        ExecutorService threads = Executors.newFixedThreadPool(batches.size());
        try {
            List<Future<List<ArticleProjection.Outcome>>> applied = new ArrayList<>();
            for (List<ArticleEnriched> batch : batches) {
                applied.add(threads.submit(() -> apply(batch)));
            }
            for (Future<List<ArticleProjection.Outcome>> outcome : applied) {
                // no retry here: a deadlock or a lost update would fail the batch
                assertThat(outcome.get(60, TimeUnit.SECONDS)).containsOnly(ArticleProjection.Outcome.APPLIED);
            }
        } finally {
            threads.shutdownNow();
        }
        assertRollupsEqualTheBackfillOfTheStoredFacts();
        assertThat(profile("ann").getLong("articleCount")).isEqualTo(40);
        assertThat(profile("ann").getString("name")).matches("Batch[0-3] Ann " + word);

        ArticleEnriched later = event(Articles.newId(), "Wire", APR5_10, V1, Articles.ENRICHED,
                List.of(renamed(person("ann", 1), "Dr")), List.of());
        apply(List.of(later));
        assertThat(profile("ann").getString("name")).isEqualTo("Dr Ann " + word);
        assertThat(given().queryParam("q", "Batch2 Ann " + word).get("/entities").then().statusCode(200).extract().jsonPath()
                .getList("id")).contains(id("ann"));
    }

    /**
     * Runs V8's INSERT ... SELECT statements over everything stored, into temporary copies of the rollup tables, and
     * compares: counts and sums exactly; a day's first/last article date may be wider than the facts' (the
     * documented approximation after a replacement) but never narrower.
     */
    private void assertRollupsEqualTheBackfillOfTheStoredFacts() {
        List<String> differences = db.withTransaction(connection -> backfillIntoTemporaryTables(connection)
                .chain(() -> connection.query("""
                        SELECT 'day ' || entity_id || ' ' || day FROM (
                            (SELECT entity_id, day, articles, mentions, tone_sum, tone_sentences FROM query.entity_day
                             EXCEPT SELECT entity_id, day, articles, mentions, tone_sum, tone_sentences FROM entity_day)
                            UNION ALL
                            (SELECT entity_id, day, articles, mentions, tone_sum, tone_sentences FROM entity_day
                             EXCEPT SELECT entity_id, day, articles, mentions, tone_sum, tone_sentences
                                    FROM query.entity_day)) d
                        UNION ALL
                        SELECT 'day dates ' || r.entity_id || ' ' || r.day FROM query.entity_day r
                            JOIN entity_day b USING (entity_id, day)
                            WHERE r.first_at > b.first_at OR r.last_at < b.last_at
                        UNION ALL
                        SELECT 'total ' || entity_id FROM (
                            (SELECT * FROM query.entity_total EXCEPT SELECT * FROM entity_total)
                            UNION ALL (SELECT * FROM entity_total EXCEPT SELECT * FROM query.entity_total)) t
                        """).execute())
                .map(rows -> {
                    List<String> found = new ArrayList<>();
                    rows.forEach(row -> found.add(row.getString(0)));
                    return found;
                })
                .onFailure().recoverWithItem(e -> List.of("failed: " + e)))
                .await().atMost(Duration.ofSeconds(60));
        assertThat(differences).isEmpty();
        assertThat(count("SELECT count(*) FROM query.entity_total")).isPositive();
    }

    /**
     * V8's backfill statements for days and totals (its pair rollup is gone since V12), redirected from the rollup
     * tables to temporary copies dropped at commit.
     */
    private static Uni<Void> backfillIntoTemporaryTables(SqlConnection connection) {
        List<String> statements = new ArrayList<>(List.of(
                "CREATE TEMP TABLE entity_day (LIKE query.entity_day) ON COMMIT DROP",
                "CREATE TEMP TABLE entity_total (LIKE query.entity_total) ON COMMIT DROP"));
        backfills("V8__entity_rollups.sql").filter(s -> !s.startsWith("INSERT INTO query.entity_pair "))
                .forEach(statements::add);
        assertThat(statements).hasSize(4);
        statements.replaceAll(s -> s.replaceFirst("INSERT INTO query\\.", "INSERT INTO pg_temp."));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : statements) {
            chain = chain.chain(() -> connection.query(sql).execute().replaceWithVoid());
        }
        return chain;
    }

    /** The INSERT statements of a migration, without their comments. */
    private static Stream<String> backfills(String migration) {
        try (InputStream in = Objects.requireNonNull(EntityRollupTest.class.getResourceAsStream(
                "/db/migration/" + migration))) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "")
                            .split(";"))
                    .map(String::strip)
                    .filter(s -> s.startsWith("INSERT INTO"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonPath graphAround(String name) {
        return given().queryParam("entity", id(name)).get("/graph").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath profile(String name) {
        return given().get("/entities/{id}", id(name)).then().statusCode(200).extract().jsonPath();
    }

    /** Edges as "source|target=articles", in the order returned. */
    private static List<String> edges(JsonPath graph) {
        List<Map<String, Object>> edges = graph.getList("edges");
        return edges.stream().map(e -> e.get("source") + "|" + e.get("target") + "=" + e.get("articles")).toList();
    }

    private String id(String name) {
        return "person:" + name + "-" + word;
    }

    /** A PERSON of this test mentioned {@code times} times (the mentions' offsets are distinct, not meaningful). */
    private Entity person(String name, int times) {
        String shown = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + word;
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            mentions.add(new Mention(100 * i, 100 * i + 3, shown.substring(0, 3)));
        }
        return new Entity(id(name), shown, "PERSON", List.of(shown), 0.5, mentions);
    }

    /** {@code batch} through the projection's batch write, on a Vert.x context as the consumer has. */
    private List<ArticleProjection.Outcome> apply(List<ArticleEnriched> batch) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> projection.applyAll(batch));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code entity} under the name (and alias) "{@code title} name". */
    private static Entity renamed(Entity entity, String title) {
        String name = title + " " + entity.name();
        return new Entity(entity.id(), name, entity.type(), List.of(name), entity.salience(), entity.mentions());
    }

    private static ArticleEnriched event(String id, String source, Instant published, String nlpVersion,
            Instant enrichedAt, List<Entity> entities, List<EntityTone> tones) {
        String text = "x".repeat(400);
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "Rollup " + id, source,
                "https://news.example.org/" + id, published, "en", text, Articles.INGESTED, nlpVersion, enrichedAt,
                entities, List.of(), List.of(), List.of(), List.of(), new Tone(0.0, tones), null);
    }

    private long count(String sql) {
        Row row = db.preparedQuery(sql).execute(Tuple.tuple()).await().atMost(Duration.ofSeconds(10)).iterator().next();
        return row.getLong(0);
    }
}
