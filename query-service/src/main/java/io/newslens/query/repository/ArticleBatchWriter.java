package io.newslens.query.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.query.model.Article;
import io.newslens.query.model.ArticleEntity;
import io.newslens.query.model.EntityAlias;
import io.newslens.query.model.Mention;
import io.newslens.query.model.NamedEntity;
import io.newslens.query.model.StoredKeyword;
import io.newslens.query.model.StoredQuote;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes a batch of enrichments into the read model with set-based SQL: a handful of statements per batch, each
 * taking one array per column ({@code unnest}), whatever the number of articles, mentions or facts. Through the
 * reactive pool rather than Hibernate: a session would send one statement per row, and native upserts through it log
 * warnings on every commit (hibernate-reactive#3177).
 */
@ApplicationScoped
public class ArticleBatchWriter {

    /** The enrichment an article is stored with. */
    public record StoredEnrichment(String nlpVersion, Instant enrichedAt) {
    }

    /**
     * Everything a batch changes. {@code updated} articles lose their mentions, entity facts, quotes and keywords,
     * which {@code mentions} ... {@code keywords} then give anew; entities are upserted (latest name and type) and
     * aliases only ever added.
     */
    public record Changes(List<Article> inserted, List<Article> updated, Collection<NamedEntity> entities,
            Collection<EntityAlias> aliases, List<Mention> mentions, List<ArticleEntity> entityFacts,
            List<StoredQuote> quotes, List<StoredKeyword> keywords) {
    }

    // Row locks in id order, so two writers of overlapping batches (a moment during a rebalance) wait rather than
    // deadlock; the writer that comes second then judges against what the first stored.
    private static final String LOCK = """
            SELECT id, nlp_version, enriched_at FROM query.article WHERE id = ANY($1) ORDER BY id FOR UPDATE""";
    // New entities only: a known entity's row is neither rewritten nor locked. (ON CONFLICT DO UPDATE locks every
    // conflicting row until the commit, even where its WHERE is false, and every batch names the most frequent
    // entities: concurrent batches waited for each other's whole transaction.) Rows go in id order (as do aliases),
    // so two writers inserting the same new entities wait for each other instead of deadlocking. Known ids are left
    // out before the insert: leaving them to ON CONFLICT DO NOTHING made the projection 12-15% slower (930 against
    // 1,060-1,088 real events/s through Kafka; docs/benchmarks.md, projection throughput, session 12).
    private static final String INSERT_ENTITIES = """
            INSERT INTO query.entity (id, name, type)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, name, type)
            WHERE NOT EXISTS (SELECT 1 FROM query.entity e WHERE e.id = u.id)
            ORDER BY u.id
            ON CONFLICT (id) DO NOTHING""";
    // Then the latest name and type where they changed, locking only those rows, in id order. A row another batch is
    // renaming right now is left to it (SKIP LOCKED): neither batch is the later one, and waiting meant waiting for
    // that batch's whole transaction. Names of one id differ in spelling across articles ("WorldCom", "Worldcom"), so
    // such renames come in most batches of real news: waiting on them kept one of two consumers idle a third of the
    // time (docs/benchmarks.md, projection throughput, session 8).
    private static final String RENAME_ENTITIES = """
            WITH changed AS (
                SELECT e.id, u.name, u.type
                FROM query.entity e JOIN unnest($1::text[], $2::text[], $3::text[]) AS u(id, name, type) ON u.id = e.id
                WHERE (e.name, e.type) IS DISTINCT FROM (u.name, u.type)
                ORDER BY e.id
                FOR UPDATE OF e SKIP LOCKED)
            UPDATE query.entity e SET name = c.name, type = c.type FROM changed c WHERE e.id = c.id""";
    private static final String ARTICLE_COLUMNS = """
            unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[],
                   $8::timestamptz[], $9::text[], $10::timestamptz[], $11::float8[], $12::text[])
            AS u(id, title, source, url, published_at, language, text, ingested_at, nlp_version, enriched_at, tone,
                 story_id)""";
    // A plain INSERT: should another writer have created the article since the lock (a rebalance), the primary key
    // refuses it and the retry judges against the stored row, never overwriting it blindly.
    private static final String INSERT_ARTICLES = """
            INSERT INTO query.article (id, title, source, url, published_at, language, text, ingested_at, nlp_version,
                                       enriched_at, tone, story_id, updated_at)
            SELECT u.*, now() FROM\s""" + ARTICLE_COLUMNS;
    private static final String UPDATE_ARTICLES = """
            UPDATE query.article a SET title = u.title, source = u.source, url = u.url, published_at = u.published_at,
                   language = u.language, text = u.text, ingested_at = u.ingested_at, nlp_version = u.nlp_version,
                   enriched_at = u.enriched_at, tone = u.tone, story_id = u.story_id, updated_at = now()
            FROM\s""" + ARTICLE_COLUMNS + " WHERE a.id = u.id";
    private static final String DELETE_FACTS = """
            WITH m AS (DELETE FROM query.mention WHERE article_id = ANY($1)),
                 e AS (DELETE FROM query.article_entity WHERE article_id = ANY($1)),
                 q AS (DELETE FROM query.quote WHERE article_id = ANY($1))
            DELETE FROM query.keyword WHERE article_id = ANY($1)""";
    private static final String INSERT_MENTIONS = """
            INSERT INTO query.mention (article_id, entity_id, start_offset, end_offset, text)
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[])""";
    private static final String INSERT_ENTITY_FACTS = """
            INSERT INTO query.article_entity (article_id, entity_id, salience, tone, tone_sentences, mentions)
            SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int[], $6::int[])""";
    // A quote's entity ids are a JSON array per row: unnest cannot take an array of arrays of different lengths.
    // A quote also carries its article's date (V11), as the rollups date it.
    private static final String INSERT_QUOTES = """
            INSERT INTO query.quote (article_id, start_offset, end_offset, text, speaker_id, speaker_name, cue,
                                     entity_ids, about_ids, article_at)
            SELECT u.article_id, u.start_offset, u.end_offset, u.text, u.speaker_id, u.speaker_name, u.cue,
                   ARRAY(SELECT json_array_elements_text(u.entity_ids::json)),
                   ARRAY(SELECT json_array_elements_text(u.about_ids::json)), u.article_at
            FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::timestamptz[])
            AS u(article_id, start_offset, end_offset, text, speaker_id, speaker_name, cue, entity_ids, about_ids,
                 article_at)""";
    private static final String INSERT_KEYWORDS = """
            INSERT INTO query.keyword (article_id, phrase, score, occurrences)
            SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::int[])""";
    private static final String ADD_ALIASES = """
            INSERT INTO query.entity_alias (entity_id, alias)
            SELECT * FROM unnest($1::text[], $2::text[]) AS u(entity_id, alias) ORDER BY u.entity_id, u.alias
            ON CONFLICT DO NOTHING""";

    private final Pool pool;
    private final ObjectMapper json;

    public ArticleBatchWriter(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Runs {@code work} in one transaction: committed when its Uni completes, rolled back when it fails. */
    public <T> Uni<T> inTransaction(Function<Transaction, Uni<T>> work) {
        return pool.withTransaction(connection -> work.apply(new Transaction(connection)));
    }

    /** One transaction's statements. */
    public final class Transaction {

        private final SqlConnection connection;

        private Transaction(SqlConnection connection) {
            this.connection = connection;
        }

        /** The stored enrichment of those of {@code ids} the read model has, their rows locked until the end. */
        public Uni<Map<String, StoredEnrichment>> lockStored(Collection<String> ids) {
            return connection.preparedQuery(LOCK).execute(columns(texts(ids, id -> id))).map(rows -> {
                Map<String, StoredEnrichment> stored = new HashMap<>();
                for (Row row : rows) {
                    stored.put(row.getString(0), new StoredEnrichment(row.getString(1),
                            row.getOffsetDateTime(2).toInstant()));
                }
                return stored;
            });
        }

        /**
         * Entities and aliases first, the entity rollups last: the rollups' upserts lock the rows of the batch's
         * entities (the most frequent ones in every batch), so concurrent batches wait for each other from there to
         * the commit. A batch that replaces stored articles applies the rollups right after the aliases instead,
         * while the replaced articles still have their old dates and facts (see {@link EntityRollups}). Either way
         * every statement that may wait for another batch's new entity or alias runs before any rollup lock is
         * held, so two batches cannot wait for each other. (Two batches with the same new article, which only a
         * rebalance makes, still could: PostgreSQL then fails one, and the consumer retries it.)
         */
        public Uni<Void> write(Changes changes) {
            Collection<NamedEntity> entities = changes.entities();
            List<Mention> mentions = changes.mentions();
            List<ArticleEntity> facts = changes.entityFacts();
            List<StoredQuote> quotes = changes.quotes();
            List<StoredKeyword> keywords = changes.keywords();
            Collection<EntityAlias> aliases = changes.aliases();
            Supplier<Tuple> entityColumns = () -> columns(texts(entities, e -> e.id), texts(entities, e -> e.name),
                    texts(entities, e -> e.type));
            Map<String, Instant> dates = dates(changes.inserted(), changes.updated());
            Supplier<Uni<Void>> rollups = () -> EntityRollups.apply(connection, ids(changes.updated()), facts, dates);
            boolean replacing = !changes.updated().isEmpty();
            return run(INSERT_ENTITIES, entities, entityColumns)
                    .chain(() -> run(RENAME_ENTITIES, entities, entityColumns))
                    .chain(() -> run(ADD_ALIASES, aliases, () -> columns(texts(aliases, a -> a.entityId),
                            texts(aliases, a -> a.alias))))
                    .chain(() -> replacing ? rollups.get() : Uni.createFrom().voidItem())
                    .chain(() -> run(INSERT_ARTICLES, changes.inserted(), () -> articleColumns(changes.inserted())))
                    .chain(() -> run(UPDATE_ARTICLES, changes.updated(), () -> articleColumns(changes.updated())))
                    .chain(() -> run(DELETE_FACTS, changes.updated(), () -> columns(texts(changes.updated(), a -> a.id))))
                    .chain(() -> run(INSERT_MENTIONS, mentions, () -> columns(texts(mentions, m -> m.articleId),
                            texts(mentions, m -> m.entityId), ints(mentions, m -> m.startOffset),
                            ints(mentions, m -> m.endOffset), texts(mentions, m -> m.text))))
                    .chain(() -> run(INSERT_ENTITY_FACTS, facts, () -> columns(texts(facts, f -> f.articleId),
                            texts(facts, f -> f.entityId), doubles(facts, f -> f.salience), doubles(facts, f -> f.tone),
                            ints(facts, f -> f.toneSentences), ints(facts, f -> f.mentions))))
                    .chain(() -> run(INSERT_QUOTES, quotes, () -> columns(texts(quotes, q -> q.articleId),
                            ints(quotes, q -> q.startOffset), ints(quotes, q -> q.endOffset), texts(quotes, q -> q.text),
                            texts(quotes, q -> q.speakerId), texts(quotes, q -> q.speakerName),
                            texts(quotes, q -> q.cue), texts(quotes, q -> toJson(q.entityIds)),
                            texts(quotes, q -> toJson(q.aboutIds)), timestamps(quotes, q -> dates.get(q.articleId)))))
                    .chain(() -> run(INSERT_KEYWORDS, keywords, () -> columns(texts(keywords, k -> k.articleId),
                            texts(keywords, k -> k.phrase), doubles(keywords, k -> k.score),
                            ints(keywords, k -> k.occurrences))))
                    .chain(() -> replacing ? Uni.createFrom().voidItem() : rollups.get());
        }

        /** Runs {@code sql} with one array per column, unless there are no rows. */
        private Uni<Void> run(String sql, Collection<?> rows, Supplier<Tuple> columns) {
            if (rows.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return connection.preparedQuery(sql).execute(columns.get()).replaceWithVoid();
        }
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(a -> a.id).toList();
    }

    /** Each article's date: published, else enriched (as the profile dates it). */
    private static Map<String, Instant> dates(List<Article> inserted, List<Article> updated) {
        Map<String, Instant> dates = new HashMap<>();
        Stream.concat(inserted.stream(), updated.stream())
                .forEach(a -> dates.put(a.id, a.publishedAt != null ? a.publishedAt : a.enrichedAt));
        return dates;
    }

    private static Tuple articleColumns(List<Article> articles) {
        return columns(texts(articles, a -> a.id), texts(articles, a -> a.title), texts(articles, a -> a.source),
                texts(articles, a -> a.url), timestamps(articles, a -> a.publishedAt),
                texts(articles, a -> a.language), texts(articles, a -> a.text),
                timestamps(articles, a -> a.ingestedAt), texts(articles, a -> a.nlpVersion),
                timestamps(articles, a -> a.enrichedAt), doubles(articles, a -> a.tone),
                texts(articles, a -> a.storyId));
    }

    /** One parameter per column, each an array. */
    static Tuple columns(Object... columns) {
        return Tuple.from(columns);
    }

    // The column builders below (also EntityRollups') return Object, not String[] etc.: an array argument of static type
    // Object[] would be taken by columns(Object...) as the varargs array itself, its elements becoming the parameters.

    static <T> Object texts(Collection<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    static <T> Object ints(Collection<T> rows, Function<T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    static <T> Object doubles(Collection<T> rows, Function<T, Double> column) {
        return rows.stream().map(column).toArray(Double[]::new);
    }

    /** At microseconds, as PostgreSQL keeps them (so a stored enrichedAt compares equal to the event's). */
    static <T> Object timestamps(Collection<T> rows, Function<T, Instant> column) {
        return rows.stream().map(column)
                .map(at -> at == null ? null : at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new);
    }

    private String toJson(String[] values) {
        try {
            return json.writeValueAsString(values == null ? new String[0] : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
