package io.newslens.contracts.api;

import java.util.List;

/**
 * A co-occurrence network: entities and how many articles mention each pair.
 *
 * @param nodes the centre entity first (when one was asked for), then the others, most shared articles first
 * @param edges one per pair of returned nodes mentioned together, most articles first; source &lt; target
 */
public record Graph(List<Node> nodes, List<Edge> edges) {

    /** An entity; weight = articles that mention it. */
    public record Node(String id, String name, String type, long weight) {
    }

    /** Two entities and the number of articles that mention both. */
    public record Edge(String source, String target, long articles) {
    }
}
