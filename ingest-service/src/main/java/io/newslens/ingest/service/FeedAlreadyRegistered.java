package io.newslens.ingest.service;

import io.newslens.contracts.problem.ProblemException;

/** The same feed URL registered twice: 409. */
public class FeedAlreadyRegistered extends ProblemException {
    public FeedAlreadyRegistered(String url) {
        super(409, "Feed already registered", "The feed " + url + " is registered already; see GET /feeds");
    }
}
