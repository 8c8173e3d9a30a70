package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.LanguageSamples;
import io.newslens.ingest.LanguageSamples.Sample;
import io.newslens.ingest.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
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
    void seedsAreEnglish() {
        Cleaner cleaner = new Cleaner(BoilerplateRules.load());
        for (String seed : List.of("000_c5a94af7eacc4306.txt", "001_459c1da9db5dd484.txt", "002_076bccee9a179dba.txt",
                "003_c57c071476f4b5ea.txt", "004_435511b6664966e9.txt")) {
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
                Integer.parseInt(properties.getProperty("newslens.ingest.language.max-chars")));
    }
}
