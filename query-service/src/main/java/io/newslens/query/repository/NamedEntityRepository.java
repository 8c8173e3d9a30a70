package io.newslens.query.repository;

import io.newslens.query.model.NamedEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
@WithSession
public class NamedEntityRepository implements PanacheRepositoryBase<NamedEntity, String> {

    public Uni<List<NamedEntity>> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }
}
