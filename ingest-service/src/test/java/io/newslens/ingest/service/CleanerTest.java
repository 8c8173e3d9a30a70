package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newslens.ingest.Seeds;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner(BoilerplateRules.load());

    /**
     * Per seed: snippets of story sentences that must survive cleaning (one from every paragraph, first and last
     * included), and snippets of chrome that must go. Snippets only; the articles stay in ../shared.
     */
    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_c5a94af7eacc4306.txt",
                        List.of("Secretary of State Mike Pompeo said Thursday, Jan. 30",
                                "rather the Chinese’s ruling party.",
                                "it creates risk,” Pompeo said.",
                                "the central threat of our times,” he continued.",
                                "Pompeo has repeatedly warned U.S. companies",
                                "Chinese companies and researchers must—I repeat, must—under penalty of law",
                                "The goal is to ensure that the People’s Liberation Army has military dominance.",
                                "placed Huawei and 70 of its affiliates on its trade blacklist",
                                "develop “what we think about this trusted network.”"),
                        List.of("Sign up to receive our latest news!", "By submitting this form")),
                Arguments.of("001_459c1da9db5dd484.txt",
                        List.of("US politicizing technological cooperation on excuse of national security: Chinese "
                                        + "foreign ministry",
                                "China’s foreign ministry said US was politicizing regular technological cooperation",
                                "Reuters previously reported President Donald Trump is considering",
                                "could be used to spy on Americans,” according to Reuters.",
                                "Reuters reported citing sources from the US telecoms industry and the administration.",
                                "Hua Chenying, the spokeswoman of China’s Ministry of Foreign Affairs",
                                "normal technological communications and cooperation,” she stated.",
                                "Meng Wanzhou, the chief financial officer of Huawei, was put under arrest",
                                "noting they have faith customers will finally turn to them."),
                        List.of("Path:", "Sino-US >>", "Photo: Foreign Affairs Ministry", "Related Stories",
                                "Share this page", "Touched Sympathetic Bored Angry Amused Sad Happy No comment",
                                "Beijing turns to facial recognition", "Luckin Coffee", "< Prev Next >")),
                Arguments.of("002_076bccee9a179dba.txt",
                        List.of("Chinese foreign ministry vows ‘necessary measures’ in response to US’ crackdown on Huawei",
                                "China will continue to take \"necessary measures\"",
                                "adding that \"this is hegemony.\"",
                                "It also added another 38 Huawei affiliates from 21 countries to its Entity List.",
                                "'rip away the fig leaf'",
                                "the US is hypocritical and a bully",
                                "Neither have any cases similar to the US' spying program Prism",
                                "including its allies.\""),
                        List.of("Source: Global Times", "Published: 2020/8/18", "Photo: Zhang Hongpei/GT",
                                "A view of Huawei's exhibition stand", "Posted in: COMPANIES",
                                "blog comments powered by Disqus")),
                Arguments.of("003_c57c071476f4b5ea.txt",
                        List.of("Trump vows action on Chinese companies ‘in coming days’",
                                "US President Donald Trump will take action against Chinese companies",
                                "“President Trump has said ‘enough’ and we’re going to fix it,”",
                                "Tiktok denies the claims.",
                                "between $15bn and $30bn.",
                                "shelved after fierce criticism from the President.",
                                "non-discriminatory environment for Chinese investment”."),
                        List.of("Before the Open", "Get the jump on the markets", "early morning newsletter")),
                Arguments.of("004_435511b6664966e9.txt",
                        List.of("China: US has not proved Huawei is security risk",
                                "the Associated Press reports.",
                                "said Foreign Ministry spokeswoman Hua Chunying.",
                                "which is quite hypocritical, immoral, and unfair,” she continued.",
                                "has been accused by the U.S. of stealing trade secrets.",
                                "Meng was arrested there in December",
                                "Treasury Secretary Steven Mnuchin also said they were “separate issues.”",
                                "the charges against Huawei could impact broader trade negotiations."),
                        List.of("MnuchinSteven", "Steven Terner Mnuchin", "Five key players in Trump's trade battles",
                                "MORE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedLosesItsChromeAndKeepsEveryStorySentence(String seed, List<String> story, List<String> chrome) {
        String clean = cleaner.clean(Seeds.read(seed));

        assertThat(clean).contains(story);
        for (String gone : chrome) {
            assertThat(clean).doesNotContain(gone);
        }
        assertThat(clean).doesNotContain("\u00A0", "  ", "\n\n\n", "\r").doesNotStartWith("\n").doesNotEndWith("\n");
    }

    @Test
    void aLongRunOfCapitalisedWordsIsKeptInsteadOfOverflowingTheRegexStack() {
        // 140,000 characters, within the text limit: "QQQ QQQQQQ QQQQQQ ..." looks like the start of a hover card
        // to the rule's unbounded middle-name loop, which recursed once per word into StackOverflowError.
        String run = "QQQ QQQ".repeat(20_000);

        assertThat(cleaner.clean(run)).isEqualTo(run);
    }

    @Test
    void everyStoryParagraphOfASeedSurvives() {
        // The converse check, over whole paragraphs: every raw paragraph that ends like a sentence and is not a
        // known chrome line is in the clean text verbatim (after whitespace normalisation).
        for (var seed : seeds().map(a -> (String) a.get()[0]).toList()) {
            String raw = TextNormalizer.normalize(Seeds.read(seed));
            String clean = cleaner.clean(raw);
            for (String line : raw.split("\n")) {
                boolean sentence = line.matches(".*[.!?][\"”’]*") && line.split(" ").length > 8;
                boolean chrome = line.startsWith("By submitting") || line.contains("MnuchinSteven");
                if (sentence && !chrome) {
                    assertThat(clean).as("%s keeps: %s", seed, line).contains(line);
                }
            }
        }
    }

    @Test
    void normalisesWhitespaceAndUnicodeButKeepsCurlyQuotes() {
        String raw = "  Cafe\u0301 owner said\u00A0\u00A0“it’s fine”\t today.\r\n\r\n\r\n\r\nSecond  paragraph.\u00A0 ";

        assertThat(cleaner.clean(raw)).isEqualTo("Café owner said “it’s fine” today.\n\nSecond paragraph.");
    }

    @Test
    void everyRunOfHorizontalSpaceBecomesOneSpace() {
        String raw = "a\u00A0 b  c \u00A0d\t\u2007e\u200Bf\u202F\u202Fg h";

        assertThat(cleaner.clean(raw)).isEqualTo("a b c d e f g h");
    }

    @Test
    void chromeBlockEndsAtTheFirstSentence() {
        String raw = "Story starts here.\n\nRelated Stories\nA headline\nAnother headline\n\nThe story goes on.";

        assertThat(cleaner.clean(raw)).isEqualTo("Story starts here.\n\nThe story goes on.");
    }

    @Test
    void textOfOnlyChromeCleansToNothing() {
        assertThat(cleaner.clean("Share this page\nblog comments powered by Disqus\n")).isEmpty();
    }

    @Test
    void rulesFileHasEveryKindAndCompiles() {
        BoilerplateRules rules = BoilerplateRules.load();

        assertThat(rules.lines()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rules.blocks()).isNotEmpty();
        assertThat(rules.inlines()).isNotEmpty().allSatisfy(r -> assertThat(r.replacement()).isNotBlank());
    }

    @Test
    void rulesFormatIsKindThenRegex() throws Exception {
        BoilerplateRules rules = BoilerplateRules.parse(new StringReader("""
                # comment

                line    Share this page
                block   (?i)related stories
                inline  (\\w+)\\1 => $1
                """));

        assertThat(rules.lines()).singleElement().satisfies(p -> assertThat(p.pattern()).isEqualTo("Share this page"));
        assertThat(rules.blocks()).hasSize(1);
        assertThat(rules.inlines()).singleElement().satisfies(r -> assertThat(r.replacement()).isEqualTo("$1"));
        assertThatThrownBy(() -> BoilerplateRules.parse(new StringReader("# ok\nparagraph foo\n")))
                .hasMessageContaining("line 2").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> BoilerplateRules.parse(new StringReader("line (unclosed\n")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> BoilerplateRules.parse(new StringReader("inline foo\n")))
                .hasMessageContaining("=>");
    }
}
