package io.newslens.ingest.service;

/**
 * One file of a multipart upload.
 *
 * @param name      the file name the client sent (its extension decides how the file is read)
 * @param mediaType the part's {@code Content-Type}, or null
 */
public record UploadedFile(String name, String mediaType, byte[] bytes) {
}
