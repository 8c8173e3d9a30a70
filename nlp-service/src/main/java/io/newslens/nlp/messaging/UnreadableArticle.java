package io.newslens.nlp.messaging;

/** A record on articles.ingested that is not a usable ArticleIngested; it goes to the dead-letter topic. */
public class UnreadableArticle extends RuntimeException {

    public UnreadableArticle(String message) {
        super(message);
    }
}
