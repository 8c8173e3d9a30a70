package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final List<String> CANDIDATES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ar");

    @Test
    void detectsTheLanguageOfCleanText() {
        LanguageDetector detector = new LanguageDetector(CANDIDATES, true, 1000);

        assertThat(detector.detect("Die Bundesregierung hat am Montag neue Regeln für den Export von Halbleitern beschlossen."))
                .isEqualTo("de");
        assertThat(detector.detect("Le gouvernement a annoncé lundi de nouvelles règles pour l'exportation de puces."))
                .isEqualTo("fr");
        assertThat(detector.detect("El gobierno anunció el lunes nuevas normas para la exportación de chips."))
                .isEqualTo("es");
        assertThat(detector.detect("华为周一表示，将对这一裁决提出上诉。")).isEqualTo("zh");
        assertThat(detector.detect("12345 67890")).isNull();
    }

    @Test
    void seedsAreEnglish() {
        LanguageDetector detector = new LanguageDetector(CANDIDATES, true, 1000);
        Cleaner cleaner = new Cleaner(BoilerplateRules.load());
        for (String seed : List.of("000_c5a94af7eacc4306.txt", "001_459c1da9db5dd484.txt", "002_076bccee9a179dba.txt",
                "003_c57c071476f4b5ea.txt", "004_435511b6664966e9.txt")) {
            assertThat(detector.detect(cleaner.clean(Seeds.read(seed)))).as(seed).isEqualTo("en");
        }
    }
}
