package io.newslens.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed articles in {@code ../shared/corpus/seeds/}: third-party text, read from there, never copied here. */
public final class Seeds {
    private Seeds() {
    }

    /** The seed's raw text; skips the calling test, saying why, when the shared directory is absent. */
    public static String read(String fileName) {
        String shared = System.getProperty("newslens.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "corpus", "seeds", fileName);
        assumeTrue(file != null && Files.isReadable(file),
                "Skipped: seed " + fileName + " not found; set -Dnewslens.shared.dir to the shared directory (../shared)");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
