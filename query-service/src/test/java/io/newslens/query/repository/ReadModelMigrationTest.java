package io.newslens.query.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.infra.Postgres;
import io.newslens.devstack.testing.TempDir;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations of a populated read model, each from an empty schema brought to the version before it:
 * V10 re-keys the pair rollup (every entity gets its own number, every pair keeps its count under the numbers of its
 * two entities); V11 dates every stored quotation with its article's date; V12 drops the pair rollup and the entity
 * numbers and keeps the rest.
 */
class ReadModelMigrationTest {

    private static Path dataDir;
    private static Postgres postgres;

    @BeforeAll
    static void start() {
        dataDir = TempDir.create("newslens-pg-migration-");
        postgres = Postgres.start(dataDir, 0);
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
        TempDir.delete(dataDir);
    }

    @BeforeEach
    void emptySchema() {
        Flyway.configure().dataSource(postgres.jdbcUrl(), Postgres.USER, "").schemas("query").cleanDisabled(false)
                .load().clean();
    }

    @Test
    void storedPairsKeepTheirCountsUnderEntityNumbers() throws SQLException {
        migrate("9");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO query.entity (id, name, type) VALUES
                        ('person:ann', 'Ann', 'PERSON'), ('person:bob', 'Bob', 'PERSON'),
                        ('organization:acme', 'Acme', 'ORGANIZATION'), ('location:paris', 'Paris', 'LOCATION')""");
            s.execute("""
                    INSERT INTO query.article (id, text, nlp_version, enriched_at, story_id) VALUES
                        ('a1', 'x', 'v', now(), 'a1'), ('a2', 'x', 'v', now(), 'a2')""");
            s.execute("""
                    INSERT INTO query.article_entity (article_id, entity_id, salience, mentions) VALUES
                        ('a1', 'person:ann', 0.5, 1), ('a1', 'person:bob', 0.3, 1), ('a1', 'organization:acme', 0.2, 1),
                        ('a2', 'person:ann', 0.5, 1), ('a2', 'organization:acme', 0.5, 1)""");
            s.execute("""
                    INSERT INTO query.entity_pair (a, b, articles)
                    SELECT x.entity_id, y.entity_id, count(*)
                    FROM query.article_entity x JOIN query.article_entity y
                        ON y.article_id = x.article_id AND y.entity_id > x.entity_id
                    GROUP BY 1, 2""");
        }

        migrate("10");

        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT count(DISTINCT num) || '/' || count(*) || ' ' || bool_and(num IS NOT NULL) "
                    + "FROM query.entity")).containsExactly("4/4 true");
            assertThat(rows(s, """
                    SELECT least(x.id, y.id) || ' ' || greatest(x.id, y.id) || ' ' || p.articles
                    FROM query.entity_pair p JOIN query.entity x ON x.num = p.a JOIN query.entity y ON y.num = p.b
                    WHERE p.a < p.b
                    ORDER BY 1""")).containsExactly(
                    "organization:acme person:ann 2",
                    "organization:acme person:bob 1",
                    "person:ann person:bob 1");
            // a new entity draws the next number
            s.execute("INSERT INTO query.entity (id, name, type) VALUES ('person:cy', 'Cy', 'PERSON')");
            assertThat(rows(s, "SELECT ((SELECT num FROM query.entity WHERE id = 'person:cy') > max(num))::text "
                    + "FROM query.entity WHERE id <> 'person:cy'")).containsExactly("true");
        }
    }

    @Test
    void storedQuotesTakeTheirArticlesDate() throws SQLException {
        migrate("10");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO query.article (id, text, published_at, nlp_version, enriched_at, story_id) VALUES
                        ('a1', 'x', '2026-03-01T08:00:00Z', 'v', '2026-11-01T00:00:00Z', 'a1'),
                        ('a2', 'x', NULL, 'v', '2026-11-02T00:00:00Z', 'a2')""");
            s.execute("""
                    INSERT INTO query.quote (article_id, start_offset, end_offset, text) VALUES
                        ('a1', 0, 5, 'one'), ('a1', 10, 15, 'two'), ('a2', 0, 5, 'three')""");
        }

        migrate("11");

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
            assertThat(rows(s, "SELECT article_id || ' ' || start_offset || ' ' || article_at FROM query.quote "
                    + "ORDER BY 1")).containsExactly(
                    "a1 0 2026-03-01 08:00:00+00",
                    "a1 10 2026-03-01 08:00:00+00",
                    "a2 0 2026-11-02 00:00:00+00");
        }
    }

    @Test
    void thePairRollupAndTheEntityNumbersGoAndEverythingElseStays() throws SQLException {
        migrate("11");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO query.entity (id, name, type) VALUES "
                    + "('person:ann', 'Ann', 'PERSON'), ('person:bob', 'Bob', 'PERSON')");
            s.execute("INSERT INTO query.entity_pair (a, b, articles) SELECT min(num), max(num), 1 FROM query.entity");
            s.execute("INSERT INTO query.entity_total (entity_id, articles) VALUES ('person:ann', 1), ('person:bob', 1)");
        }

        migrate("12");

        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT coalesce(to_regclass('query.entity_pair')::text, 'gone')")).containsExactly("gone");
            assertThat(rows(s, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'query' "
                    + "AND table_name = 'entity'")).doesNotContain("num").contains("id", "name", "type");
            assertThat(rows(s, "SELECT id || ' ' || name FROM query.entity ORDER BY id"))
                    .containsExactly("person:ann Ann", "person:bob Bob");
            assertThat(rows(s, "SELECT sum(articles)::text FROM query.entity_total")).containsExactly("2");
        }
    }

    private static void migrate(String target) {
        Flyway.configure().dataSource(postgres.jdbcUrl(), Postgres.USER, "").schemas("query").defaultSchema("query")
                .createSchemas(true).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, "");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
