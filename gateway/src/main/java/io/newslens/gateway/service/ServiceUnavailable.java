package io.newslens.gateway.service;

import io.newslens.contracts.problem.ProblemException;

/** A service behind the gateway cannot be reached. */
public class ServiceUnavailable extends ProblemException {
    public ServiceUnavailable(String service) {
        super(503, "Service Unavailable", service + " is not reachable; try again shortly");
    }
}
