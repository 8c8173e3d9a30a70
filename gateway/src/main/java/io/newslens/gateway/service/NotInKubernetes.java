package io.newslens.gateway.service;

import io.newslens.contracts.problem.ProblemException;

/** The admin scaling endpoints need a cluster; the local run has none. */
public class NotInKubernetes extends ProblemException {
    public NotInKubernetes() {
        super(503, "Service Unavailable", "Scaling works only when newslens runs in Kubernetes; "
                + "this gateway has no Kubernetes API (newslens.gateway.admin.kubernetes)");
    }
}
