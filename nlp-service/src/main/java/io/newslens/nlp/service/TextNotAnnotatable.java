package io.newslens.nlp.service;

import io.newslens.contracts.problem.ProblemException;

/**
 * A text beyond what CoreNLP's taggers annotate in bounded time and memory (a giant token, an endless sentence).
 * From Kafka the article goes to the dead-letter topic with this message as its reason; {@code POST /analyze}
 * answers 422.
 */
public class TextNotAnnotatable extends ProblemException {

    public TextNotAnnotatable(String detail) {
        super(422, "Unprocessable Content", "Not annotatable: " + detail);
    }
}
