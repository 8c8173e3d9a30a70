package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded {@code ingest-prep} thread pool for CPU work on request bodies: parsing batches, cleaning, language
 * detection, hashing. Keeps that work off the Vert.x event loop; its size is
 * {@code newslens.ingest.preparation.worker-threads}.
 */
@ApplicationScoped
public class PreparationPool implements Executor {

    private final ExecutorService executor;

    public PreparationPool(IngestConfig config) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "ingest-prep-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(config.preparation().workerThreads(), threads);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
