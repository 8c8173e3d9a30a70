package io.newslens.ingest.benchmark;

import io.newslens.ingest.service.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The settings ingest-service ships with (its {@code application.properties}, default profile), so that benchmarks
 * measure the shipped configuration instead of a copy of it that would drift.
 */
final class ShippedSettings {

    private static final Properties PROPERTIES = load();

    private ShippedSettings() {
    }

    static String get(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not in ingest-service's application.properties");
        }
        return value.strip();
    }

    static List<String> languageCandidates() {
        return Arrays.stream(get("newslens.ingest.language.candidates").split(",")).map(String::strip).toList();
    }

    /** The language detector as the service builds it. */
    static LanguageDetector languageDetector() {
        return new LanguageDetector(languageCandidates(),
                Boolean.parseBoolean(get("newslens.ingest.language.low-accuracy")),
                Integer.parseInt(get("newslens.ingest.language.first-chars")),
                Double.parseDouble(get("newslens.ingest.language.first-margin")),
                Integer.parseInt(get("newslens.ingest.language.max-chars")));
    }

    private static Properties load() {
        try (InputStream in = ShippedSettings.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
