package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newslens.nlp.config.NlpConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The one Stanford CoreNLP pipeline of this process. Its models take seconds and hundreds of MB to
 * load, so it is built once, on its own thread at startup (the HTTP server and health checks come
 * up meanwhile and report it not ready), and then shared: {@code AnnotationPipeline.annotate} is
 * thread-safe. Each annotator is timed as a stage ({@code newslens_nlp_stage_seconds}). It runs in two parts,
 * tokenize (with ssplit) then the rest, so that the {@link AnnotationLimits} are checked on the real tokens and
 * sentences before the taggers, whose cost they bound, start.
 */
@ApplicationScoped
public class NlpPipeline {

    private static final Logger LOG = Logger.getLogger(NlpPipeline.class);
    /** Runs every annotator once, so the first real article does not pay for lazy initialisation. */
    /** The first stage, as CoreNLP names it: tokenize with ssplit folded in (since 4.5). */
    private static final String SPLITTING = "tokenize";
    private static final String WARM_UP_TEXT = "Jane Doe of Acme Corp flew to Paris on Monday.";

    private final NlpConfig config;
    private final NlpMetrics metrics;
    private final AnnotationLimits limits;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile AnnotationPipeline splitter;
    private volatile AnnotationPipeline pipeline;
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

    /**
     * Builds and warms up the pipeline on the calling thread. The service calls it on its loader thread at
     * startup; a program without CDI (the raw-engine benchmark) calls it directly.
     */
    public void load() {
        try {
            long start = System.nanoTime();
            StanfordCoreNLP nlp = new StanfordCoreNLP(properties(config));
            nlp.annotate(new CoreDocument(WARM_UP_TEXT));
            List<String> names = stageNames(nlp);
            if (names.size() < 2 || !names.get(0).equals(SPLITTING)) {
                throw new IllegalStateException("newslens.nlp.annotators must start with tokenize,ssplit and go on: "
                        + config.annotators());
            }
            loadMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("CoreNLP pipeline [%s] loaded and warmed up in %d ms", config.annotators(), loadMillis);
            splitter = new AnnotationPipeline(timedStages(nlp, names.subList(0, 1)));
            pipeline = new AnnotationPipeline(timedStages(nlp, names.subList(1, names.size())));
            ready.complete(null);
        } catch (Throwable e) { // OutOfMemoryError included: readiness must be able to say why
            LOG.error("CoreNLP pipeline failed to load; this instance will stay not ready and consume nothing", e);
            failure = e;
        }
    }

    /** The CoreNLP properties for these settings. */
    private static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", config.annotators());
        p.setProperty("ner.applyFineGrained", String.valueOf(config.fineGrainedNer()));
        p.setProperty("ner.useSUTime", String.valueOf(config.sutime()));
        p.setProperty("ssplit.newlineIsSentenceBreak", config.newlineIsSentenceBreak());
        // Entities come from CoreDocument.entityMentions(), which only this builds.
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /**
     * The annotators {@code names} of {@code nlp}, each timed as the stage of its name. The names are the ones
     * CoreNLP normalised ({@code ssplit} is part of {@code tokenize} since 4.5). {@code pool.get} hands back the
     * instances {@code nlp} was built from: it caches them, and {@code nlp} still holds them.
     */
    private List<Annotator> timedStages(StanfordCoreNLP nlp, List<String> names) {
        return names.stream()
                .<Annotator>map(name -> new TimedAnnotator(nlp.pool.get(name), metrics.stage(name)))
                .toList();
    }

    private static List<String> stageNames(StanfordCoreNLP nlp) {
        return Arrays.stream(nlp.getProperties().getProperty("annotators").split("[, \\t]+"))
                .filter(name -> !name.isBlank())
                .toList();
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
        AnnotationPipeline nlp = pipeline;
        if (nlp == null) {
            throw new IllegalStateException("CoreNLP pipeline is not loaded");
        }
        AnnotationPipeline split = splitter; // written before pipeline, so set once pipeline is
        CoreDocument document = new CoreDocument(text);
        split.annotate(document.annotation());
        document.wrapAnnotations();
        limits.check(document);
        if (publishedAt != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class,
                    LocalDate.ofInstant(publishedAt, ZoneOffset.UTC).toString());
        }
        nlp.annotate(document.annotation());
        document.wrapAnnotations(); // what StanfordCoreNLP.annotate(CoreDocument) does after the annotators
        metrics.annotated(document.tokens().size());
        return document;
    }
}
