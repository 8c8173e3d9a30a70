package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One surface form an entity was written as in some article; they accumulate and are never removed. */
@Entity
@Table(name = "entity_alias")
@IdClass(EntityAlias.Key.class)
public class EntityAlias {

    @Id
    @Column(name = "entity_id")
    public String entityId;

    @Id
    public String alias;

    public EntityAlias() {
    }

    public EntityAlias(String entityId, String alias) {
        this.entityId = entityId;
        this.alias = alias;
    }

    public Key key() {
        return new Key(entityId, alias);
    }

    /** The primary key: entity and alias. */
    public record Key(String entityId, String alias) implements Serializable {
    }
}
