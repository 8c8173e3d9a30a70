package io.newslens.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksDocTest {

    @Test
    void rowsGoAtTheEndOfTheExistingTableBeforeTheTextThatFollows() {
        String doc = String.join("\n", "# Benchmarks", "", BenchmarksDoc.HEADING, "", "Intro.", "",
                BenchmarksDoc.TABLE_HEADER, BenchmarksDoc.TABLE_SEPARATOR, "| old |", "", "Discussion.", "",
                "## Next section", "");
        String updated = BenchmarksDoc.withRows(doc, List.of("| new 1 |", "| new 2 |"));
        assertThat(updated).contains("| old |\n| new 1 |\n| new 2 |\n\nDiscussion.\n\n## Next section");
    }

    @Test
    void aDocumentWithoutTheSectionGetsItAtTheEnd() {
        String updated = BenchmarksDoc.withRows("# Benchmarks\n\nOther figures.\n", List.of("| row |"));
        assertThat(updated).isEqualTo("# Benchmarks\n\nOther figures.\n\n" + BenchmarksDoc.HEADING + "\n\n"
                + BenchmarksDoc.TABLE_HEADER + "\n" + BenchmarksDoc.TABLE_SEPARATOR + "\n| row |\n");
    }

    @Test
    void aSectionWithoutTableGetsOneRightUnderItsHeading() {
        String doc = BenchmarksDoc.HEADING + "\n\nText.\n";
        assertThat(BenchmarksDoc.withRows(doc, List.of("| row |"))).startsWith(BenchmarksDoc.HEADING + "\n\n"
                + BenchmarksDoc.TABLE_HEADER + "\n" + BenchmarksDoc.TABLE_SEPARATOR + "\n| row |\n\nText.");
    }

    @Test
    void aLimitPicksArticlesEvenlyOverTheCorpus() {
        List<Integer> corpus = java.util.stream.IntStream.range(0, 10).boxed().toList();
        assertThat(Benchmark.evenlySpaced(corpus, 5)).containsExactly(0, 2, 4, 6, 8);
        assertThat(Benchmark.evenlySpaced(corpus, 0)).isEqualTo(corpus);
        assertThat(Benchmark.evenlySpaced(corpus, 20)).isEqualTo(corpus);
    }
}
