package io.newslens.query.repository;

import io.newslens.query.model.NamedEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@WithSession
public class NamedEntityRepository implements PanacheRepositoryBase<NamedEntity, String> {

    /**
     * Stores the entities that are new and gives the known ones the latest name and type (written only if
     * they changed). If another instance creates the same entity at the same moment, one transaction fails
     * on the primary key and its retry finds the row.
     *
     * <p>Not {@code INSERT ... ON CONFLICT}: in Hibernate Reactive 3.2.1 every native or bulk update makes the
     * commit log two warnings (HHH90010101/HHH90010108, hibernate-reactive#3177, fixed in later releases).
     */
    public Uni<Void> upsertAll(Collection<NamedEntity> latest) {
        Map<String, NamedEntity> byId = new LinkedHashMap<>();
        latest.forEach(e -> byId.put(e.id, e));
        return findByIds(byId.keySet()).chain(stored -> {
            for (NamedEntity known : stored) {
                NamedEntity update = byId.remove(known.id);
                known.name = update.name;
                known.type = update.type;
            }
            return getSession().chain(session -> session.persistAll(byId.values().toArray()));
        });
    }

    public Uni<List<NamedEntity>> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }
}
