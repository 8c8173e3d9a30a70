package io.newslens.ingest.service;

import io.newslens.contracts.api.RepublishProgress;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.repository.RepublishQueue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Re-emits {@code articles.ingested} for stored articles (so a new NLP version can reprocess the corpus) through the
 * outbox, {@code republish.page-size} articles per transaction, reporting progress after each page.
 */
@ApplicationScoped
public class Republisher {

    private final RepublishQueue queue;
    private final int pageSize;

    public Republisher(RepublishQueue queue, IngestConfig config) {
        this.queue = queue;
        this.pageSize = config.republish().pageSize();
    }

    /** One item per page queued, the last with {@code done = true} (a single one when nothing matches). */
    public Multi<RepublishProgress> republish(RepublishFilter filter) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return queue.count(filter, start).onItem().transformToMulti(total -> {
            Cursor cursor = new Cursor();
            return Multi.createBy().repeating()
                    .uni(() -> cursor, c -> nextPage(filter, start, total, c))
                    .whilst(progress -> !progress.done());
        });
    }

    private Uni<RepublishProgress> nextPage(RepublishFilter filter, Instant start, long total, Cursor cursor) {
        return queue.queuePage(filter, start, cursor.last, pageSize).map(page -> {
            cursor.last = page.last();
            cursor.queued += page.queued();
            return new RepublishProgress(cursor.queued, total, page.queued() < pageSize);
        });
    }

    /** Where the republish is: the last article id queued and how many so far. */
    private static final class Cursor {
        UUID last;
        long queued;
    }
}
