package io.newslens.devstack;

import io.newslens.devstack.console.Output;
import io.newslens.devstack.console.StatusWatch;
import io.newslens.devstack.demo.Demo;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.stack.ApiKeys;
import io.newslens.devstack.stack.Stack;
import io.newslens.devstack.stack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newslens up|demo}: the whole system on this machine, on embedded Kafka, PostgreSQL and OpenSearch. */
@Command(name = "newslens", mixinStandardHelpOptions = true,
        description = "Runs newslens locally on embedded infrastructure.",
        subcommands = {Launcher.Up.class, Launcher.DemoCommand.class})
public class Launcher {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Launcher()).execute(args));
    }

    static class Common {
        @Option(names = "--data-dir", description = "Where Kafka, PostgreSQL, OpenSearch and logs keep their data "
                + "(default: ${DEFAULT-VALUE}); kept between runs.", defaultValue = ".newslens")
        Path dataDir;

        @Option(names = "--root", description = "The project checkout (default: current directory).",
                defaultValue = "${env:NEWSLENS_ROOT:-.}")
        Path root;

        /** The line of article counts shown once the stack runs, until Ctrl-C. */
        StatusWatch status;

        Stack start() {
            String apiKey = ApiKeys.resolve(dataDir, System.getenv(ApiKeys.ENV), System.out::println);
            StackConfig config = StackConfig.defaults(root.toAbsolutePath().normalize(), dataDir, apiKey);
            Stack stack = Stack.start(config, System.out::println);
            status = new StatusWatch(Output.stdout(), StatusWatch.ingestCounts("http://localhost:" + config.ingestPort()),
                    Clock.systemDefaultZone());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                status.stop();
                System.out.println("Stopping newslens ...");
                stack.close();
                System.out.println("Stopped.");
            }, "newslens-shutdown"));
            System.out.println();
            System.out.println("newslens is up.");
            System.out.println("  API        " + config.gatewayUrl() + "/api/v1/articles");
            System.out.println("  OpenAPI    " + config.gatewayUrl() + "/api/v1/openapi");
            System.out.println("  Swagger UI " + config.gatewayUrl() + "/api/v1/docs");
            System.out.println("  data       " + config.dataDir().toAbsolutePath());
            return stack;
        }
    }

    @Command(name = "up", description = "Start Kafka, PostgreSQL, OpenSearch and the four services; Ctrl-C stops them.")
    static class Up extends Common implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            start();
            status.run();
            return 0;
        }
    }

    @Command(name = "demo", description = "Like up, then push articles through the gateway and show what was found.")
    static class DemoCommand extends Common implements Callable<Integer> {
        @Option(names = "--corpus", description = "Ingest every .txt file of this directory instead of the samples.")
        Path corpus;

        @Override
        public Integer call() throws Exception {
            if (corpus != null && !Files.isDirectory(corpus)) {
                System.err.println("--corpus " + corpus + " is not a directory");
                return 2;
            }
            Stack stack = start();
            Demo demo = new Demo(new GatewayClient(stack.gatewayUrl(), stack.config().apiKey()), Output.stdout());
            Map<String, String> articles = corpus == null ? Demo.samples() : Demo.corpus(corpus);
            Map<String, String> ids = demo.submit(articles);
            Duration timeout = Duration.ofMinutes(2).plusSeconds(3L * articles.size());
            demo.printSummary(demo.awaitEnriched(ids, timeout));
            System.out.println();
            System.out.println("Try: curl -H \"X-API-Key: $(cat " + dataDir.resolve(ApiKeys.FILE) + ")\" '"
                    + stack.gatewayUrl() + "/api/v1/articles?q=export'");
            System.out.println("newslens keeps running; Ctrl-C stops it.");
            status.run();
            return 0;
        }
    }
}
