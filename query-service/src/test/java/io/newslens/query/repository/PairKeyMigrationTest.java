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
import org.junit.jupiter.api.Test;

/**
 * V10 re-keys a populated pair rollup: a read model stored under V9 (entities, facts, text-keyed pairs) is migrated,
 * and every entity has its own number and every pair the same count under the numbers of its two entities.
 */
class PairKeyMigrationTest {

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
