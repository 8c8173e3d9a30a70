package io.newslens.nlp.config;

import io.smallrye.config.ConfigMapping;

/**
 * Settings of the NLP pipeline. Defaults live in {@code application.properties}; the README's
 * configuration table lists each one. Properties the code depends on (ner.buildEntityMentions) are
 * not here on purpose: changing them would break the output, not tune it.
 */
@ConfigMapping(prefix = "newslens.nlp")
public interface NlpConfig {

    /** CoreNLP annotators, in order. Entity extraction needs at least {@code tokenize,ssplit,pos,lemma,ner}. */
    String annotators();

    /**
     * Articles annotated at the same time. Each one keeps a core busy, so more than the cores the
     * pod has only adds queueing. Applied as the size of the {@code nlp-pool} worker pool
     * ({@code smallrye.messaging.worker.nlp-pool.max-concurrency} in application.properties).
     */
    int workerThreads();

    /**
     * CoreNLP {@code ner.applyFineGrained}: splits LOCATION into COUNTRY/CITY/... (folded back into
     * LOCATION here) at about a third of the speed and twice the heap, so off by default.
     */
    boolean fineGrainedNer();

    /**
     * CoreNLP {@code ner.useSUTime}: normalised dates and times, relative ones resolved against the
     * publish date ({@code ArticleEnriched.dates}). On by default; its cost is in docs/benchmarks.md.
     */
    boolean sutime();

    /**
     * CoreNLP {@code ssplit.newlineIsSentenceBreak}: {@code always} because headlines, captions and
     * bylines in clean text end with a newline, not a full stop.
     */
    String newlineIsSentenceBreak();

    /**
     * Longest token (as CoreNLP's tokenizer cuts it) an article may have. NER's character n-gram features grow
     * with the square of a token's length: 10,000 characters took 6 s, 199,000 ran a 2 GB heap out of memory.
     * A longer token makes the article not annotatable (dead-lettered, 422 on {@code /analyze}).
     */
    int maxTokenChars();

    /**
     * Most tokens one sentence may have. The taggers' cost and memory grow with sentence length (a 20,000-token
     * sentence of markup ran for 4 minutes and out of a 2 GB heap); news sentences have tens of tokens.
     */
    int maxSentenceTokens();
}
