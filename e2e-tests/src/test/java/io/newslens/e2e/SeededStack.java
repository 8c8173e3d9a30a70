package io.newslens.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.contracts.api.ArticleView;
import io.newslens.devstack.demo.Demo;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.stack.Stack;
import io.newslens.devstack.stack.StackConfig;
import io.newslens.devstack.testing.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system as {@code ./newslens up} starts it (real Kafka, PostgreSQL, four service processes from their
 * jars, on free ports) with the five real seed articles from ../shared ingested and enriched. Starting it costs
 * one to two minutes, so every test class of the run shares one: the first that asks starts it, and JUnit closes
 * it (an {@link AutoCloseable} in the root store) when the run ends. Test classes get it with
 * {@code @ExtendWith(SeededStack.Resolver.class)} and a {@code SeededStack} parameter.
 */
final class SeededStack implements AutoCloseable {

    static final Path SEEDS = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "corpus", "seeds");

    private final Path dataDir;
    private final Stack stack;
    private final GatewayClient gateway;
    private final Map<String, ArticleView> enriched;

    private SeededStack(Path dataDir, Stack stack, GatewayClient gateway, Map<String, ArticleView> enriched) {
        this.dataDir = dataDir;
        this.stack = stack;
        this.gateway = gateway;
        this.enriched = enriched;
    }

    private static SeededStack start() {
        Path root = Path.of(System.getProperty("newslens.root.dir", ".."));
        Path dataDir = TempDir.create("newslens-e2e-");
        StackConfig config = StackConfig.onFreePorts(root, dataDir, 1);
        Stack stack = null;
        try {
            stack = Stack.start(config, System.out::println);
            GatewayClient gateway = new GatewayClient(stack.gatewayUrl(), config.apiKey());
            Demo demo = new Demo(gateway, System.out);
            Map<String, ArticleView> enriched = demo.awaitEnriched(demo.submit(Demo.corpus(SEEDS)), Duration.ofMinutes(5));
            // Enriched means stored in PostgreSQL; the search index, which also counts co-mentions and the graph,
            // is written next and searchable after its refresh. Every seed names Huawei.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                    () -> gateway.search("huawei", 20).total() == enriched.size());
            return new SeededStack(dataDir, stack, gateway, enriched);
        } catch (RuntimeException | Error e) {
            if (stack != null) {
                stack.close();
            }
            TempDir.delete(dataDir);
            throw e;
        }
    }

    Stack stack() {
        return stack;
    }

    GatewayClient gateway() {
        return gateway;
    }

    String apiKey() {
        return stack.config().apiKey();
    }

    /** The seed articles once enriched, by file name. */
    Map<String, ArticleView> enriched() {
        return enriched;
    }

    @Override
    public void close() {
        stack.close();
        TempDir.delete(dataDir);
    }

    /** Resolves a {@link SeededStack} parameter; skips the class when the shared seed folder is not there. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            assumeTrue(Files.isDirectory(SEEDS), "Skipped: seed articles not found at " + SEEDS.toAbsolutePath()
                    + " (the shared/ folder sits beside the project checkout)");
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(SeededStack.class, key -> start(), SeededStack.class);
        }
    }
}
