package io.newslens.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates requests to the gateway that are malformed by construction: each has at least one defect that the
 * API must refuse (broken or mistyped JSON, a field over its limit, a wrong content type, bytes that are not
 * UTF-8, a parameter out of range, a missing or unknown API key, an abused header), so none may be accepted and
 * none may be a 5xx. Deterministic for a seed. Hand-written rather than a fuzzing library: the defects must
 * follow the API's own rules (its limits, routes and roles), which no generic generator knows.
 */
final class MalformedRequests {

    /** One request; {@code raw} ones are written byte for byte to a socket (headers no HTTP client would send). */
    record Request(String kind, String method, String path, List<String[]> headers, byte[] body, boolean raw) {

        static Request http(String kind, String method, String path, String contentType, byte[] body) {
            List<String[]> headers = new ArrayList<>();
            if (contentType != null) {
                headers.add(new String[] {"Content-Type", contentType});
            }
            return new Request(kind, method, path, headers, body, false);
        }

        Request header(String name, String value) {
            List<String[]> more = new ArrayList<>(headers);
            more.add(new String[] {name, value});
            return new Request(kind, method, path, more, body, raw);
        }

        @Override
        public String toString() {
            return kind + " " + method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path);
        }
    }

    static final String JSON = "application/json";
    private static final String[] WORDS = {"harbour", "council", "ferry", "storm", "library", "budget", "vote",
            "bridge", "school", "winter", "mayor", "repairs", "museum", "river", "market"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}};

    private final Random random;
    private final List<Supplier<Request>> generators = List.of(
            this::article, this::article, this::article, this::analysis, this::analysis, this::jsonBatch,
            this::ndjsonBatch, this::upload, this::feed, this::badParameters, this::badParameters,
            this::badParameters, this::wrongRoute, this::badCredentials, this::abusedHeaders);

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        return pick(generators).get();
    }

    // ---- bodies -------------------------------------------------------------------------------------------

    /** POST /api/v1/articles with a body or content type it must refuse. */
    private Request article() {
        String path = "/api/v1/articles";
        return switch (random.nextInt(11)) {
            case 0 -> json("article:truncated", path, truncated(validArticle()));
            case 1 -> json("article:text-wrong-type", path, "{\"text\": " + pick(notAString()) + "}");
            case 2 -> json("article:not-an-object", path, pick(List.of("[]", "42", "\"text\"", "null", "true",
                    "[{\"text\": \"" + sentence() + "\"}]")));
            case 3 -> json("article:invalid-field", path, "{\"text\": \"" + sentence() + "\", " + invalidField() + "}");
            case 4 -> json("article:text-over-limit", path, "{\"text\": \"" + "word ".repeat(40_001 + random.nextInt(1000)) + "\"}");
            case 5 -> json("article:blank-text", path, "{\"text\": \"" + pick(List.of("", " ", "\\n\\t ", "\\u00a0")) + "\"}");
            case 6 -> json("article:no-text", path, randomObjectWithoutText(3));
            case 7 -> json("article:deep-nesting", path, deepNesting());
            case 8 -> Request.http("article:not-utf8", "POST", path, JSON, notUtf8Json());
            case 9 -> Request.http("article:wrong-content-type", "POST", path, pick(wrongContentTypes()),
                    ("{\"text\": \"" + sentence() + "\"}").getBytes(StandardCharsets.UTF_8));
            default -> json("article:duplicate-key-last-invalid", path,
                    "{\"text\": \"" + sentence() + "\", \"text\": " + pick(notAString()) + "}");
        };
    }

    /** POST /api/v1/analyze: only text and publishedAt are checked there, so only they carry the defect. */
    private Request analysis() {
        String path = "/api/v1/analyze";
        return switch (random.nextInt(7)) {
            case 0 -> json("analyze:truncated", path, truncated(validArticle()));
            case 1 -> json("analyze:text-wrong-type", path, "{\"text\": " + pick(notAString()) + "}");
            case 2 -> json("analyze:bad-date", path, "{\"text\": \"" + sentence() + "\", \"publishedAt\": \""
                    + pick(List.of("yesterday", "2020-13-45T00:00:00Z", "31/01/2020", word())) + "\"}");
            case 3 -> json("analyze:text-over-limit", path, "{\"text\": \"" + "a".repeat(200_001) + "\"}");
            case 4 -> Request.http("analyze:not-utf8", "POST", path, JSON, notUtf8Json());
            case 5 -> json("analyze:deep-nesting", path, deepNesting());
            default -> Request.http("analyze:wrong-content-type", "POST", path, pick(wrongContentTypes()),
                    ("{\"text\": \"" + sentence() + "\"}").getBytes(StandardCharsets.UTF_8));
        };
    }

    /** POST /api/v1/articles/batch as JSON: a body that is not a batch at all (bad items alone answer 200). */
    private Request jsonBatch() {
        String path = "/api/v1/articles/batch";
        return switch (random.nextInt(7)) {
            case 0 -> json("batch:not-an-array", path, pick(List.of("{\"text\": \"" + sentence() + "\"}", "42", "\"x\"",
                    "null")));
            case 1 -> json("batch:unclosed", path, "[{\"text\": \"" + sentence() + "\"}");
            case 2 -> json("batch:trailing-garbage", path, "[{\"text\": \"" + sentence() + "\"}] " + word());
            case 3 -> json("batch:over-10000-items", path, "[" + "{},".repeat(10_000 + random.nextInt(50)) + "{}]");
            case 4 -> Request.http("batch:not-utf8", "POST", path, JSON, concat("[".getBytes(StandardCharsets.UTF_8),
                    notUtf8Json(), "]".getBytes(StandardCharsets.UTF_8)));
            case 5 -> json("batch:deep-nesting", path, deepNesting());
            default -> Request.http("batch:wrong-content-type", "POST", path, pick(wrongContentTypes()),
                    "[]".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** POST /api/v1/articles/batch as NDJSON: no line is JSON, only blank lines, or over 10,000 lines. */
    private Request ndjsonBatch() {
        String path = "/api/v1/articles/batch";
        String type = "application/x-ndjson";
        return switch (random.nextInt(3)) {
            case 0 -> {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    body.writeBytes(("{" + word() + " ").getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(pick(List.of(NOT_UTF8)));
                    body.write('\n');
                }
                yield Request.http("ndjson:no-json-line", "POST", path, type, body.toByteArray());
            }
            case 1 -> Request.http("ndjson:blank", "POST", path, type, "\n \n\t\n".getBytes(StandardCharsets.UTF_8));
            default -> Request.http("ndjson:over-10000-lines", "POST", path, type,
                    "{}\n".repeat(10_001 + random.nextInt(50)).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** POST /api/v1/articles/files: not multipart, no boundary, no file, a bad field, or over 100 files. */
    private Request upload() {
        String path = "/api/v1/articles/files";
        String boundary = "b" + Long.toHexString(random.nextLong());
        String type = "multipart/form-data; boundary=" + boundary;
        return switch (random.nextInt(5)) {
            case 0 -> Request.http("files:no-boundary", "POST", path, "multipart/form-data",
                    part(boundary, "files", "a.txt", sentence()).getBytes(StandardCharsets.UTF_8));
            case 1 -> Request.http("files:no-file", "POST", path, type,
                    (part(boundary, "title", null, word()) + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            case 2 -> Request.http("files:bad-date-field", "POST", path, type, (part(boundary, "publishedAt", null,
                    "not a date") + part(boundary, "files", "a.txt", sentence()) + "--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> {
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < 101 + random.nextInt(10); i++) {
                    body.append(part(boundary, "files", "f" + i + ".txt", sentence()));
                }
                yield Request.http("files:over-100-files", "POST", path, type,
                        body.append("--").append(boundary).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> Request.http("files:not-multipart", "POST", path, pick(wrongContentTypes()),
                    part(boundary, "files", "a.txt", sentence()).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** POST /api/v1/feeds: never a registration (a bad URL, or a good one with an interval out of bounds). */
    private Request feed() {
        String path = "/api/v1/feeds";
        return switch (random.nextInt(5)) {
            case 0 -> json("feeds:truncated", path, truncated("{\"url\": \"https://news.example.invalid/rss.xml\"}"));
            case 1 -> json("feeds:bad-url", path, "{\"url\": \"" + pick(List.of("ftp://news.example.invalid/rss",
                    "javascript:alert(1)", "not a url", "http://", "file:///etc/passwd", "")) + "\"}");
            case 2 -> json("feeds:url-wrong-type", path, "{\"url\": " + pick(notAString()) + "}");
            case 3 -> json("feeds:interval-out-of-bounds", path, "{\"url\": \"https://news.example.invalid/"
                    + word() + ".xml\", \"intervalSeconds\": " + pick(List.of("0", "-5", "59", "86401", "999999999",
                    "\"soon\"", "1.5")) + "}");
            default -> json("feeds:url-over-limit", path, "{\"url\": \"https://example.invalid/" + "a".repeat(2_100)
                    + "\"}");
        };
    }

    // ---- parameters, routes, credentials, headers -----------------------------------------------------------

    /** GET routes with a parameter that is out of range, of the wrong type or over its length. */
    private Request badParameters() {
        String q = "q=" + word();
        String path = switch (random.nextInt(16)) {
            case 0 -> "/api/v1/articles?" + q + "&limit=" + pick(List.of("abc", "0", "-1", "101", "1e3", "99999999999"));
            case 1 -> "/api/v1/articles?limit=5";
            case 2 -> "/api/v1/articles?" + q + "&sort=" + pick(List.of("newest", "score", "DATE%20DESC", word()));
            case 3 -> "/api/v1/articles?" + q + "&cursor=" + pick(List.of("%FF%FE", "eyJub3QiOiJhIGN1cnNvciJ9", word()));
            case 4 -> "/api/v1/articles?" + q + "&" + pick(List.of("from", "to")) + "="
                    + pick(List.of("yesterday", "2020-13-01", "2020-02-30T25:00:00Z", word()));
            case 5 -> "/api/v1/articles?" + q + "&" + pick(List.of("toneMin", "toneMax")) + "="
                    + pick(List.of("abc", "5", "-2", "NaN", "1e400"));
            case 6 -> "/api/v1/articles?" + q + "&facets=" + pick(List.of("bogus", "entities,bogus", word()));
            case 7 -> "/api/v1/articles?q=" + "x".repeat(501 + random.nextInt(500));
            case 8 -> "/api/v1/articles?q=a" + "&entity=person:x".repeat(21);
            case 9 -> "/api/v1/entities/" + pick(List.of("person:" + word() + "-" + random.nextInt(1_000_000),
                    "x".repeat(201), "%FF%FE", "organization:"));
            case 10 -> "/api/v1/entities?q=a&" + pick(List.of("limit=abc", "limit=0", "limit=101", "type=" + word()));
            case 11 -> "/api/v1/quotes?" + pick(List.of("limit=abc", "limit=0", "from=yesterday", "to=2020-99-99",
                    "q=" + "x".repeat(501)));
            case 12 -> "/api/v1/graph?entity=organization:huawei&" + pick(List.of("limit=0", "limit=abc", "limit=201",
                    "minWeight=abc", "minWeight=0"));
            case 13 -> "/api/v1/timeline?" + q + "&interval=" + pick(List.of("fortnight", "year", "hour", "%00"));
            case 14 -> "/api/v1/articles/" + pick(List.of("not-a-uuid", "x".repeat(101), "00000000-0000-0000-0000-000000000000"))
                    + pick(List.of("", "/status"));
            default -> "/api/v1/feeds/" + pick(List.of("not-a-uuid", "x".repeat(101), "00000000-0000-0000-0000-000000000000"));
        };
        return Request.http("params:" + path.replaceAll("^/api/v1/([a-z]+).*", "$1"), "GET", path, null, null);
    }

    /** A method the route does not have, or a route that does not exist. */
    private Request wrongRoute() {
        return switch (random.nextInt(3)) {
            case 0 -> Request.http("route:wrong-method", pick(List.of("PUT", "PATCH", "DELETE")), "/api/v1/articles",
                    JSON, "{}".getBytes(StandardCharsets.UTF_8));
            case 1 -> Request.http("route:wrong-method", "GET", "/api/v1/articles/batch", null, null);
            default -> Request.http("route:unknown", "GET", "/api/v1/" + word() + "/" + random.nextInt(1000), null, null);
        };
    }

    /** A request without a usable credential: its answer must be 401 whatever else it holds. */
    private Request badCredentials() {
        Request request = Request.http("auth", "GET", "/api/v1/articles?q=" + word(), null, null);
        return switch (random.nextInt(5)) {
            case 0 -> new Request("auth:no-key", request.method(), request.path(), List.of(), null, false);
            case 1 -> request.header("X-API-Key", "nl_" + Long.toHexString(random.nextLong()));
            // Long but within Vert.x's header limits (over them is the raw "headers:" kind's business).
            case 2 -> request.header("X-API-Key", "k".repeat(1_000 + random.nextInt(3_000)));
            case 3 -> request.header("Authorization", "Bearer " + pick(List.of("garbage", "a.b.c",
                    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")));
            default -> new Request("auth:non-ascii-key", "GET", request.path(),
                    List.<String[]>of(new String[] {"X-API-Key", "clé-\u00ff\u00e9"}), null, true);
        };
    }

    /** Header abuse, written to a socket as is: Vert.x refuses some before any application code runs. */
    private Request abusedHeaders() {
        String path = "/api/v1/articles";
        byte[] body = "{\"text\": ".getBytes(StandardCharsets.UTF_8); // malformed too, should the headers pass
        return switch (random.nextInt(6)) {
            case 0 -> raw("headers:very-long-value", path, body, new String[] {"X-Filler", "v".repeat(70_000)});
            case 1 -> {
                List<String[]> many = new ArrayList<>();
                for (int i = 0; i < 1_500; i++) {
                    many.add(new String[] {"X-Filler-" + i, "v".repeat(40)});
                }
                yield new Request("headers:too-many", "POST", path, withJson(many), body, true);
            }
            case 2 -> raw("headers:bad-request-id", path, body, new String[] {"X-Request-Id",
                    pick(List.of("has spaces in it", "x".repeat(5_000), "<script>", "id\u00e9", "../../etc"))});
            case 3 -> raw("headers:control-bytes", path, body, new String[] {"X-Filler", "a\u0000b\u0007c"});
            case 4 -> raw("headers:bad-content-length", path, body, new String[] {"Content-Length",
                    pick(List.of("abc", "-1", "99999999999999999999"))});
            default -> raw("headers:no-colon", path, body, new String[] {"This line has no colon", null});
        };
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Request json(String kind, String path, String body) {
        return Request.http(kind, "POST", path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private Request raw(String kind, String path, byte[] body, String[] header) {
        List<String[]> headers = new ArrayList<>();
        headers.add(header);
        return new Request(kind, "POST", path, withJson(headers), body, true);
    }

    private static List<String[]> withJson(List<String[]> headers) {
        List<String[]> all = new ArrayList<>(headers);
        all.add(new String[] {"Content-Type", JSON});
        return all;
    }

    private String validArticle() {
        return "{\"text\": \"" + sentence() + "\", \"title\": \"" + word() + "\", \"publishedAt\": \"2021-03-04T05:06:07Z\"}";
    }

    /** A prefix of a JSON object that is never the whole of it, so never a complete document. */
    private String truncated(String json) {
        return json.substring(0, random.nextInt(json.length() - 1));
    }

    private String invalidField() {
        return switch (random.nextInt(5)) {
            case 0 -> "\"publishedAt\": \"" + pick(List.of("yesterday", "2020-02-30", "31/01/2020", word())) + "\"";
            case 1 -> "\"url\": \"" + pick(List.of("ftp://example.invalid/a", "not a url", "http://", "//x")) + "\"";
            case 2 -> "\"title\": \"" + "t".repeat(1_001 + random.nextInt(100)) + "\"";
            case 3 -> "\"source\": \"" + "s".repeat(201 + random.nextInt(100)) + "\"";
            // Not a number: Jackson reads one as epoch seconds, a well-defined instant.
            default -> "\"publishedAt\": " + pick(List.of("true", "[\"" + word() + "\"]", "{\"a\": 1}", "[]"));
        };
    }

    private List<String> notAString() {
        return List.of(String.valueOf(random.nextInt()), "true", "false", "[\"" + word() + "\"]", "{\"a\": 1}",
                String.valueOf(random.nextDouble()), "[]", "{}");
    }

    private String randomObjectWithoutText(int depth) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append('"').append(word()).append(random.nextInt(100)).append("\": ");
            json.append(depth > 0 && random.nextBoolean() ? randomObjectWithoutText(depth - 1) : pick(notAString()));
        }
        return json.append('}').toString();
    }

    private String deepNesting() {
        int depth = 1_500 + random.nextInt(20_000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"text\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}";
    }

    private byte[] notUtf8Json() {
        return concat(("{\"text\": \"" + sentence() + " ").getBytes(StandardCharsets.UTF_8), pick(List.of(NOT_UTF8)),
                " end.\"}".getBytes(StandardCharsets.UTF_8));
    }

    private List<String> wrongContentTypes() {
        return List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png",
                "application/" + word(), "text/csv; charset=utf-8");
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n" + content + "\r\n";
    }

    private String sentence() {
        StringBuilder s = new StringBuilder("The");
        for (int i = 0, n = 4 + random.nextInt(8); i < n; i++) {
            s.append(' ').append(word());
        }
        return s.append('.').toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
