package io.newslens.devstack.testing;

import io.newslens.devstack.infra.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real in-process Kafka broker (fresh log, free port) for a {@code @QuarkusTest}.
 * Tests reach it through {@link #broker()} to read or write topics directly.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        dataDir = TempDir.create("newslens-kafka-");
        broker = KafkaBroker.start(dataDir, 0);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        TempDir.delete(dataDir);
    }

    /** The broker of the running test. */
    public static KafkaBroker broker() {
        return broker;
    }
}
