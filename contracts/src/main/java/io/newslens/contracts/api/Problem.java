package io.newslens.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param errors field-level details for validation failures, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail; type is https://newslens.io/problems/<status>")
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON name and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
