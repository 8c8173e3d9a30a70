package io.newslens.contracts.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one item of a batch. */
public enum BatchItemStatus {
    /** Stored as a new article; its event will be published. */
    @JsonProperty("accepted")
    ACCEPTED,
    /** Its clean text was already stored (earlier, or earlier in the same batch); {@code id} is that article. */
    @JsonProperty("duplicate")
    DUPLICATE,
    /** Not stored; {@code reason} and {@code errors} say why. */
    @JsonProperty("rejected")
    REJECTED
}
