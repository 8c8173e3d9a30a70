package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The bounded {@code ingest-prep} thread pool for CPU work on request bodies: parsing batches, cleaning, language
 * detection, hashing. Keeps that work off the Vert.x event loop; its size is
 * {@code newslens.ingest.preparation.worker-threads}.
 */
@ApplicationScoped
public class PreparationPool extends NamedPool {

    PreparationPool() {
        // For the CDI client proxy.
    }

    @jakarta.inject.Inject
    public PreparationPool(IngestConfig config) {
        super("ingest-prep", config.preparation().workerThreads());
    }
}
