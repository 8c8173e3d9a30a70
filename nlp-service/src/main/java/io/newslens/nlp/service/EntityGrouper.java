package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups one article's mentions into canonical entities. Mentions join when they
 * <ul>
 *   <li>are aliases of one curated entity ({@link AliasTable}: "U.S.", "America" → United States);</li>
 *   <li>have the same normalised name ({@link EntityIds#slug}), whatever type NER gave each (the
 *       most frequent type wins);</li>
 *   <li>use the same words in another order ("Foreign Affairs Ministry", "Ministry of Foreign Affairs");</li>
 *   <li>are an acronym of the only name with those initials, or defined next to it in parentheses
 *       ("People's Liberation Army" … "PLA", "UK Independence Party" … "UKIP" with a word in capitals spelled
 *       out; "Chinese Communist Party (CCP)");</li>
 *   <li>are a person's two names written side by side ("C-Murder, real name Corey Miller", "JK, also known as Jason
 *       King");</li>
 *   <li>are a short form, whole words at either end, of the only longer person or organisation name
 *       ("Pompeo" → "Mike Pompeo", "Huawei" → "Huawei Technologies"; not a known organisation before a word in
 *       capitals, "Microsoft IPTV"), or a person's surname misspelt by one
 *       letter when no name has it right ("Mukerjee" → "Pranab Mukherjee").</li>
 * </ul>
 * An entity is named by its alias-table name, else by its longest form (organisations without a legal
 * suffix, see {@link CorporateSuffixes}); its id is the type and that name's slug.
 */
final class EntityGrouper {

    /**
     * A name and, after it, the words that give another name of the same person: group 1 the name, group 2 present
     * where the other is the real name ("C-Murder, real name "), group 3 where it is the name they go by ("Curtis
     * Jackson, better known as ").
     */
    private static final Pattern NAME_THEN_OTHER_NAME = Pattern.compile("(?<![\\p{L}\\d'-])(\\p{Lu}[\\p{L}\\d'-]*(?: \\p{Lu}[\\p{L}\\d'-]*){0,2}|\\d+ \\p{Lu}\\p{L}+),"
            + "\\s+(?:(whose\\s+real\\s+name\\s+is|real\\s+name)|(better\\s+known\\s+as)|(?:also|otherwise)\\s+known\\s+as)\\s+$");

    static final Set<String> FILLER_WORDS = Set.of("of", "the", "and", "for", "s");
    private static final Pattern LEADING_THE = Pattern.compile("^The\\s+(?=\\p{Lu})");
    /** The last word of a governing body's name, after at most one other: "Council", "Executive Committee". */
    private static final Pattern GOVERNING_BODY = Pattern.compile("(?:\\p{Lu}\\p{Ll}+ )?(?:Council|Committee|Board|Commission|Assembly)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s|\\n");
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\d&]+-[\\p{L}\\d&]+");

    private EntityGrouper() {
    }

    /** Entities in order of first mention, each with its mentions in text order. */
    static List<Entity> group(List<NamedMention> mentions) {
        return group(mentions, null);
    }

    /**
     * @param text the article text, to find acronyms defined in parentheses; null to skip that rule
     */
    static List<Entity> group(List<NamedMention> mentions, String text) {
        List<Group> groups = bySameName(mentions);
        joinAdjectives(groups);
        mergeByEqualKey(groups, g -> g.alias == null && !g.isPerson() ? wordBag(g.slug) : null);
        joinAcronyms(groups, text);
        joinOtherNames(groups, text);
        joinSpellingVariants(groups, text);
        joinShortForms(groups, text == null ? 0 : QuoteLayout.bodyStart(text));
        joinSurnamesTakenForPlaces(groups);
        List<Entity> entities = new ArrayList<>();
        Map<String, Group> byId = new LinkedHashMap<>();
        for (Group g : groups) {
            Group same = byId.putIfAbsent(g.id(), g);
            if (same != null) {
                same.absorb(g);
            }
        }
        int length = text != null ? text.length()
                : mentions.stream().mapToInt(NamedMention::end).max().orElse(1);
        Salience salience = new Salience(length, mentions);
        for (Group g : byId.values()) {
            entities.add(g.toEntity(salience));
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    private static List<Group> bySameName(List<NamedMention> mentions) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        AliasTable aliases = AliasTable.get();
        for (NamedMention m : mentions) {
            var canonical = aliases.lookup(m.text(), m.beforeVerb());
            String key = canonical.map(c -> "alias:" + c.type() + ":" + c.name()).orElse("name:" + EntityIds.slug(m.text()));
            Group g = byKey.computeIfAbsent(key, k -> new Group(EntityIds.slug(m.text()), canonical.orElse(null)));
            g.add(m);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "a Conservative spokeswoman" where the article names the Conservative Party: an organisation or MISC name under a
     * curated adjective ("+Conservative") joins the entity the adjective is of, when another of its names is written.
     */
    private static void joinAdjectives(List<Group> groups) {
        AliasTable aliases = AliasTable.get();
        for (Group adjective : List.copyOf(groups)) {
            if (adjective.alias != null || !adjective.type().equals("ORGANIZATION") && !adjective.type().equals("MISC")) {
                continue;
            }
            aliases.adjectiveOf(adjective.slug)
                    .flatMap(of -> groups.stream().filter(g -> of.equals(g.alias)).findFirst())
                    .ifPresent(named -> {
                        named.absorb(adjective);
                        groups.remove(adjective);
                    });
        }
    }

    private static void mergeByEqualKey(List<Group> groups, java.util.function.Function<Group, String> key) {
        Map<String, Group> first = new HashMap<>();
        for (Group g : List.copyOf(groups)) {
            String k = key.apply(g);
            if (k == null) {
                continue;
            }
            Group same = first.putIfAbsent(g.type() + "|" + k, g);
            if (same != null) {
                same.absorb(g);
                groups.remove(g);
            }
        }
    }

    private static void joinAcronyms(List<Group> groups, String text) {
        for (Group acronym : List.copyOf(groups)) {
            if (acronym.isPerson() || !groups.contains(acronym)) {
                continue;
            }
            String letters = acronym.acronymLetters();
            if (letters == null) {
                joinMixedCaseAbbreviation(groups, acronym);
                continue;
            }
            List<Group> expansions = groups.stream()
                    .filter(g -> g != acronym && !g.isPerson() && (initials(g.slug).equals(letters)
                            || definedInParentheses(g, acronym, text)))
                    .toList();
            if (expansions.isEmpty()) { // only then "UKIP" for "UK Independence Party"; "PCSU" stays the full name's
                expansions = groups.stream()
                        .filter(g -> g != acronym && !g.isPerson() && letters.equals(g.spelledInitials()))
                        .toList();
            }
            if (expansions.isEmpty()) { // "DEA" for "United States Drug Enforcement Agency": initials after a nation's name
                expansions = groups.stream()
                        .filter(g -> g != acronym && !g.isPerson() && letters.equals(initialsAfterNation(g)))
                        .toList();
            }
            if (expansions.size() == 1) {
                expansions.get(0).absorb(acronym);
                groups.remove(acronym);
            }
        }
    }

    /** The initials of the group's name after the one or two words of a nation that open it, or null. */
    private static String initialsAfterNation(Group g) {
        String[] words = g.mentions.get(0).text().split(" ");
        for (int n = 1; n <= 2 && n < words.length - 1; n++) {
            if (Nations.contains(String.join(" ", Arrays.copyOf(words, n)))) {
                return initials(EntityIds.slug(String.join(" ", Arrays.copyOfRange(words, n, words.length))));
            }
        }
        return null;
    }

    /**
     * "C-Murder, real name Corey Miller", "JK, also known as Jason King", "Curtis Jackson, better known as 50 Cent": two
     * names of one person written side by side. They join in the group of the longer name, so its surname alone joins
     * too; the person is named by the name the article says they go by where it calls the other their real name.
     */
    private static void joinOtherNames(List<Group> groups, String text) {
        if (text == null) {
            return;
        }
        for (Group second : List.copyOf(groups)) {
            if (!second.isPerson() || !groups.contains(second)) {
                continue;
            }
            for (NamedMention b : second.mentions) {
                // the first name may be a mention NER missed there ("better than C-Murder, real name Corey Miller")
                Matcher before = NAME_THEN_OTHER_NAME.matcher(text.substring(Math.max(0, b.start() - 80), b.start()));
                if (!before.find()) {
                    continue;
                }
                String written = before.group(1);
                // "President Mahmoud Abbas": the name may be the written words' last ones
                Predicate<String> writtenName = t -> written.equals(t) || written.endsWith(" " + t);
                Group first = groups.stream().filter(g -> g != second && (g.isPerson() || g.isOrganization())
                        && g.mentions.stream().map(NamedMention::text).anyMatch(writtenName)).findFirst().orElse(null);
                if (first == null) {
                    continue;
                }
                String firstName = first.mentions.stream().map(NamedMention::text).filter(writtenName).findFirst().orElseThrow();
                String goesBy = before.group(2) != null ? firstName : before.group(3) != null ? b.text() : null;
                Group into = second.slug.length() >= first.slug.length() ? second : first;
                Group joined = into == second ? first : second;
                into.absorb(joined); // may grow the list being looped over: the loop breaks right after
                into.retypeAsPerson(); // "JK" an organisation to NER, "also known as Jason King"
                into.goesBy = goesBy != null ? goesBy : into.goesBy;
                groups.remove(joined);
                break;
            }
        }
    }

    /** "DrKW" for the only other name it {@link MixedCaseAbbreviation abbreviates}, "Dresdner Kleinwort Wasserstein". */
    private static void joinMixedCaseAbbreviation(List<Group> groups, Group abbreviation) {
        String written = abbreviation.mentions.get(0).text();
        if (!MixedCaseAbbreviation.isOne(written) || abbreviation.mentions.stream().anyMatch(m -> !m.text().equals(written))) {
            return;
        }
        List<Group> expansions = groups.stream()
                .filter(g -> g != abbreviation && !g.isPerson() && MixedCaseAbbreviation.abbreviates(written, g.slug))
                .toList();
        if (expansions.size() == 1) {
            expansions.get(0).absorb(abbreviation);
            groups.remove(abbreviation);
        }
    }

    /** "Chinese Communist Party (CCP)": a mention of one, then " (", then a mention of the other. */
    private static boolean definedInParentheses(Group longForm, Group acronym, String text) {
        if (text == null) {
            return false;
        }
        for (NamedMention l : longForm.mentions) {
            for (NamedMention a : acronym.mentions) {
                // "The Movie Association for America's (MPAA)": a possessive may come before the parenthesis
                if (a.start() > l.end() && text.substring(l.end(), a.start()).matches("(?:['’]s)?\\s*\\(\\s*")
                        && text.startsWith(")", a.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two spellings of one person's name: the same surname and number of words, first names of five
     * letters or more one letter apart ("Viktor Makarov", "Victor Makarov") or a short form and its full name
     * ("Dave Collins", "David Collins", named by the longer), or the name with and without middle initials
     * ("Michael R. Bloomberg", "Michael Bloomberg"), so that the surname alone is not left between two full names.
     * Names one sentence gives both are two persons ("Presidents George W Bush, Bill Clinton, George Bush").
     */
    private static void joinSpellingVariants(List<Group> groups, String text) {
        for (Group variant : List.copyOf(groups)) {
            if (!variant.isPerson() || !groups.contains(variant)) {
                continue;
            }
            for (Group g : groups) {
                if (g != variant && g.isPerson() && spellingVariants(g.slug, variant.slug)
                        && !inOneSentence(g, variant, text)) {
                    g.absorb(variant);
                    groups.remove(variant);
                    break;
                }
            }
        }
    }

    static boolean spellingVariants(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        if (middleInitialsApart(x, y) || middleInitialsApart(y, x)) { // "Michael R. Bloomberg", "Michael Bloomberg"
            return true;
        }
        if (x.length < 2 || x.length != y.length || !x[x.length - 1].equals(y[y.length - 1]) || a.equals(b)) {
            return false;
        }
        if (FirstNameForms.sameName(x[0], y[0])) { // "Dave Collins", "David Collins"
            return Arrays.equals(x, 1, x.length, y, 1, y.length);
        }
        if (x[0].length() < 5 || x[0].length() != y[0].length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < x[0].length(); i++) {
            differences += x[0].charAt(i) == y[0].charAt(i) ? 0 : 1;
        }
        return differences == 1 && Arrays.equals(x, 1, x.length, y, 1, y.length);
    }

    /** Whether a mention of one and a mention of the other have no sentence end between them. */
    private static boolean inOneSentence(Group a, Group b, String text) {
        if (text == null) {
            return false;
        }
        for (NamedMention x : a.mentions) {
            for (NamedMention y : b.mentions) {
                NamedMention first = x.start() < y.start() ? x : y;
                NamedMention second = first == x ? y : x;
                if (first.end() <= second.start()
                        && !SENTENCE_END.matcher(text.substring(first.end(), second.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longer name is the shorter with one or two middle initials after its first word. */
    private static boolean middleInitialsApart(String[] longer, String[] shorter) {
        int initials = longer.length - shorter.length;
        if (shorter.length < 2 || initials < 1 || initials > 2 || !longer[0].equals(shorter[0])) {
            return false;
        }
        for (int i = 1; i <= initials; i++) {
            if (longer[i].length() != 1) {
                return false;
            }
        }
        return Arrays.equals(longer, initials + 1, longer.length, shorter, 1, shorter.length);
    }

    /**
     * Shortest names first, so that a short form is matched against the full names as they stand.
     *
     * @param body where the text after the headline starts (0 when not known)
     */
    private static void joinShortForms(List<Group> groups, int body) {
        List<Group> shortestFirst = groups.stream()
                .sorted(Comparator.comparingInt(g -> g.slug.length()))
                .toList();
        for (Group shortForm : shortestFirst) {
            if (shortForm.alias != null || !groups.contains(shortForm)
                    || !(shortForm.isPerson() || shortForm.isOrganization())) {
                continue;
            }
            List<Group> fuller = groups.stream()
                    .filter(g -> g != shortForm && g.type().equals(shortForm.type()) && shortens(shortForm.slug, g.slug)
                            && !armOf(shortForm, g, body) && !bodyOf(shortForm, g) && !jointName(shortForm, g, groups))
                    .toList();
            if (fuller.isEmpty() && shortForm.isPerson()) {
                // NER now and then calls a person's full name a place ("Meng Wanzhou" LOCATION, then "Meng" PERSON).
                fuller = groups.stream()
                        .filter(g -> g.alias == null && !g.isOrganization() && !g.isPerson() && shortens(shortForm.slug, g.slug))
                        .toList();
            }
            if (fuller.isEmpty() && shortForm.isPerson()) {
                // A surname misspelt once ("Pranab Mukherjee" ... "Mr Mukerjee"): one letter added, dropped or changed.
                fuller = groups.stream()
                        .filter(g -> g != shortForm && g.isPerson() && misspeltSurname(shortForm.slug, g.slug))
                        .toList();
            }
            if (fuller.isEmpty() && shortForm.isPerson() && shortForm.slug.indexOf('-') < 0 && shortForm.slug.length() >= 3) {
                // One of two surnames, or a maiden name kept in the middle ("Camille Etienne Gbedey" ... "Etienne said").
                fuller = groups.stream()
                        .filter(g -> g != shortForm && g.isPerson() && g.slug.split("-").length >= 3
                                && g.slug.contains("-" + shortForm.slug + "-"))
                        .toList();
            }
            if (fuller.size() == 1) {
                fuller.get(0).absorb(shortForm);
                groups.remove(shortForm);
            }
        }
    }

    /**
     * "Hicham El Guerrouj" a person, then "El Guerrouj" a place each time: a place of two words or more that ends a
     * person's full name, and is no country or curated name, is that person's surname. One word is left alone, as
     * towns share surnames ("Washington", "Lincoln").
     */
    private static void joinSurnamesTakenForPlaces(List<Group> groups) {
        for (Group place : List.copyOf(groups)) {
            if (place.alias != null || !"LOCATION".equals(place.type()) || !place.slug.contains("-")
                    || Nations.contains(place.mentions.get(0).text())) {
                continue;
            }
            List<Group> persons = groups.stream()
                    .filter(g -> g.isPerson() && g.slug.endsWith("-" + place.slug))
                    .toList();
            if (persons.size() == 1) {
                place.retypeAsPerson();
                persons.get(0).absorb(place);
                groups.remove(place);
            }
        }
    }

    /**
     * "Microsoft" and "Microsoft IPTV", "Sony" and "Sony PSP", "AOL" and "AOL UK", "Google" and "Google News": a known
     * organisation followed by one word in capitals, or by one capitalised word that does not end company names
     * ("Apple Computer", "Vodafone Group"), is a product, service or national arm of it, not its full name. Except
     * where the longer name, with a capitalised word and not itself a known organisation ("Sky One"), comes first after
     * the headline: news names a company in full before it shortens it ("Cadbury Schweppes said ... Cadbury said").
     */
    private static boolean armOf(Group shortForm, Group fuller, int body) {
        String name = shortForm.mentions.get(0).text();
        return KnownOrganizations.get().contains(name)
                && writtenAfter(fuller, name, CorporateSuffixes::strip, EntityGrouper::productOrArm)
                && !(firstAt(fuller, body) < firstAt(shortForm, body)
                        && fuller.mentions.stream().noneMatch(m -> KnownOrganizations.get().contains(m.text()))
                        && writtenAfter(fuller, name, CorporateSuffixes::strip, rest -> rest.matches("\\p{Lu}\\p{Ll}+")));
    }

    private static int firstAt(Group group, int from) {
        return group.mentions.stream().mapToInt(NamedMention::start).filter(at -> at >= from).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * "IAAF" and "IAAF Council", "UEFA" and "UEFA Executive Committee": initials followed by the name of a governing body
     * are a body of that organisation, not its full name.
     */
    private static boolean bodyOf(Group shortForm, Group fuller) {
        String name = shortForm.mentions.get(0).text();
        return name.matches("\\p{Lu}{2,6}")
                && writtenAfter(fuller, name, UnaryOperator.identity(), rest -> GOVERNING_BODY.matcher(rest).matches());
    }

    /** Whether a mention of {@code fuller}, as {@code form} gives it, is {@code name}, a space and words {@code rest} takes. */
    private static boolean writtenAfter(Group fuller, String name, UnaryOperator<String> form, Predicate<String> rest) {
        return fuller.mentions.stream().map(m -> form.apply(m.text()))
                .anyMatch(t -> t.startsWith(name + " ") && rest.test(t.substring(name.length() + 1)));
    }

    /**
     * "Fiat-GM" where the article names GM as well, or "Norbridge-BP" where BP is a known organisation: two
     * organisations joined by a hyphen (a venture or a deal between them) are the full name of neither.
     */
    private static boolean jointName(Group shortForm, Group fuller, List<Group> groups) {
        String rest = fuller.slug.startsWith(shortForm.slug + "-") ? fuller.slug.substring(shortForm.slug.length() + 1)
                : fuller.slug.substring(0, Math.max(0, fuller.slug.length() - shortForm.slug.length() - 1));
        return fuller.mentions.stream().allMatch(m -> HYPHENATED.matcher(m.text()).matches())
                && (KnownOrganizations.get().contains(shortForm.mentions.get(0).text())
                        || groups.stream().anyMatch(o -> o != fuller && o != shortForm && o.isOrganization()
                                && o.mentions.stream().anyMatch(m -> EntityIds.slug(m.text()).equals(rest))));
    }

    private static boolean productOrArm(String word) {
        return word.matches("[\\p{Lu}\\d]{2,5}") || word.matches("\\p{Lu}\\p{Ll}+") && !OrganizationWords.endsCompanyName(word)
                && !OrganizationWords.isInstitution(word) && !OrganizationWords.isCompanyNoun(word);
    }

    /**
     * Whether the one word {@code shortSlug} is the last word of the person {@code longSlug} with one letter
     * added, dropped or changed, or two letters side by side swapped; both six letters or more, so that short names ("Kerr", "Kerry") stay apart.
     * A doubled letter written once ("Mr Barot" for "Jacques Barrot") is allowed from five letters.
     */
    static boolean misspeltSurname(String shortSlug, String longSlug) {
        int dash = longSlug.lastIndexOf('-');
        if (shortSlug.contains("-") || dash < 0) {
            return false;
        }
        String surname = longSlug.substring(dash + 1);
        return shortSlug.length() >= 6 && surname.length() >= 6 && oneEditApart(shortSlug, surname)
                || Math.min(shortSlug.length(), surname.length()) >= 5 && doubledLetterApart(shortSlug, surname);
    }

    /** Whether one word is the other with a doubled letter written once ("Barot" for "Barrot"), a common slip. */
    private static boolean doubledLetterApart(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 1; i < longer.length(); i++) {
            if (longer.charAt(i) == longer.charAt(i - 1) && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // after the first difference, the rest must match with one letter skipped in the longer (or in both)
        if (a.length() == b.length()) {
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // "Montieth" for "Monteith"
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Whole words at either end: "doe" and "jane" shorten "jane-doe"; "xi" shortens "xi-jinping"; "do" shortens nothing. */
    static boolean shortens(String shortSlug, String longSlug) {
        return longSlug.startsWith(shortSlug + "-") || longSlug.endsWith("-" + shortSlug);
    }

    /** First letters of the name's words, without "of", "the", ...: "peoples-liberation-army" → "pla". */
    static String initials(String slug) {
        StringBuilder initials = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!word.isEmpty() && !FILLER_WORDS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() < 2 ? "" : initials.toString();
    }

    private static String wordBag(String slug) {
        List<String> words = new ArrayList<>();
        for (String w : slug.split("-")) {
            if (!FILLER_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words.size() < 2 ? null : words.stream().sorted().toList().toString();
    }

    /** Mentions that name one entity, as they are being joined. */
    private static final class Group {
        final String slug;
        AliasTable.Canonical alias;
        /** The name the article says the person goes by, when it gives another as their real name; else null. */
        String goesBy;
        final List<NamedMention> mentions = new ArrayList<>();

        Group(String slug, AliasTable.Canonical alias) {
            this.slug = slug;
            this.alias = alias;
        }

        void add(NamedMention m) {
            mentions.add(m);
        }

        void absorb(Group other) {
            if (!isPerson() && other.isPerson() && alias == null) {
                // "Meng" PERSON joining "Meng Wanzhou" LOCATION: the person reading wins.
                retypeAsPerson();
            }
            if (alias == null) {
                alias = other.alias;
            }
            if (goesBy == null) {
                goesBy = other.goesBy;
            }
            mentions.addAll(other.mentions);
        }

        void retypeAsPerson() {
            mentions.replaceAll(m -> new NamedMention("PERSON", m.start(), m.end(), m.text(), m.beforeVerb()));
        }

        /** The curated type, else the most frequent NER type (the first mention's on a tie). */
        String type() {
            if (alias != null) {
                return alias.type();
            }
            Map<String, Integer> votes = new LinkedHashMap<>();
            mentions.stream().sorted(Comparator.comparingInt(NamedMention::start))
                    .forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        boolean isPerson() {
            return "PERSON".equals(type());
        }

        boolean isOrganization() {
            return "ORGANIZATION".equals(type());
        }

        /**
         * Initials in which a word written in capitals counts with all its letters, as acronyms spell it
         * ("UKIP" for "UK Independence Party"); null when no mention has such a word.
         */
        String spelledInitials() {
            for (NamedMention m : mentions) {
                String[] words = m.text().split("[\\s-]+");
                StringBuilder initials = new StringBuilder();
                boolean spelled = false;
                for (String w : words) {
                    if (w.matches("[A-Z]{2,3}")) {
                        initials.append(w.toLowerCase(Locale.ROOT));
                        spelled = true;
                    } else if (!w.isEmpty() && !FILLER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                        initials.append(Character.toLowerCase(w.charAt(0)));
                    }
                }
                if (spelled && words.length >= 2) {
                    return initials.toString();
                }
            }
            return null;
        }

        /** Lower-case letters when every mention is written as capitals ("PLA", "U.S."), else null. */
        String acronymLetters() {
            for (NamedMention m : mentions) {
                if (!m.text().matches("(?:[A-Z]\\.?|&){2,7}") || m.text().replaceAll("[^A-Z]", "").length() < 2) {
                    return null;
                }
            }
            return slug.replace("-", ""); // "S&P" ("s-p") is the initials "sp" of "Standard & Poor's"
        }

        String name() {
            if (alias != null) {
                return alias.name();
            }
            if (goesBy != null) {
                return goesBy;
            }
            NamedMention longest = null;
            for (NamedMention m : mentions.stream().sorted(Comparator.comparingInt(NamedMention::start)).toList()) {
                if (longest == null || m.text().length() > longest.text().length()) {
                    longest = m;
                }
            }
            // "The Times" is the Times: a leading article is no part of an organisation's name, as for "the BBC"
            return isOrganization() ? CorporateSuffixes.strip(LEADING_THE.matcher(longest.text()).replaceFirst(""))
                    : longest.text();
        }

        String id() {
            return EntityIds.id(type(), name());
        }

        Entity toEntity(Salience salience) {
            List<NamedMention> inOrder = mentions.stream().sorted(Comparator.comparingInt(NamedMention::start)).toList();
            List<Mention> found = inOrder.stream().map(m -> new Mention(m.start(), m.end(), m.text())).toList();
            List<String> aliases = inOrder.stream().map(NamedMention::text).distinct().toList();
            return new Entity(id(), name(), type(), aliases, salience.of(inOrder), found);
        }
    }
}
