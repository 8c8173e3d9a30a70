package io.newslens.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.infra.Postgres;
import io.newslens.devstack.stack.ServiceProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault injection at the public door: a few thousand requests from {@link MalformedRequests} (seeded, so a
 * failure is reproduced with {@code -Dnewslens.fuzz.seed=N}). Every answer must be a 4xx problem document, none a
 * 2xx or 5xx, nothing may be stored, and every service must still be ready afterwards. Runs on the shared
 * {@link SeededStack}.
 */
@ExtendWith(SeededStack.Resolver.class)
class GatewayFuzzTest {

    private static final long SEED = Long.getLong("newslens.fuzz.seed", 20_261_121L);
    private static final int REQUESTS = Integer.getInteger("newslens.fuzz.requests", 2_000);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Answers Vert.x gives itself, before any application code, to requests HTTP/1.1 does not allow. */
    private static final List<Integer> PROTOCOL_REFUSALS = List.of(400, 413, 431);

    private SeededStack seeded;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the gateway answered one request. */
    record Answer(MalformedRequests.Request request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " "
                    + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        }
    }

    @Test
    void everyMalformedRequestIsA4xxProblemAndTheServicesStayReady(SeededStack seeded) throws Exception {
        this.seeded = seeded;
        System.out.printf("Gateway fuzzing: %d requests, seed %d (rerun with -Dnewslens.fuzz.seed=%d)%n",
                REQUESTS, SEED, SEED);
        long articlesBefore = storedArticles();
        String feedsBefore = get("/api/v1/feeds");
        MalformedRequests generator = new MalformedRequests(SEED);
        List<MalformedRequests.Request> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next());
        }

        long start = System.nanoTime();
        List<Answer> answers = sendAll(requests);
        System.out.printf("Sent %d requests in %.1f s%n", answers.size(), (System.nanoTime() - start) / 1e9);

        Map<String, Integer> byKindAndStatus = new TreeMap<>();
        List<Answer> wrong = new ArrayList<>();
        int refusedByVertx = 0;
        for (Answer answer : answers) {
            byKindAndStatus.merge(answer.request().kind() + " " + answer.status(), 1, Integer::sum);
            if (isProblem(answer)) {
                continue;
            }
            if (answer.request().raw() && PROTOCOL_REFUSALS.contains(answer.status())) {
                refusedByVertx++;
            } else {
                wrong.add(answer);
            }
        }
        byKindAndStatus.forEach((kind, count) -> System.out.printf("  %-45s %5d%n", kind, count));
        System.out.printf("Answered by Vert.x without a problem body (malformed HTTP): %d%n", refusedByVertx);

        assertThat(wrong).as("answers that are not a 4xx problem+json").isEmpty();
        assertThat(storedArticles()).as("articles stored").isEqualTo(articlesBefore);
        assertThat(get("/api/v1/feeds")).as("feeds registered").isEqualTo(feedsBefore);
        for (ServiceProcess service : seeded.stack().services()) {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(service.name() + " ready: " + ready.body()).isEqualTo(200);
            assertThat(service.isAlive()).isTrue();
        }
    }

    private List<Answer> sendAll(List<MalformedRequests.Request> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (MalformedRequests.Request request : requests) {
                futures.add(pool.submit(() -> request.raw() ? sendRaw(request) : send(request)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A 4xx whose body is a problem document with that status. */
    private static boolean isProblem(Answer answer) {
        if (answer.status() < 400 || answer.status() > 499 || !answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = GatewayClient.JSON.readTree(answer.body());
            return problem.path("status").asInt() == answer.status() && problem.hasNonNull("title");
        } catch (IOException e) {
            return false;
        }
    }

    private Answer send(MalformedRequests.Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(seeded.stack().gatewayUrl() + request.path()))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (!request.kind().startsWith("auth")) {
            builder.header("X-API-Key", seeded.apiKey());
        }
        request.headers().forEach(h -> builder.header(h[0], h[1]));
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /**
     * Writes the request byte for byte (header values as ISO-8859-1, so that non-ASCII and control bytes go out
     * as they are) and reads the answer until the server closes the connection.
     */
    private Answer sendRaw(MalformedRequests.Request request) throws IOException {
        URI gateway = URI.create(seeded.stack().gatewayUrl());
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " " + request.path() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        boolean ownLength = false;
        boolean ownKey = false;
        for (String[] header : request.headers()) {
            head.writeBytes((header[1] == null ? header[0] : header[0] + ": " + header[1]).getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            ownLength |= header[0].equalsIgnoreCase("Content-Length");
            ownKey |= header[0].equalsIgnoreCase("X-API-Key");
        }
        if (!ownKey) {
            head.writeBytes(("X-API-Key: " + seeded.apiKey() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (!ownLength) {
            head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                out.write(body);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and close before it has read everything (431): read what it said.
            }
            return RawAnswer.parse(request, socket.getInputStream());
        }
    }

    private long storedArticles() throws Exception {
        try (Connection db = DriverManager.getConnection(seeded.stack().postgres().jdbcUrl(), Postgres.USER, "");
                ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM ingest.article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(seeded.stack().gatewayUrl() + path))
                .header("X-API-Key", seeded.apiKey()).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Just enough of HTTP/1.1 to read a status, Content-Type and a body (plain or chunked) off a socket. */
    private static final class RawAnswer {

        static Answer parse(MalformedRequests.Request request, InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                return new Answer(request, -1, "", "no HTTP answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].substring(9, 12));
            String contentType = "";
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            String body = text.substring(end + 4);
            return new Answer(request, status, contentType,
                    new String((chunked ? dechunk(body) : body).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    return out.toString();
                }
                int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0 || lineEnd + 2 + size > body.length()) {
                    return out.toString();
                }
                out.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
