package io.newslens.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed articles in {@code ../shared/corpus/seeds/}: third-party text, read from there, never copied here. */
public final class Seeds {

    /** The five seed files. */
    public static final List<String> NAMES = List.of("000_c5a94af7eacc4306.txt", "001_459c1da9db5dd484.txt",
            "002_076bccee9a179dba.txt", "003_c57c071476f4b5ea.txt", "004_435511b6664966e9.txt");

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
