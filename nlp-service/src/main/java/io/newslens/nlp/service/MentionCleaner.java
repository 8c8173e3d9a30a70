package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what NER gets wrong in a predictable way before mentions are grouped: a person's title
 * inside the mention ("President Donald Trump" → "Donald Trump"), a word of a title tagged as an entity
 * ("State" in "Secretary of State Mike Pompeo"), common words tagged as names ("state"), and a name
 * glued to page chrome ("Steven MnuchinSteven Terner MnuchinTrump" → "Steven Mnuchin"), and surnames
 * with particles cut short ({@link NameParticles}: "Nick Van" → "Nick Van den Brul"), and descriptions
 * NER took for names ("the Scot").
 */
final class MentionCleaner {

    /** "the " or "the 25-year-old " right before a mention. */
    private static final Pattern DEFINITE_BEFORE =
            Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+(?:\\d{1,3}-year-old\\s+)?$");

    /** "the ", "a ", "his " right before a word: a title or a noun, not a surname ("the King", "his Tory rivals"). */
    private static final Pattern DETERMINER_BEFORE =
            Pattern.compile("(?:^|[^\\p{L}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\\s+$");

    /** "Glasgow Kelvin MP": a seat and the member's title, which "the" before makes a description of its member. */
    static final String MEMBER_TITLES = "MP|MSP|MEP|AM|MLA";
    private static final Pattern ELECTED_MEMBER = Pattern.compile("\\s(?:" + MEMBER_TITLES + ")$");
    /** A seat's capitalised words before its last one, with commas and "and": "Sittingbourne and ". */
    static final String SEAT_WORDS = "(?:\\p{Lu}[\\p{L}'’-]*,?\\s+(?:and\\s+)?)*";
    /** "The MP for Sittingbourne and Sheppey": a member's title and "for", then the seat's words before a name. */
    private static final Pattern MEMBER_FOR = Pattern.compile("\\b(?:" + MEMBER_TITLES + ")s?\\s+for\\s+" + SEAT_WORDS + "$");

    private static final String HONORIFIC = "(?:Sir|Lord|Baron|Lady|Dame|Baroness|Mr|Mrs|Ms|Dr)\\.? ";
    /** An honorific and one to three capitalised words: "Sir Stanley Odell", "Mrs Thatcher". */
    private static final Pattern HONOURED = Pattern.compile(
            HONORIFIC + "(\\p{Lu}" + UntaggedNames.NAME_LETTER + "+(?: \\p{Lu}" + UntaggedNames.NAME_LETTER + "+){0,2})");
    /** An honorific right before a name, as a whole word: "Lord " in "Lord Strathclyde". */
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\b" + HONORIFIC + "$");

    /** The lower-case word right before a mention. */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(\\p{Ll}+)\\s+$");
    /** A surname as written: a capital, then lower case ("Willis", not "MP"). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");

    /**
     * "Science Museum's Dana Centre", "NBC News' Today": an owner's name, "'s" (or an apostrophe after its "s") and a
     * capitalised name (group 1 ends the owner).
     */
    private static final Pattern OWNED_NAME = Pattern.compile("(.+?)(?:['’]s|(?<=s)['’]) (\\p{Lu}.*)");

    /** A dash set off by spaces: it ends a person's name, whose parts join with bare hyphens ("Lloyd-Webber"). */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s");
    /** Letters after a name for an office or honour ("QC", "OBE"); a member's ("MP") stay for {@link #seatOfMember}. */
    private static final Pattern POST_NOMINALS = Pattern.compile("(?:\\s+(?:QC|KC|OBE|MBE|CBE|KBE|DBE))+$");

    /** "We support Anders Tegnell & co": "and company" in lower case is the people around a person, no firm's "& Co". */
    private static final Pattern AND_COMPANY = Pattern.compile("\\s+&\\s+co$");

    /** "Time magazine", "BBC news": the kind of medium written in lower case after its name is no part of it. */
    private static final Pattern MEDIUM_AFTER = Pattern.compile("\\s+(?:magazine|newspaper|website|network|news)$");

    /** A name in capitals: "VFI", "BBC". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");

    /** What makes "Bill" after it a law: a capitalised word, a closing bracket or "the". */
    private static final Pattern LAW_BEFORE = Pattern.compile("(?:\\p{Lu}\\p{L}*|\\)|\\bthe) $");
    private static final Pattern NAME_AFTER = Pattern.compile(" \\p{Lu}");

    /** A lower-case word of a name, not one joining its parts nor a web address's ("Amazon.com"), with the space after it. */
    private static final Pattern DESCRIPTION_WORD = Pattern.compile("(?<![\\p{L}'’.-])"
            + "(?!(?:of|and|for|the|on|de|du|des|la|le|van|von|der|den|y|da|do|di|e|et|upon|in|to|a)\\s)\\p{Ll}[\\p{L}-]*\\s+");

    private MentionCleaner() {
    }

    static List<NamedMention> clean(List<NamedMention> found, String text) {
        List<NamedMention> mentions = NameParticles.join(Nicknames.join(GluedNames.split(found, text), text), text);
        List<int[]> titles = titlesBeforePersons(mentions, text);
        Set<String> surnames = NamedMention.surnames(mentions);
        List<NamedMention> clean = new ArrayList<>();
        for (NamedMention named : mentions) {
            NamedMention m = endBefore(MEDIUM_AFTER, endBefore(AND_COMPANY, named, text), text);
            // a name in lower case is mostly a tagging slip ("internet"); a known one is written so ("eBay", "easyJet")
            boolean lowerCase = Character.isLowerCase(m.text().charAt(0)) && !NameParticles.isParticleSurname(m.text())
                    && !KnownOrganizations.get().contains(m.text());
            // a title tagged alone ("The Tory leader", "Tory" a person) names nobody, unless it is the surname of a
            // person named in full and no determiner makes it a title ("Gayle King ... King asked", not "the King")
            boolean titleOnly = "PERSON".equals(m.type()) && PersonTitles.isTitle(m.text())
                    && !(surnames.contains(m.text()) && !DETERMINER_BEFORE.matcher(text.substring(0, m.start())).find());
            if (lowerCase || titleOnly || namesALaw(m, text) || insideAny(m, titles)) {
                continue;
            }
            NamedMention person = personWithDemonymSurname(m, text);
            NamedMention fixed = seatOfMember(withoutTitleAfterInitials(afterDescription(honoured(person, text))), text);
            if ("PERSON".equals(fixed.type())) {
                fixed = stripTitle(fixed, text);
                // "Mr Howard - himself the son of immigrants -" (NER ran on over the aside), "Charles Harris QC"
                if (fixed != null) {
                    fixed = unglue(endBefore(POST_NOMINALS, endBefore(SPACED_DASH, fixed, text), text), text);
                }
            }
            if (fixed != null) {
                clean.add(fixed);
            }
        }
        return surnamesAsPersons(withoutDescriptions(surnamesAfterTitles(splitAtOwner(clean, text), text), text), text);
    }

    /**
     * "Mark Cuban", "David French" (MISC to NER, for the nationality word): a given name of {@link NameSexes} and a
     * nationality's adjective, with no determiner before them ("the Royal Dutch"), name a person. Their lone surname
     * ("Cuban said") then follows as the person's ({@link #surnamesAsPersons}).
     */
    private static NamedMention personWithDemonymSurname(NamedMention m, String text) {
        String[] words = m.text().split(" ");
        boolean person = "MISC".equals(m.type()) && words.length == 2 && Demonyms.isAdjective(words[1])
                && !Demonyms.isAdjective(words[0]) && NameSexes.of(words[0]).isPresent()
                && !DETERMINER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find();
        return person ? new NamedMention("PERSON", m.start(), m.end(), m.text(), m.beforeVerb()) : m;
    }

    /**
     * "US telco SBC", "Russian news agency Interfax", "UK equities at Standard Life Investments": an organisation NER
     * ran on over a description in lower case before its name is the name after the description's last word. Words
     * that join a name's own parts ("Bank of England", "World Summit on the Information Society") are no description.
     */
    private static NamedMention afterDescription(NamedMention m) {
        if (!"ORGANIZATION".equals(m.type())) {
            return m;
        }
        Matcher last = DESCRIPTION_WORD.matcher(m.text());
        int end = -1;
        while (last.find()) {
            end = last.end();
        }
        if (end < 0 || end >= m.text().length() || !Character.isUpperCase(m.text().charAt(end))) {
            return m;
        }
        return new NamedMention(m.type(), m.start() + end, m.end(), m.text().substring(end));
    }

    /**
     * "VFI Chief Executive Padraig Cribben": an organisation NER ran on over the title of its officer after its initials
     * is the initials alone.
     */
    private static NamedMention withoutTitleAfterInitials(NamedMention m) {
        int space = m.text().indexOf(' ');
        if (!"ORGANIZATION".equals(m.type()) || space < 2 || !INITIALS.matcher(m.text().substring(0, space)).matches()
                || !PersonTitles.isTitle(m.text().substring(space + 1))) {
            return m;
        }
        return new NamedMention(m.type(), m.start(), m.start() + space, m.text().substring(0, space), m.beforeVerb());
    }

    /**
     * "The MP for Sittingbourne and Sheppey", "Labour MP for Brent East": a name after a member's title and "for" is
     * the seat, a place, whatever type NER gave it (it took both parts of that seat for persons).
     */
    private static NamedMention seatOfMember(NamedMention m, String text) {
        if (!"PERSON".equals(m.type())
                || !MEMBER_FOR.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
            return m;
        }
        return new NamedMention("LOCATION", m.start(), m.end(), m.text());
    }

    /**
     * "Succession to the Crown Bill", "(Miscellaneous Provisions) Bill", "as the Bill passes": "Bill" after a name, a
     * bracket or "the", with no name after it, is a law NER took for a first name.
     */
    private static boolean namesALaw(NamedMention m, String text) {
        return "PERSON".equals(m.type()) && m.text().equals("Bill")
                && LAW_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
                && !NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * A place or organisation NER ran on over an owner's "'s" ("Science Museum's Dana Centre", "Bank's Monetary Policy
     * Committee", "News Corp's News International") is two: the owner, an organisation, and the name it owns. Only
     * where the owner is a body by an institution noun or a legal suffix, is named as one elsewhere in the article, or
     * owns a known organisation ("Pearson's Financial Times"), so names with a possessive of their own stay whole
     * ("Women's Tennis Association", "Lord Chancellor's Department"). An owner who is a person by an honorific is a
     * person ("Lord Conrad Black's Hollinger International"). Before a programme's kind ("Radio 4's Today programme")
     * the owner is the broadcaster, and the programme no organisation.
     */
    static List<NamedMention> splitAtOwner(List<NamedMention> mentions, String text) {
        Set<String> bodies = new HashSet<>();
        mentions.stream().filter(m -> "ORGANIZATION".equals(m.type())).forEach(m -> bodies.add(m.text()));
        List<NamedMention> split = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            Matcher owned = OWNED_NAME.matcher(m.text());
            boolean bareApostrophe = owned.matches() && !m.text().startsWith("s ", owned.end(1) + 1);
            // "Internet Service Providers' Association": a plural's apostrophe before an institution noun is the name's
            if ("PERSON".equals(m.type()) || !owned.matches() || bareApostrophe
                    && Arrays.stream(owned.group(2).split(" ")).anyMatch(OrganizationWords::isInstitution)) {
                split.add(m);
                continue;
            }
            String owner = owned.group(1);
            String[] ownerWords = owner.split(" ");
            // "Radio 4's Today programme", "BBC One's Fame Academy series": a broadcaster's programme is no organisation
            if ("ORGANIZATION".equals(m.type())
                    && UntaggedNames.PROGRAMME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                split.add(new NamedMention("ORGANIZATION", m.start(), m.start() + owner.length(), owner));
                continue;
            }
            // "Bayern Munich's Champions League" where "Bayern" is an organisation on its own elsewhere
            boolean body = bodies.contains(owner) || ownerWords.length > 1 && (bodies.contains(ownerWords[0])
                    || bareApostrophe && KnownOrganizations.get().contains(ownerWords[0]))
                    || CorporateSuffixes.hasLegalForm(owner)
                    || Arrays.stream(ownerWords).anyMatch(OrganizationWords::isInstitution)
                    || KnownOrganizations.get().contains(owned.group(2));
            Matcher person = body ? null : honouredPerson(owner);
            if (!body && person == null) {
                split.add(m);
                continue;
            }
            int ownedStart = m.start() + owned.start(2);
            if (person != null) { // the name without its honorific, as for any person
                split.add(new NamedMention("PERSON", m.start() + person.start(1), m.start() + owner.length(), person.group(1)));
            } else {
                split.add(new NamedMention("ORGANIZATION", m.start(), m.start() + owner.length(), owner));
            }
            split.add(new NamedMention(m.type(), ownedStart, m.end(), owned.group(2), m.beforeVerb()));
        }
        return split;
    }

    /**
     * "Lord Conrad Black": an honorific and a first name and surname, not an office ("Lord Keeper", "Lord Chancellor").
     * The match (group 1: the name), or null.
     */
    private static Matcher honouredPerson(String owner) {
        Matcher honoured = HONOURED.matcher(owner);
        return honoured.matches() && honoured.group(1).contains(" ") ? honoured : null;
    }

    /**
     * A "person" after the definite article that is a noun describing one ("the Scot said", "the 25-year-old
     * Dubliner", "the Glasgow Kelvin MP") is a description of somebody, not a name. NER tags such demonyms as persons, and a later "he"
     * would then resolve to "Scot". A name after "the" ("the Trump administration") stays, and so does the
     * surname of a person the article names in full.
     */
    static List<NamedMention> withoutDescriptions(List<NamedMention> mentions, String text) {
        Set<String> surnames = NamedMention.surnames(mentions);
        List<NamedMention> kept = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            boolean description = "PERSON".equals(m.type())
                    && (SentenceSubjects.describesPerson(m.text()) && !surnames.contains(m.text())
                            || ELECTED_MEMBER.matcher(m.text()).find())
                    && DEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
            if (!description) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * "In Tears of the Sun Willis plays": a "person" of two words or more after "the" whose last word is the surname of
     * another person the article names in full is that surname after a title's last word, not a second person.
     */
    static List<NamedMention> surnamesAfterTitles(List<NamedMention> mentions, String text) {
        List<NamedMention> out = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            String surname = m.text().substring(space + 1);
            boolean glued = "PERSON".equals(m.type()) && space > 0 && SURNAME.matcher(surname).matches()
                    && DEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    && mentions.stream().anyMatch(o -> o != m && "PERSON".equals(o.type()) && o.text().indexOf(' ') > 0
                            && o.text().endsWith(" " + surname) && !o.text().equals(m.text()));
            out.add(glued ? m.withSpan(text, m.start() + space + 1, m.end()) : m);
        }
        return out;
    }

    /**
     * One name, one sense within an article: a single word NER typed a place or an organisation that is the
     * surname of a person the article names in full ("Gordon Renton ... said Mr Renton", "Renton" typed a
     * place) is that person. NER types each mention from its own sentence, where a lone surname can read as a
     * town or a firm. Not after a place preposition ("in Washington"), and not a name of the alias table or of
     * the known organisations ("Jordan", "Reuters"), which the article may mean as well. The same for a full name
     * typed otherwise whose surname is written with an honorific ({@link #fullNameOfHonoured}).
     */
    static List<NamedMention> surnamesAsPersons(List<NamedMention> mentions, String text) {
        Set<String> surnames = NamedMention.surnames(mentions);
        Set<String> honoured = honouredSurnames(mentions, text);
        List<NamedMention> typed = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            boolean surname = !"PERSON".equals(m.type()) && surnames.contains(m.text())
                    && AliasTable.get().lookup(m.text(), true).isEmpty() && !KnownOrganizations.get().contains(m.text())
                    && !MentionFinder.afterPlacePreposition(text, m.start());
            boolean person = surname || fullNameOfHonoured(m, honoured) || describedFullNameOfLoneSurname(m, mentions, text);
            typed.add(person ? new NamedMention("PERSON", m.start(), m.end(), m.text(), m.beforeVerb()) : m);
        }
        return typed;
    }

    /** Whether an honorific is written right before the mention ("Lord " + "Strathclyde"). */
    static boolean afterHonorific(NamedMention m, String text) {
        return HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find();
    }

    /** One-word person mentions written right after an honorific ("Mr Skeens"): surely surnames. */
    private static Set<String> honouredSurnames(List<NamedMention> mentions, String text) {
        Set<String> found = new HashSet<>();
        for (NamedMention m : mentions) {
            if ("PERSON".equals(m.type()) && m.text().indexOf(' ') < 0 && afterHonorific(m, text)) {
                found.add(m.text());
            }
        }
        return found;
    }

    /**
     * A name of two words NER typed otherwise, whose last is the surname of a person written with an honorific ("Trevin
     * Skeens" an organisation, "Mr Skeens said"), is that person's full name: a first name, not an initial, before it.
     */
    private static boolean fullNameOfHonoured(NamedMention m, Set<String> honoured) {
        return mayBeFullNameTypedOtherwise(m) && honoured.contains(m.text().split(" ")[1]);
    }

    /** A name of two words NER did not type a person's, a first name (not an initial) and no organisation's word. */
    private static boolean mayBeFullNameTypedOtherwise(NamedMention m) {
        String[] words = m.text().split(" ");
        return !"PERSON".equals(m.type()) && words.length == 2
                && words[0].matches("\\p{Lu}\\p{Ll}{2,}") && !KnownOrganizations.get().contains(m.text())
                && !OrganizationWords.isInstitution(words[0]) && !CorporateSuffixes.hasLegalForm(m.text());
    }

    /**
     * "Liverpool forward Milan Baros" (an organisation to NER, for AC Milan), then "Baros" alone as a person twice: a
     * name of two words typed otherwise, after a noun that describes a person, whose last word the article writes alone
     * as a person's and as no other person's surname, is that person's full name.
     */
    private static boolean describedFullNameOfLoneSurname(NamedMention m, List<NamedMention> mentions, String text) {
        if (!mayBeFullNameTypedOtherwise(m)) {
            return false;
        }
        String[] words = m.text().split(" ");
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        long alone = mentions.stream().filter(o -> "PERSON".equals(o.type()) && o.text().equals(words[1])).count();
        boolean otherFullName = mentions.stream().anyMatch(o -> "PERSON".equals(o.type()) && o.text().endsWith(" " + words[1]));
        return alone >= 2 && !otherFullName && before.find() && SentenceSubjects.describesPerson(before.group(1));
    }

    /**
     * A name after an honorific that NER typed otherwise is a person's: the honorific inside the mention ("Sir Stanley
     * Odell" as an organisation) or written right before it ("Lord" + "Strathclyde" tagged a place), unless an
     * institution's noun is part of the name ("Lord Chancellor's Department").
     */
    static NamedMention honoured(NamedMention m, String text) {
        if ("PERSON".equals(m.type())) {
            return m;
        }
        Matcher titled = HONOURED.matcher(m.text());
        boolean after = afterHonorific(m, text);
        String name = titled.matches() ? titled.group(1) : after ? m.text() : null;
        if (name == null || Arrays.stream(name.split(" ")).anyMatch(OrganizationWords::isInstitution)) {
            return m;
        }
        return new NamedMention("PERSON", m.start(), m.end(), m.text(), m.beforeVerb());
    }

    /** The mention without the titles it opens with, one after another ("Mr Justice Eady" → "Eady"). */
    private static NamedMention stripTitle(NamedMention m, String text) {
        NamedMention stripped = m;
        int cut;
        while ((cut = PersonTitles.leadingTitleLength(stripped.text())) > 0 && cut < stripped.text().length()) {
            stripped = stripped.withSpan(text, stripped.start() + cut, stripped.end());
        }
        return stripped;
    }

    /** Spans of the titles written right before each person mention ("Secretary of State " + name). */
    private static List<int[]> titlesBeforePersons(List<NamedMention> mentions, String text) {
        List<int[]> spans = new ArrayList<>();
        for (NamedMention m : mentions) {
            if ("PERSON".equals(m.type()) && m.start() > 1 && text.charAt(m.start() - 1) == ' ') {
                int start = PersonTitles.titleEndingAt(text, m.start() - 1);
                if (start >= 0) {
                    spans.add(new int[] {start, m.start() - 1});
                }
            }
        }
        return spans;
    }

    private static boolean insideAny(NamedMention m, List<int[]> spans) {
        for (int[] s : spans) {
            if (m.start() >= s[0] && m.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The mention cut where {@code end} is first found in it, if not at its start; else the mention as it is. */
    private static NamedMention endBefore(Pattern end, NamedMention m, String text) {
        Matcher found = end.matcher(m.text());
        return found.find() && found.start() > 0 ? m.withSpan(text, m.start(), m.start() + found.start()) : m;
    }

    /**
     * A lower-case letter directly followed by the mention's own first word ("MnuchinSteven") marks
     * text glued on by a scraper: the mention ends there. "McDonald" is left alone, because "Donald"
     * is not the first word of the name.
     */
    static NamedMention unglue(NamedMention m, String text) {
        String name = m.text();
        int space = name.indexOf(' ');
        if (space <= 0) {
            return m;
        }
        String firstWord = name.substring(0, space);
        for (int i = space + 1; i < name.length() - 1; i++) {
            if (Character.isLowerCase(name.charAt(i)) && name.startsWith(firstWord, i + 1)) {
                return m.withSpan(text, m.start(), m.start() + i + 1);
            }
        }
        return m;
    }
}
