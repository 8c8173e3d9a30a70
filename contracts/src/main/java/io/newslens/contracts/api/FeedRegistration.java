package io.newslens.contracts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RSS 2.0 or Atom feed to poll. The interval's bounds and default, and whether the URL may be fetched, are
 * checked by ingest-service (its settings decide them).
 */
@Schema(description = "A feed to poll; only url is required")
public record FeedRegistration(
        @Schema(required = true, example = "https://news.example.org/world/rss.xml")
        @NotBlank(message = "url must not be empty")
        @Size(max = 2_048, message = "url must be at most 2048 characters")
        String url,

        @Schema(description = "Seconds between polls; the service's default when absent", example = "300")
        Integer intervalSeconds) {
}
