package io.newslens.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.testing.ContractSchemas;
import io.newslens.nlp.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class ArticleEnrichmentTest {

    private static final String SEED = "000_c5a94af7eacc4306.txt";

    @Inject
    ObjectMapper mapper;

    @Test
    void enrichedEventCarriesTheArticleAndItsEntitiesAtExactOffsets() throws Exception {
        String text = "Acme Corp chief executive Jane Doe met officials in Paris on Monday.\n"
                + "Doe said he expected a deal within weeks.";
        ArticleIngested article = article(TopicClient.uniqueKey("acme"), "en", text);

        ConsumerRecord<String, String> record = enrich(article);
        ArticleEnriched enriched = mapper.readValue(record.value(), ArticleEnriched.class);

        ContractSchemas.assertValid("article-enriched-v1", record.value());
        assertThat(record.key()).isEqualTo(article.articleId());
        assertThat(enriched.articleId()).isEqualTo(article.articleId());
        assertThat(enriched.schemaVersion()).isEqualTo(ArticleEnriched.SCHEMA_VERSION);
        assertThat(enriched.nlpVersion()).isEqualTo(ArticleEnricher.NLP_VERSION);
        assertThat(enriched.enrichedAt()).isAfterOrEqualTo(article.ingestedAt());
        assertThat(enriched).usingRecursiveComparison()
                .comparingOnlyFields("title", "source", "url", "publishedAt", "language", "text", "ingestedAt")
                .isEqualTo(article);

        int second = text.indexOf("Doe said");
        assertThat(entity(enriched, "person:jane-doe")).usingRecursiveComparison().ignoringFields("salience")
                .isEqualTo(new Entity("person:jane-doe", "Jane Doe", "PERSON", List.of("Jane Doe", "Doe"), 0,
                        List.of(new Mention(26, 34, "Jane Doe"), new Mention(second, second + 3, "Doe"))));
        // "Acme Corp" is Acme in every article: the legal suffix is not part of the canonical name.
        assertThat(entity(enriched, "organization:acme")).usingRecursiveComparison().ignoringFields("salience")
                .isEqualTo(new Entity("organization:acme", "Acme", "ORGANIZATION", List.of("Acme Corp"), 0,
                        List.of(new Mention(0, 9, "Acme Corp"))));
        int paris = text.indexOf("Paris");
        assertThat(entity(enriched, "location:paris")).usingRecursiveComparison().ignoringFields("salience")
                .isEqualTo(new Entity("location:paris", "Paris", "LOCATION", List.of("Paris"), 0,
                        List.of(new Mention(paris, paris + 5, "Paris"))));
        assertThat(enriched.entities()).extracting(Entity::salience).allMatch(s -> s > 0 && s <= 1);
        assertThat(enriched.entities()).as("no values (Monday) and no pronouns (he)")
                .flatExtracting(Entity::mentions).extracting(Mention::text)
                .doesNotContain("Monday", "he");
    }

    @Test
    void quotationsArePublishedWithTheirSpeakerCueAndTheEntitiesInside() throws Exception {
        String text = "Acme Corp chief executive Jane Doe met officials in Paris on Monday.\n\n"
                + "\u201cWe will build the plant near Paris,\u201d Doe said. \u201cIt opens next year.\u201d";
        ArticleIngested article = article(TopicClient.uniqueKey("quotes"), "en", text);

        ConsumerRecord<String, String> record = enrich(article);
        ArticleEnriched enriched = mapper.readValue(record.value(), ArticleEnriched.class);

        ContractSchemas.assertValid("article-enriched-v1", record.value());
        SpeakerRef doe = new SpeakerRef("person:jane-doe", "Jane Doe");
        int first = text.indexOf("We will");
        int second = text.indexOf("It opens");
        assertThat(enriched.quotes()).containsExactly(
                new Quote("We will build the plant near Paris,", first, first + 35, doe, "said", List.of("location:paris")),
                new Quote("It opens next year.", second, second + 19, doe, "said", List.of()));
    }

    @Test
    void offsetsStayJavaStringIndicesAfterCharactersOutsideTheBasicPlane() throws Exception {
        // Each of these takes two UTF-16 units: offsets counted in code points would land early.
        String text = "🚀🚀 Launch day 𝔞𝔟: Acme Corp chief executive Jane Doe spoke in Paris.\n"
                + "😀 Doe thanked the engineers in São Paulo.";
        ArticleIngested article = article(TopicClient.uniqueKey("emoji"), "en", text);

        ArticleEnriched enriched = mapper.readValue(enrich(article).value(), ArticleEnriched.class);

        assertEveryMentionIndexesTheText(enriched, text);
        int janeDoe = text.indexOf("Jane Doe");
        assertThat(entity(enriched, "person:jane-doe").mentions()).first()
                .isEqualTo(new Mention(janeDoe, janeDoe + 8, "Jane Doe"));
        int saoPaulo = text.indexOf("São Paulo");
        assertThat(entity(enriched, "location:sao-paulo").mentions())
                .containsExactly(new Mention(saoPaulo, saoPaulo + 9, "São Paulo"));
    }

    @Test
    void seedArticleNamesMikePompeoAndHuaweiAtExactOffsets() throws Exception {
        Path seed = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "corpus", "seeds", SEED);
        assumeTrue(Files.isRegularFile(seed), "Seed corpus not found at " + seed.toAbsolutePath()
                + ": check out ../shared beside the project to run this test");
        String text = Files.readString(seed);
        ArticleIngested article = article(TopicClient.uniqueKey("seed"), "en", text);

        ConsumerRecord<String, String> record = enrich(article);
        ArticleEnriched enriched = mapper.readValue(record.value(), ArticleEnriched.class);

        ContractSchemas.assertValid("article-enriched-v1", record.value());
        assertEveryMentionIndexesTheText(enriched, text);
        Entity pompeo = entity(enriched, "person:mike-pompeo");
        assertThat(pompeo.type()).isEqualTo("PERSON");
        assertThat(pompeo.mentions()).extracting(Mention::text)
                .as("the surname alone joins the full name").contains("Mike Pompeo", "Pompeo");
        assertThat(entity(enriched, "organization:huawei").mentions()).extracting(Mention::text).contains("Huawei");
    }

    @Test
    void articleInAnotherLanguageIsEnrichedWithoutEntities() throws Exception {
        ArticleIngested article = article(TopicClient.uniqueKey("de"), "de",
                "Die Acme GmbH eröffnet ein Werk in Berlin, sagte Jane Doe am Montag.");

        ArticleEnriched enriched = mapper.readValue(enrich(article).value(), ArticleEnriched.class);

        assertThat(enriched.articleId()).isEqualTo(article.articleId());
        assertThat(enriched.entities()).isEmpty();
    }

    @Test
    void aNearDuplicateKeepsTheFirstArticleOfItsStory() throws Exception {
        ArticleIngested original = article(TopicClient.uniqueKey("de"), "de", "Die Acme GmbH eröffnet ein Werk.");
        ArticleIngested copy = new ArticleIngested(original.schemaVersion(), TopicClient.uniqueKey("de"),
                original.title(), original.source(), original.url(), original.publishedAt(), original.language(),
                original.text() + " Am Montag.", original.ingestedAt(), original.articleId());

        ArticleEnriched enriched = mapper.readValue(enrich(copy).value(), ArticleEnriched.class);

        assertThat(enriched.duplicateOf()).isEqualTo(original.articleId());
        assertThat(mapper.readValue(enrich(original).value(), ArticleEnriched.class).duplicateOf()).isNull();
    }

    private ConsumerRecord<String, String> enrich(ArticleIngested article) throws Exception {
        TopicClient.send(Topics.ARTICLES_INGESTED, article.articleId(), mapper.writeValueAsString(article));
        return TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, article.articleId());
    }

    static ArticleIngested article(String id, String language, String text) {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, "Title of " + id, "example.org",
                "https://example.org/" + id, Instant.parse("2020-01-30T12:00:00Z"), language, text,
                Instant.now().minusSeconds(1), null);
    }

    private static Entity entity(ArticleEnriched enriched, String id) {
        Optional<Entity> found = enriched.entities().stream().filter(e -> e.id().equals(id)).findFirst();
        assertThat(found).as("entity %s among %s", id, enriched.entities()).isPresent();
        return found.get();
    }

    private static void assertEveryMentionIndexesTheText(ArticleEnriched enriched, String text) {
        assertThat(enriched.entities()).isNotEmpty();
        for (Entity entity : enriched.entities()) {
            for (Mention m : entity.mentions()) {
                assertThat(text.substring(m.start(), m.end())).as("mention of %s at %d-%d", entity.id(), m.start(), m.end())
                        .isEqualTo(m.text());
            }
        }
    }
}
