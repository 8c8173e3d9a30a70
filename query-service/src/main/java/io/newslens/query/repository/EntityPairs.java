package io.newslens.query.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The entity pairs of a batch's facts, summed and sorted for the pair rollup (EntityRollups): per article every
 * unordered pair of its distinct entities, by their numbers (V10's {@code entity.num}), a before b, counted once per
 * article and summed over the batch, in key order (a, then b) so that concurrent writers lock shared keys in the
 * same order.
 *
 * @param a        the first entity number of each pair
 * @param b        the second (greater) entity number
 * @param articles the batch's articles naming both
 */
record EntityPairs(Integer[] a, Integer[] b, Integer[] articles) {

    boolean isEmpty() {
        return a.length == 0;
    }

    /** The pairs of {@code facts} (rows of article and entity number, at least 0), whatever their order. */
    static <T> EntityPairs of(Collection<T> facts, Function<T, String> article, ToIntFunction<T> entity) {
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (T fact : facts) {
            byArticle.computeIfAbsent(article.apply(fact), k -> new ArrayList<>()).add(entity.applyAsInt(fact));
        }
        // Each pair as one long, a in the high half: for numbers >= 0 the longs' order is the pairs' (a, b) order.
        // Sorted and counted in runs rather than summed in a map: a batch has ~87,000 pairs, and Long's hash (the
        // halves XORed) puts the pairs of small numbers into few buckets, which profiled as 15% of the consumer's CPU.
        int total = 0;
        List<int[]> sortedByArticle = new ArrayList<>(byArticle.size());
        for (List<Integer> entities : byArticle.values()) {
            int[] sorted = entities.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            sortedByArticle.add(sorted);
            total += sorted.length * (sorted.length - 1) / 2;
        }
        long[] pairs = new long[total];
        int n = 0;
        for (int[] sorted : sortedByArticle) {
            for (int i = 0; i < sorted.length; i++) {
                for (int j = i + 1; j < sorted.length; j++) {
                    pairs[n++] = ((long) sorted[i] << 32) | sorted[j];
                }
            }
        }
        Arrays.sort(pairs);
        List<Integer> as = new ArrayList<>();
        List<Integer> bs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int start = 0, end; start < pairs.length; start = end) {
            end = start + 1;
            while (end < pairs.length && pairs[end] == pairs[start]) {
                end++;
            }
            as.add((int) (pairs[start] >>> 32));
            bs.add((int) pairs[start]);
            counts.add(end - start);
        }
        return new EntityPairs(as.toArray(Integer[]::new), bs.toArray(Integer[]::new), counts.toArray(Integer[]::new));
    }
}
