package io.newslens.nlp.service;

import io.quarkus.smallrye.reactivemessaging.runtime.QuarkusWorkerPoolRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The bounded {@code nlp-pool} that annotation runs on: the worker pool of the Kafka consumer
 * ({@code @Blocking(NlpWorkers.POOL)}, sized by {@code newslens.nlp.worker-threads}), shared with
 * {@code POST /analyze} so that HTTP requests and articles together never keep more cores busy than
 * the pool has threads.
 */
@ApplicationScoped
public class NlpWorkers {

    public static final String POOL = "nlp-pool";

    private final QuarkusWorkerPoolRegistry registry;

    public NlpWorkers(QuarkusWorkerPoolRegistry registry) {
        this.registry = registry;
    }

    /** Runs CPU-bound {@code work} on the pool; the Uni completes on a pool thread. */
    public <T> Uni<T> run(Supplier<T> work) {
        return registry.getWorker(POOL).executeBlocking(Uni.createFrom().item(work), false);
    }
}
