package io.newslens.devstack.testing;

import io.newslens.devstack.infra.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Starts a real in-process Kafka broker (fresh log, free port) for a {@code @QuarkusTest}.
 * Tests reach it through {@link #broker()} to read or write topics directly.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            broker = KafkaBroker.start(Files.createTempDirectory("newslens-kafka-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** The broker of the running test. */
    public static KafkaBroker broker() {
        return broker;
    }
}
