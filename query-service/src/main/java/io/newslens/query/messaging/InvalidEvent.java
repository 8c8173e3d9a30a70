package io.newslens.query.messaging;

/** A record on articles.enriched that is not a usable ArticleEnriched; retrying cannot fix it. */
public class InvalidEvent extends Exception {

    public InvalidEvent(String message) {
        super(message);
    }

    public InvalidEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
