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

        /** Characters of clean text the detector looks at; the start of an article is plenty. */
        @WithDefault("1000")
        int maxChars();
    }

    interface Upload {
        /** Most files one {@code POST /articles/files} may carry; more is 413. */
        @WithDefault("100")
        int maxFiles();

        /** Largest single uploaded file in bytes; a larger one makes the request 413. */
        @WithDefault("5242880")
        long maxFileBytes();
    }

    interface Metadata {
        /** Time zone of "Published: 2020/8/18 17:40:40" headers, which carry none. */
        @WithDefault("UTC")
        ZoneId zone();
    }
}
