package io.newslens.contracts.api;

import io.newslens.contracts.validation.TooLarge;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to analyse without storing it. Only {@code text} is required. */
@Schema(description = "A text to analyse; nothing is stored")
public record AnalyzeRequest(
        @Schema(required = true, description = "Plain text; every offset in the answer indexes it",
                example = "Huawei said on Thursday, Jan. 30 that it would invest $15bn.")
        @NotBlank(message = "text must not be empty")
        @Size(max = ArticleSubmission.MAX_TEXT_CHARS, payload = TooLarge.class,
                message = "text must be at most " + ArticleSubmission.MAX_TEXT_CHARS + " characters")
        String text,

        @Schema(example = "Huawei to invest")
        @Size(max = 1_000, message = "title must be at most 1000 characters")
        String title,

        @Schema(description = "ISO-8601 instant; relative dates (\"Thursday\") are resolved against it",
                example = "2020-02-01T09:00:00Z")
        Instant publishedAt) {
}
