package io.newslens.ingest.service;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A feed or page URL that may not be fetched (not http(s), or an internal address): 422 naming {@code url}. */
public class UnsafeUrl extends ProblemException {

    public UnsafeUrl(String why) {
        super(422, "URL not allowed", "url " + why, List.of(new Problem.FieldError("url", why)));
    }
}
