package io.newslens.query.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The entity pairs of a batch's facts, summed and sorted for the pair rollup (EntityRollups): per article every
 * unordered pair of its distinct entities, a before b, counted once per article and summed over the batch. The
 * order is PostgreSQL's {@code COLLATE "C"} order of the ids (V9), i.e. their UTF-8 bytes, which is code point order;
 * {@link String#compareTo} compares UTF-16 units and differs from it beyond U+FFFF, hence {@link #CODE_POINTS}.
 *
 * @param a        the first entity id of each pair
 * @param b        the second (greater) entity id
 * @param articles the batch's articles naming both
 */
record EntityPairs(String[] a, String[] b, Integer[] articles) {

    /**
     * Code point order: the byte order of UTF-8, so PostgreSQL's "C" collation order. UTF-16 order (String's own)
     * only differs where the first differing units are a surrogate (part of a code point beyond U+FFFF) and a unit
     * that is not one: the surrogate's code point is the greater.
     */
    static final Comparator<String> CODE_POINTS = (x, y) -> {
        int n = Math.min(x.length(), y.length());
        for (int k = 0; k < n; k++) {
            char cx = x.charAt(k);
            char cy = y.charAt(k);
            if (cx != cy) {
                boolean sx = Character.isSurrogate(cx);
                if (sx != Character.isSurrogate(cy)) {
                    return sx ? 1 : -1;
                }
                return Character.compare(cx, cy);
            }
        }
        return Integer.compare(x.length(), y.length());
    };

    boolean isEmpty() {
        return a.length == 0;
    }

    /** The pairs of {@code facts} (rows of article and entity), whatever their order. */
    static <T> EntityPairs of(Collection<T> facts, Function<T, String> article, Function<T, String> entity) {
        Map<String, List<String>> byArticle = new HashMap<>();
        for (T fact : facts) {
            byArticle.computeIfAbsent(article.apply(fact), k -> new ArrayList<>()).add(entity.apply(fact));
        }
        TreeMap<String, TreeMap<String, int[]>> sums = new TreeMap<>(CODE_POINTS);
        for (List<String> entities : byArticle.values()) {
            List<String> sorted = entities.stream().distinct().sorted(CODE_POINTS).toList();
            for (int i = 0; i < sorted.size(); i++) {
                TreeMap<String, int[]> withA = sums.computeIfAbsent(sorted.get(i), k -> new TreeMap<>(CODE_POINTS));
                for (int j = i + 1; j < sorted.size(); j++) {
                    withA.computeIfAbsent(sorted.get(j), k -> new int[1])[0]++;
                }
            }
        }
        List<String> as = new ArrayList<>();
        List<String> bs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        sums.forEach((a, withA) -> withA.forEach((b, count) -> {
            as.add(a);
            bs.add(b);
            counts.add(count[0]);
        }));
        return new EntityPairs(as.toArray(String[]::new), bs.toArray(String[]::new), counts.toArray(Integer[]::new));
    }
}
