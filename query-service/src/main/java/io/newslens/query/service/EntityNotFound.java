package io.newslens.query.service;

import io.newslens.contracts.problem.ProblemException;

/** The read model has no entity with this canonical id. */
public class EntityNotFound extends ProblemException {

    public EntityNotFound(String id) {
        super(404, "Entity not found", "No entity with id '" + id + "'");
    }
}
