package io.newslens.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newslens.contracts.event.Amount;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.contracts.event.DateMention;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import io.newslens.contracts.event.Tone;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON each event record serialises to is exactly what its published JSON Schema describes. */
class EventSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String TEXT = "Acme Corp said Jane Doe will visit Springfield. "
            + "\u201cSpringfield is ready,\u201d Doe said. \u201cWe like Acme.\u201d";

    static ArticleIngested ingested() {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "5f1c7f5e-0000-4000-8000-000000000001",
                "Acme expands", "Example Wire", "https://news.example.org/acme", Instant.parse("2020-08-18T17:40:40Z"),
                "en", TEXT, Instant.parse("2020-08-18T18:00:00Z"), "5f1c7f5e-0000-4000-8000-000000000000");
    }

    static ArticleEnriched enriched() {
        Entity acme = new Entity("organization:acme-corp", "Acme Corp", "ORGANIZATION", List.of("Acme Corp", "Acme"),
                0.4, List.of(new Mention(0, 9, "Acme Corp"), new Mention(91, 95, "Acme")));
        Entity jane = new Entity("person:jane-doe", "Jane Doe", "PERSON", List.of("Jane Doe", "Doe"), 0.35,
                List.of(new Mention(15, 23, "Jane Doe"), new Mention(72, 75, "Doe")));
        Entity springfield = new Entity("location:springfield", "Springfield", "LOCATION", List.of("Springfield"),
                0.25, List.of(new Mention(35, 46, "Springfield"), new Mention(49, 60, "Springfield")));
        SpeakerRef doe = new SpeakerRef(jane.id(), jane.name());
        List<Quote> quotes = List.of(
                new Quote("Springfield is ready,", 49, 70, doe, "said", List.of(springfield.id())),
                new Quote("We like Acme.", 83, 96, null, null, List.of(acme.id())));
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, "5f1c7f5e-0000-4000-8000-000000000001",
                null, null, null, null, "en", TEXT, Instant.parse("2020-08-18T18:00:00Z"),
                "corenlp-4.5.10+newslens-1", Instant.parse("2020-08-18T18:00:02Z"), List.of(acme, jane, springfield),
                quotes, List.of(new DateMention("2020", 0, 4, "2020")), List.of(new Amount("$15bn", 5, 10, 1.5e10, "USD")),
                List.of(new Keyword("acme", 1.0, 2)), new Tone(-0.2, List.of(new EntityTone(acme.id(), 0.3, 2))),
                "5f1c7f5e-0000-4000-8000-000000000000");
    }

    @Test
    void articleIngestedMatchesItsSchema() throws Exception {
        assertValid("article-ingested-v1", MAPPER.valueToTree(ingested()));
    }

    @Test
    void articleEnrichedMatchesItsSchema() throws Exception {
        assertValid("article-enriched-v1", MAPPER.valueToTree(enriched()));
    }

    @Test
    void schemasRejectWhatTheRecordsNeverProduce() throws Exception {
        ObjectNode unknownField = MAPPER.valueToTree(ingested());
        unknownField.put("surprise", true);
        assertFalse(schema("article-ingested-v1").validate(unknownField).isEmpty());

        ObjectNode noText = MAPPER.valueToTree(enriched());
        noText.remove("text");
        assertFalse(schema("article-enriched-v1").validate(noText).isEmpty());
    }

    @Test
    void schemaPropertiesAreExactlyTheRecordComponents() throws Exception {
        assertEquals(components(ArticleIngested.class), properties("article-ingested-v1"));
        assertEquals(components(ArticleEnriched.class), properties("article-enriched-v1"));
        assertEquals(components(Entity.class), definitionProperties("article-enriched-v1", "entity"));
        assertEquals(components(Mention.class), definitionProperties("article-enriched-v1", "mention"));
        assertEquals(components(Quote.class), definitionProperties("article-enriched-v1", "quote"));
        assertEquals(components(SpeakerRef.class), definitionProperties("article-enriched-v1", "speakerRef"));
        assertEquals(components(DateMention.class), definitionProperties("article-enriched-v1", "dateMention"));
        assertEquals(components(Amount.class), definitionProperties("article-enriched-v1", "amount"));
        assertEquals(components(Keyword.class), definitionProperties("article-enriched-v1", "keyword"));
        assertEquals(components(Tone.class), definitionProperties("article-enriched-v1", "tone"));
        assertEquals(components(EntityTone.class), definitionProperties("article-enriched-v1", "entityTone"));
    }

    @Test
    void quoteWithoutSpeakerIsValidButASpeakerNeedsAnId() throws Exception {
        ObjectNode event = MAPPER.valueToTree(enriched());
        assertValid("article-enriched-v1", event);
        ((ObjectNode) event.get("quotes").get(0).get("speaker")).remove("id");
        assertFalse(schema("article-enriched-v1").validate(event).isEmpty());
    }

    @Test
    void toneIsBetweenMinusOneAndOneAndAmountsNameAnIsoCurrency() throws Exception {
        ObjectNode event = MAPPER.valueToTree(enriched());
        ((ObjectNode) event.get("tone")).put("document", -1.5);
        assertFalse(schema("article-enriched-v1").validate(event).isEmpty());
        ObjectNode dollars = MAPPER.valueToTree(enriched());
        ((ObjectNode) dollars.get("amounts").get(0)).put("currency", "$");
        assertFalse(schema("article-enriched-v1").validate(dollars).isEmpty());
    }

    @Test
    void salienceIsAShareBetweenZeroAndOne() throws Exception {
        ObjectNode event = MAPPER.valueToTree(enriched());
        ((ObjectNode) event.get("entities").get(0)).put("salience", 1.5);
        assertFalse(schema("article-enriched-v1").validate(event).isEmpty());
    }

    @Test
    void mentionOffsetsIndexTheText() {
        for (Entity e : enriched().entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), TEXT.substring(m.start(), m.end()));
            }
        }
        for (Quote q : enriched().quotes()) {
            assertEquals(q.text(), TEXT.substring(q.start(), q.end()));
        }
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(String name) throws Exception {
        Set<String> names = new TreeSet<>();
        schemaJson(name).get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> definitionProperties(String name, String definition) throws Exception {
        Set<String> names = new TreeSet<>();
        schemaJson(name).get("definitions").get(definition).get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertValid(String name, JsonNode json) throws Exception {
        Set<ValidationMessage> errors = schema(name).validate(json);
        assertTrue(errors.isEmpty(), () -> name + ": " + errors + "\n" + json.toPrettyString());
    }

    private static JsonSchema schema(String name) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        return factory.getSchema(schemaJson(name));
    }

    private static JsonNode schemaJson(String name) throws Exception {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return MAPPER.readTree(in);
        }
    }
}
