package io.newslens.ingest.service;

import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.ingest.model.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns a submission into the article to store: clean text, metadata (explicit fields first, then what the text
 * says), language, text hash. Pure CPU work: run it on the {@link PreparationPool}, never on the event loop.
 */
@ApplicationScoped
public class ArticlePreparer {

    private final Cleaner cleaner;
    private final MetadataExtractor metadata;
    private final LanguageDetector languages;
    private final NearDuplicateDetector nearDuplicates;

    public ArticlePreparer(Cleaner cleaner, MetadataExtractor metadata, LanguageDetector languages,
            NearDuplicateDetector nearDuplicates) {
        this.cleaner = cleaner;
        this.metadata = metadata;
        this.languages = languages;
        this.nearDuplicates = nearDuplicates;
    }

    /** Blocking (CPU). Throws {@link OnlyBoilerplate} when cleaning leaves nothing. */
    public Article prepare(ArticleSubmission s) {
        return prepare(s, null);
    }

    /**
     * Blocking (CPU). Throws {@link OnlyBoilerplate} when cleaning leaves nothing.
     *
     * @param raw the original input when the submission's text was derived from it (an uploaded page); else null
     */
    public Article prepare(ArticleSubmission s, String raw) {
        String normalized = TextNormalizer.normalize(CharacterReferences.decode(s.text()));
        String clean = cleaner.cleanNormalized(normalized);
        if (clean.isEmpty()) {
            throw new OnlyBoilerplate();
        }
        Metadata explicit = new Metadata(TextNormalizer.field(CharacterReferences.decode(s.title())),
                TextNormalizer.field(CharacterReferences.decode(s.source())),
                s.publishedAt());
        Metadata merged = MetadataExtractor.merge(explicit, metadata.extractNormalized(normalized, clean));
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.rawText = raw != null ? raw : s.text();
        a.text = clean;
        a.textHash = TextHash.of(clean);
        a.minhash = nearDuplicates.signature(clean);
        a.title = merged.title();
        a.source = merged.source();
        a.url = TextNormalizer.field(s.url());
        a.publishedAt = merged.publishedAt();
        a.language = languages.detect(clean);
        a.status = ArticleStatus.RECEIVED;
        // PostgreSQL keeps microseconds: truncate so the stored and the published instant are the same.
        a.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return a;
    }
}
