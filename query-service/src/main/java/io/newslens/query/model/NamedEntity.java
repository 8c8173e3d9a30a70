package io.newslens.query.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person, organization, place... known by its canonical id, shared by every article that mentions it. */
@Entity
@Table(name = "entity")
public class NamedEntity {

    /** Canonical and stable across articles, e.g. {@code person:mike-pompeo}. */
    @Id
    public String id;

    public String name;

    public String type;

    public NamedEntity() {
    }

    public NamedEntity(String id, String name, String type) {
        this.id = id;
        this.name = name;
        this.type = type;
    }
}
