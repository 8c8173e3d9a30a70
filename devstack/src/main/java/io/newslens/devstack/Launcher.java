package io.newslens.devstack;

import io.newslens.devstack.bench.Benchmark;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./newslens up|demo|bench}: the whole system on this machine, on embedded Kafka, PostgreSQL and OpenSearch.
 */
@Command(name = "newslens", mixinStandardHelpOptions = true,
        description = "Runs newslens locally on embedded infrastructure.",
        subcommands = {Launcher.Up.class, Launcher.DemoCommand.class, Launcher.BenchCommand.class})
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

    @Command(name = "bench", description = "End-to-end benchmark: push a corpus through the gateway on fresh stacks "
            + "(one per nlp-service instance count), measure throughput, latency, CPU and memory, compare with the "
            + "NLP engine alone, write a plot and rows to docs/benchmarks.md.")
    static class BenchCommand implements Callable<Integer> {
        @Option(names = "--corpus", description = "Directory of .txt articles (default: ${DEFAULT-VALUE}).",
                defaultValue = "${env:NEWSLENS_SHARED_DIR:-../shared}/corpus/bbc")
        Path corpus;

        @Option(names = "--limit", description = "Articles to push, evenly spaced over the corpus; 0 = all "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = "0")
        int limit;

        @Option(names = "--nlp-instances", split = ",", description = "nlp-service instance counts, one run each "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = "1,2")
        List<Integer> nlpInstances;

        @Option(names = "--batch-size", description = "Articles per batch request (default: ${DEFAULT-VALUE}).",
                defaultValue = "100")
        int batchSize;

        @Option(names = "--raw-warm-up", description = "Articles the raw engine run enriches before timing "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = "50")
        int rawWarmUp;

        @Option(names = "--data-dir", description = "Scratch data of the runs, cleared before each "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = ".newslens-bench")
        Path dataDir;

        @Option(names = "--no-record", description = "Do not add rows to docs/benchmarks.md.")
        boolean noRecord;

        @Option(names = "--root", description = "The project checkout (default: current directory).",
                defaultValue = "${env:NEWSLENS_ROOT:-.}")
        Path root;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path rootDir = root.toAbsolutePath().normalize();
            Path corpusDir = rootDir.resolve(corpus).normalize();
            if (!Files.isDirectory(corpusDir)) {
                System.err.println("--corpus " + corpusDir + " is not a directory");
                return 2;
            }
            if (batchSize < 1 || nlpInstances.stream().anyMatch(n -> n < 1)) {
                System.err.println("--batch-size and --nlp-instances must be at least 1");
                return 2;
            }
            // The whole command line as typed (the parse result's arguments start with "bench").
            String command = "./newslens " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            new Benchmark(new Benchmark.Options(rootDir, rootDir.resolve(dataDir), corpusDir, limit, nlpInstances,
                    batchSize, rawWarmUp, noRecord ? null : rootDir.resolve("docs/benchmarks.md"), command.trim()),
                    System.out).run();
            return 0;
        }
    }
}
