package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.Problem;
import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.service.IngestService;
import io.newslens.ingest.service.PreparationPool;
import io.newslens.ingest.service.UploadedFile;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/articles/files")
@Produces(MediaType.APPLICATION_JSON)
public class FileUploadResource {

    private final UploadParser uploads;
    private final IngestService ingest;
    private final PreparationPool prepPool;
    private final Validator validator;
    private final int maxFiles;
    private final long maxFileBytes;

    public FileUploadResource(UploadParser uploads, IngestService ingest, PreparationPool prepPool, Validator validator,
            IngestConfig config) {
        this.uploads = uploads;
        this.ingest = ingest;
        this.prepPool = prepPool;
        this.validator = validator;
        this.maxFiles = config.upload().maxFiles();
        this.maxFileBytes = config.upload().maxFileBytes();
    }

    /**
     * Reading the spooled files, HTML extraction and Markdown rendering run on the {@code ingest-prep} pool; storage
     * takes the batch path ({@link IngestService#ingestBatch}).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Accept articles as uploaded files",
            description = "multipart/form-data with one or more file parts (field name 'files'; any part with a file "
                    + "name counts) of .txt (UTF-8), .md/.markdown or .html/.htm files. HTML pages go through an "
                    + "article extractor; their title, outlet, canonical URL and date fill the fields the form does "
                    + "not set. Optional form fields title, source, url, publishedAt apply to every file. Answers 200 "
                    + "with one result per file, in upload order (accepted, duplicate, or rejected with the reason).")
    @APIResponse(responseCode = "200", description = "One result per file, in upload order")
    @APIResponse(responseCode = "413", description = "More files than the limit, or a file larger than the limit")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data")
    @APIResponse(responseCode = "422", description = "No file in the request, or an invalid form field (named)")
    public Uni<BatchResult> upload(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String title,
            @RestForm String source, @RestForm String url, @RestForm String publishedAt) {
        if (files == null || files.isEmpty()) {
            throw UploadRejected.noFiles();
        }
        if (files.size() > maxFiles) {
            throw UploadRejected.tooManyFiles(maxFiles);
        }
        for (FileUpload f : files) {
            if (f.size() > maxFileBytes) {
                throw UploadRejected.fileTooLarge(f.fileName(), maxFileBytes);
            }
        }
        ArticleSubmission explicit = explicitFields(title, source, url, publishedAt);
        String requestId = RequestIds.current();
        TraceHeaders trace = TraceHeaders.current();
        return Uni.createFrom().item(() -> uploads.parse(read(files), explicit))
                .runSubscriptionOn(prepPool)
                .onItem().transformToUni(items -> ingest.ingestBatch(items, requestId, trace))
                .map(BatchResult::of);
    }

    /** The form's own fields, checked once for the whole request. */
    private ArticleSubmission explicitFields(String title, String source, String url, String publishedAt) {
        Instant published = null;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (publishedAt != null && !publishedAt.isBlank()) {
            try {
                published = Instant.parse(publishedAt.strip());
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("publishedAt", "publishedAt must be an ISO-8601 instant"));
            }
        }
        ArticleSubmission explicit = new ArticleSubmission("-", blankToNull(title), blankToNull(source),
                blankToNull(url), published);
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(explicit);
        errors.addAll(SubmissionErrors.of(violations));
        if (!errors.isEmpty()) {
            throw UploadRejected.invalidFields(errors);
        }
        return explicit;
    }

    /** Blocking (file IO): the files Vert.x spooled to disk. */
    private static List<UploadedFile> read(List<FileUpload> files) {
        List<UploadedFile> read = new ArrayList<>(files.size());
        for (FileUpload f : files) {
            try {
                read.add(new UploadedFile(f.fileName(), f.contentType(), Files.readAllBytes(f.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
