package io.newslens.ingest.client;

/** A feed or page that could not be fetched: unreachable, timed out, a status other than 200/304, too large. */
public class FetchFailed extends RuntimeException {

    public FetchFailed(String reason) {
        super(reason);
    }
}
