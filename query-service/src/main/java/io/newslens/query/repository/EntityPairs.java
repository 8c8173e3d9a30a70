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
        // a pair as one long, a in the high half: non-negative numbers make the longs' order the pairs' (a, b) order
        Map<Long, int[]> sums = new HashMap<>();
        for (List<Integer> entities : byArticle.values()) {
            int[] sorted = entities.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            for (int i = 0; i < sorted.length; i++) {
                for (int j = i + 1; j < sorted.length; j++) {
                    sums.computeIfAbsent(((long) sorted[i] << 32) | sorted[j], k -> new int[1])[0]++;
                }
            }
        }
        long[] keys = sums.keySet().stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(keys);
        Integer[] as = new Integer[keys.length];
        Integer[] bs = new Integer[keys.length];
        Integer[] counts = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) {
            as[k] = (int) (keys[k] >>> 32);
            bs[k] = (int) keys[k];
            counts[k] = sums.get(keys[k])[0];
        }
        return new EntityPairs(as, bs, counts);
    }
}
