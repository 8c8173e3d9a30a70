package io.newslens.nlp.bench;

import io.newslens.contracts.event.ArticleIngested;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of plain-text articles (such as the BBC corpus: {@code category/NNN.txt}, headline on the first line)
 * as {@link ArticleIngested} records, without running ingest-service: the whole file is the text, its first line the
 * title (as ingest's metadata extraction reads a headline), the file path names the article, and publish dates are
 * one hour apart from 2005-01-01 in file order. Enough for engine runs; the ids and dates are not ingest's.
 */
final class CorpusArticles {

    static final Instant FIRST_PUBLISHED = Instant.parse("2005-01-01T08:00:00Z");

    private CorpusArticles() {
    }

    static List<ArticleIngested> read(Path dir) throws IOException {
        List<ArticleIngested> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                String name = dir.relativize(file).toString().replace(".txt", "").replace('/', '-');
                Instant published = FIRST_PUBLISHED.plus(Duration.ofHours(articles.size()));
                articles.add(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "corpus-" + name,
                        text.lines().findFirst().orElse("").strip(), "BBC News", "https://corpus.example.org/" + name,
                        published, "en", text, published, null));
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("No .txt articles in " + dir.toAbsolutePath());
        }
        return articles;
    }
}
