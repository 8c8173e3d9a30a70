package io.newslens.e2e;

import io.newslens.contracts.api.ArticleSubmission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short made-up articles (three sentences, one of them a quote) for fault tests that push hundreds of articles
 * through the NLP pipeline: short keeps a 500-article run near a minute on a small machine. Each carries a token no
 * other article has, so search finds exactly it, and the names, places and figures are drawn at random so that no
 * two texts are near-duplicates of each other.
 */
final class SyntheticArticles {

    private static final List<String> PEOPLE = List.of("Maria Lopez", "Daniel Okafor", "Ingrid Larsen",
            "Tomas Novak", "Aisha Rahman", "Kenji Watanabe", "Elena Petrova", "Samuel Mensah", "Lucia Ferrari",
            "Oliver Grant", "Fatima Haddad", "Pieter de Vries");
    private static final List<String> ORGANIZATIONS = List.of("Northwind Bank", "Harbor Logistics",
            "Greenfield Energy", "Atlas Motors", "Bluewater Foods", "Summit Telecom", "Crescent Airlines",
            "Ironbridge Steel", "Meridian Health", "Oakridge Pharma");
    private static final List<String> PLACES = List.of("Lisbon", "Rotterdam", "Nairobi", "Osaka", "Toronto",
            "Krakow", "Valparaiso", "Manila", "Tbilisi", "Glasgow", "Porto", "Hanoi");
    private static final List<String> ACTIONS = List.of("opened a new plant in", "cut jobs in", "signed a contract in",
            "raised prices in", "won a court case in", "moved its headquarters to", "announced an investment in",
            "closed two offices in");
    private static final List<String> QUOTES = List.of("We expect a difficult winter", "This is good news for workers",
            "The numbers speak for themselves", "We will not change course", "Our customers deserve better",
            "The decision was overdue");

    private SyntheticArticles() {
    }

    /** {@code count} articles; the same {@code seed} gives the same texts, each with its own {@link #token}. */
    static List<ArticleSubmission> generate(String batch, int count, long seed) {
        Random random = new Random(seed);
        List<ArticleSubmission> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String person = pick(PEOPLE, random);
            String organization = pick(ORGANIZATIONS, random);
            String place = pick(PLACES, random);
            String text = String.format("%s %s %s on %s, reference %s. The company said %d people were affected "
                            + "and that %d million euros were at stake. \"%s,\" said %s, a spokesperson for %s.",
                    organization, pick(ACTIONS, random), place, pick(List.of("Monday", "Tuesday", "Friday"), random),
                    token(batch, i), 10 + random.nextInt(990), 1 + random.nextInt(500), pick(QUOTES, random), person,
                    organization);
            articles.add(new ArticleSubmission(text, organization + " in " + place + " " + token(batch, i),
                    "Fault Wire", null, null));
        }
        return articles;
    }

    /** The word only article {@code index} of {@code batch} contains: letters only, so search keeps it whole. */
    static String token(String batch, int index) {
        StringBuilder word = new StringBuilder("zq").append(batch);
        for (int n = index, i = 0; i < 4; i++, n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
