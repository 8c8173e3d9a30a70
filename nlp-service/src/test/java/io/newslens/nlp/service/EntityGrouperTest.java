package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

    @Test
    void mentionsOfTheSameNormalisedNameFormOneEntityNamedByItsLongestFormAndMostFrequentType() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "ORGANIZATION:Acme Corp.", "ORGANIZATION:Acme Corp", "LOCATION:ACME CORP"));

        assertThat(entities).extracting(Entity::id, Entity::name, Entity::type, Entity::aliases).containsExactly(
                tuple("organization:acme", "Acme", "ORGANIZATION", List.of("Acme Corp.", "Acme Corp", "ACME CORP")));
    }

    @Test
    void aliasTableJoinsCountryNamesWhateverTheirNerType() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "LOCATION:U.S.", "LOCATION:US", "ORGANIZATION:US", "LOCATION:America", "LOCATION:United States",
                "LOCATION:Britain", "LOCATION:UK"));

        assertThat(entities).extracting(Entity::id, Entity::name, Entity::type).containsExactly(
                tuple("location:united-states", "United States", "LOCATION"),
                tuple("location:united-kingdom", "United Kingdom", "LOCATION"));
        assertThat(entities.get(0).aliases()).containsExactly("U.S.", "US", "America", "United States");
    }

    @Test
    void anOrganisationIsNamedWithoutALeadingArticle() {
        assertThat(EntityGrouper.group(mentions("ORGANIZATION:The Dene Courier", "ORGANIZATION:Dene Courier",
                "ORGANIZATION:The Oakham Gazette"))).extracting(Entity::name)
                .containsExactly("Dene Courier", "Oakham Gazette");
    }

    @Test
    void aPlaceOfTwoWordsEndingAPersonsFullNameIsThatPersonButOneWordStaysAPlace() {
        List<Entity> entities = EntityGrouper.group(mentions("PERSON:Tom El Dene", "LOCATION:El Dene", "LOCATION:El Dene",
                "LOCATION:El Dene", "PERSON:Ann Oakham", "LOCATION:Oakham"));
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Tom El Dene", "PERSON"), tuple("Ann Oakham", "PERSON"), tuple("Oakham", "LOCATION"));
    }

    @Test
    void aPartyAdjectiveNerTookForAnOrganisationJoinsThePartyOnlyWhereThePartyIsNamed() {
        List<Entity> withParty = EntityGrouper.group(mentions(
                "ORGANIZATION:Tories", "ORGANIZATION:Conservative", "ORGANIZATION:Tory", "MISC:Lib Dem"));
        assertThat(withParty).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Conservative Party", "ORGANIZATION"), tuple("Lib Dem", "MISC"));
        assertThat(withParty.get(0).aliases()).containsExactly("Tories", "Conservative", "Tory");

        assertThat(EntityGrouper.group(mentions("ORGANIZATION:Tory"))).extracting(Entity::name).containsExactly("Tory");
    }

    @Test
    void aPartyAdjectiveTaggedMiscJoinsThePartyWhereThePartyIsNamed() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:Lib Dems", "MISC:Lib Dem", "MISC:Liberal Democrat"));
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(tuple("Liberal Democrats", "ORGANIZATION"));
        assertThat(entities.get(0).aliases()).containsExactly("Lib Dems", "Lib Dem", "Liberal Democrat");
    }

    @Test
    void initialsAreNotTheShortFormOfTheirGoverningBodyButOfAFullName() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:IAAF", "ORGANIZATION:IAAF Council",
                "ORGANIZATION:WOFA", "ORGANIZATION:WOFA Holdings"));
        assertThat(entities).extracting(Entity::name).containsExactly("IAAF", "IAAF Council", "WOFA Holdings");
    }

    @Test
    void aKnownOrganisationIsNotTheShortFormOfItsArmWrittenInCapitalsButOfItsFullName() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:Microsoft", "ORGANIZATION:Microsoft IPTV",
                "ORGANIZATION:Sony", "ORGANIZATION:Sony Pictures Entertainment Inc", "ORGANIZATION:Brightmart",
                "ORGANIZATION:Brightmart UK"));

        assertThat(entities).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("Microsoft", List.of("Microsoft")), tuple("Microsoft IPTV", List.of("Microsoft IPTV")),
                tuple("Sony Pictures Entertainment", List.of("Sony", "Sony Pictures Entertainment Inc")),
                tuple("Brightmart UK", List.of("Brightmart", "Brightmart UK")));
    }

    @Test
    void aKnownOrganisationIsTheShortFormOfALongerNameWrittenBeforeIt() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:Apple Norbridge", "ORGANIZATION:Apple",
                "ORGANIZATION:Google", "ORGANIZATION:Google News"));

        assertThat(entities).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("Apple Norbridge", List.of("Apple Norbridge", "Apple")), tuple("Google", List.of("Google")),
                tuple("Google News", List.of("Google News")));
    }

    @Test
    void aKnownOrganisationIsNotTheShortFormOfAProductNamedAfterIt() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:Google", "ORGANIZATION:Google News",
                "ORGANIZATION:Apple", "ORGANIZATION:Apple Computer"));

        assertThat(entities).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("Google", List.of("Google")), tuple("Google News", List.of("Google News")),
                tuple("Apple Computer", List.of("Apple", "Apple Computer")));
    }

    @Test
    void twoOrganisationsJoinedByAHyphenAreTheFullNameOfNeither() {
        List<Entity> entities = EntityGrouper.group(mentions("ORGANIZATION:Fiat", "ORGANIZATION:GM",
                "ORGANIZATION:Fiat-GM", "ORGANIZATION:Fiat", "ORGANIZATION:Rolls-Royce", "ORGANIZATION:Rolls",
                "ORGANIZATION:Norbridge-BP", "ORGANIZATION:BP"));

        // the other part need not be named alone when this one is a known organisation ("BP")
        assertThat(entities).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("Fiat", List.of("Fiat")), tuple("GM", List.of("GM")), tuple("Fiat-GM", List.of("Fiat-GM")),
                tuple("Rolls-Royce", List.of("Rolls-Royce", "Rolls")), tuple("Norbridge-BP", List.of("Norbridge-BP")),
                tuple("BP", List.of("BP")));
    }

    @Test
    void aSurnameMisspeltByOneLetterJoinsTheOnlyPersonItCanBe() {
        List<Entity> entities = EntityGrouper.group(mentions("PERSON:Pranab Mukherjee", "PERSON:Mukerjee",
                "PERSON:John Kerry", "PERSON:Kerr"));

        assertThat(entities).extracting(Entity::id, Entity::aliases).containsExactly(
                tuple("person:pranab-mukherjee", List.of("Pranab Mukherjee", "Mukerjee")),
                tuple("person:john-kerry", List.of("John Kerry")),
                tuple("person:kerr", List.of("Kerr")));
        assertThat(EntityGrouper.misspeltSurname("mukherjea", "pranab-mukherjee")).isTrue();
        assertThat(EntityGrouper.misspeltSurname("mukherje", "pranab-mukherjee")).isTrue();
        assertThat(EntityGrouper.misspeltSurname("mukerje", "pranab-mukherjee")).isFalse();
        assertThat(EntityGrouper.misspeltSurname("browne", "gordon-brown")).isFalse();
        assertThat(EntityGrouper.misspeltSurname("montieth", "david-monteith")).isTrue(); // two letters swapped
        assertThat(EntityGrouper.misspeltSurname("motnieth", "david-monteith")).isFalse();
    }

    @Test
    void washingtonIsTheUnitedStatesOnlyWhenItActs() {
        List<NamedMention> found = List.of(
                new NamedMention("LOCATION", 0, 10, "Washington", true),
                new NamedMention("LOCATION", 20, 30, "Washington", false),
                new NamedMention("LOCATION", 40, 42, "US", false));

        assertThat(EntityGrouper.group(found)).extracting(Entity::id, Entity::aliases).containsExactly(
                tuple("location:united-states", List.of("Washington", "US")),
                tuple("location:washington", List.of("Washington")));
    }

    @Test
    void acronymJoinsTheOnlyNameWithItsInitials() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "ORGANIZATION:Silicon Valley Leadership Group", "ORGANIZATION:SVLG", "ORGANIZATION:Acme Corp"));

        assertThat(entities).extracting(Entity::id).containsExactly(
                "organization:silicon-valley-leadership-group", "organization:acme");
        assertThat(entities.get(0).aliases()).containsExactly("Silicon Valley Leadership Group", "SVLG");
    }

    @Test
    void acronymSpellsOutAWordWrittenInCapitalsWhenNoNameHasItsPlainInitials() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "ORGANIZATION:UK Independence Party", "ORGANIZATION:UKIP", "ORGANIZATION:BT Retail", "ORGANIZATION:BTR"));

        assertThat(entities).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("UK Independence Party", List.of("UK Independence Party", "UKIP")),
                tuple("BT Retail", List.of("BT Retail", "BTR")));

        assertThat(EntityGrouper.group(mentions("ORGANIZATION:Public and Commercial Services Union",
                "ORGANIZATION:PCS Union", "ORGANIZATION:PCSU"))).extracting(Entity::name, Entity::aliases).containsExactly(
                tuple("Public and Commercial Services Union", List.of("Public and Commercial Services Union", "PCSU")),
                tuple("PCS Union", List.of("PCS Union")));
    }

    @Test
    void acronymDefinedInParenthesesJoinsItsLongFormEvenWithOtherInitials() {
        String text = "Ministry of Industry and Information Technology (MIIT) said MIIT would act.";
        List<NamedMention> found = List.of(
                new NamedMention("ORGANIZATION", 0, 47, "Ministry of Industry and Information Technology"),
                new NamedMention("ORGANIZATION", 49, 53, "MIIT"),
                new NamedMention("ORGANIZATION", 60, 64, "MIIT"));

        List<Entity> entities = EntityGrouper.group(found, text);

        assertThat(entities).extracting(Entity::name).containsExactly("Ministry of Industry and Information Technology");
        assertThat(entities.get(0).mentions()).hasSize(3);
    }

    @Test
    void acronymWithAnAmpersandJoinsItsInitialsAndADefinitionMayFollowAPossessive() {
        assertThat(EntityGrouper.group(mentions("ORGANIZATION:Standard & Poor's", "ORGANIZATION:S&P")))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("Standard & Poor's", List.of("Standard & Poor's", "S&P")));

        String text = "The Movie Association for America's (MPAA) tool. The MPAA said so.";
        List<NamedMention> found = List.of(
                new NamedMention("ORGANIZATION", 4, 33, "Movie Association for America"),
                new NamedMention("ORGANIZATION", 37, 41, "MPAA"),
                new NamedMention("ORGANIZATION", 53, 57, "MPAA"));
        assertThat(EntityGrouper.group(found, text)).extracting(Entity::name).containsExactly("Movie Association for America");
    }

    @Test
    void sameWordsInAnotherOrderAreOneOrganisation() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "ORGANIZATION:Foreign Affairs Ministry", "ORGANIZATION:Ministry of Foreign Affairs"));

        assertThat(entities).extracting(Entity::name).containsExactly("Ministry of Foreign Affairs");
    }

    @Test
    void organisationShortFormJoinsTheOnlyLongerName() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "ORGANIZATION:Huawei Technologies", "ORGANIZATION:Huawei", "ORGANIZATION:Foreign Ministry",
                "ORGANIZATION:Chinese Foreign Ministry"));

        assertThat(entities).extracting(Entity::id).containsExactly(
                "organization:huawei", "organization:chinese-foreign-ministry");
    }

    @Test
    void personShortFormRetypesAFullNameThatNerCalledAPlace() {
        List<Entity> entities = EntityGrouper.group(mentions("LOCATION:Meng Wanzhou", "PERSON:Meng"));

        assertThat(entities).extracting(Entity::id, Entity::type).containsExactly(tuple("person:meng-wanzhou", "PERSON"));
    }

    @Test
    void saliencesAreSharesWeightedTowardsTheStartAndAddUpToOne() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Jane Doe", "ORGANIZATION:Acme", "PERSON:Doe", "LOCATION:Paris"));

        assertThat(entities.stream().mapToDouble(Entity::salience).sum()).isCloseTo(1.0, within(0.001));
        assertThat(entities.get(0).salience()).isGreaterThan(entities.get(1).salience() * 1.5);
        assertThat(entities.get(1).salience()).isGreaterThan(entities.get(2).salience());
    }

    @Test
    void surnameAloneJoinsTheOnlyFullNameItShortens() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Pompeo", "PERSON:Mike Pompeo", "PERSON:Xi", "PERSON:Xi Jinping", "PERSON:Pompeo"));

        assertThat(entities).extracting(Entity::id).containsExactly("person:mike-pompeo", "person:xi-jinping");
        assertThat(entities.get(0).name()).isEqualTo("Mike Pompeo");
        assertThat(entities.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Pompeo", "Mike Pompeo", "Pompeo");
    }

    @Test
    void surnameSharedByTwoFullNamesStaysOnItsOwn() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Jane Doe", "PERSON:John Doe", "PERSON:Doe"));

        assertThat(entities).extracting(Entity::id).containsExactly("person:jane-doe", "person:john-doe", "person:doe");
    }

    @Test
    void onlyPersonsJoinByShortForm() {
        List<Entity> entities = EntityGrouper.group(mentions("LOCATION:York", "LOCATION:New York"));

        assertThat(entities).extracting(Entity::id).containsExactly("location:york", "location:new-york");
    }

    @Test
    void aShortFormMustBeWholeWords() {
        assertThat(EntityGrouper.shortens("doe", "jane-doe")).isTrue();
        assertThat(EntityGrouper.shortens("jane", "jane-doe")).isTrue();
        assertThat(EntityGrouper.shortens("do", "jane-doe")).isFalse();
        assertThat(EntityGrouper.shortens("jane-doe", "jane-doe")).isFalse();
    }

    /** "TYPE:text" mentions laid out one after another, as in "text text text". */
    @Test
    void twoSpellingsOfAFirstNameAreOnePersonAndTheSurnameJoinsThem() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Viktor Makarov", "PERSON:Makarov", "PERSON:Victor Makarov", "PERSON:Ian Smith", "PERSON:Ivan Smith"));
        assertThat(entities).extracting(Entity::id).containsExactly("person:viktor-makarov", "person:ian-smith", "person:ivan-smith");
        assertThat(entities.get(0).aliases()).containsExactly("Viktor Makarov", "Makarov", "Victor Makarov");
    }

    private static List<NamedMention> mentions(String... typed) {
        List<NamedMention> found = new ArrayList<>();
        int offset = 0;
        for (String t : typed) {
            String type = t.substring(0, t.indexOf(':'));
            String text = t.substring(t.indexOf(':') + 1);
            found.add(new NamedMention(type, offset, offset + text.length(), text));
            offset += text.length() + 1;
        }
        return found;
    }

    @Test
    void aClubsShortNameFromTheAliasTableJoinsTheClub() {
        assertThat(EntityGrouper.group(mentions("ORGANIZATION:Manchester United", "PERSON:Man Utd")))
                .extracting(Entity::id, Entity::type).containsExactly(tuple("organization:manchester-united", "ORGANIZATION"));
    }

    @Test
    void aMixedCaseAbbreviationJoinsTheOnlyNameWhoseWordsItsPartsBegin() {
        assertThat(EntityGrouper.group(mentions("ORGANIZATION:Hartmann Lutz Brenner", "ORGANIZATION:HaLB",
                "ORGANIZATION:Hale Brothers", "ORGANIZATION:HaBr")))
                .extracting(Entity::id).containsExactly("organization:hartmann-lutz-brenner", "organization:hale-brothers");
        // initials in capitals alone are acronyms, not this
        assertThat(MixedCaseAbbreviation.isOne("BBC")).isFalse();
    }

    @Test
    void aNameWithMiddleInitialsAndWithoutThemIsOnePersonNamedByTheFullerForm() {
        assertThat(EntityGrouper.group(mentions("PERSON:Jane Hale", "PERSON:Jane K. Hale", "PERSON:Hale",
                "PERSON:Tom J. R. Dene", "PERSON:Tom Dene", "PERSON:Tom Kay Dene")))
                .extracting(Entity::id).containsExactly("person:jane-k-hale", "person:tom-j-r-dene", "person:tom-kay-dene");
        // one sentence naming both names two persons
        String text = "Jane K. Hale spoke. Later Jane Hale left. Presidents Tom K Dene, Ann Reed and Tom Dene met.";
        assertThat(EntityGrouper.group(placed(text, "PERSON:Jane K. Hale", "PERSON:Jane Hale", "PERSON:Tom K Dene",
                "PERSON:Ann Reed", "PERSON:Tom Dene"), text)).extracting(Entity::id)
                .containsExactly("person:jane-k-hale", "person:tom-k-dene", "person:ann-reed", "person:tom-dene");
    }

    @Test
    void aShortFormOfAFirstNameAndItsFullNameAreOnePersonNamedByTheFullForm() {
        assertThat(EntityGrouper.group(mentions("PERSON:Dave Hale", "PERSON:David Hale", "PERSON:Hale")))
                .extracting(Entity::id).containsExactly("person:david-hale");
        assertThat(EntityGrouper.group(mentions("PERSON:Dave Hale", "PERSON:Dan Hale")))
                .extracting(Entity::id).containsExactly("person:dave-hale", "person:dan-hale");
    }

    @Test
    void aSurnameWithADoubledLetterWrittenOnceJoinsItsPerson() {
        assertThat(EntityGrouper.group(mentions("PERSON:Jacques Barrot", "PERSON:Barot")))
                .extracting(Entity::name, Entity::aliases).containsExactly(tuple("Jacques Barrot", List.of("Jacques Barrot", "Barot")));
        assertThat(EntityGrouper.misspeltSurname("barot", "jacques-barrot")).isTrue();
        assertThat(EntityGrouper.misspeltSurname("barrot", "jacques-barot")).isTrue();
        assertThat(EntityGrouper.misspeltSurname("barat", "jacques-barrot")).isFalse();
        assertThat(EntityGrouper.misspeltSurname("hal", "tom-hall")).isFalse(); // too short to trust
    }

    /** Each "TYPE:words" at its first place in the text at or after the previous one's end. */
    private static List<NamedMention> placed(String text, String... typed) {
        List<NamedMention> found = new ArrayList<>();
        int from = 0;
        for (String t : typed) {
            String words = t.substring(t.indexOf(':') + 1);
            int start = text.indexOf(words, from);
            found.add(new NamedMention(t.substring(0, t.indexOf(':')), start, start + words.length(), words));
            from = start + words.length();
        }
        return found;
    }

    @Test
    void twoNamesOfOnePersonWrittenSideBySideJoin() {
        String stage = "T-Bone spoke. Nobody beats T-Bone, real name Tom Hale, at home. Hale agreed.";
        assertThat(EntityGrouper.group(placed(stage, "PERSON:T-Bone", "PERSON:Tom Hale", "PERSON:Hale"), stage))
                .extracting(Entity::name, Entity::aliases).containsExactly(tuple("T-Bone", List.of("T-Bone", "Tom Hale", "Hale")));

        String known = "JR is on air. JR, also known as Bob Reed, said so.";
        assertThat(EntityGrouper.group(placed(known, "ORGANIZATION:JR", "ORGANIZATION:JR", "PERSON:Bob Reed"), known))
                .extracting(Entity::type, Entity::name).containsExactly(tuple("PERSON", "Bob Reed"));

        String better = "President Ann Reed, better known as Big Annie, spoke.";
        assertThat(EntityGrouper.group(placed(better, "PERSON:Ann Reed", "PERSON:Big Annie"), better))
                .extracting(Entity::name).containsExactly("Big Annie");

        String apart = "Tom Hale met Bob Reed, a friend, and Ann Reed.";
        assertThat(EntityGrouper.group(placed(apart, "PERSON:Tom Hale", "PERSON:Bob Reed", "PERSON:Ann Reed"), apart))
                .hasSize(3);
    }

    @Test
    void theGopAndRepublicansAreTheRepublicanPartyAndDemocratsJoinTheDemocraticPartyOnlyWhereItIsNamed() {
        List<Entity> us = EntityGrouper.group(mentions("ORGANIZATION:GOP", "MISC:Republicans", "ORGANIZATION:Democratic Party",
                "MISC:Democrats"));
        assertThat(us).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Republican Party", "ORGANIZATION"), tuple("Democratic Party", "ORGANIZATION"));

        assertThat(EntityGrouper.group(mentions("MISC:Democrats"))).extracting(Entity::name).containsExactly("Democrats");
    }

    @Test
    void aUsStateWrittenByItsAbbreviationIsTheState() {
        List<Entity> states = EntityGrouper.group(mentions("LOCATION:Nevada", "LOCATION:Nev.", "ORGANIZATION:N.C."));
        assertThat(states).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Nevada", "LOCATION"), tuple("North Carolina", "LOCATION"));
    }

    @Test
    void aMiddleNameAloneIsThePersonNamedInFullWithIt() {
        assertThat(EntityGrouper.group(mentions("PERSON:Ann Reed Dene", "PERSON:Reed", "PERSON:Tom Hale")))
                .extracting(Entity::name, Entity::aliases).containsExactly(
                        tuple("Ann Reed Dene", List.of("Ann Reed Dene", "Reed")), tuple("Tom Hale", List.of("Tom Hale")));
    }

    @Test
    void initialsOfANameAfterTheNationOpeningItAreThatName() {
        assertThat(EntityGrouper.group(mentions("ORGANIZATION:United States Dene Enforcement Agency", "ORGANIZATION:DEA",
                "ORGANIZATION:UK Oakham Board", "ORGANIZATION:UKOB"))).extracting(Entity::name, Entity::aliases).containsExactly(
                        tuple("United States Dene Enforcement Agency", List.of("United States Dene Enforcement Agency", "DEA")),
                        tuple("UK Oakham Board", List.of("UK Oakham Board", "UKOB")));
    }
}
