package io.newslens.query.repository;

import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The HTTP status of an OpenSearch answer inside a failure. The client reports it in two shapes: a parsed
 * error body ({@link OpenSearchException}) or, on some paths (e.g. a version conflict of an index request),
 * the transport's {@link ResponseException}.
 */
public final class OpenSearchErrors {

    private OpenSearchErrors() {
    }

    /** The status OpenSearch answered with, or -1 when the failure is not an answer (connection refused, timeout). */
    public static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OpenSearchException e) {
                return e.status();
            }
            if (t instanceof ResponseException e) {
                return e.status();
            }
        }
        return -1;
    }
}
