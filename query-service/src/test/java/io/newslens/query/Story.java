package io.newslens.query;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import io.newslens.contracts.event.Tone;
import java.time.Instant;
import java.util.List;

/**
 * Articles with quotes, keywords and tone about a cast of entities whose ids and names carry one test's
 * unique word, so that tests sharing a database never see each other's entities. Offsets are computed from the
 * text, so they are exact by construction.
 */
final class Story {

    static final Instant FIRST_PUBLISHED = Instant.parse("2026-02-10T08:00:00Z");
    static final Instant SECOND_PUBLISHED = Instant.parse("2026-02-20T08:00:00Z");

    final String word;
    final String speakerId;
    final String companyId;
    final String critic;
    final String speakerName;

    Story() {
        String w = Articles.uniqueWord();
        this.word = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        this.speakerId = "person:mike-" + w;
        this.companyId = "org:huawei-" + w;
        this.critic = "person:hua-chunying-" + w;
        this.speakerName = "Mike " + word;
    }

    /** The first quote: the company's threat, said by the speaker. */
    String threatQuote() {
        return "Huawei is a threat to Europe.";
    }

    /** The second quote: about the speaker and the company, said by the critic. */
    String lyingQuote() {
        return word + " is lying about Huawei.";
    }

    String firstText() {
        return "Huawei rejects the claims. " + speakerName + " said: \"" + threatQuote() + "\" Later " + word
                + " added that the company must be watched. Hua Chunying said \"" + lyingQuote() + "\"";
    }

    /** Three entities, two quotes, two keywords, document and entity tone. */
    ArticleEnriched first(String id, String nlpVersion, Instant enrichedAt) {
        String t = firstText();
        int q1 = t.indexOf(threatQuote());
        int q2 = t.indexOf(lyingQuote());
        int later = t.indexOf("Later " + word) + "Later ".length();
        Entity company = new Entity(companyId, "Huawei", "ORGANIZATION", List.of("Huawei"), 0.5, List.of(
                at(t, "Huawei", 0), at(t, "Huawei", q1), at(t, "Huawei", q2)));
        Entity speaker = new Entity(speakerId, speakerName, "PERSON", List.of(speakerName, word), 0.3, List.of(
                at(t, speakerName, 0), at(t, word, later), at(t, word, q2)));
        Entity hua = new Entity(critic, "Hua Chunying", "PERSON", List.of("Hua Chunying"), 0.2,
                List.of(at(t, "Hua Chunying", 0)));
        List<Quote> quotes = List.of(
                new Quote(threatQuote(), q1, q1 + threatQuote().length(), new SpeakerRef(speakerId, speakerName),
                        "said", List.of(companyId)),
                new Quote(lyingQuote(), q2, q2 + lyingQuote().length(), new SpeakerRef(critic, "Hua Chunying"),
                        "said", List.of(speakerId, companyId)));
        Tone tone = new Tone(-0.4, List.of(new EntityTone(companyId, -0.5, 2), new EntityTone(speakerId, 0.2, 1),
                new EntityTone(critic, -0.1, 1)));
        return event(id, t, FIRST_PUBLISHED, nlpVersion, enrichedAt, List.of(company, speaker, hua), quotes,
                List.of(new Keyword("threat", 1.0, 1), new Keyword("company", 0.5, 1)), tone);
    }

    /** The speaker and the company again, ten days later, no quotes; the speaker's tone here is 0.6 over 3. */
    ArticleEnriched second(String id) {
        String t = speakerName + " met Huawei again. " + word + " was pleased.";
        Entity speaker = new Entity(speakerId, speakerName, "PERSON", List.of(speakerName, word), 0.6,
                List.of(at(t, speakerName, 0), at(t, word, t.indexOf(". ") + 2)));
        Entity company = new Entity(companyId, "Huawei", "ORGANIZATION", List.of("Huawei"), 0.4,
                List.of(at(t, "Huawei", 0)));
        Tone tone = new Tone(0.5, List.of(new EntityTone(speakerId, 0.6, 3), new EntityTone(companyId, 0.1, 1)));
        return event(id, t, SECOND_PUBLISHED, "corenlp-4.5.10/1", Articles.ENRICHED, List.of(speaker, company),
                List.of(), List.of(), tone);
    }

    /** The first article re-enriched: only the threat quote is left, with a new keyword. */
    ArticleEnriched firstWithOneQuote(String id, Instant enrichedAt) {
        ArticleEnriched full = first(id, "corenlp-4.5.10/2", enrichedAt);
        return new ArticleEnriched(full.schemaVersion(), id, full.title(), full.source(), full.url(),
                full.publishedAt(), full.language(), full.text(), full.ingestedAt(), full.nlpVersion(),
                full.enrichedAt(), full.entities(), full.quotes().subList(0, 1), List.of(),
                List.of(), List.of(new Keyword("claims", 1.0, 1)), full.tone(), full.duplicateOf());
    }

    private static Mention at(String text, String needle, int from) {
        int start = text.indexOf(needle, from);
        return new Mention(start, start + needle.length(), needle);
    }

    private static ArticleEnriched event(String id, String text, Instant published, String nlpVersion,
            Instant enrichedAt, List<Entity> entities, List<Quote> quotes, List<Keyword> keywords, Tone tone) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "Story " + id, "Example Wire",
                "https://news.example.org/" + id, published, "en", text, Articles.INGESTED, nlpVersion, enrichedAt,
                entities, quotes, List.of(), List.of(), keywords, tone, null);
    }
}
