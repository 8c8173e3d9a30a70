package io.newslens.devstack.testing;

import io.newslens.devstack.infra.OpenSearchNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real OpenSearch node (fresh data, free port) for a {@code @QuarkusTest} and points query-service at
 * it. Tests may take it down and bring it back ({@link #stopNode()}, {@link #restartNode()}) to prove what
 * happens during an outage.
 */
public class OpenSearchResource implements QuarkusTestResourceLifecycleManager {

    private static volatile OpenSearchNode node;
    private static volatile Path dataDir;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        dataDir = TempDir.create("newslens-opensearch-");
        node = OpenSearchNode.start(dataDir, 0);
        port = node.port();
        return Map.of("newslens.query.opensearch.url", node.url());
    }

    @Override
    public void stop() {
        stopNode();
        TempDir.delete(dataDir);
    }

    /** Shuts the node down, as an outage would; port and data are kept for {@link #restartNode()}. */
    public static synchronized void stopNode() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    /** Starts the node again on the same port with the same data. */
    public static synchronized OpenSearchNode restartNode() {
        if (node == null) {
            node = OpenSearchNode.start(dataDir, port);
        }
        return node;
    }

    /** The node of the running test. */
    public static OpenSearchNode node() {
        return node;
    }
}
