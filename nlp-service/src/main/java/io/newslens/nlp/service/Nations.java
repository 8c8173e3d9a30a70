package io.newslens.nlp.service;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of countries, the nations of the United Kingdom and continents: places whose national side news writes as
 * the place itself ("England coach", "against France"), so no club. The countries come from the JDK's ISO 3166 list
 * in English; the UK's nations and the continents, which that list lacks, are added.
 */
final class Nations {

    private static final Set<String> NAMES = load();

    private Nations() {
    }

    static boolean contains(String name) {
        return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(Set.of("england", "scotland", "wales", "northern ireland", "britain",
                "great britain", "uk", "us", "usa", "america", "holland", "europe", "asia", "africa", "australasia",
                "oceania", "south america", "north america", "the americas", "british isles", "ireland"));
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
