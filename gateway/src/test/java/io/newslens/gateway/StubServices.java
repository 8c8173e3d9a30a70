package io.newslens.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-ins for ingest-service and query-service that answer as the real ones do, so the gateway's own behaviour
 * (forwarding, fallback, passing problems on) is tested in isolation. The real services meet in e2e-tests.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final List<String> INGESTED_BODIES = new CopyOnWriteArrayList<>();
    /** The traceparent and X-Request-Id headers of each POST /articles, in the order received. */
    static final List<Map<String, String>> INGESTED_HEADERS = new CopyOnWriteArrayList<>();
    /** Port 1 (tcpmux) is never served here: connections to it are refused at once, as to a stopped service. */
    static final String STOPPED = "http://localhost:1";
    private HttpServer ingest;
    private HttpServer query;
    private HttpServer nlp;
    private String down = "";

    /** {@code down=ingest} or {@code down=query} leaves that service stopped. */
    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        ingest = server(StubServices::ingest);
        query = server(StubServices::query);
        nlp = server(StubServices::nlp);
        return Map.of("quarkus.rest-client.nlp.url", "http://localhost:" + nlp.getAddress().getPort(),
                "quarkus.rest-client.ingest.url", down.equals("ingest") ? STOPPED
                        : "http://localhost:" + ingest.getAddress().getPort(),
                "quarkus.rest-client.query.url", down.equals("query") ? STOPPED
                        : "http://localhost:" + query.getAddress().getPort());
    }

    @Override
    public void stop() {
        ingest.stop(0);
        query.stop(0);
        nlp.stop(0);
    }

    private static void ingest(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/q/health/ready")) {
            respond(ex, 200, "application/json", "{\"status\":\"UP\",\"checks\":[{\"name\":\"version\","
                    + "\"status\":\"UP\",\"data\":{\"service\":\"ingest-service\",\"version\":\"9.8.7\"}}]}");
        } else if (path.equals("/admin/counts")) {
            respond(ex, 200, "application/json", "{\"total\":7,\"byStatus\":{\"RECEIVED\":0,\"PUBLISHED\":1,"
                    + "\"ENRICHED\":5,\"FAILED\":1}}");
        } else if (ex.getRequestMethod().equals("POST") && path.equals("/articles")) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            INGESTED_BODIES.add(body);
            Map<String, String> headers = new java.util.HashMap<>();
            for (String name : List.of("traceparent", "X-Request-Id")) {
                String value = ex.getRequestHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            INGESTED_HEADERS.add(headers);
            if (body.contains("seen before")) {
                respond(ex, 200, "application/json", "{\"id\":\"a-0\",\"status\":\"ENRICHED\",\"duplicate\":true}");
            } else {
                respond(ex, 202, "application/json", "{\"id\":\"a-1\",\"status\":\"RECEIVED\",\"duplicate\":false}");
            }
        } else if (ex.getRequestMethod().equals("POST") && path.equals("/articles/batch")) {
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            long lines = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).count();
            respond(ex, 200, "application/json", "{\"total\":" + lines + ",\"accepted\":" + lines
                    + ",\"duplicates\":0,\"rejected\":0,\"items\":[],\"note\":\"" + type + "\"}");
        } else if (ex.getRequestMethod().equals("POST") && path.equals("/articles/files")) {
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean intact = type.startsWith("multipart/form-data") && type.contains("boundary=")
                    && body.contains(type.substring(type.indexOf("boundary=") + 9).replace("\"", ""))
                    && body.contains("Acme opens a plant");
            respond(ex, intact ? 200 : 400, "application/json", "{\"total\":1,\"accepted\":1,\"duplicates\":0,"
                    + "\"rejected\":0,\"items\":[]}");
        } else if (ex.getRequestMethod().equals("POST") && path.equals("/admin/republish")) {
            String filter = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            respond(ex, 200, "application/x-ndjson", "{\"queued\":1,\"total\":2,\"done\":false}\n"
                    + "{\"queued\":2,\"total\":2,\"done\":true,\"filter\":" + filter + "}\n");
        } else if (path.startsWith("/feeds")) {
            feeds(ex, path);
        } else if (path.equals("/articles/pending/status")) {
            respond(ex, 200, "application/json", "{\"id\":\"pending\",\"status\":\"PUBLISHED\","
                    + "\"history\":[{\"status\":\"RECEIVED\",\"at\":\"2020-08-18T17:40:40Z\"},"
                    + "{\"status\":\"PUBLISHED\",\"at\":\"2020-08-18T17:40:41Z\"}]}");
        } else if (path.equals("/articles/pending")) {
            respond(ex, 200, "application/json",
                    "{\"id\":\"pending\",\"status\":\"PUBLISHED\",\"text\":\"Waiting for NLP.\"}");
        } else {
            notFound(ex);
        }
    }

    /** Feed f-1 exists; a URL containing "taken" is registered already, an ftp URL is refused as ingest does. */
    private static void feeds(HttpExchange ex, String path) throws IOException {
        String method = ex.getRequestMethod();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (method.equals("POST") && path.equals("/feeds")) {
            if (body.contains("taken")) {
                respond(ex, 409, "application/problem+json", "{\"type\":\"https://newslens.io/problems/409\","
                        + "\"title\":\"Feed already registered\",\"status\":409,\"detail\":\"registered already\"}");
            } else if (body.contains("ftp:")) {
                respond(ex, 422, "application/problem+json", "{\"type\":\"https://newslens.io/problems/422\","
                        + "\"title\":\"URL not allowed\",\"status\":422,\"detail\":\"url must be an http or https URL\","
                        + "\"errors\":[{\"field\":\"url\",\"message\":\"must be an http or https URL\"}]}");
            } else {
                respond(ex, 201, "application/json", FEED);
            }
        } else if (method.equals("GET") && path.equals("/feeds")) {
            respond(ex, 200, "application/json", "[" + FEED + "]");
        } else if (method.equals("GET") && path.equals("/feeds/f-1")) {
            respond(ex, 200, "application/json", FEED);
        } else if (method.equals("POST") && path.equals("/feeds/f-1/poll")) {
            respond(ex, 200, "application/json", FEED.replace("\"OK\"", "\"NOT_MODIFIED\""));
        } else if (method.equals("DELETE") && path.equals("/feeds/f-1")) {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        } else {
            notFound(ex);
        }
    }

    private static final String FEED = "{\"id\":\"f-1\",\"url\":\"https://news.example.org/rss.xml\","
            + "\"intervalSeconds\":300,\"createdAt\":\"2024-06-01T10:00:00Z\",\"lastPolledAt\":\"2024-06-01T10:00:01Z\","
            + "\"lastStatus\":\"OK\",\"itemsIngested\":4,\"nextPollAt\":\"2024-06-01T10:05:01Z\"}";

    private static void query(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/q/health/ready")) {
            respond(ex, 503, "application/json", "{\"status\":\"DOWN\"}");
        } else if (path.equals("/articles") && ex.getRequestURI().getQuery().contains("q=acme")) {
            respond(ex, 200, "application/json", "{\"query\":\"acme\",\"total\":1,\"hits\":[{\"id\":\"done\","
                    + "\"title\":\"Acme\",\"snippet\":\"<b>Acme</b> grows\",\"score\":0.5}]}");
        } else if (path.equals("/articles") && ex.getRequestURI().getQuery().contains("entity=org:acme")) {
            // Answers with a cursor only when every search parameter arrived, so a test sees they are passed on.
            String query = ex.getRequestURI().getQuery();
            boolean all = List.of("entity=person:jane", "sort=date", "cursor=c1", "facets=entities", "toneMin=0.1",
                    "from=2026-03-01", "source=Wire", "fold=false").stream().allMatch(query::contains);
            respond(ex, 200, "application/json", "{\"total\":0,\"hits\":[],\"nextCursor\":"
                    + (all ? "\"c2\"" : "null") + "}");
        } else if (ex.getRequestMethod().equals("POST") && path.equals("/admin/reindex")) {
            respond(ex, 200, "application/json", "{\"index\":\"articles-v1-20260301t100000\",\"indexed\":3,"
                    + "\"caughtUp\":0,\"deleted\":[\"articles-v1\"],\"tookMillis\":12}");
        } else if (path.equals("/timeline")) {
            boolean passedOn = ex.getRequestURI().getQuery().contains("entity=org:acme")
                    && ex.getRequestURI().getQuery().contains("interval=week");
            respond(ex, 200, "application/json", "{\"interval\":\"week\",\"total\":" + (passedOn ? 2 : 0)
                    + ",\"buckets\":[{\"start\":\"2026-03-02T00:00:00Z\",\"count\":2,\"averageTone\":0.1}]}");
        } else if (path.equals("/entities") && ex.getRequestURI().getQuery().contains("q=pomp")) {
            respond(ex, 200, "application/json", "[{\"id\":\"person:mike-pompeo\",\"name\":\"Mike Pompeo\","
                    + "\"type\":\"PERSON\",\"matched\":\"Pompeo\",\"articleCount\":3}]");
        } else if (path.equals("/quotes")) {
            boolean bySpeaker = ex.getRequestURI().getQuery().contains("speaker=person:mike-pompeo");
            respond(ex, bySpeaker ? 200 : 400, bySpeaker ? "application/json" : "application/problem+json", bySpeaker
                    ? "{\"quotes\":[{\"articleId\":\"done\",\"text\":\"central threat of our times\","
                    + "\"start\":1,\"end\":28,\"speakerId\":\"person:mike-pompeo\",\"speakerName\":\"Mike Pompeo\","
                    + "\"cue\":\"said\",\"entityIds\":[]}]}"
                    : "{\"type\":\"https://newslens.io/problems/400\",\"title\":\"Invalid parameter\",\"status\":400,"
                    + "\"detail\":\"from must be an ISO date\",\"errors\":[{\"field\":\"from\",\"message\":\"bad\"}]}");
        } else if (path.equals("/articles/database-down")) {
            // What query-service answers while PostgreSQL is down.
            respond(ex, 503, "application/problem+json", "{\"type\":\"https://newslens.io/problems/503\","
                    + "\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The database is unreachable; try again shortly\"}");
        } else if (path.equals("/articles/done")) {
            respond(ex, 200, "application/json", "{\"id\":\"done\",\"status\":\"ENRICHED\",\"text\":\"Acme grows.\","
                    + "\"entities\":[{\"id\":\"organization:acme\",\"name\":\"Acme\",\"type\":\"ORGANIZATION\","
                    + "\"mentions\":[{\"start\":0,\"end\":4,\"text\":\"Acme\"}]}]}");
        } else if (!insights(ex, path)) {
            notFound(ex);
        }
    }

    // ---- query-service's /graph, /stats and /stream ----------------------------------------------------------

    /** Released by a test once it has read the stream's first event: the stub sends the second only then. */
    static final java.util.concurrent.CountDownLatch SECOND_EVENT = new java.util.concurrent.CountDownLatch(1);

    /** Answers /graph, /stats and /stream as query-service does; false for any other path. */
    private static boolean insights(HttpExchange ex, String path) throws IOException {
        String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
        if (path.equals("/graph") && query.contains("limit=0")) {
            respond(ex, 400, "application/problem+json", "{\"type\":\"https://newslens.io/problems/400\","
                    + "\"title\":\"Bad request\",\"status\":400,\"detail\":\"limit must be a whole number between 1 "
                    + "and 200\",\"errors\":[{\"field\":\"limit\",\"message\":\"bad\"}]}");
        } else if (path.equals("/graph") && query.contains("entity=person:nobody")) {
            respond(ex, 404, "application/problem+json", "{\"type\":\"https://newslens.io/problems/404\","
                    + "\"title\":\"Entity not found\",\"status\":404,\"detail\":\"No entity with id 'person:nobody'\"}");
        } else if (path.equals("/graph") && query.contains("q=security") && query.contains("source=BBC")
                && query.contains("from=2020-01-01") && query.contains("entity=org:huawei")) {
            respond(ex, 200, "application/json", "{\"nodes\":[{\"id\":\"org:huawei\",\"name\":\"Huawei\","
                    + "\"type\":\"ORGANIZATION\",\"weight\":1}],\"edges\":[]}");
        } else if (path.equals("/graph")) {
            respond(ex, 200, "application/json", "{\"nodes\":[{\"id\":\"person:mike-pompeo\",\"name\":\"Mike Pompeo\","
                    + "\"type\":\"PERSON\",\"weight\":3},{\"id\":\"org:huawei\",\"name\":\"Huawei\","
                    + "\"type\":\"ORGANIZATION\",\"weight\":2}],\"edges\":[{\"source\":\"org:huawei\","
                    + "\"target\":\"person:mike-pompeo\",\"articles\":2}]}");
        } else if (path.equals("/stats")) {
            respond(ex, 200, "application/json", "{\"articles\":5,\"entities\":7,\"quotes\":2,"
                    + "\"entitiesByType\":[{\"key\":\"PERSON\",\"count\":4}],\"articlesBySource\":[{\"key\":\"BBC\","
                    + "\"count\":5}],\"articlesByLanguage\":[{\"key\":\"en\",\"count\":5}]}");
        } else if (path.equals("/stream") && query.contains("q=refused")) {
            respond(ex, 400, "application/problem+json", "{\"type\":\"https://newslens.io/problems/400\","
                    + "\"title\":\"Bad request\",\"status\":400,\"detail\":\"q must be at most 200 characters\"}");
        } else if (path.equals("/stream")) {
            // on its own thread: this server has one, and the stream stays open until the test releases it
            Thread sender = new Thread(() -> streamTwoEvents(ex, query), "stub-stream");
            sender.setDaemon(true);
            sender.start();
        } else {
            return false;
        }
        return true;
    }

    /** A comment and an event at once; a second event only after {@link #SECOND_EVENT}; then the end. */
    private static void streamTwoEvents(HttpExchange ex, String query) {
        try {
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            var body = ex.getResponseBody();
            body.write((": connected\n\nevent: article\nid: a-1\ndata: {\"id\":\"a-1\",\"title\":\"" + query
                    + "\"}\n\n").getBytes(StandardCharsets.UTF_8));
            body.flush();
            String second = SECOND_EVENT.await(20, java.util.concurrent.TimeUnit.SECONDS) ? "a-2" : "never-released";
            body.write(("event: article\nid: " + second + "\ndata: {\"id\":\"" + second + "\"}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException | InterruptedException e) {
            // the gateway went away
        } finally {
            ex.close();
        }
    }

    private static void nlp(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (ex.getRequestURI().getPath().equals("/analyze") && body.contains("Acme")) {
            respond(ex, 200, "application/json", "{\"nlpVersion\":\"stub\",\"entities\":[{\"id\":\"organization:acme\","
                    + "\"name\":\"Acme\",\"type\":\"ORGANIZATION\",\"aliases\":[\"Acme\"],\"salience\":1.0,"
                    + "\"mentions\":[{\"start\":0,\"end\":4,\"text\":\"Acme\"}]}],\"quotes\":[],\"dates\":[],"
                    + "\"amounts\":[],\"keywords\":[],\"tone\":{\"document\":0.0,\"entities\":[]}}");
        } else {
            notFound(ex);
        }
    }

    private static void notFound(HttpExchange ex) throws IOException {
        respond(ex, 404, "application/problem+json", "{\"type\":\"https://newslens.io/problems/404\","
                + "\"title\":\"Article not found\",\"status\":404,\"detail\":\"No article with that id\"}");
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private static HttpServer server(Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", handler::handle);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
