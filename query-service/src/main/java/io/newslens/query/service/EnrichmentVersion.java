package io.newslens.query.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of two enrichments of an article is newer: the later pipeline revision (the {@code N} of
 * {@code nlpVersion = "corenlp-x.y.z+newslens-N"}, bumped whenever the engine or our rules change), then the
 * later {@code enrichedAt}. So during a rolling update an old replica finishing late never overwrites what the
 * new one wrote, and a republish with the same pipeline replaces by time. Both stores apply this order: the
 * read model compares it, the search index gets it as the document's external version.
 */
public record EnrichmentVersion(int revision, Instant enrichedAt) implements Comparable<EnrichmentVersion> {

    private static final Pattern REVISION = Pattern.compile("\\+newslens-(\\d{1,9})$");
    /** External versions count microseconds from here: 2^52 of them last until 2162. */
    private static final Instant ORIGIN = Instant.parse("2020-01-01T00:00:00Z");
    private static final int TIME_BITS = 52;
    /** The revisions that fit above the time in a positive long. */
    static final int MAX_REVISION = (1 << (63 - TIME_BITS)) - 1;
    private static final Comparator<EnrichmentVersion> ORDER = Comparator.comparingInt(EnrichmentVersion::revision)
            .thenComparing(EnrichmentVersion::enrichedAt);

    /** At microseconds, the precision PostgreSQL keeps; an unparsable version counts as revision 0. */
    public static EnrichmentVersion of(String nlpVersion, Instant enrichedAt) {
        Matcher m = nlpVersion == null ? null : REVISION.matcher(nlpVersion);
        int revision = m != null && m.find() ? Math.min(Integer.parseInt(m.group(1)), MAX_REVISION) : 0;
        return new EnrichmentVersion(revision, enrichedAt.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public int compareTo(EnrichmentVersion other) {
        return ORDER.compare(this, other);
    }

    /** The same order as one positive long, for OpenSearch's {@code version_type=external}. */
    public long external() {
        long micros = Math.max(0, ChronoUnit.MICROS.between(ORIGIN, enrichedAt));
        return ((long) revision << TIME_BITS) | Math.min(micros, (1L << TIME_BITS) - 1);
    }
}
