package io.newslens.query;

import static io.newslens.query.ArticleProjectionTest.awaitArticle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quotes, keywords, tone and aliases from articles.enriched, seen through articles, entities and quotes. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class QuotesAndEntitiesTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool db;

    @Test
    void articleReturnsItsQuotesWithOffsetsSpeakerAndEntitiesKeywordsAndTone() {
        Story story = new Story();
        String id = Articles.newId();
        topic.publish(story.first(id, "corenlp-4.5.10/1", Articles.ENRICHED));

        JsonPath article = awaitArticle(id);

        String text = article.getString("text");
        List<Map<String, Object>> quotes = article.getList("quotes");
        assertThat(quotes).hasSize(2);
        for (Map<String, Object> quote : quotes) {
            assertThat(text.substring((Integer) quote.get("start"), (Integer) quote.get("end")))
                    .isEqualTo(quote.get("text"));
        }
        assertThat(article.getString("quotes[0].text")).isEqualTo(story.threatQuote());
        assertThat(article.getInt("quotes[0].start")).isEqualTo(text.indexOf(story.threatQuote()));
        assertThat(article.getString("quotes[0].speaker.id")).isEqualTo(story.speakerId);
        assertThat(article.getString("quotes[0].speaker.name")).isEqualTo(story.speakerName);
        assertThat(article.getString("quotes[0].cue")).isEqualTo("said");
        assertThat(article.getList("quotes[1].entityIds")).containsExactly(story.speakerId, story.companyId);
        assertThat(article.getList("keywords.phrase")).containsExactly("threat", "company");
        assertThat(article.getDouble("tone.document")).isEqualTo(-0.4);
        assertThat(article.getList("tone.entities.entityId"))
                .containsExactly(story.companyId, story.speakerId, story.critic);
        assertThat(article.getDouble("entities.find { it.id == '" + story.companyId + "' }.salience"))
                .isEqualTo(0.5);
    }

    @Test
    void profileCountsMentionsArticlesMentionsPerDayCoMentionsToneAndQuotesByAndAbout() {
        Story story = new Story();
        String first = Articles.newId();
        String second = Articles.newId();
        topic.publish(story.first(first, "corenlp-4.5.10/1", Articles.ENRICHED));
        topic.publish(story.second(second));
        awaitArticle(first);
        awaitArticle(second);

        JsonPath profile = given().get("/entities/{id}", story.speakerId).then().statusCode(200)
                .extract().jsonPath();

        assertThat(profile.getString("name")).isEqualTo(story.speakerName);
        assertThat(profile.getString("type")).isEqualTo("PERSON");
        assertThat(profile.getList("aliases", String.class)).containsExactlyInAnyOrder(story.speakerName, story.word);
        assertThat(profile.getLong("mentionCount")).isEqualTo(5);
        assertThat(profile.getLong("articleCount")).isEqualTo(2);
        assertThat(profile.getString("firstSeen")).isEqualTo(Story.FIRST_PUBLISHED.toString());
        assertThat(profile.getString("lastSeen")).isEqualTo(Story.SECOND_PUBLISHED.toString());
        assertThat(profile.getList("mentionsPerDay.day")).containsExactly("2026-02-10", "2026-02-20");
        assertThat(profile.getList("mentionsPerDay.mentions", Integer.class)).containsExactly(3, 2);
        // (0.2 * 1 sentence + 0.6 * 3 sentences) / 4 sentences
        assertThat(profile.getDouble("averageTone")).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(profile.getList("quotesBy.text")).containsExactly(story.threatQuote());
        assertThat(profile.getList("quotesBy.articleId")).containsExactly(first);
        assertThat(profile.getList("quotesAbout.text")).containsExactly(story.lyingQuote());
        assertThat(profile.getList("quotesAbout.speakerId")).containsExactly(story.critic);
        // counted by the search index, which is written after PostgreSQL and searchable after its next refresh
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath now = given().get("/entities/{id}", story.speakerId).then().statusCode(200).extract().jsonPath();
            assertThat(now.getList("coMentions.id")).containsExactly(story.companyId, story.critic);
            assertThat(now.getList("coMentions.articleCount", Integer.class)).containsExactly(2, 1);
        });
    }

    @Test
    void autocompleteFindsEntitiesByNamePrefixAndByAliasAndFiltersByType() {
        Story story = new Story();
        String id = Articles.newId();
        topic.publish(story.first(id, "corenlp-4.5.10/1", Articles.ENRICHED));
        awaitArticle(id);
        String prefix = story.word.substring(0, 8);

        JsonPath byName = given().queryParam("q", "MIKE " + prefix.toLowerCase()).get("/entities")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byName.getList("id")).containsExactly(story.speakerId);
        assertThat(byName.getString("[0].matched")).isEqualTo(story.speakerName);
        assertThat(byName.getInt("[0].articleCount")).isEqualTo(1);

        JsonPath byAlias = given().queryParam("q", prefix).get("/entities")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byAlias.getList("id")).containsExactly(story.speakerId);
        assertThat(byAlias.getString("[0].matched")).isEqualTo(story.word);

        assertThat(given().queryParam("q", prefix).queryParam("type", "organization").get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
        assertThat(given().queryParam("q", prefix + "%").get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
    }

    @Test
    void quotesAreFilteredBySpeakerAboutTextAndDate() {
        Story story = new Story();
        String id = Articles.newId();
        topic.publish(story.first(id, "corenlp-4.5.10/1", Articles.ENRICHED));
        awaitArticle(id);

        assertThat(quoteTexts(Map.of("speaker", story.speakerId))).containsExactly(story.threatQuote());
        assertThat(quoteTexts(Map.of("about", story.companyId)))
                .containsExactly(story.threatQuote(), story.lyingQuote());
        assertThat(quoteTexts(Map.of("about", story.speakerId))).containsExactly(story.lyingQuote());
        assertThat(quoteTexts(Map.of("speaker", story.critic, "about", story.speakerId)))
                .containsExactly(story.lyingQuote());
        assertThat(quoteTexts(Map.of("about", story.companyId, "q", "lies"))).containsExactly(story.lyingQuote());
        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "from", "2026-02-10", "to", "2026-02-10")))
                .containsExactly(story.threatQuote());
        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "from", "2026-02-11"))).isEmpty();
        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "to", "2026-02-10T07:59:59Z"))).isEmpty();
        assertThat(quoteTexts(Map.of("speaker", "person:nobody-" + story.word))).isEmpty();
        assertThat(given().queryParam("about", story.companyId).queryParam("limit", 1).get("/quotes")
                .then().statusCode(200).extract().jsonPath().getList("quotes")).hasSize(1);
    }

    @Test
    void aQuoteIsAboutWhatItsSentenceFramesAndAnEventBeforeAboutIdsAboutWhatItNames() throws Exception {
        Story framedStory = new Story();
        String framedId = Articles.newId();
        // The threat quote names only the company; the words before its opening mark also name the critic.
        ObjectNode framed = (ObjectNode) JSON.readTree(EnrichedTopic.toJson(
                framedStory.first(framedId, "corenlp-4.5.10+newslens-6", Articles.ENRICHED)));
        ((ObjectNode) framed.path("quotes").get(0)).putArray("aboutIds")
                .add(framedStory.companyId).add(framedStory.critic);
        topic.publishInOrder(framedId, framed.toString());

        Story olderStory = new Story();
        String olderId = Articles.newId();
        ObjectNode older = (ObjectNode) JSON.readTree(EnrichedTopic.toJson(
                olderStory.first(olderId, "corenlp-4.5.10+newslens-5", Articles.ENRICHED)));
        older.path("quotes").forEach(q -> ((ObjectNode) q).remove("aboutIds"));
        topic.publishInOrder(olderId, older.toString());
        awaitArticle(framedId);
        awaitArticle(olderId);

        JsonPath aboutCritic = given().queryParam("about", framedStory.critic).get("/quotes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(aboutCritic.getList("quotes.text")).containsExactly(framedStory.threatQuote());
        assertThat(aboutCritic.getList("quotes[0].entityIds")).containsExactly(framedStory.companyId);
        assertThat(aboutCritic.getList("quotes[0].aboutIds")).containsExactly(framedStory.companyId, framedStory.critic);
        assertThat(awaitArticle(framedId).getList("quotes[0].aboutIds"))
                .containsExactly(framedStory.companyId, framedStory.critic);

        assertThat(quoteTexts(Map.of("about", olderStory.speakerId))).containsExactly(olderStory.lyingQuote());
        assertThat(awaitArticle(olderId).getList("quotes[1].aboutIds"))
                .containsExactly(olderStory.speakerId, olderStory.companyId);
    }

    @Test
    void redeliveryChangesNoQuoteKeywordAliasOrFactAndOnlyANewerEnrichmentReplacesThem() {
        Story story = new Story();
        String id = Articles.newId();
        ArticleEnriched event = story.first(id, "corenlp-4.5.10/1", Articles.ENRICHED);
        topic.publishInOrder(event);
        JsonPath first = awaitArticle(id);
        String firstWrite = scalar("SELECT updated_at::text FROM query.article WHERE id = $1", id);

        topic.publishInOrder(event);
        topic.publishInOrder(event);
        topic.awaitHandledUpToHere();

        JsonPath again = awaitArticle(id);
        assertThat(again.getList("quotes")).isEqualTo(first.getList("quotes"));
        assertThat(count("SELECT count(*) FROM query.quote WHERE article_id = $1", id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM query.keyword WHERE article_id = $1", id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM query.article_entity WHERE article_id = $1", id)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM query.entity_alias WHERE entity_id = $1", story.speakerId))
                .isEqualTo(2);
        assertThat(scalar("SELECT updated_at::text FROM query.article WHERE id = $1", id)).isEqualTo(firstWrite);

        Instant later = Articles.ENRICHED.plusSeconds(60);
        topic.publishInOrder(story.firstWithOneQuote(id, later));
        topic.publishInOrder(event);
        topic.awaitHandledUpToHere();

        JsonPath replaced = awaitArticle(id);
        assertThat(replaced.getString("nlpVersion")).isEqualTo("corenlp-4.5.10/2");
        assertThat(replaced.getList("quotes.text")).containsExactly(story.threatQuote());
        assertThat(replaced.getList("keywords.phrase")).containsExactly("claims");
        assertThat(count("SELECT count(*) FROM query.quote WHERE article_id = $1", id)).isEqualTo(1);
        assertThat(quoteTexts(Map.of("about", story.speakerId))).isEmpty();
    }

    @Test
    void aNewerEnrichmentWithAnotherPublishDateMovesItsQuotesInTime() {
        Story story = new Story();
        String id = Articles.newId();
        topic.publishInOrder(story.first(id, "corenlp-4.5.10/1", Articles.ENRICHED));
        awaitArticle(id);
        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "from", "2026-02-10", "to", "2026-02-10")))
                .containsExactly(story.threatQuote());

        // V11 keeps the article's date on each quote: the replaced enrichment writes its quotes with the new date.
        ArticleEnriched newer = story.first(id, "corenlp-4.5.10/2", Articles.ENRICHED.plusSeconds(60));
        topic.publishInOrder(Articles.publishedAt(newer, Instant.parse("2026-04-02T09:00:00Z")));
        topic.awaitHandledUpToHere();

        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "from", "2026-02-10", "to", "2026-02-10"))).isEmpty();
        assertThat(quoteTexts(Map.of("speaker", story.speakerId, "from", "2026-04-02", "to", "2026-04-02")))
                .containsExactly(story.threatQuote());
        assertThat(quoteTexts(Map.of("about", story.companyId, "from", "2026-04-02")))
                .containsExactly(story.threatQuote(), story.lyingQuote());
    }

    private static List<String> quoteTexts(Map<String, String> params) {
        return given().queryParams(params).get("/quotes").then().statusCode(200)
                .extract().jsonPath().getList("quotes.text", String.class);
    }

    private long count(String sql, String param) {
        return db.preparedQuery(sql).execute(Tuple.of(param)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private String scalar(String sql, String param) {
        return db.preparedQuery(sql).execute(Tuple.of(param)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }
}
