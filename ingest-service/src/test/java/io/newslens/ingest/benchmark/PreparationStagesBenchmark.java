package io.newslens.ingest.benchmark;

import io.newslens.ingest.service.BoilerplateRules;
import io.newslens.ingest.service.Cleaner;
import io.newslens.ingest.service.LanguageDetector;
import io.newslens.ingest.service.MetadataExtractor;
import io.newslens.ingest.service.MinHash;
import io.newslens.ingest.service.NearDuplicateDetector;
import io.newslens.ingest.service.TextHash;
import io.newslens.ingest.service.TextNormalizer;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CPU per BBC article of each step {@code ArticlePreparer} takes, with the shipped settings, one thread: where
 * ingest's preparation time goes, without HTTP, PostgreSQL or Kafka around it. Three passes over the corpus; the
 * last is printed. Run it with {@code ./mvnw -B -pl ingest-service -am test -Dtest=PreparationStagesBenchmark
 * -Dnewslens.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class PreparationStagesBenchmark {


    @Test
    void cpuPerArticleByStep() throws IOException {
        List<String> raw = BbcCorpus.texts();
        Cleaner cleaner = new Cleaner(BoilerplateRules.load());
        MetadataExtractor metadata = new MetadataExtractor(ZoneOffset.UTC, Map.of());
        MinHash minHash = new MinHash(NearDuplicateDetector.SLOTS, NearDuplicateDetector.SHINGLE_WORDS);
        LanguageDetector language = ShippedSettings.languageDetector();
        List<String> normalized = raw.stream().map(TextNormalizer::normalize).toList();
        List<String> clean = normalized.stream().map(cleaner::cleanNormalized).toList();
        List<String> reshuffled = clean.stream().map(t -> GatewayIngestBenchmark.reshuffled(t, 1)).toList();
        System.out.println("| step | CPU µs per article |");
        System.out.println("|---|---|");
        for (int pass = 1; pass <= 3; pass++) {
            boolean print = pass == 3;
            step("normalise the raw text", raw, TextNormalizer::normalize, print);
            step("clean (with its final normalisation)", normalized, cleaner::cleanNormalized, print);
            step("metadata from the text", normalized, t -> metadata.extractNormalized(t, t), print);
            step("text hash", clean, TextHash::of, print);
            step("MinHash signature", clean, minHash::signature, print);
            step("language", clean, language::detect, print);
            step("language, words reshuffled as in GatewayIngestBenchmark's fresh passes", reshuffled,
                    language::detect, print);
            step("MinHash signature, words reshuffled", reshuffled, minHash::signature, print);
        }
    }

    private static void step(String name, List<String> texts, Function<String, Object> step, boolean print) {
        long cpu = ProcessCpu.nanos();
        texts.forEach(step::apply);
        long micros = (ProcessCpu.nanos() - cpu) / 1_000 / texts.size();
        if (print) {
            System.out.printf("| %s | %d |%n", name, micros);
        }
    }
}
