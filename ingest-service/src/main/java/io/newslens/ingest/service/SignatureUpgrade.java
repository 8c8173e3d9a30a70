package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.repository.StaleSignatures;
import io.newslens.ingest.repository.StaleSignatures.Resigned;
import io.newslens.ingest.repository.StaleSignatures.Stale;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Brings articles stored under an older MinHash scheme up to {@link NearDuplicateDetector#SCHEME}: re-signs them from
 * their stored text (on the {@code ingest-prep} pool, it is CPU work), writes their new bands, and then deletes the
 * old bands. Until an article is re-signed, a new article cannot be found to be its near-duplicate; the upgrade runs
 * soon after start-up and goes on page after page until none is left, then costs one index probe per pass.
 */
@ApplicationScoped
public class SignatureUpgrade {

    private static final Logger LOG = Logger.getLogger(SignatureUpgrade.class);
    private static final int BANDS_PER_DELETE = 10_000;
    private static final UUID FIRST = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes

    private final StaleSignatures stale;
    private final NearDuplicateDetector detector;
    private final PreparationPool prepPool;
    private final int pageSize;
    /**
     * Whether band rows of an older scheme may still be stored: true at start (a deletion may have been cut short)
     * and after re-signing; looking for them when there are none reads the whole band table.
     */
    private volatile boolean oldBandsMayRemain = true;

    public SignatureUpgrade(StaleSignatures stale, NearDuplicateDetector detector, PreparationPool prepPool,
            IngestConfig config) {
        this.stale = stale;
        this.detector = detector;
        this.prepPool = prepPool;
        this.pageSize = config.nearDuplicates().upgradePageSize();
    }

    @Scheduled(every = "${newslens.ingest.near-duplicates.upgrade-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return upgrade()
                .onFailure().invoke(e -> LOG.warnf("MinHash signature upgrade failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Re-signs every article of an older scheme, then deletes the old bands; answers how many were re-signed. */
    public Uni<Long> upgrade() {
        AtomicReference<UUID> after = new AtomicReference<>(FIRST);
        return Multi.createBy().repeating().uni(() -> stale.page(after.get(), pageSize)
                        .onItem().transformToUni(page -> page.isEmpty() ? Uni.createFrom().item(0)
                                : Uni.createFrom().item(() -> resign(page)).runSubscriptionOn(prepPool)
                                        .onItem().transformToUni(stale::replace)
                                        .invoke(() -> after.set(page.get(page.size() - 1).id()))
                                        .replaceWith(page.size())))
                .whilst(count -> count > 0)
                .collect().with(Collectors.summingLong(Integer::longValue))
                .call(count -> {
                    if (count > 0) {
                        LOG.infof("Re-signed %d stored articles with MinHash scheme %d", count,
                                NearDuplicateDetector.SCHEME);
                        oldBandsMayRemain = true;
                    }
                    return oldBandsMayRemain ? deleteOldBands().invoke(() -> oldBandsMayRemain = false)
                            : Uni.createFrom().voidItem();
                });
    }

    /** Blocking (CPU). */
    private List<Resigned> resign(List<Stale> page) {
        return page.stream().map(s -> new Resigned(s.id(), detector.signature(s.text()))).toList();
    }

    private Uni<Void> deleteOldBands() {
        return Multi.createBy().repeating().uni(() -> stale.deleteOldBands(BANDS_PER_DELETE))
                .whilst(deleted -> deleted == BANDS_PER_DELETE)
                .collect().last().replaceWithVoid();
    }
}
