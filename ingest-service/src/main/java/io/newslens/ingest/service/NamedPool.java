package io.newslens.ingest.service;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed-size pool of daemon threads named {@code <name>-<n>}, shut down with the application. */
abstract class NamedPool implements Executor {

    private final ExecutorService executor;

    /** For the CDI client proxy of a subclass only; the proxy delegates to the real bean and never runs tasks. */
    NamedPool() {
        this.executor = null;
    }

    NamedPool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
