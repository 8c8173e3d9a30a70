package io.newslens.gateway.rest;

import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.IngestClient;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON or NDJSON body that is not UTF-8 (RFC 8259 requires it) with a 400 problem. Jackson lets some
 * invalid sequences through (overlong forms, encoded surrogates) and the NDJSON path decoded leniently, so such
 * bytes became U+FFFD or other characters in a stored article. The bodies are in memory already (Quarkus REST
 * reads them before a non-blocking method runs); checking them is a linear scan with an ASCII fast path.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    private static final MediaType NDJSON = MediaType.valueOf(IngestClient.NDJSON);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(isJson(type) || type.isCompatible(NDJSON))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "Bad Request", "The request body is not valid UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }
}
