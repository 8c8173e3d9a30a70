package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newslens.nlp.config.NlpConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The one Stanford CoreNLP pipeline of this process. Its models take seconds and hundreds of MB to
 * load, so it is built once, on its own thread at startup (the HTTP server and health checks come
 * up meanwhile and report it not ready), and then shared: {@code StanfordCoreNLP.annotate} is
 * thread-safe. It runs in two stages, tokenize+ssplit then the rest, so that the {@link AnnotationLimits}
 * are checked on the real tokens and sentences before the taggers, whose cost they bound, start.
 */
@ApplicationScoped
public class NlpPipeline {

    private static final Logger LOG = Logger.getLogger(NlpPipeline.class);
    /** Runs every annotator once, so the first real article does not pay for lazy initialisation. */
    private static final String WARM_UP_TEXT = "Jane Doe of Acme Corp flew to Paris on Monday.";
    private static final List<String> SPLITTING = List.of("tokenize", "ssplit");

    private final NlpConfig config;
    private final NlpMetrics metrics;
    private final AnnotationLimits limits;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile StanfordCoreNLP splitter;
    private volatile StanfordCoreNLP pipeline;
    private volatile Throwable failure;
    private volatile long loadMillis = -1;

    public NlpPipeline(NlpConfig config, NlpMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.limits = new AnnotationLimits(config.maxTokenChars(), config.maxSentenceTokens());
    }

    void startLoading(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "corenlp-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void load() {
        try {
            long start = System.nanoTime();
            List<String> annotators = List.of(config.annotators().split("\\s*,\\s*"));
            if (annotators.size() <= SPLITTING.size() || !annotators.subList(0, SPLITTING.size()).equals(SPLITTING)) {
                throw new IllegalStateException("newslens.nlp.annotators must start with tokenize,ssplit and go on: "
                        + config.annotators());
            }
            StanfordCoreNLP split = new StanfordCoreNLP(properties(config, SPLITTING));
            StanfordCoreNLP nlp = new StanfordCoreNLP(properties(config, annotators.subList(SPLITTING.size(),
                    annotators.size())));
            CoreDocument warmUp = new CoreDocument(WARM_UP_TEXT);
            split.annotate(warmUp);
            nlp.annotate(warmUp);
            loadMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("CoreNLP pipeline [%s] loaded and warmed up in %d ms", config.annotators(), loadMillis);
            splitter = split;
            pipeline = nlp;
            ready.complete(null);
        } catch (Throwable e) { // OutOfMemoryError included: readiness must be able to say why
            LOG.error("CoreNLP pipeline failed to load; this instance will stay not ready and consume nothing", e);
            failure = e;
        }
    }

    /** The CoreNLP properties for these settings, for one stage of the pipeline. */
    private static Properties properties(NlpConfig config, List<String> annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators));
        // The second stage's requirements (tokens, sentences) are met by the first, which it cannot see.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.applyFineGrained", String.valueOf(config.fineGrainedNer()));
        p.setProperty("ner.useSUTime", String.valueOf(config.sutime()));
        p.setProperty("ssplit.newlineIsSentenceBreak", config.newlineIsSentenceBreak());
        // Entities come from CoreDocument.entityMentions(), which only this builds.
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    public boolean isReady() {
        return pipeline != null;
    }

    /** Why loading failed, once it has. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Completes on the loader thread once the pipeline is usable; never completes if loading failed. */
    public CompletionStage<Void> whenReady() {
        return ready.minimalCompletionStage();
    }

    /** Load and warm-up time, or -1 while loading. */
    public long loadMillis() {
        return loadMillis;
    }

    public String annotators() {
        return config.annotators();
    }

    /**
     * Annotates {@code text}. CPU-bound (0.2-0.6 s per thousand tokens on one core): call it
     * from a bounded worker pool, never from the event loop.
     *
     * @param publishedAt when known, the document date SUTime resolves relative dates against
     *                    ("Thursday" → the Thursday before it); its UTC day
     * @throws IllegalStateException before the pipeline is ready
     * @throws TextNotAnnotatable when a token or sentence is over its {@link AnnotationLimits}
     */
    public CoreDocument annotate(String text, Instant publishedAt) {
        StanfordCoreNLP nlp = pipeline;
        if (nlp == null) {
            throw new IllegalStateException("CoreNLP pipeline is not loaded");
        }
        StanfordCoreNLP split = splitter; // written before pipeline, so set once pipeline is
        CoreDocument document = new CoreDocument(text);
        split.annotate(document);
        limits.check(document);
        if (publishedAt != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class,
                    LocalDate.ofInstant(publishedAt, ZoneOffset.UTC).toString());
        }
        nlp.annotate(document);
        metrics.annotated(document.tokens().size());
        return document;
    }
}
