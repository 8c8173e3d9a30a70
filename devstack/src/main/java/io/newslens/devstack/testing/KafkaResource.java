package io.newslens.devstack.testing;

import io.newslens.devstack.infra.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real in-process Kafka broker (fresh log, free port) for a {@code @QuarkusTest}.
 * Tests reach it through {@link #broker()} to read or write topics directly, and may take it down and bring it
 * back ({@link #stopBroker()}, {@link #restartBroker()}) to prove what happens during an outage.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;
    private static volatile Path dataDir;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        dataDir = TempDir.create("newslens-kafka-");
        broker = KafkaBroker.start(dataDir, 0);
        port = broker.port();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        stopBroker();
        TempDir.delete(dataDir);
    }

    /** Shuts the broker down, as an outage would; its port and log directory are kept for {@link #restartBroker()}. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on the same port with the same log, so clients reconnect and nothing is lost. */
    public static synchronized KafkaBroker restartBroker() {
        if (broker == null) {
            broker = KafkaBroker.start(dataDir, port);
        }
        return broker;
    }

    /** The broker of the running test. */
    public static KafkaBroker broker() {
        return broker;
    }
}
