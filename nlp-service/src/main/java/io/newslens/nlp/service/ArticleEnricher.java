package io.newslens.nlp.service;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Turns an ingested article into its enrichment (the article fields plus the entities, quotations,
 * dates, amounts, keywords and tone of its text), or analyses a bare text for {@code POST /analyze}.
 */
@ApplicationScoped
public class ArticleEnricher {

    /**
     * Engine version + newslens extraction version. Bump the suffix whenever the same text would
     * give different entities, so that consumers can tell the newer enrichment.
     */
    public static final String NLP_VERSION = "corenlp-4.5.10+newslens-153";

    private static final Logger LOG = Logger.getLogger(ArticleEnricher.class);

    private final NlpPipeline pipeline;
    private final NlpMetrics metrics;

    public ArticleEnricher(NlpPipeline pipeline, NlpMetrics metrics) {
        this.pipeline = pipeline;
        this.metrics = metrics;
    }

    /**
     * Runs CoreNLP over the article's text: CPU-bound, so call it from a bounded worker pool,
     * never from the event loop.
     */
    public ArticleEnriched enrich(ArticleIngested article) {
        ArticleAnalysis analysis = analyse(article);
        return new ArticleEnriched(
                ArticleEnriched.SCHEMA_VERSION,
                article.articleId(),
                article.title(),
                article.source(),
                article.url(),
                article.publishedAt(),
                article.language(),
                article.text(),
                article.ingestedAt(),
                NLP_VERSION,
                Instant.now(),
                analysis.entities(),
                analysis.quotes(),
                analysis.dates(),
                analysis.amounts(),
                analysis.keywords(),
                analysis.tone(),
                article.duplicateOf());
    }

    /**
     * Analyses a text that is not stored, as {@code POST /analyze} answers it. CPU-bound: call it from
     * the bounded {@code nlp-pool}, never from the event loop.
     *
     * @param publishedAt resolves relative dates ("Thursday") when known, else null
     */
    public Analysis analyse(String text, Instant publishedAt) {
        ArticleAnalysis a = ArticleAnalysis.of(pipeline.annotate(text, publishedAt), metrics);
        return new Analysis(NLP_VERSION, a.entities(), a.quotes(), a.dates(), a.amounts(), a.keywords(), a.tone());
    }

    private ArticleAnalysis analyse(ArticleIngested article) {
        if (!isEnglishOrUnknown(article.language())) {
            // The models are English: on other languages they tag noise, and nothing is the honest answer.
            LOG.debugf("Article %s is in '%s': no entity extraction", article.articleId(), article.language());
            return ArticleAnalysis.EMPTY;
        }
        return ArticleAnalysis.of(pipeline.annotate(article.text(), article.publishedAt()), metrics);
    }

    private static boolean isEnglishOrUnknown(String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String code = language.toLowerCase(Locale.ROOT);
        return code.equals("en") || code.startsWith("en-");
    }
}
