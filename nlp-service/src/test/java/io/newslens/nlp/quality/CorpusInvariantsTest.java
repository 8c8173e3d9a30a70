package io.newslens.nlp.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.contracts.event.Amount;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.contracts.event.DateMention;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Enriches a fifth of the BBC corpus (every fifth article of each section, 445 articles the gold sets mostly do
 * not hold) and checks what must hold for any article: no exception, and every offset the event gives points at
 * the text it claims (entity mentions, quotations, dates, amounts), every speaker is one of the article's entities.
 * The gold sets score what is right; this catches what breaks on text nobody annotated (a rule that indexes past
 * a sentence's start once threw on 1 article in 200).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class CorpusInvariantsTest {

    private static final int STRIDE = 5;

    @Inject
    ArticleEnricher enricher;
    @Inject
    NlpPipeline pipeline;

    @Test
    void everyOffsetPointsAtItsTextAndEverySpeakerIsAnEntityOnAFifthOfTheCorpus() throws Exception {
        Path bbc = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "corpus", "bbc");
        assumeTrue(Files.isDirectory(bbc), "BBC corpus not found at " + bbc.toAbsolutePath()
                + ": check out ../shared beside the project to run the enrichment over it");
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);

        List<Path> sample = sample(bbc);
        SoftAssertions soft = new SoftAssertions();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ArticleEnriched>> results = new ArrayList<>();
            for (Path file : sample) {
                String text = Files.readString(file);
                String id = bbc.relativize(file).toString();
                results.add(pool.submit(() -> enricher.enrich(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id,
                        null, null, null, null, "en", text, Instant.now(), null))));
            }
            for (int i = 0; i < sample.size(); i++) {
                String article = bbc.relativize(sample.get(i)).toString();
                try {
                    check(soft, article, results.get(i).get(2, TimeUnit.MINUTES));
                } catch (ExecutionException failed) {
                    soft.fail(article + ": enrichment threw " + failed.getCause(), failed.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        soft.assertThat(sample).as("articles enriched").hasSizeGreaterThan(400);
        soft.assertAll();
    }

    private static List<Path> sample(Path bbc) throws Exception {
        List<Path> sample = new ArrayList<>();
        for (String section : List.of("business", "entertainment", "politics", "sport", "tech")) {
            try (Stream<Path> files = Files.list(bbc.resolve(section))) {
                List<Path> sorted = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
                for (int i = 0; i < sorted.size(); i += STRIDE) {
                    sample.add(sorted.get(i));
                }
            }
        }
        return sample;
    }

    private static void check(SoftAssertions soft, String article, ArticleEnriched e) {
        String text = e.text();
        Set<String> ids = e.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Entity entity : e.entities()) {
            for (Mention m : entity.mentions()) {
                points(soft, article, "mention of " + entity.id(), text, m.start(), m.end(), m.text());
            }
        }
        for (Quote q : e.quotes()) {
            points(soft, article, "quotation", text, q.start(), q.end(), q.text());
            if (q.speaker() != null) {
                soft.assertThat(ids).as("%s: speaker of quotation at %d", article, q.start()).contains(q.speaker().id());
            }
            soft.assertThat(ids).as("%s: entities of quotation at %d", article, q.start()).containsAll(q.entityIds());
        }
        for (DateMention d : e.dates()) {
            points(soft, article, "date", text, d.start(), d.end(), d.text());
        }
        for (Amount a : e.amounts()) {
            points(soft, article, "amount", text, a.start(), a.end(), a.text());
        }
    }

    private static void points(SoftAssertions soft, String article, String what, String text, int start, int end,
            String claimed) {
        boolean inRange = 0 <= start && start <= end && end <= text.length();
        soft.assertThat(inRange).as("%s: %s [%d, %d) within the text", article, what, start, end).isTrue();
        if (inRange) {
            soft.assertThat(text.substring(start, end)).as("%s: %s at %d", article, what, start).isEqualTo(claimed);
        }
    }
}
