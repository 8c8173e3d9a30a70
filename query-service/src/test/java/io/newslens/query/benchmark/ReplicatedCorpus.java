package io.newslens.query.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.contracts.event.ArticleEnriched;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Real enrichments (nlp-service's {@code ArticleEnriched} events for the BBC corpus, written by its
 * {@code RawEngineBenchmark --write-events}) replicated to any size: copy {@code k} of article {@code i} gets a fresh
 * id, a publish date drawn uniformly from {@link #SPAN} before {@link #NEWEST} (seeded, so runs are alike) and keeps
 * text, entities, quotes and keywords, so entities accumulate across copies as they would across real news. One
 * copy in {@value #DUPLICATE_ONE_IN} after the first of an article (drawn with the date) is a near-duplicate of that
 * first copy ({@code duplicateOf}), so searches fold real stories: the BBC corpus alone has 98 exact duplicates among
 * 2,225 articles (4.4 %), and syndicated news more.
 */
final class ReplicatedCorpus {

    static final Instant NEWEST = Instant.parse("2026-11-20T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(730);
    static final int DUPLICATE_ONE_IN = 20;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final List<ArticleEnriched> originals;

    private ReplicatedCorpus(List<ArticleEnriched> originals) {
        this.originals = originals;
    }

    /**
     * The events file: {@code -Dnewslens.bench.events-file}, else the newest {@code bbc-enriched-*.ndjson} in
     * {@code ~/.cache/newslens/}; empty when there is none.
     */
    static Optional<Path> eventsFile() throws IOException {
        String given = System.getProperty("newslens.bench.events-file");
        if (given != null) {
            return Optional.of(Path.of(given)).filter(Files::isRegularFile);
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "newslens");
        if (!Files.isDirectory(cache)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches("bbc-enriched-.*\\.ndjson"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        }
    }

    static ReplicatedCorpus read(Path file) throws IOException {
        List<ArticleEnriched> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                events.add(JSON.readValue(line, ArticleEnriched.class));
            }
        }
        return new ReplicatedCorpus(List.copyOf(events));
    }

    int originals() {
        return originals.size();
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the replicated sequence. */
    List<ArticleEnriched> slice(int from, int to) {
        List<ArticleEnriched> slice = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            slice.add(copy(n / originals.size(), originals.get(n % originals.size())));
        }
        return slice;
    }

    private static ArticleEnriched copy(int k, ArticleEnriched e) {
        String id = idOf(k, e);
        SplittableRandom random = new SplittableRandom(id.hashCode());
        Instant published = NEWEST.minusSeconds(random.nextLong(SPAN.toSeconds()));
        String duplicateOf = k > 0 && random.nextInt(DUPLICATE_ONE_IN) == 0 ? idOf(0, e) : null;
        return new ArticleEnriched(e.schemaVersion(), id, e.title(), e.source(), e.url() + "?copy=" + k, published,
                e.language(), e.text(), published, e.nlpVersion(), e.enrichedAt(), e.entities(), e.quotes(), e.dates(),
                e.amounts(), e.keywords(), e.tone(), duplicateOf);
    }

    private static String idOf(int k, ArticleEnriched e) {
        return "bench-" + k + "-" + e.articleId();
    }
}
