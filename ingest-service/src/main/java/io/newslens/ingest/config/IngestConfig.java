package io.newslens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Settings of ingest-service; every one is listed in the README's configuration table. */
@ConfigMapping(prefix = "newslens.ingest")
public interface IngestConfig {

    Outbox outbox();

    Batch batch();

    Preparation preparation();

    Language language();

    Metadata metadata();

    Upload upload();

    NearDuplicates nearDuplicates();

    Republish republish();

    Single single();

    Feeds feeds();

    interface Outbox {
        /** How often the relay looks for unsent events. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Most events one relay pass claims and publishes. */
        @WithDefault("200")
        int batchSize();

        /**
         * How long a claimed batch is reserved for this relay. If it has not been marked sent by then
         * (broker down, process killed), another pass or replica publishes it again.
         */
        @WithDefault("60s")
        Duration lease();
    }

    interface Single {
        /**
         * Transactions that single {@code POST /articles} writes may hold at once; articles that arrive meanwhile
         * are written together in the next one (group commit). PostgreSQL's CPU per transaction (planning, commit)
         * is several times its CPU per article, so fewer, fuller transactions cost less.
         */
        @WithDefault("2")
        int concurrentTransactions();
    }

    interface Batch {
        /** Most items one {@code POST /articles/batch} may carry; more is 413. */
        @WithDefault("10000")
        int maxItems();

        /** Articles written per INSERT statement and transaction. */
        @WithDefault("500")
        int rowsPerTransaction();
    }

    interface Preparation {
        /** Threads of the bounded {@code ingest-prep} pool that cleans texts and detects their language. */
        @WithDefault("2")
        int workerThreads();
    }

    interface Language {
        /** ISO 639-1 codes the detector chooses among; fewer languages, less memory and time. */
        @WithDefault("en,de,fr,es,it,pt,nl,ru,zh,ja,ar")
        List<String> candidates();

        /** Lingua's low-accuracy mode: trigrams only; much less memory, slightly worse on very short texts. */
        @WithDefault("true")
        boolean lowAccuracy();

        /** Characters of clean text the detector looks at (cut at a word); the start of an article is plenty. */
        @WithDefault("300")
        int maxChars();

        /** Characters of a first, cheaper look; {@code max-chars} is read only when it is not sure. */
        @WithDefault("100")
        int firstChars();

        /** The lead in confidence (0 to 1) over the next language that the first look needs to decide. */
        @WithDefault("0.1")
        double firstMargin();
    }

    interface Upload {
        /** Most files one {@code POST /articles/files} may carry; more is 413. */
        @WithDefault("100")
        int maxFiles();

        /** Largest single uploaded file in bytes; a larger one makes the request 413. */
        @WithDefault("5242880")
        long maxFileBytes();
    }

    interface NearDuplicates {
        /**
         * MinHash estimate of the Jaccard similarity of 3-word shingles from which an article is marked as a
         * near-duplicate of an earlier one. 0.8: on the BBC benchmark it finds every exact and re-titled copy and 82%
         * of copies with a few sentences edited (P 0.866, R 0.888); 0.9 finds only 33% of those (R 0.579).
         */
        @WithDefault("0.8")
        double threshold();

        /**
         * How often {@code SignatureUpgrade} looks for articles signed with an older MinHash scheme (stored before an
         * upgrade) and re-signs them from their text; a pass goes on until none is left.
         */
        @WithDefault("60s")
        String upgradeEvery();

        /** Articles re-signed per statement by {@code SignatureUpgrade}. */
        @WithDefault("500")
        int upgradePageSize();
    }

    interface Republish {
        /** Articles queued per transaction (and per progress line) by {@code POST /admin/republish}. */
        @WithDefault("500")
        int pageSize();
    }

    interface Feeds {
        /**
         * Whether feed and page URLs may resolve to loopback, private or link-local addresses. Off in production (SSRF
         * guard); on in {@code %dev} and {@code %test}, whose feeds are served by local servers.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Polling interval of a feed registered without one. */
        @WithDefault("300")
        int defaultIntervalSeconds();

        /** Shortest interval a feed may ask for; shorter is 422. */
        @WithDefault("60")
        int minIntervalSeconds();

        /** Longest interval a feed may ask for (a day); longer is 422. */
        @WithDefault("86400")
        int maxIntervalSeconds();

        /** How often this replica looks for due feeds ({@code off} disables polling on it). */
        @WithDefault("10s")
        String schedulerEvery();

        /** Most due feeds one look claims. */
        @WithDefault("10")
        int claimBatch();

        /**
         * How long a claimed feed is reserved for the replica polling it; longer than any poll can take (the
         * timeouts times the items per poll), so a replica that dies mid-poll only delays the feed by this much.
         */
        @WithDefault("15m")
        Duration pollLease();

        /** Threads of the bounded {@code feed-poll} pool that fetches feeds and pages (blocking HTTP). */
        @WithDefault("2")
        int workerThreads();

        /** New items one poll ingests at most; the rest wait for the next poll. */
        @WithDefault("50")
        int maxItemsPerPoll();

        /** Polls that try an item whose page failed before it is given up. */
        @WithDefault("3")
        int maxItemAttempts();

        /** TCP connect timeout of feed and page requests. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time for a whole feed or page response. */
        @WithDefault("15s")
        Duration requestTimeout();

        /** Largest feed or page body read; a larger one fails that fetch. */
        @WithDefault("5242880")
        int maxBodyBytes();

        /** Redirects followed per fetch; each target passes the SSRF guard again. */
        @WithDefault("5")
        int maxRedirects();

        /** User-Agent header of feed and page requests. */
        @WithDefault("newslens-feed-reader/0.1")
        String userAgent();
    }

    interface Metadata {
        /** Time zone of "Published: 2020/8/18 17:40:40" headers, which carry none. */
        @WithDefault("UTC")
        ZoneId zone();
    }
}
