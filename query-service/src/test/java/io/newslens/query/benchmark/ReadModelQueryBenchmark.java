package io.newslens.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.query.repository.ArticleIndex;
import io.newslens.query.repository.EntityQueries;
import io.newslens.query.repository.QuoteQueries;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.ArticleProjection;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Read-model latency at scale: loads N articles (default 100,000; {@code -Dnewslens.bench.articles}) replicated from
 * real BBC enrichments ({@link ReplicatedCorpus}) through the projection's own code ({@link ArticleProjection} into
 * PostgreSQL, {@link ArticleIndex} into OpenSearch, in chunks), then times each query shape over HTTP against the
 * running service, one request at a time after a warm-up, and prints p50/p95/p99, the loading rate, EXPLAIN ANALYZE
 * of the profile's and graph's SQL and OpenSearch's profile of the slowest search. Real Kafka, PostgreSQL and
 * OpenSearch from devstack, all on this machine. Not part of the default build; needs the events file (see
 * docs/benchmarks.md, "query-service: read model at 100,000 articles"):
 * {@code ./mvnw -B test -pl query-service -am -Dtest=ReadModelQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewslens.benchmark=true -Dnewslens.opensearch.heap=2g [-Dnewslens.bench.articles=100000]
 * [-Dnewslens.bench.load-minutes=14]}: past that budget the projection stops and the remaining articles go to
 * OpenSearch alone ({@code -Dnewslens.bench.index-rest=false} to skip them).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class ReadModelQueryBenchmark {

    private static final int ARTICLES = Integer.getInteger("newslens.bench.articles", 100_000);
    private static final int CHUNK = 500;
    private static final int LOAD_THREADS = Integer.getInteger("newslens.bench.load-threads", 2);
    /** Loading stops here even short of {@link #ARTICLES}; the queries then run on what was loaded. */
    private static final long LOAD_MINUTES = Long.getLong("newslens.bench.load-minutes", 120);
    /**
     * When the budget stops the projection short, index the remaining articles in OpenSearch alone (bulk, the
     * rebuild's path), so that searches run over all N while PostgreSQL's queries run over what the projection stored.
     */
    private static final boolean INDEX_REST = Boolean.parseBoolean(System.getProperty("newslens.bench.index-rest",
            "true"));
    /*
     * Requests per shape before any is measured, and again right before its own measurement. 500, not the 50 of
     * sessions 1-10: the OpenSearch node's JIT keeps compiling the search and aggregation code over the first
     * thousands of searches (from cold, its compilation count grew by 1,250 over the first 100 searches for "said"
     * and still by 140 over the eighth 100, while their p95 fell from 167 to 47-51 ms), and until it has, the folded
     * "said" + facets search measured p95 60-64 ms against 33-40 ms after 500 (docs/benchmarks.md, session 11). The
     * figures are the running service's, not a freshly started node's.
     */
    private static final int WARM_UP = Integer.getInteger("newslens.bench.warm-up", 500);
    private static final int REQUESTS = Integer.getInteger("newslens.bench.requests", 200);
    private static final List<String> RARE_WORDS = List.of("broadband", "tsunami", "hacker", "oscar", "striker",
            "spam", "chancellor", "airline", "merger", "inflation", "marathon", "doping", "virus", "ipod", "census",
            "asylum", "festival", "pension", "steel", "euro");
    private static final List<String> PHRASES = List.of("\"prime minister\"", "\"last year\"", "\"chief executive\"",
            "\"told the bbc\"", "\"next year\"");

    @Inject
    ArticleProjection projection;
    @Inject
    ArticleIndex index;
    @Inject
    Pool pool;
    @TestHTTPResource("")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void queryLatenciesAtScale() throws Exception {
        var file = ReplicatedCorpus.eventsFile();
        assumeTrue(file.isPresent(), "No enriched events file: generate it first (docs/benchmarks.md, \"query-service: "
                + "read model at 100,000 articles\") or name it with -Dnewslens.bench.events-file");
        ReplicatedCorpus corpus = ReplicatedCorpus.read(file.get());
        System.out.printf("%nread model benchmark: %d events from %s, loading %d%n", corpus.originals(),
                file.get(), ARTICLES);
        String loadBefore = StackCpu.loadAverage();
        StackCpu cpuBefore = StackCpu.sample(pool);
        long start = System.nanoTime();
        int loaded = load(corpus, start);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "loaded %d articles in %.0f s: %.1f events/s, CPU ms per event %s (load "
                + "average before %s, after %s)%n", loaded, loadSeconds, loaded / loadSeconds,
                StackCpu.sample(pool).minus(cpuBefore).per(loaded).describe(), loadBefore, StackCpu.loadAverage());
        if (loaded < ARTICLES && INDEX_REST) {
            long indexStart = System.nanoTime();
            for (int from = loaded; from < ARTICLES; from += CHUNK) {
                index.putAll(index.alias(), corpus.slice(from, Math.min(ARTICLES, from + CHUNK)).stream()
                        .map(ArticleDocument::of).toList());
            }
            double seconds = (System.nanoTime() - indexStart) / 1e9;
            System.out.printf(Locale.ROOT, "indexed the other %d articles in OpenSearch only in %.0f s: %.0f docs/s; "
                    + "search covers %d articles, PostgreSQL %d%n", ARTICLES - loaded, seconds,
                    (ARTICLES - loaded) / seconds, ARTICLES, loaded);
        }
        pool.query("VACUUM ANALYZE").execute().await().indefinitely();
        send("/articles?q=said&limit=1"); // the service's own first search, before any refresh is relied on
        openSearch("POST", "/" + index.alias() + "/_refresh");
        // The same request repeated would otherwise be answered from the shard request cache for its aggregations-only
        // part (the facets request). A live index refreshes every second, which empties that cache, so measure without.
        openSearch("PUT", "/" + index.alias() + "/_settings", "{\"index.requests.cache.enable\": false}");
        long holdMinutes = Long.getLong("newslens.bench.hold-minutes", 0);
        if (holdMinutes > 0) { // to try queries by hand on the loaded stores
            System.out.printf("holding for %d min: OpenSearch %s, query-service %s%n", holdMinutes,
                    OpenSearchResource.node().url(), base);
            Thread.sleep(Duration.ofMinutes(holdMinutes).toMillis());
        }

        List<String> frequent = entities(0, 20);
        List<String> mid = entities(500, 20);
        System.out.println("frequent entities: " + frequent.subList(0, 5) + ", mid entities: " + mid.subList(0, 5));
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("(a) search, one rare-ish word", i -> "/articles?q=" + enc(RARE_WORDS.get(i % RARE_WORDS.size())));
        shapes.put("(b) search \"said\", facets entities,sources,days",
                i -> "/articles?q=said&facets=entities,sources,days");
        shapes.put("(c) phrase search + entity filter, facets entities,sources,days",
                i -> "/articles?q=" + enc(PHRASES.get(i % PHRASES.size())) + "&entity=" + enc(frequent.get(i % 10))
                        + "&facets=entities,sources,days");
        // The same two searches without story folding: what folding (collapse + inner_hits) costs.
        shapes.put("(a') search, one rare-ish word, fold=false",
                i -> "/articles?fold=false&q=" + enc(RARE_WORDS.get(i % RARE_WORDS.size())));
        shapes.put("(b') search \"said\", facets entities,sources,days, fold=false",
                i -> "/articles?fold=false&q=said&facets=entities,sources,days");
        shapes.put("(d1) entity profile, frequent entity", i -> "/entities/" + enc(frequent.get(i % 5)));
        shapes.put("(d2) entity profile, mid entity", i -> "/entities/" + enc(mid.get(i % mid.size())));
        shapes.put("(e) graph around a frequent entity", i -> "/graph?entity=" + enc(frequent.get(i % 10)));
        shapes.put("(f) quotes about a frequent entity", i -> "/quotes?about=" + enc(frequent.get(i % 10)));
        shapes.put("(g1) timeline, all articles", i -> "/timeline");
        shapes.put("(g2) timeline of a frequent entity", i -> "/timeline?entity=" + enc(frequent.get(i % 10)));

        awaitMergesSettled();
        // Every shape warmed up before any is measured, so that the JIT has seen all the code paths alike.
        for (IntFunction<String> shape : shapes.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                send(shape.apply(i + 2 * REQUESTS));
            }
        }
        String loadBeforeQueries = StackCpu.loadAverage();
        List<Latencies> results = new ArrayList<>();
        for (var shape : shapes.entrySet()) {
            results.add(measure(shape.getKey(), shape.getValue()));
        }
        String loadAfterQueries = StackCpu.loadAverage();
        StringBuilder table = new StringBuilder(Latencies.header()).append('\n');
        results.forEach(r -> table.append(r.row()).append('\n'));
        System.out.printf("%n%s%nload average before the queries %s, after %s%n%n", table, loadBeforeQueries,
                loadAfterQueries);

        explain(frequent.get(0));
        explainRollupWrites();
        QueryPlans plans = new QueryPlans(pool, http, OpenSearchResource.node().url(), index.alias());
        Latencies slowest = results.stream().filter(r -> r.shape().contains("search"))
                .max((x, y) -> Double.compare(x.percentile(95), y.percentile(95))).orElseThrow();
        IntFunction<String> slowShape = shapes.get(slowest.shape());
        System.out.println("OpenSearch profile of " + slowest.shape() + ":\n"
                + plans.profile(() -> send(slowShape.apply(0))));
        assertThat(results).allSatisfy(r -> assertThat(r.percentile(50)).isPositive());
    }

    /**
     * Loads articles through the projection and the index in chunks until {@link #ARTICLES} or the time budget
     * ({@link #LOAD_MINUTES}); returns how many. The first copy of the corpus goes in alone (it creates the
     * entities and aliases); later chunks run on {@link #LOAD_THREADS} threads, each chunk one projection batch on
     * its own Vert.x context, as parallel consumers would. A chunk that fails (two transactions creating the same
     * alias) is applied again: the projection is idempotent.
     */
    private int load(ReplicatedCorpus corpus, long start) throws Exception {
        long deadline = start + Duration.ofMinutes(LOAD_MINUTES).toNanos();
        int first = Math.min(ARTICLES, corpus.originals());
        for (int from = 0; from < first; from += CHUNK) {
            loadChunk(corpus.slice(from, Math.min(first, from + CHUNK)));
        }
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger loaded = new AtomicInteger(first);
        ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < LOAD_THREADS; t++) {
            done.add(threads.submit(() -> {
                for (int from = next.getAndAdd(CHUNK); from < ARTICLES && System.nanoTime() < deadline;
                        from = next.getAndAdd(CHUNK)) {
                    loadChunk(corpus.slice(from, Math.min(ARTICLES, from + CHUNK)));
                    int total = loaded.addAndGet(Math.min(ARTICLES, from + CHUNK) - from);
                    if (total % (CHUNK * 10) < CHUNK) {
                        System.out.printf(Locale.ROOT, "  %d loaded, %.0f events/s, load average %s%n", total,
                                total / ((System.nanoTime() - start) / 1e9), StackCpu.loadAverage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
        return loaded.get();
    }

    /**
     * PostgreSQL through {@link ArticleProjection#applyAll} on a Vert.x context (Hibernate Reactive needs one, as the
     * consumer has), then OpenSearch through {@link ArticleIndex}'s bulk write (the rebuild's code path: one
     * {@code _bulk} request, external versions).
     */
    private void loadChunk(List<ArticleEnriched> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> projection.applyAll(chunk));
                break;
            } catch (Throwable e) {
                if (attempt == 3) {
                    throw new IllegalStateException("Storing a chunk failed " + attempt + " times", e);
                }
            }
        }
        index.putAll(index.alias(), chunk.stream().map(ArticleDocument::of).toList());
    }

    private Latencies measure(String shape, IntFunction<String> path) {
        for (int i = 0; i < WARM_UP; i++) {
            send(path.apply(i + REQUESTS));
        }
        double[] millis = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            send(path.apply(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Latencies(shape, millis);
    }

    private String send(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void openSearch(String method, String path) throws Exception {
        openSearch(method, path, null);
    }

    private String openSearch(String method, String path, String json) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(OpenSearchResource.node().url() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }

    /**
     * Waits until the node has run no segment merge for 5 s in a row (at most 10 min): right after a bulk load it
     * merges for a minute or more, which would slow whichever shapes are measured first. A live index merges a
     * little after each refresh, not a backlog of 100,000 documents.
     */
    private void awaitMergesSettled() throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(10).toNanos();
        int quiet = 0;
        while (quiet < 5 && System.nanoTime() < deadline) {
            JsonNode nodes = new ObjectMapper().readTree(openSearch("GET", "/_nodes/stats/indices/merge", null))
                    .path("nodes");
            long running = 0;
            for (JsonNode node : nodes) {
                running += node.path("indices").path("merges").path("current").asLong();
            }
            quiet = running == 0 ? quiet + 1 : 0;
            Thread.sleep(1000);
        }
        System.out.printf(Locale.ROOT, "segment merges settled after %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Entity ids by number of articles, most first, from rank {@code offset}. */
    private List<String> entities(int offset, int limit) {
        List<String> ids = new ArrayList<>();
        for (Row row : pool.query("SELECT entity_id FROM query.article_entity GROUP BY entity_id "
                + "ORDER BY count(*) DESC, entity_id OFFSET " + offset + " LIMIT " + limit).execute().await().indefinitely()) {
            ids.add(row.getString("entity_id"));
        }
        return ids;
    }

    private void explain(String entity) throws Exception {
        QueryPlans plans = new QueryPlans(pool, http, OpenSearchResource.node().url(), index.alias());
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) for " + entity);
        System.out.println(plans.explain(EntityQueries.class, "STATS", entity));
        System.out.println(plans.explain(EntityQueries.class, "MENTIONS_PER_DAY", entity));
        System.out.println(plans.explain(EntityQueries.class, "SUGGEST", "united", null, 10));
        System.out.println(plans.explain(QuoteQueries.class, "FIND_BY_ENTITY", null, entity, null, null, null, 20));
        // Co-mentions and the graph are OpenSearch aggregations since V12; the graph's last request is the network's.
        System.out.println("OpenSearch profile of the graph around " + entity + " (its network request):\n"
                + plans.profile(() -> send("/graph?entity=" + enc(entity))));
    }

    /**
     * EXPLAIN ANALYZE of the projection's rollup upserts (EntityRollups: DAYS, TOTALS) for one batch of
     * {@link #CHUNK} real BBC entity sets: the stored facts of that many articles written again as if new, in a
     * transaction rolled back afterwards, so the read model is unchanged.
     */
    private void explainRollupWrites() {
        Row facts = pool.query("""
                SELECT array_agg(ae.article_id), array_agg(ae.entity_id), array_agg(ae.mentions), array_agg(ae.tone),
                       array_agg(ae.tone_sentences), array_agg(coalesce(a.published_at, a.enriched_at))
                FROM query.article_entity ae JOIN query.article a ON a.id = ae.article_id
                WHERE ae.article_id IN (SELECT id FROM query.article ORDER BY id LIMIT %d)""".formatted(CHUNK))
                .execute().await().indefinitely().iterator().next();
        Tuple params = Tuple.from(new Object[] {new String[0], facts.getArrayOfStrings(0), facts.getArrayOfStrings(1),
                facts.getArrayOfIntegers(2), facts.getArrayOfDoubles(3), facts.getArrayOfIntegers(4),
                facts.getArrayOfOffsetDateTimes(5)});
        StringBuilder plans = new StringBuilder("EXPLAIN (ANALYZE, BUFFERS) of the rollup upserts for "
                + facts.getArrayOfStrings(1).length + " facts of " + CHUNK + " articles (rolled back)\n");
        try {
            pool.withTransaction(connection -> Multi.createFrom().items("DAYS", "TOTALS")
                    .onItem().transformToUniAndConcatenate(field -> connection.preparedQuery(
                            "EXPLAIN (ANALYZE, BUFFERS) " + QueryPlans.sql(rollups(), field)).execute(params)
                            .invoke(rows -> {
                                plans.append("-- EntityRollups.").append(field).append('\n');
                                rows.forEach(row -> plans.append(row.getString(0)).append('\n'));
                            }))
                    .collect().last()
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException("roll back"))))
                    .await().indefinitely();
        } catch (IllegalStateException rolledBack) {
            System.out.println(plans);
        }
    }

    /** Package-private in the repository package; its SQL constants are read like the others'. */
    private static Class<?> rollups() {
        try {
            return Class.forName("io.newslens.query.repository.EntityRollups");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
