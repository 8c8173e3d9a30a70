package io.newslens.query;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Tone;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test articles, written by hand with their exact mention offsets. */
final class Articles {

    static final String ACME_TEXT =
            "Acme Corp expands into Lisbon. Jane Doe, chief executive of Acme Corp, said the move doubles its staff.";

    /** Listed neither in text order nor with sorted mentions: the API must order them itself. */
    static final List<Entity> ACME_ENTITIES = List.of(
            new Entity("person:jane-doe", "Jane Doe", "PERSON", List.of("Jane Doe"), 0.0, List.of(new Mention(31, 39, "Jane Doe"))),
            new Entity("org:acme-corp", "Acme Corp", "ORGANIZATION", List.of("Acme Corp"), 0.0,
                    List.of(new Mention(60, 69, "Acme Corp"), new Mention(0, 9, "Acme Corp"))),
            new Entity("location:lisbon", "Lisbon", "LOCATION", List.of("Lisbon"), 0.0, List.of(new Mention(23, 29, "Lisbon"))));

    static final Instant PUBLISHED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant INGESTED = Instant.parse("2026-03-01T10:05:00Z");
    static final Instant ENRICHED = Instant.parse("2026-03-01T10:06:00Z");

    private Articles() {
    }

    /** A fresh id, so that tests sharing one database never see each other's articles. */
    static String newId() {
        return "test-" + UUID.randomUUID();
    }

    /** A made-up word no other test article contains, to search for one test's articles only. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static ArticleEnriched acme(String id) {
        return enriched(id, "Acme Corp opens an office in Lisbon", ACME_TEXT, ACME_ENTITIES, "corenlp-4.5.10/1",
                ENRICHED);
    }

    static ArticleEnriched enriched(String id, String title, String text, List<Entity> entities, String nlpVersion,
            Instant enrichedAt) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, title, "Example Wire",
                "https://news.example.org/" + id, PUBLISHED, "en", text, INGESTED, nlpVersion, enrichedAt, entities,
                List.of(), List.of(), List.of(), List.of(), Tone.NEUTRAL, null);
    }

    /** {@code e} as a near-duplicate of the article {@code duplicateOf}, the first of its story. */
    static ArticleEnriched withStory(ArticleEnriched e, String duplicateOf) {
        return new ArticleEnriched(e.schemaVersion(), e.articleId(), e.title(), e.source(), e.url(), e.publishedAt(),
                e.language(), e.text(), e.ingestedAt(), e.nlpVersion(), e.enrichedAt(), e.entities(), e.quotes(),
                e.dates(), e.amounts(), e.keywords(), e.tone(), duplicateOf);
    }

    /** The same event with another publish date. */
    static ArticleEnriched publishedAt(ArticleEnriched e, Instant publishedAt) {
        return new ArticleEnriched(e.schemaVersion(), e.articleId(), e.title(), e.source(), e.url(), publishedAt,
                e.language(), e.text(), e.ingestedAt(), e.nlpVersion(), e.enrichedAt(), e.entities(), e.quotes(),
                e.dates(), e.amounts(), e.keywords(), e.tone(), e.duplicateOf());
    }

    /** An article with no entities, for search tests. */
    static ArticleEnriched plain(String id, String title, String text) {
        return enriched(id, title, text, List.of(), "corenlp-4.5.10/1", ENRICHED);
    }
}
