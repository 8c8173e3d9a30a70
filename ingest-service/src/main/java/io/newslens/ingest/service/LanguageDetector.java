package io.newslens.ingest.service;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.jboss.logging.Logger;

/**
 * Detects the language of a clean text with Lingua, among a configured set of candidates, and answers its
 * ISO 639-1 code. The models are loaded once, at construction. Detection is CPU work (about 0.9 ms per 1,000
 * characters in low-accuracy mode, so it reads only the start of a text): call it from the {@code ingest-prep}
 * pool, never from the event loop. (Lingua itself runs part of each detection on the JVM's common fork-join pool.)
 *
 * <p>It reads in two steps: a short first sample ({@code first-chars}) decides when Lingua's most likely language
 * leads the next by at least {@code first-margin} of confidence (which sums to 1 over the candidates); otherwise the
 * longer sample ({@code max-chars}) decides. Most news texts are decided by the first sample, and the texts it gets
 * wrong all have a small lead (docs/benchmarks.md, language detection), so the answers are those of the long sample
 * at about half the cost.
 */
@ApplicationScoped
public class LanguageDetector {

    private static final Logger LOG = Logger.getLogger(LanguageDetector.class);

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final int maxChars;
    private final int firstChars;
    private final double firstMargin;

    @Inject
    public LanguageDetector(IngestConfig config) {
        this(config.language().candidates(), config.language().lowAccuracy(), config.language().firstChars(),
                config.language().firstMargin(), config.language().maxChars());
    }

    /** One step: always reads {@code maxChars}. */
    public LanguageDetector(List<String> candidates, boolean lowAccuracy, int maxChars) {
        this(candidates, lowAccuracy, maxChars, 0, maxChars);
    }

    /**
     * @param firstChars  characters of the first sample; when 0 or not below {@code maxChars}, one step
     * @param firstMargin the lead in confidence (0 to 1) the first sample's answer needs to stand
     */
    public LanguageDetector(List<String> candidates, boolean lowAccuracy, int firstChars, double firstMargin,
            int maxChars) {
        long start = System.nanoTime();
        IsoCode639_1[] codes = candidates.stream()
                .map(c -> IsoCode639_1.valueOf(c.strip().toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
        this.maxChars = maxChars;
        this.firstChars = Math.min(firstChars, maxChars);
        this.firstMargin = firstMargin;
        LOG.infof("Language detector ready for %s (low accuracy: %s) in %d ms", candidates, lowAccuracy,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The ISO 639-1 code of the text's language, or null when the detector cannot tell. Blocking (CPU). */
    public String detect(String text) {
        if (firstChars > 0 && firstChars < maxChars && text.length() > firstChars) {
            Language sure = leadingBy(detector.computeLanguageConfidenceValues(sample(text, firstChars)), firstMargin);
            if (sure != null) {
                return code(sure);
            }
        }
        return code(detector.detectLanguageOf(sample(text, maxChars)));
    }

    /** The most likely language when it leads the next by at least {@code margin} (and by more than nothing). */
    static Language leadingBy(SortedMap<Language, Double> confidence, double margin) {
        Iterator<Map.Entry<Language, Double>> ranked = confidence.entrySet().iterator();
        if (!ranked.hasNext()) {
            return null;
        }
        Map.Entry<Language, Double> first = ranked.next();
        double second = ranked.hasNext() ? ranked.next().getValue() : 0;
        double lead = first.getValue() - second;
        return lead > 0 && lead >= margin ? first.getKey() : null;
    }

    private static String code(Language language) {
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The first {@code maxChars} characters of {@code text}, cut after the last whole word when there is a space in
     * the second half (a cut word is a made-up n-gram), and never inside a surrogate pair.
     */
    static String sample(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        for (int i = maxChars; i > maxChars / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                end = i;
                break;
            }
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
