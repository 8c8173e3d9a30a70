package io.newslens.query.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch's entity pairs, as the pair rollup takes them: one row per key, a < b, in PostgreSQL's "C" order. */
class EntityPairsTest {

    private record Fact(String article, String entity) {
    }

    @Test
    void eachArticleCountsEachPairOfItsDistinctEntitiesOnce() {
        EntityPairs pairs = EntityPairs.of(List.of(
                        new Fact("1", "p:cy"), new Fact("1", "p:ann"), new Fact("1", "p:bob"), new Fact("1", "p:ann"),
                        new Fact("2", "p:bob"), new Fact("2", "p:ann"),
                        new Fact("3", "p:dee")),
                Fact::article, Fact::entity);

        assertThat(rows(pairs)).containsExactly("p:ann|p:bob=2", "p:ann|p:cy=1", "p:bob|p:cy=1");
    }

    @Test
    void theOrderIsUtf8ByteOrderNotUtf16() {
        // U+FB01 (a BMP ligature) sorts before U+1D11E (a surrogate pair) in UTF-8 and code points, after it in UTF-16.
        String bmp = "p:\uFB01";
        String astral = "p:\uD834\uDD1E";
        assertThat(bmp.compareTo(astral)).isPositive();
        assertThat(EntityPairs.CODE_POINTS.compare(bmp, astral)).isNegative();
        assertThat(EntityPairs.CODE_POINTS.compare("p:a", "p:ab")).isNegative();

        EntityPairs pairs = EntityPairs.of(List.of(new Fact("1", astral), new Fact("1", bmp), new Fact("1", "p:z")),
                Fact::article, Fact::entity);

        assertThat(rows(pairs)).containsExactly("p:z|" + bmp + "=1", "p:z|" + astral + "=1", bmp + "|" + astral + "=1");
        assertThat(Arrays.compare(pairs.a()[2].getBytes(java.nio.charset.StandardCharsets.UTF_8),
                pairs.b()[2].getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void noFactsNoPairs() {
        assertThat(EntityPairs.of(List.<Fact>of(), Fact::article, Fact::entity).isEmpty()).isTrue();
    }

    private static List<String> rows(EntityPairs pairs) {
        List<String> rows = new ArrayList<>();
        IntStream.range(0, pairs.a().length).forEach(i -> rows.add(pairs.a()[i] + "|" + pairs.b()[i] + "=" + pairs.articles()[i]));
        return rows;
    }
}
