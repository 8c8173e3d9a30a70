package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Institution names found from their head noun, over hand-made text and part-of-speech marks (no CoreNLP). */
class InstitutionNamesTest {

    /** Where each capitalised word begins, as if tagged a proper noun, except the words given. */
    private static Set<Integer> properNouns(String text, String... notProper) {
        Set<Integer> starts = new HashSet<>();
        Matcher word = Pattern.compile("\\b\\p{Lu}").matcher(text);
        while (word.find()) {
            starts.add(word.start());
        }
        for (String w : notProper) {
            starts.remove(text.indexOf(w));
        }
        return starts;
    }

    private static List<String> names(String text, List<NamedMention> tagged, String... notProper) {
        return InstitutionNames.apply(text, tagged, properNouns(text, notProper)).stream()
                .map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void capitalisedWordsEndingInOrOpenedByAnInstitutionNounAreAnOrganisation() {
        String text = "Recent Land Registry figures reached the Court of Appeal, the Department for Trade and Industry "
                + "and the Old Vic Theatre School; the Audit Commission and Electoral Commission agreed, as did the "
                + "Transport and General Workers’ Union.";
        assertThat(names(text, List.of(), "Recent")).containsExactly("ORGANIZATION:Land Registry",
                "ORGANIZATION:Court of Appeal", "ORGANIZATION:Department for Trade and Industry",
                "ORGANIZATION:Old Vic Theatre School", "ORGANIZATION:Audit Commission",
                "ORGANIZATION:Electoral Commission", "ORGANIZATION:Transport and General Workers’ Union");
    }

    @Test
    void aLoneNounATaggedNameOrANameOfItsOwnBeforeOfIsNotWidened() {
        String text = "The Court met. Hale Bank said so, in the Quarterly Review of Strathclyde University.";
        int hale = text.indexOf("Hale Bank");
        NamedMention tagged = new NamedMention("PERSON", hale, hale + 4, "Hale");
        assertThat(names(text, List.of(tagged), "The")).containsExactly("PERSON:Hale",
                "ORGANIZATION:Strathclyde University");
    }

    @Test
    void anOrganisationNerCutShortAtAnAndIsWidenedToTheWholeName() {
        String text = "The Standards and Privileges Committee met, and New Metropolitan Police figures came out.";
        int committee = text.indexOf("Privileges");
        int police = text.indexOf("Metropolitan");
        List<NamedMention> tagged = List.of(
                new NamedMention("ORGANIZATION", committee, committee + 20, "Privileges Committee"),
                new NamedMention("ORGANIZATION", police, police + 19, "Metropolitan Police"));
        assertThat(names(text, tagged, "The")).containsExactly("ORGANIZATION:Standards and Privileges Committee",
                "ORGANIZATION:Metropolitan Police");
    }

    @Test
    void anOrganisationNerEndedAtAConnectorOfTheNameIsWidenedToTheProperNounsAfterIt() {
        String text = "The Department of Farms and Fisheries agreed, as did the Royal Society of the Deaf, but the "
                + "Council of Wessex on Monday did not.";
        List<NamedMention> tagged = List.of(tagged(text, "Department of Farms"), tagged(text, "Royal Society"),
                tagged(text, "Council of Wessex"));
        assertThat(names(text, tagged, "The")).containsExactly("ORGANIZATION:Department of Farms and Fisheries",
                "ORGANIZATION:Royal Society of the Deaf", "ORGANIZATION:Council of Wessex");
    }

    @Test
    void aDateAfterAnOpeningConnectorIsNoPartOfTheName() {
        String text = "They appeared in Wessex District Court on Wednesday and before the Board of Oakham on Friday.";
        assertThat(names(text, List.of())).containsExactly("ORGANIZATION:Wessex District Court",
                "ORGANIZATION:Board of Oakham");
    }

    private static NamedMention tagged(String text, String name) {
        int at = text.indexOf(name);
        return new NamedMention("ORGANIZATION", at, at + name.length(), name);
    }

    @Test
    void anOrganisationNerCutShortAtItsHeadTakesThePlaceAfterItsOfIntoTheName() {
        String text = "The Tourism Authority of Wessex said so, and the Electoral Commission of Jane Smith did not.";
        int authority = text.indexOf("Tourism");
        int wessex = text.indexOf("Wessex");
        int commission = text.indexOf("Electoral");
        int jane = text.indexOf("Jane");
        List<NamedMention> tagged = List.of(
                new NamedMention("ORGANIZATION", authority, authority + 17, "Tourism Authority"),
                new NamedMention("LOCATION", wessex, wessex + 6, "Wessex"),
                new NamedMention("ORGANIZATION", commission, commission + 20, "Electoral Commission"),
                new NamedMention("PERSON", jane, jane + 10, "Jane Smith"));
        assertThat(names(text, tagged, "The")).containsExactly("ORGANIZATION:Tourism Authority of Wessex",
                "ORGANIZATION:Electoral Commission", "PERSON:Jane Smith");
    }

    @Test
    void aCapitalisedWordAfterTheOpensTheNameThoughTheTaggerTookItForACommonNoun() {
        String text = "Plans went to the Qualifications and Curriculum Authority. Recent Land Registry figures agree.";
        int authority = text.indexOf("Curriculum");
        List<NamedMention> tagged = List.of(
                new NamedMention("ORGANIZATION", authority, authority + 20, "Curriculum Authority"));
        assertThat(names(text, tagged, "Qualifications", "Recent"))
                .containsExactly("ORGANIZATION:Qualifications and Curriculum Authority", "ORGANIZATION:Land Registry");
    }

    @Test
    void theHeadNounTaggedAloneAsAnythingIsWidenedToTheOrganisation() {
        String text = "A spokesman for the English National Ballet said so.";
        int ballet = text.indexOf("Ballet");
        List<NamedMention> tagged = List.of(new NamedMention("PERSON", ballet, ballet + 6, "Ballet"));
        assertThat(names(text, tagged, "A")).containsExactly("ORGANIZATION:English National Ballet");
    }

    @Test
    void aPlaceTaggedAloneAfterTheHeadsOfMakesTheWholeNameTheOrganisation() {
        String text = "The Bank of Wessex (BoW) held rates, as the Court of Appeal met in Wessex.";
        int wessex = text.indexOf("Wessex");
        int place = text.lastIndexOf("Wessex");
        List<NamedMention> tagged = List.of(new NamedMention("LOCATION", wessex, wessex + 6, "Wessex"),
                new NamedMention("LOCATION", place, place + 6, "Wessex"));
        assertThat(names(text, tagged, "The")).containsExactly("ORGANIZATION:Bank of Wessex", "LOCATION:Wessex",
                "ORGANIZATION:Court of Appeal");
    }
}
