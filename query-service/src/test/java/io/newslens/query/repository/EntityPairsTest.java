package io.newslens.query.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch's entity pairs, as the pair rollup takes them: one row per key, a < b, in key order. */
class EntityPairsTest {

    private record Fact(String article, int entity) {
    }

    @Test
    void eachArticleCountsEachPairOfItsDistinctEntitiesOnce() {
        EntityPairs pairs = EntityPairs.of(List.of(
                        new Fact("1", 30), new Fact("1", 7), new Fact("1", 12), new Fact("1", 7),
                        new Fact("2", 12), new Fact("2", 7),
                        new Fact("3", 40)),
                Fact::article, Fact::entity);

        assertThat(rows(pairs)).containsExactly("7|12=2", "7|30=1", "12|30=1");
    }

    @Test
    void keysAreInNumericOrderOfAThenB() {
        // 2^31 - 1 and a number with high bits set in the low half: the packed key must not mix a and b up
        int big = Integer.MAX_VALUE;
        EntityPairs pairs = EntityPairs.of(List.of(new Fact("1", big), new Fact("1", 65_536), new Fact("1", 1),
                new Fact("2", 2), new Fact("2", 1), new Fact("2", 65_536)), Fact::article, Fact::entity);

        assertThat(rows(pairs)).containsExactly("1|2=1", "1|65536=2", "1|" + big + "=1", "2|65536=1",
                "65536|" + big + "=1");
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
