package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import io.newslens.ingest.LanguageSamples;
import io.newslens.ingest.LanguageSamples.Sample;
import io.newslens.ingest.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    /** The shipped settings, from application.properties, so these tests check the defaults we run with. */
    private static final LanguageDetector DEFAULT = shippedDetector();

    @Test
    void detectsTheLanguageOfCleanText() {
        assertThat(DEFAULT.detect("Die Bundesregierung hat am Montag neue Regeln für den Export von Halbleitern beschlossen."))
                .isEqualTo("de");
        assertThat(DEFAULT.detect("Le gouvernement a annoncé lundi de nouvelles règles pour l'exportation de puces."))
                .isEqualTo("fr");
        assertThat(DEFAULT.detect("El gobierno anunció el lunes nuevas normas para la exportación de chips."))
                .isEqualTo("es");
        assertThat(DEFAULT.detect("华为周一表示，将对这一裁决提出上诉。")).isEqualTo("zh");
        assertThat(DEFAULT.detect("12345 67890")).isNull();
    }

    @Test
    void detectsShortNewsSentencesInEveryCandidateLanguage() {
        List<Sample> samples = LanguageSamples.load();
        assertThat(samples.stream().map(Sample::language).distinct()).hasSize(11);
        for (Sample sample : samples) {
            assertThat(DEFAULT.detect(sample.text())).as(sample.text()).isEqualTo(sample.language());
        }
    }

    @Test
    void aLongTextIsJudgedByItsStartCutAtAWord() {
        String german = "Die Stadtverwaltung hat am Dienstag angekündigt, dass die neue Straßenbahnlinie erst im Herbst "
                + "eröffnet wird. ";
        String english = "The city council said on Tuesday that the new tram line would not open until the autumn. ";
        LanguageDetector detector = new LanguageDetector(List.of("en", "de"), true, 300);

        assertThat(detector.detect(german.repeat(3) + english.repeat(20))).isEqualTo("de");
        assertThat(LanguageDetector.sample(german.repeat(3), 300)).endsWith("Straßenbahnlinie").hasSizeLessThan(300);
        assertThat(LanguageDetector.sample("中".repeat(400), 300)).hasSize(300);
    }

    @Test
    void aShortFirstLookDecidesOnlyWhenItsLanguageLeadsClearly() {
        String english = "The city council said on Tuesday that the new tram line would not open until the autumn. ";
        String german = "Die Stadtverwaltung hat am Dienstag angekündigt, dass die neue Straßenbahnlinie erst im Herbst "
                + "eröffnet wird. ";
        String figures = "2020/8/18 17:40:40 | 12,345 | 67,890 | 3.5% | 4.2% | 1,024 | 2,048 | 4,096 | 8,192 | 16,384 ";
        LanguageDetector twoSteps = new LanguageDetector(List.of("en", "de"), true, 100, 0.1, 300);
        LanguageDetector firstLookOnly = new LanguageDetector(List.of("en", "de"), true, 100);

        // 100 clear English characters decide, though the 300 characters would be mostly German.
        assertThat(twoSteps.detect(english + german.repeat(3))).isEqualTo("en");
        assertThat(new LanguageDetector(List.of("en", "de"), true, 300).detect(english + german.repeat(3)))
                .isEqualTo("de");
        assertThat(new LanguageDetector(List.of("en", "de"), true, 0, 0.1, 300).detect(english + german.repeat(3)))
                .as("no first look").isEqualTo("de");
        // A start without words tells nothing, so the longer sample decides.
        assertThat(firstLookOnly.detect(figures.repeat(2) + german.repeat(3))).isNull();
        assertThat(twoSteps.detect(figures.repeat(2) + german.repeat(3))).isEqualTo("de");
    }

    @Test
    void theFirstLookNeedsItsLanguageToLeadByTheMargin() {
        SortedMap<Language, Double> clear = confidences(Language.ENGLISH, 0.7, Language.GERMAN, 0.3);
        SortedMap<Language, Double> close = confidences(Language.ENGLISH, 0.52, Language.GERMAN, 0.48);

        assertThat(LanguageDetector.leadingBy(clear, 0.1)).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.leadingBy(close, 0.1)).isNull();
        assertThat(LanguageDetector.leadingBy(close, 0)).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.leadingBy(confidences(Language.ENGLISH, 0.5, Language.GERMAN, 0.5), 0)).isNull();
        assertThat(LanguageDetector.leadingBy(new TreeMap<>(), 0)).isNull();
    }

    /** Ranked as Lingua ranks them: by confidence, highest first. */
    private static SortedMap<Language, Double> confidences(Language a, double ca, Language b, double cb) {
        Map<Language, Double> values = Map.of(a, ca, b, cb);
        SortedMap<Language, Double> ranked = new TreeMap<>(
                Comparator.comparing((Language l) -> -values.get(l)).thenComparing(l -> l));
        ranked.putAll(values);
        return ranked;
    }

    @Test
    void seedsAreEnglish() {
        Cleaner cleaner = new Cleaner(BoilerplateRules.load());
        for (String seed : Seeds.NAMES) {
            assertThat(DEFAULT.detect(cleaner.clean(Seeds.read(seed)))).as(seed).isEqualTo("en");
        }
    }

    private static LanguageDetector shippedDetector() {
        Properties properties = new Properties();
        try (InputStream in = LanguageDetectorTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageDetector(
                Arrays.asList(properties.getProperty("newslens.ingest.language.candidates").split(",")),
                Boolean.parseBoolean(properties.getProperty("newslens.ingest.language.low-accuracy")),
                Integer.parseInt(properties.getProperty("newslens.ingest.language.first-chars")),
                Double.parseDouble(properties.getProperty("newslens.ingest.language.first-margin")),
                Integer.parseInt(properties.getProperty("newslens.ingest.language.max-chars")));
    }
}
