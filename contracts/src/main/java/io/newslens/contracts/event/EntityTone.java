package io.newslens.contracts.event;

/**
 * The tone of the sentences that mention one entity.
 *
 * @param entityId  an entity of the same article
 * @param score     mean tone of those sentences, -1 (hostile) .. 1 (favourable)
 * @param sentences how many sentences mention the entity
 */
public record EntityTone(String entityId, double score, int sentences) {
}
