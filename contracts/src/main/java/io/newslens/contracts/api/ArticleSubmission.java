package io.newslens.contracts.api;

import io.newslens.contracts.validation.TooLarge;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article as a client submits it. Only {@code text} is required. */
@Schema(description = "An article to ingest; only text is required")
public record ArticleSubmission(
        @Schema(required = true, description = "The article text (plain text)",
                example = "Huawei said on Monday that it would appeal the ruling.")
        @NotBlank(message = "text must not be empty")
        @Size(max = MAX_TEXT_CHARS, payload = TooLarge.class,
                message = "text must be at most " + MAX_TEXT_CHARS + " characters")
        String text,

        @Schema(example = "Huawei to appeal ruling")
        @Size(max = 1_000, message = "title must be at most 1000 characters")
        String title,

        @Schema(example = "Example Wire")
        @Size(max = 200, message = "source must be at most 200 characters")
        String source,

        @Schema(example = "https://news.example.org/2020/08/18/huawei-appeal")
        @Size(max = 2_048, message = "url must be at most 2048 characters")
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "url must be an absolute http(s) URL")
        String url,

        @Schema(description = "ISO-8601 instant", example = "2020-08-18T17:40:40Z")
        Instant publishedAt) {

    /** Longest accepted text: 200,000 characters, about 30,000 words, far above any news article. */
    public static final int MAX_TEXT_CHARS = 200_000;
}
