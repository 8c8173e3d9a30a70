package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.ingest.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /**
     * The normalisation as regular expressions, as it was written first: the specification the one-pass
     * {@link TextNormalizer#normalize} must match character for character, since stored offsets depend on it.
     */
    private static String byRegularExpressions(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Pattern.compile("\\u00AD").matcher(s).replaceAll("");
        s = Pattern.compile("[\\h\\u200B\\uFEFF&&[^ ]][\\h\\u200B\\uFEFF]*| [\\h\\u200B\\uFEFF]+").matcher(s)
                .replaceAll(" ");
        s = Pattern.compile("(?m)^ +| +$").matcher(s).replaceAll("");
        return Pattern.compile("\n{3,}").matcher(s).replaceAll("\n\n").strip();
    }

    @Test
    void normalisesSpacesLineEndsAndBlankLines() {
        assertThat(TextNormalizer.normalize("  Huawei\u00A0 said\t\tit  would  appeal. \r\n\r\n\r\n\r\n Next\u2007line \n"))
                .isEqualTo("Huawei said it would appeal.\n\nNext line");
        assertThat(TextNormalizer.normalize("co\u00ADoperation \u200Bsoft\u00AD \u00AD hyphen")).isEqualTo("cooperation soft hyphen");
        assertThat(TextNormalizer.normalize("Cafe\u0301 “quoted” ‘kept’")).isEqualTo("Café “quoted” ‘kept’");
        assertThat(TextNormalizer.normalize("a \u2028 b \u0085 c\rd")).isEqualTo("a\u2028b\u0085c\nd");
    }

    @Test
    void matchesTheRegularExpressionsOnRandomTexts() {
        // Every character the rules treat specially, some ordinary ones, and a combining accent for NFC.
        char[] alphabet = " \t\u00A0\u1680\u180E\u2000\u2007\u200A\u200B\u202F\u205F\u3000\uFEFF\u00AD\r\n\u0085\u2028\u2029\u000B\fae.\u0301“"
                .toCharArray();
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 16);
            for (int c = 0; c < length; c++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(TextNormalizer.normalize(t)).as(escaped(t)).isEqualTo(byRegularExpressions(t));
        }
    }

    @Test
    void matchesTheRegularExpressionsOnTheSeedsAndTheBbcCorpus() throws IOException {
        for (String seed : Seeds.NAMES) {
            String text = Seeds.read(seed);
            assertThat(TextNormalizer.normalize(text)).as(seed).isEqualTo(byRegularExpressions(text));
        }
        String shared = System.getProperty("newslens.shared.dir");
        Path bbc = shared == null ? null : Path.of(shared, "corpus", "bbc");
        assumeTrue(bbc != null && Files.isDirectory(bbc),
                "Skipped: the BBC corpus not found; set -Dnewslens.shared.dir to the shared directory (../shared)");
        try (Stream<Path> files = Files.walk(bbc)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertThat(texts).hasSizeGreaterThan(2_000);
            for (Path file : texts) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(TextNormalizer.normalize(text)).as(file.toString()).isEqualTo(byRegularExpressions(text));
            }
        }
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
