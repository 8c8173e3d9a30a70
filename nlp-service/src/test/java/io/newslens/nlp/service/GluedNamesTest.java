package io.newslens.nlp.service;

import static io.newslens.nlp.service.TestMentions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedNamesTest {

    private static List<NamedMention> split(String text, String... organisations) {
        return GluedNames.split(List.of(organisations).stream().map(o -> at(text, "ORGANIZATION", o)).toList(), text);
    }

    @Test
    void aListOfCompaniesTaggedAsOneNameIsEachCompany() {
        String text = "Harwoods, Pell of Bristol, Dunn & Crane and Orbis Foods all said sales fell.";
        assertThat(split(text, "Harwoods", "Pell of Bristol, Dunn & Crane", "Orbis Foods all"))
                .extracting(NamedMention::text)
                .containsExactly("Harwoods", "Pell of Bristol", "Dunn & Crane", "Orbis Foods");
    }

    @Test
    void theLastItemOfAListIsSplitAtItsAnd() {
        String text = "Advisers were Kestrel Capital, Fenwick Brothers and Alder Grey Partners.";
        List<NamedMention> split = split(text, "Kestrel Capital", "Fenwick Brothers and Alder Grey Partners");
        assertThat(split).extracting(NamedMention::text)
                .containsExactly("Kestrel Capital", "Fenwick Brothers", "Alder Grey Partners");
        assertThat(split.get(2).start()).isEqualTo(text.indexOf("Alder"));
    }

    @Test
    void twoNamesOfSeveralWordsJoinedByAndAreTwoWhereOneIsNamedAlone() {
        String text = "The study was paid for by Wessex Sport and Sport Mercia last year. Sport Mercia said it was fair.";
        int alone = text.lastIndexOf("Sport Mercia");
        assertThat(GluedNames.split(List.of(at(text, "ORGANIZATION", "Wessex Sport and Sport Mercia"),
                new NamedMention("ORGANIZATION", alone, alone + 12, "Sport Mercia")), text))
                .extracting(NamedMention::text).containsExactly("Wessex Sport", "Sport Mercia", "Sport Mercia");
        String named = "The Coastal Travel and Leisure Council said so.";
        assertThat(split(named, "Coastal Travel and Leisure Council")).extracting(NamedMention::text)
                .containsExactly("Coastal Travel and Leisure Council");
    }

    @Test
    void namesWithTheirOwnCommaOrAndStayWhole() {
        String text = "The Department for Farming, Fisheries and Food, Hale and Pardoe, the Clerical and Allied Workers' "
                + "Union, the University of Wessex, Dorchester and Norcross, Inc. all agreed.";
        assertThat(split(text, "Department for Farming, Fisheries and Food", "Hale and Pardoe",
                "Clerical and Allied Workers' Union", "University of Wessex, Dorchester", "Norcross, Inc."))
                .extracting(NamedMention::text).containsExactly("Department for Farming, Fisheries and Food",
                        "Hale and Pardoe", "Clerical and Allied Workers' Union", "University of Wessex, Dorchester",
                        "Norcross, Inc.");
    }

    /** An occupation word or an honorific inside an organisation's mention starts a person NER ran it on into. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Harbour FM DJ Tessa Morland will host the debate.|Harbour FM DJ Tessa Morland|Harbour FM|Tessa Morland",
        "A party source told the Norbridge Herald Mr Hale would stand.|Norbridge Herald Mr Hale|Norbridge Herald|Hale"})
    void anOrganisationRunOnIntoAPersonIsTheOrganisationAndThePerson(String text, String mention, String organisation,
            String person) {
        assertThat(split(text, mention))
                .extracting(NamedMention::type, NamedMention::text)
                .containsExactly(tuple("ORGANIZATION", organisation), tuple("PERSON", person));
    }

    @Test
    void anHonorificOpeningTheNameIsPartOfIt() {
        String text = "Mr Hale Associates said so.";
        assertThat(split(text, "Mr Hale Associates")).extracting(NamedMention::text).containsExactly("Mr Hale Associates");
    }
}
