package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, outlet and publish date from plain text: a first line that reads as a headline, "Source: X" and
 * "Published: 2020/8/18 17:40:40" header lines, and agency datelines ("WASHINGTON (Reuters) - ..."), whose
 * agencies are data in {@link #AGENCIES}. Fields a client sends explicitly always win; see {@link #merge}.
 */
@ApplicationScoped
public class MetadataExtractor {

    public static final String AGENCIES = "metadata/news-agencies.txt";

    /** Header lines only count near the top, where pages put them. */
    private static final int HEADER_LINES = 12;
    private static final Pattern SOURCE = Pattern.compile("^Source:\\s*(.{1,80}?)\\s*(?:Published:.*)?$");
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\bPublished:\\s*(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,[^()\\n]{1,40})?\\s+)?\\(([^()\\n]{1,40})\\)\\s*[-–—]{1,2}\\s");
    private static final Pattern HEADLINE_START = Pattern.compile("^[\\p{Lu}\\p{N}\"“‘'].*");
    private static final Pattern NOT_HEADLINE_END = Pattern.compile(".*[.,;:]$");

    private final ZoneId zone;
    private final Map<String, String> agencies;

    @Inject
    public MetadataExtractor(IngestConfig config) {
        this(config.metadata().zone(), loadAgencies());
    }

    public MetadataExtractor(ZoneId zone, Map<String, String> agencies) {
        this.zone = zone;
        this.agencies = Map.copyOf(agencies);
    }

    /**
     * @param raw   the submitted text before cleaning (header lines are chrome the cleaner drops)
     * @param clean the clean text, whose first line may be the headline
     */
    public Metadata extract(String raw, String clean) {
        return extractNormalized(TextNormalizer.normalize(raw), clean);
    }

    /** {@link #extract}, for a raw text already in {@link TextNormalizer}'s form (saves normalising it twice). */
    public Metadata extractNormalized(String normalizedRaw, String clean) {
        String[] header = normalizedRaw.split("\n", HEADER_LINES + 1);
        String source = null;
        Instant published = null;
        for (int i = 0; i < Math.min(header.length, HEADER_LINES); i++) {
            String line = header[i];
            Matcher s = SOURCE.matcher(line);
            if (source == null && s.matches()) {
                source = s.group(1);
            }
            Matcher p = PUBLISHED.matcher(line);
            if (published == null && p.find()) {
                published = toInstant(p);
            }
        }
        String[] lines = clean.split("\n");
        String title = lines.length > 1 && readsAsHeadline(lines[0]) ? lines[0] : null;
        if (source == null) {
            source = datelineAgency(lines, title == null ? 0 : 1);
        }
        return new Metadata(title, source, published);
    }

    /** A client's explicit field wins over what the text says. */
    public static Metadata merge(Metadata explicit, Metadata fromText) {
        return new Metadata(
                explicit.title() != null ? explicit.title() : fromText.title(),
                explicit.source() != null ? explicit.source() : fromText.source(),
                explicit.publishedAt() != null ? explicit.publishedAt() : fromText.publishedAt());
    }

    /** Short, capitalised, and not ending like a sentence or a label. */
    static boolean readsAsHeadline(String line) {
        int words = line.split(" ").length;
        return line.length() >= 10 && line.length() <= 200 && words >= 3 && words <= 30
                && HEADLINE_START.matcher(line).matches() && !NOT_HEADLINE_END.matcher(line).matches();
    }

    private String datelineAgency(String[] lines, int from) {
        for (int i = from; i < Math.min(lines.length, from + 3); i++) {
            Matcher m = DATELINE.matcher(lines[i]);
            if (m.find()) {
                return agencies.get(m.group(1).strip());
            }
            if (!lines[i].isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private Instant toInstant(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6)));
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    static Map<String, String> loadAgencies() {
        try (InputStream in = MetadataExtractor.class.getClassLoader().getResourceAsStream(AGENCIES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + AGENCIES);
            }
            Map<String, String> agencies = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("=", 2);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalArgumentException(AGENCIES + " line " + number + ": expected '<name> = <outlet>'");
                }
                agencies.put(parts[0].strip(), parts[1].strip());
            }
            return agencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
