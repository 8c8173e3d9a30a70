package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs organisation names NER types as persons or places, cuts short or misses, from the words
 * around them ({@link OrganizationWords}), before mentions are grouped:
 * <ul>
 *   <li>a name that any of its mentions shows to be a company ("shares in Allied Domecq", "Pernod
 *       shares", "the Yugansk unit", "drinks firm X", a legal suffix such as "plc") is an organisation
 *       in every mention, and so are the names of which it is a short form or which are its short
 *       forms ("Pernod" shares → "Pernod Ricard"; "Allied Domecq" → "Domecq");</li>
 *   <li>a person's or town's name that opens a clause as the subject of a plural verb ("Wasps have signed") is a
 *       club's ({@link OrganizationWords#takesPluralVerb});</li>
 *   <li>in a team-sport report, a club's name of {@link SportsClubs} ("Bolton", "Celta Vigo") is the club's, not
 *       where the text places something in the town ("born in Leicester");</li>
 *   <li>a person's or town's name before a position and a player's name ("Charlton midfielder Graham Stuart",
 *       "Perpignan centre Jean-Philippe Granclaude") is a club's;</li>
 *   <li>a name NER types as a place or MISC right after a word for a competitor ("key rival
 *       Sapporo") is an organisation (a person stays a person: "rival Gordon Brown");</li>
 *   <li>a nationality right before an organisation's name or an institution noun is part of it
 *       ("Scottish" + "National Party", "Scottish Executive"), also where NER tags it only elsewhere in
 *       the article;</li>
 *   <li>a number after a broadcaster's name is part of it ("BBC Radio" + "4");</li>
 *   <li>a name of {@link KnownOrganizations} is an organisation ("Fitch" as a person, "Kremlin" as a place);</li>
 *   <li>a person's name whose first word the article names as an organisation is one ("Lockheed Martin", with
 *       "Lockheed" tagged as an organisation elsewhere), and so is a person or place after "the" that ends in an
 *       institution noun ("the Royal Ballet").</li>
 * </ul>
 */
final class OrganizationTyping {

    private static final Pattern NEXT_WORD = Pattern.compile("\\G (\\p{Lu}\\p{L}+)\\b");
    private static final Set<String> PLACE_HEADS = Set.of("Bank", "Court", "Centre", "Center", "Exchange", "College",
            "School", "University", "Hospital", "Museum", "Library", "Theatre");
    private static final Pattern AFTER_THE = Pattern.compile("(?i)\\bthe\\s$");
    /** A venue's word ending a name of two words or more. */
    private static final Pattern VENUE = Pattern.compile("\\S (?:Park|Stadium|Arena)$");
    /** Between two names of a list: a comma, "and" or "or" (group 1 when "and" or "or"). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|,?\\s+(and|or|&)\\s+");
    /** An ordinal in figures right before a name: "4th ", not a day ("on the 4th "). */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\b(?:on|of|by|from|until) the )\\d{1,3}(?:st|nd|rd|th) $");
    private static final Pattern NEXT_NUMBER = Pattern.compile("\\G (\\d{1,2})(?![\\d.,%])");

    private OrganizationTyping() {
    }

    static List<NamedMention> apply(List<NamedMention> mentions, String text) {
        return apply(mentions, text, SportsClubs.teamSport(text));
    }

    /** As {@link #apply(List, String)}, with {@link SportsClubs#teamSport} already read for the text. */
    static List<NamedMention> apply(List<NamedMention> mentions, String text, boolean teamSport) {
        List<NamedMention> joined = joinNationalities(untaggedNationalities(mentions, text), text);
        Set<String> companies = new HashSet<>();
        for (NamedMention m : joined) {
            // "shares in London" and "takeover by France's X" name places: a place needs a company word next to it.
            boolean place = "LOCATION".equals(m.type());
            boolean town = place && !Nations.contains(m.text()); // a town's name may be its club's, a country's is not
            if (!"NATIONALITY".equals(m.type()) && (OrganizationWords.precedesOrganization(text, m.start(), !place)
                    || OrganizationWords.followsOrganization(text, m.end())
                    || OrganizationWords.describedAsOrganizationAfter(text, m.end())
                    || (!"PERSON".equals(m.type()) && OrganizationWords.followsRival(text, m.start()))
                    || CorporateSuffixes.hasLegalForm(m.text())
                    || town && OrganizationWords.namesClub(text, m.start(), m.end())
                    || ("PERSON".equals(m.type()) || town) && OrganizationWords.leadsTeamMember(text, m.end())
                    || ("PERSON".equals(m.type()) || town) && OrganizationWords.takesPluralVerb(text, m.start(), m.end())
                    || teamSport && !"ORGANIZATION".equals(m.type()) && SportsClubs.writtenAsClub(text, m)
                    || KnownOrganizations.get().namedAfterThe(text, m))) {
                companies.add(EntityIds.slug(m.text()));
            }
        }
        listedWithOrganizations(joined, text, companies, NamedMention.surnames(joined));
        abbreviatedInMixedCase(joined, companies);
        Set<String> organizations = new HashSet<>();
        joined.stream().filter(m -> "ORGANIZATION".equals(m.type())).forEach(m -> organizations.add(EntityIds.slug(m.text())));
        List<NamedMention> typed = new ArrayList<>();
        for (NamedMention m : joined) {
            String slug = EntityIds.slug(m.text());
            // "Mr Westwood" stays the person where "analysts Douglas-Westwood" made the name a company's
            boolean honoured = "PERSON".equals(m.type()) && MentionCleaner.afterHonorific(m, text);
            typed.add(retypable(m) && !honoured && (isCompany(slug, companies) || KnownOrganizations.get().contains(m.text())
                    || startsWithOrganization(m, slug, organizations) || institutionTakenForPersonOrPlace(m, text))
                    ? as("ORGANIZATION", m) : numbered(m, text));
        }
        return venues(surnamesOfNamedPersons(typed, text));
    }

    /**
     * An "organisation" of two words or more ending in a venue's word is the venue, a place: "Celtic Park", "Dene
     * Stadium", so that the club it is named after ("Celtic") stays an organisation apart. Not a known organisation's
     * name ("Linkin Park", a band).
     */
    private static List<NamedMention> venues(List<NamedMention> mentions) {
        List<NamedMention> typed = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            boolean venue = "ORGANIZATION".equals(m.type()) && VENUE.matcher(m.text()).find()
                    && !KnownOrganizations.get().contains(m.text());
            typed.add(venue ? as("LOCATION", m) : m);
        }
        return typed;
    }

    /**
     * "Michael Bloomberg", then "Bloomberg said": a known organisation's one-word name (NER's organisation, or
     * {@link KnownOrganizations}') is the surname of the one person the article has named in full with it, when that
     * full name comes first; a headline's bare surname does not count ("Norbridge wins" over "Tom Norbridge won").
     * Where the company comes first it stays the company ("Disney failed to disclose ...", then "Roy Disney"), as it
     * does where two persons share the name.
     */
    private static List<NamedMention> surnamesOfNamedPersons(List<NamedMention> mentions, String text) {
        // a headline names people by surname before the text names them in full ("Ferrero eyes return")
        int body = QuoteLayout.bodyStart(text);
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, Integer> firstFullName = new HashMap<>();
        Map<String, Integer> firstBare = new HashMap<>();
        for (NamedMention m : mentions) {
            String[] words = m.text().strip().split("\\s+");
            if ("PERSON".equals(m.type()) && words.length >= 2 && Character.isUpperCase(words[0].charAt(0))) {
                String surname = words[words.length - 1];
                // first and last word, so that "Michael R. Bloomberg" and "Michael Bloomberg" are one person
                fullNames.computeIfAbsent(surname, k -> new HashSet<>()).add(words[0] + " " + surname);
                firstFullName.putIfAbsent(surname, m.start());
            } else if ("ORGANIZATION".equals(m.type()) && words.length == 1 && m.start() >= body) {
                firstBare.putIfAbsent(m.text().strip(), m.start());
            }
        }
        Set<String> surnames = new HashSet<>();
        firstBare.forEach((name, at) -> {
            if (KnownOrganizations.get().contains(name) && fullNames.getOrDefault(name, Set.of()).size() == 1
                    && firstFullName.get(name) < at) {
                surnames.add(name);
            }
        });
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<NamedMention> typed = new ArrayList<>();
        for (NamedMention m : mentions) {
            typed.add("ORGANIZATION".equals(m.type()) && surnames.contains(m.text().strip()) ? as("PERSON", m) : m);
        }
        return typed;
    }

    /**
     * A "person" whose first word the article names as an organisation on its own ("Lockheed Martin" as a person,
     * "Lockheed said it had signed"): a company named after its founders, which NER reads as a person's name.
     */
    private static boolean startsWithOrganization(NamedMention m, String slug, Set<String> organizations) {
        int dash = slug.indexOf('-');
        return "PERSON".equals(m.type()) && dash > 0 && organizations.contains(slug.substring(0, dash));
    }

    /** A nationality's adjective alone ("German", next to "German colonial firms") stays a nationality. */
    private static boolean retypable(NamedMention m) {
        return m.type().equals("PERSON") || m.type().equals("LOCATION")
                || m.type().equals("MISC") && !Demonyms.isAdjective(m.text());
    }

    /**
     * A "person" or "place" of two words or more after "the" whose last is an institution noun ("the Royal Ballet") or
     * a publication's ("the Beijing News"):
     * persons take no article, and without one a surname may be such a noun ("Margaret Court"). A place keeps its
     * type where the noun also ends the names of places and buildings ("the West Bank", "the Barbican Centre").
     */
    private static boolean institutionTakenForPersonOrPlace(NamedMention m, String text) {
        String[] words = m.text().strip().split("\\s+");
        String head = words[words.length - 1];
        boolean typable = m.type().equals("PERSON") || m.type().equals("LOCATION") && !PLACE_HEADS.contains(head);
        return typable && words.length >= 2
                && (OrganizationWords.isInstitution(head) || OrganizationWords.isPublication(head))
                && AFTER_THE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
    }

    /**
     * "Real Madrid, Barcelona and Valencia": places listed with organisations, in a list of three names or more
     * joined by commas and a last "and" or "or" that has no person in it, are organisations too (clubs, here). So
     * are one-word "persons" in a list of two organisations or more and no place.
     * Countries and the like stay places. Two names are no list: "customers in Bristol and NTL viewers", "Microsoft
     * and New York attorney general Eliot Spitzer". Adds their slugs to {@code companies}.
     */
    private static void listedWithOrganizations(List<NamedMention> mentions, String text, Set<String> companies,
                                                Set<String> surnames) {
        List<NamedMention> list = new ArrayList<>();
        int ands = 0;
        for (NamedMention m : mentions) {
            String between = list.isEmpty() ? "" : text.substring(Math.min(list.get(list.size() - 1).end(), m.start()), m.start());
            Matcher separator = LIST_SEPARATOR.matcher(between);
            if (!list.isEmpty() && separator.matches()) {
                ands += separator.group(1) != null ? 1 : 0;
            } else {
                typeListed(list, ands, companies, surnames);
                list.clear();
                ands = 0;
            }
            list.add(m);
        }
        typeListed(list, ands, companies, surnames);
    }

    /** {@code ands}: how many of the list's separators are "and" or "or" (none: no list). */
    private static void typeListed(List<NamedMention> list, int ands, Set<String> companies, Set<String> surnames) {
        long organizations = list.stream().filter(m -> m.type().equals("ORGANIZATION")).count();
        // "Dell, LG, Samsung and Phillips": a one-word "person" among two organisations or more, whom the article
        // does not name in full, is a company named after its founder; not where a second "and" may join two such
        // names into one firm's ("Liggett Group and Brown and Williamson")
        Predicate<NamedMention> companyPerson = m -> organizations >= 2 && ands == 1 && m.type().equals("PERSON")
                && !m.text().contains(" ") && !surnames.contains(m.text());
        boolean places = list.stream().anyMatch(m -> m.type().equals("LOCATION"));
        boolean persons = list.stream().anyMatch(m -> m.type().equals("PERSON"));
        // places and persons together make no list of companies ("Lonsdale, Holborn and St Pancras" of seats)
        if (ands == 0 || list.size() < 3 || organizations == 0 || places && persons || list.stream().anyMatch(
                m -> !m.type().equals("ORGANIZATION") && !m.type().equals("LOCATION") && !companyPerson.test(m))) {
            return;
        }
        list.stream().filter(m -> m.type().equals("LOCATION") && !Nations.contains(m.text()) || companyPerson.test(m))
                .forEach(m -> companies.add(EntityIds.slug(m.text())));
    }

    /**
     * "DrKW" and "Dresdner Kleinwort Wasserstein" (both persons to NER): a name in mixed case that abbreviates another
     * name of the article is an organisation's, and so is that name.
     */
    private static void abbreviatedInMixedCase(List<NamedMention> mentions, Set<String> companies) {
        for (NamedMention abbreviation : mentions) {
            if (!MixedCaseAbbreviation.isOne(abbreviation.text())) {
                continue;
            }
            for (NamedMention m : mentions) {
                String slug = EntityIds.slug(m.text());
                if (m != abbreviation && MixedCaseAbbreviation.abbreviates(abbreviation.text(), slug)) {
                    companies.add(slug);
                    companies.add(EntityIds.slug(abbreviation.text()));
                }
            }
        }
    }

    private static boolean isCompany(String slug, Set<String> companies) {
        return companies.contains(slug)
                || companies.stream().anyMatch(c -> EntityGrouper.shortens(slug, c) || EntityGrouper.shortens(c, slug));
    }

    /**
     * A nationality NER tags elsewhere in the article but not right before an organisation's name ("the
     * Scottish Executive" tagged, "The Scottish" + "National Party" not) is part of that name, and so is one it
     * tags nowhere before a name with an institution noun ("the Australian" + "Rugby Union", "the British" +
     * "Chambers of Commerce"): such a name is generic without it, where a company's ("Russian Yukos") is not.
     */
    private static List<NamedMention> untaggedNationalities(List<NamedMention> mentions, String text) {
        Set<String> nationalities = new HashSet<>();
        mentions.stream().filter(OrganizationTyping::isNationality).forEach(m -> nationalities.add(m.text()));
        List<NamedMention> out = new ArrayList<>();
        for (NamedMention m : mentions) {
            int space = m.start() - 1;
            int wordStart = text.lastIndexOf(' ', space - 1) + 1;
            boolean extend = "ORGANIZATION".equals(m.type()) && space > 0 && text.charAt(space) == ' '
                    && wordStart < space && nationalOf(m, text.substring(wordStart, space), nationalities)
                    && mentions.stream().noneMatch(o -> o.start() < space && wordStart < o.end());
            out.add(extend ? m.withSpan(text, wordStart, m.end()) : m);
        }
        return out;
    }

    private static boolean nationalOf(NamedMention organization, String word, Set<String> nationalities) {
        return nationalities.contains(word) || Demonyms.isAdjective(word)
                && Arrays.stream(organization.text().split(" ")).anyMatch(OrganizationWords::isInstitution);
    }

    /** "Scottish" followed by the organisation "National Party", or by "Executive": one organisation. */
    private static List<NamedMention> joinNationalities(List<NamedMention> mentions, String text) {
        List<NamedMention> sorted = mentions.stream().sorted(Comparator.comparingInt(NamedMention::start)).toList();
        List<NamedMention> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            NamedMention m = sorted.get(i);
            if (!isNationality(m)) {
                out.add(m);
                continue;
            }
            NamedMention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && "ORGANIZATION".equals(next.type()) && next.start() == m.end() + 1
                    && text.charAt(m.end()) == ' ') {
                out.add(new NamedMention("ORGANIZATION", m.start(), next.end(), text.substring(m.start(), next.end()), next.beforeVerb()));
                i++;
                continue;
            }
            Matcher word = NEXT_WORD.matcher(text).region(m.end(), text.length());
            boolean free = next == null || next.start() > m.end() + 1;
            if (free && word.lookingAt() && OrganizationWords.isInstitution(word.group(1))) {
                out.add(new NamedMention("ORGANIZATION", m.start(), word.end(), text.substring(m.start(), word.end()), m.beforeVerb()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** NATIONALITY with fine-grained NER, a one-word MISC ("Scottish") without. */
    private static boolean isNationality(NamedMention m) {
        return "NATIONALITY".equals(m.type()) || ("MISC".equals(m.type()) && m.text().indexOf(' ') < 0);
    }

    private static NamedMention numbered(NamedMention m, String text) {
        String[] words = m.text().split(" ");
        if ("ORGANIZATION".equals(m.type())) {
            // "California's 4th District Court of Appeal", "the 82nd Airborne Division": the ordinal is the name's
            Matcher ordinal = ORDINAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
            if (ordinal.find()) {
                m = m.withSpan(text, m.start() - (ordinal.end() - ordinal.start()), m.end());
            }
        }
        if (!"ORGANIZATION".equals(m.type()) || !OrganizationWords.takesNumber(words[words.length - 1])) {
            return m;
        }
        Matcher number = NEXT_NUMBER.matcher(text).region(m.end(), text.length());
        return number.lookingAt() ? m.withSpan(text, m.start(), number.end()) : m;
    }

    private static NamedMention as(String type, NamedMention m) {
        return new NamedMention(type, m.start(), m.end(), m.text(), m.beforeVerb());
    }
}
