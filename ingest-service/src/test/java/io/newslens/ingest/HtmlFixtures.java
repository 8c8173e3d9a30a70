package io.newslens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small HTML pages written for these tests, in {@code src/test/resources/html/}. */
public final class HtmlFixtures {

    private HtmlFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = HtmlFixtures.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture html/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
