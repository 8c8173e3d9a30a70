package io.newslens.nlp.rest;

import io.newslens.contracts.problem.ProblemException;

/** The CoreNLP models are still loading (seconds after start), or failed to load: 503. */
public class PipelineNotReady extends ProblemException {

    public PipelineNotReady() {
        super(503, "Service Unavailable", "The NLP pipeline is not loaded yet; retry in a few seconds");
    }
}
