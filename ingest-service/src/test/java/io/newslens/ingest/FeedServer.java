package io.newslens.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local web site for feed tests: documents by path, each with its media type and optional ETag / Last-Modified,
 * answering conditional GETs with 304 like a real server; it remembers every request's path and headers.
 */
final class FeedServer implements AutoCloseable {

    /** A served document; status other than 200 is answered as is, without the body. */
    record Doc(int status, String type, String body, String etag, String lastModified) {
    }

    /** One request as the server saw it. */
    record Request(String path, Headers headers) {
    }

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean honourConditionals = true;

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, Doc doc) {
        docs.put(path, doc);
    }

    /** Whether 304 is answered to a matching If-None-Match / If-Modified-Since (a real server may not). */
    void honourConditionals(boolean honour) {
        this.honourConditionals = honour;
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestHeaders()));
        Doc doc = docs.get(path);
        try (exchange) {
            if (doc == null || doc.status() != 200) {
                exchange.sendResponseHeaders(doc == null ? 404 : doc.status(), -1);
                return;
            }
            Headers out = exchange.getResponseHeaders();
            if (doc.etag() != null) {
                out.set("ETag", doc.etag());
            }
            if (doc.lastModified() != null) {
                out.set("Last-Modified", doc.lastModified());
            }
            if (honourConditionals && notModified(exchange.getRequestHeaders(), doc)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = doc.body().getBytes(StandardCharsets.UTF_8);
            out.set("Content-Type", doc.type());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static boolean notModified(Headers request, Doc doc) {
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null && doc.etag() != null) {
            return ifNoneMatch.equals(doc.etag());
        }
        String ifModifiedSince = request.getFirst("If-Modified-Since");
        return ifModifiedSince != null && ifModifiedSince.equals(doc.lastModified());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
