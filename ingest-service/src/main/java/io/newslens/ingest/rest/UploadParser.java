package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.Problem;
import io.newslens.ingest.service.BatchItem;
import io.newslens.ingest.service.HtmlPages;
import io.newslens.ingest.service.MarkdownText;
import io.newslens.ingest.service.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns uploaded files into batch items, so uploads take the batch's path to storage: {@code .txt} as UTF-8 text,
 * {@code .md}/{@code .markdown} through {@link MarkdownText}, {@code .html}/{@code .htm} through
 * {@link HtmlPages}, whose page metadata fills the fields the request did not set. A file of another type, a
 * binary file, text that is not UTF-8, or a page without article text becomes a rejected item naming the file.
 * CPU work: call it from the {@code ingest-prep} pool, never from the event loop.
 */
@ApplicationScoped
public class UploadParser {

    private enum Kind { TEXT, MARKDOWN, HTML }

    /** Part media types that fit each kind; a client that sends none, or octet-stream, leaves it to the extension. */
    private static final Set<String> NEUTRAL = Set.of("", "application/octet-stream");
    private static final Set<String> TEXT_TYPES = Set.of("text/plain");
    private static final Set<String> MARKDOWN_TYPES = Set.of("text/markdown", "text/x-markdown", "text/plain");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Bytes looked at to tell a binary file from text. */
    private static final int SNIFF_BYTES = 8_192;

    private final HtmlPages pages;
    private final Validator validator;

    public UploadParser(HtmlPages pages, Validator validator) {
        this.pages = pages;
        this.validator = validator;
    }

    /**
     * Blocking (CPU).
     *
     * @param explicit the request's own fields (text unused); they win over what a page says
     */
    public List<BatchItem> parse(List<UploadedFile> files, ArticleSubmission explicit) {
        List<BatchItem> items = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            items.add(item(items.size(), file, explicit));
        }
        return items;
    }

    private BatchItem item(int index, UploadedFile file, ArticleSubmission explicit) {
        String name = file.name() == null ? "" : file.name();
        Kind kind = kind(name);
        if (kind == null) {
            return rejected(index, name, "unsupported file type; send .txt, .md, .html or .htm files");
        }
        String type = baseType(file.mediaType());
        if (!NEUTRAL.contains(type) && !typesOf(kind).contains(type)) {
            return rejected(index, name, "unsupported media type " + type + " for a " + kind.name().toLowerCase(Locale.ROOT)
                    + " file");
        }
        if (looksBinary(file.bytes())) {
            return rejected(index, name, "binary content; only text files are accepted");
        }
        ArticleSubmission submission;
        String raw = null;
        if (kind == Kind.HTML) {
            Optional<HtmlPages.Page> page = pages.read(file.bytes(), explicit, HtmlPages.NONE);
            if (page.isEmpty()) {
                return rejected(index, name, "no article text found in the page");
            }
            submission = page.get().submission();
            raw = page.get().raw();
        } else {
            String text;
            try {
                text = utf8(file.bytes());
            } catch (CharacterCodingException e) {
                return rejected(index, name, "not UTF-8 text; re-encode the file as UTF-8");
            }
            if (kind == Kind.MARKDOWN) {
                raw = text;
                text = MarkdownText.of(text);
            }
            submission = new ArticleSubmission(text, explicit.title(), explicit.source(), explicit.url(),
                    explicit.publishedAt());
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = SubmissionErrors.of(violations);
            return new BatchItem.Rejected(index, name + ": "
                    + errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("; ")), errors);
        }
        return new BatchItem.Valid(index, submission, raw);
    }

    private static Kind kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Kind.HTML;
        }
        return null;
    }

    private static Set<String> typesOf(Kind kind) {
        return switch (kind) {
            case TEXT -> TEXT_TYPES;
            case MARKDOWN -> MARKDOWN_TYPES;
            case HTML -> HTML_TYPES;
        };
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** NUL bytes, or many control characters, in the first {@link #SNIFF_BYTES}: no text file has them. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 100 > n;
    }

    /** Strict: malformed bytes fail instead of turning into U+FFFD. A byte-order mark is dropped. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static BatchItem rejected(int index, String name, String reason) {
        return new BatchItem.Rejected(index, name + ": " + reason, List.of(new Problem.FieldError("files", reason)));
    }
}
