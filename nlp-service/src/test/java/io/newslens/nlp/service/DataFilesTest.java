package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the format of the data files in src/main/resources/nlp/. */
class DataFilesTest {

    @Test
    void everyAliasLineIsTypeNameAndAliasesAndNoAliasNamesTwoEntities() {
        // Loading parses and checks every line; the instance is what the service uses.
        AliasTable table = AliasTable.load(ResourceLines.read(AliasTable.RESOURCE));
        assertThat(table.lookup("U.S.", false)).contains(new AliasTable.Canonical("LOCATION", "United States"));
        assertThat(table.lookup("Britain", false)).contains(new AliasTable.Canonical("LOCATION", "United Kingdom"));
        assertThat(table.lookup("CCP", false)).contains(new AliasTable.Canonical("ORGANIZATION", "Chinese Communist Party"));
        assertThat(table.lookup("Washington", false)).isEmpty();
        assertThat(table.lookup("Washington", true)).contains(new AliasTable.Canonical("LOCATION", "United States"));
    }

    @Test
    void anAliasWrittenInCapitalsMatchesOnlyAMentionInCapitals() {
        AliasTable table = AliasTable.load(List.of("LOCATION | United States | US; U.S.; America"));
        assertThat(table.lookup("US", false)).contains(new AliasTable.Canonical("LOCATION", "United States"));
        assertThat(table.lookup("U.S.", false)).contains(new AliasTable.Canonical("LOCATION", "United States"));
        assertThat(table.lookup("Us", false)).isEmpty(); // "Us Weekly", the magazine
        assertThat(table.lookup("AMERICA", false)).contains(new AliasTable.Canonical("LOCATION", "United States"));
    }

    @Test
    void knownOrganisationsAreOneNamePerLineAndNoneIsAnAlias() {
        List<String> known = ResourceLines.read(KnownOrganizations.RESOURCE).stream()
                .map(name -> name.replace(KnownOrganizations.ALONE_MARKER, "")).toList();
        AliasTable aliases = AliasTable.get();
        assertThat(known).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[\\p{L}\\p{N}&'’.\\-, /!]+"), "a name, no separators")
                // an alias gives its entity a canonical name already; being in both would be dead data
                .allMatch(name -> aliases.lookup(name, true).isEmpty(), "not in entity-aliases.txt");
    }

    @Test
    void aliasLinesInAnotherFormatAreRejected() {
        assertThatThrownBy(() -> AliasTable.load(List.of("United States, US, America")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AliasTable.load(List.of("COUNTRY | United States | US")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AliasTable.load(List.of("LOCATION | Georgia | GA", "LOCATION | Gabon | GA")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titlesCuesAndSuffixesAreOnePhrasePerLine() {
        for (String resource : List.of(PersonTitles.RESOURCE, AttributionCues.RESOURCE, CorporateSuffixes.RESOURCE,
                UntaggedNames.HONORIFICS, UntaggedNames.OCCUPATIONS, CueSpeaker.GROUP_SUBJECTS, SentenceSubjects.PERSON_NOUNS_RESOURCE,
                CueSpeaker.DOCUMENT_SUBJECTS)) {
            assertThat(ResourceLines.read(resource)).as(resource).isNotEmpty()
                    .allMatch(line -> line.matches("[\\p{L}.\\- ]+"), "letters, dots, dashes and spaces only")
                    .doesNotHaveDuplicates();
        }
        assertThat(AttributionCues.all()).contains("said", "according to", "stated", "continued", "told");
        assertThat(PersonTitles.all()).contains("secretary of state", "president", "mr");
    }

    @Test
    void firstNameLinesAreAShortFormAndTheFullNameItStandsFor() {
        assertThat(ResourceLines.read(FirstNameForms.RESOURCE)).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(line -> line.matches("\\p{Ll}+ \\p{Ll}+"), "two lower-case words")
                .allMatch(line -> line.indexOf(' ') <= line.length() - line.indexOf(' ') - 1, "the full name no shorter");
        assertThat(FirstNameForms.sameName("dave", "david")).isTrue();
        assertThat(FirstNameForms.sameName("david", "dave")).isTrue();
        assertThat(FirstNameForms.sameName("dave", "daniel")).isFalse();
        assertThat(FirstNameForms.sameName("freddie", "frederick")).isTrue();
    }

    @Test
    void sportsClubLinesAreAKindAndWordsAndNoCountry() {
        assertThat(SportsClubs.malformed()).isEmpty();
        List<String> lines = ResourceLines.read(SportsClubs.RESOURCE);
        assertThat(lines).doesNotHaveDuplicates();
        assertThat(lines).filteredOn(l -> l.startsWith("club ")).map(l -> l.substring(5))
                .as("a national side is written as its country, a place").noneMatch(Nations::contains);
    }

    @Test
    void firstNameLinesAreANameAndASexThatCoreNlpsListLacks() {
        assertThat(NameSexes.malformedSupplement()).isEmpty();
        assertThat(ResourceLines.read(NameSexes.SUPPLEMENT).stream().map(l -> l.split(" ")[0])).doesNotHaveDuplicates();
        assertThat(NameSexes.of("Cate Lowe")).contains("FEMALE");
        assertThat(NameSexes.of("Liam Dene")).contains("MALE");
        assertThat(NameSexes.of("Jordan Hale")).as("both sexes").isEmpty();
    }

    @Test
    void organisationWordLinesAreAKindAndWords() {
        assertThat(OrganizationWords.malformed()).isEmpty();
        assertThat(ResourceLines.read(OrganizationWords.RESOURCE)).doesNotHaveDuplicates();
        assertThat(OrganizationWords.isCompanyNoun("firm")).isTrue();
        assertThat(OrganizationWords.isCompanyNoun("leader")).as("describes people too").isFalse();
    }

    @Test
    void currencyLinesAreCodeSignsAndWordsAndNoSignNamesTwoCurrencies() {
        Currencies currencies = Currencies.load(ResourceLines.read(Currencies.RESOURCE));
        assertThat(currencies.bySign("$")).contains("USD");
        assertThat(currencies.bySign("£")).contains("GBP");
        assertThat(currencies.byWord("Yuan")).contains("CNY");
        assertThatThrownBy(() -> Currencies.load(List.of("USD, $, dollars"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Currencies.load(List.of("usd | $ | dollars"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Currencies.load(List.of("USD | $ | dollar", "AUD | $ | dollar")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toneLexiconLinesAreALemmaAndANonZeroScoreFromMinusThreeToThree() {
        assertThat(ToneLexicon.parse(ResourceLines.read(ToneLexicon.LEXICON)))
                .containsEntry("hypocritical", -3).containsEntry("bully", -3).containsEntry("cooperation", 1)
                .doesNotContainKeys("security", "interest", "allege", "accuse");
        assertThatThrownBy(() -> ToneLexicon.parse(List.of("evil -3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToneLexicon.parse(List.of("evil | -4"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToneLexicon.parse(List.of("Evil | -3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToneLexicon.parse(List.of("evil | -3", "evil | -2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negatorsAndKeywordBackgroundAreOneLowerCaseWordPerLine() {
        for (String resource : List.of(ToneLexicon.NEGATORS, KeywordExtractor.RESOURCE)) {
            assertThat(ResourceLines.read(resource)).as(resource).isNotEmpty()
                    .allMatch(line -> line.matches("[a-z'%]+"), "one lower-case word")
                    .doesNotHaveDuplicates();
        }
        assertThat(ResourceLines.read(ToneLexicon.NEGATORS)).contains("not", "n't", "never", "no");
        assertThat(KeywordExtractor.background()).contains("year", "people", "other");
    }

    @Test
    void corporateSuffixesLeaveTheNameOfTheCompany() {
        assertThat(CorporateSuffixes.strip("Huawei Technologies")).isEqualTo("Huawei");
        assertThat(CorporateSuffixes.strip("ZTE Corp.")).isEqualTo("ZTE");
        // a holding company is named with "Holdings" ("UFJ Holdings" is the gold's name, and the bank "UFJ" another)
        assertThat(CorporateSuffixes.strip("Acme Holdings Ltd")).isEqualTo("Acme Holdings");
        assertThat(CorporateSuffixes.strip("Corp")).isEqualTo("Corp");
        // a rest that is a common word alone keeps the legal form, which still shows a company
        assertThat(CorporateSuffixes.strip("News Corp")).isEqualTo("News Corp");
        assertThat(CorporateSuffixes.hasLegalForm("News Corp")).isTrue();
        assertThat(CorporateSuffixes.hasLegalForm("Dene Media")).isFalse();
    }
}
