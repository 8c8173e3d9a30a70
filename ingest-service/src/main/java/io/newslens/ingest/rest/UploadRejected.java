package io.newslens.ingest.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A file upload that fails as a whole: too many or too large files (413), or no usable file or field (422). */
public class UploadRejected extends ProblemException {

    private UploadRejected(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(status, title, detail, errors);
    }

    static UploadRejected tooManyFiles(int maxFiles) {
        return new UploadRejected(413, "Content Too Large", "An upload holds at most " + maxFiles + " files; split it",
                null);
    }

    static UploadRejected fileTooLarge(String name, long maxBytes) {
        return new UploadRejected(413, "Content Too Large",
                "File '" + name + "' is larger than " + maxBytes + " bytes, the most one file may have", null);
    }

    static UploadRejected noFiles() {
        return new UploadRejected(422, "Invalid request",
                "The request holds no file: send multipart/form-data with one or more 'files' parts", null);
    }

    static UploadRejected invalidFields(List<Problem.FieldError> errors) {
        return new UploadRejected(422, "Invalid request", "A form field of the upload is invalid", errors);
    }
}
