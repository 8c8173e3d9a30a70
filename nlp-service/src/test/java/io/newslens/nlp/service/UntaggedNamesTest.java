package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names NER leaves untagged, found from the honorific or company description before them (no CoreNLP). */
class UntaggedNamesTest {

    @Test
    void aSurnameAfterAnHonorificIsAPerson() {
        String text = "\"It is a matter of principle,\" said Mr Quelch. Dr Ann Lee agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Quelch", "PERSON"), tuple("Ann Lee", "PERSON"));
    }

    @Test
    void aCapitalisedWordBeforeATitledSurnameIsTheGivenNameButNotATitleOrASentencesFirstWord() {
        String text = "\"It was clear,\" says Northbank's Simon Champion. Champion rings sold, Mr Champion said, "
                + "and Chancellor Champion agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactlyInAnyOrder(tuple("Champion", "PERSON"), tuple("Simon Champion", "PERSON"));
    }

    @Test
    void aWeekdaySurnameStandingAloneIsThePersonButNotAsADate() {
        String text = "Coach Jim Tuesday spoke. \"We won,\" said Tuesday. The final is on Tuesday.";
        int jim = text.indexOf("Jim");
        NamedMention tagged = new NamedMention("PERSON", jim, jim + 11, "Jim Tuesday");
        assertThat(UntaggedNames.find(text, List.of(tagged))).extracting(NamedMention::start)
                .containsExactly(text.indexOf("Tuesday."));
    }

    @Test
    void aSurnameWithLowerCaseParticlesAfterAnHonorificIsAPerson() {
        String text = "\"It is earned,\" Mr de Villiers said, and Mrs van der Berg agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("de Villiers", "PERSON"), tuple("van der Berg", "PERSON"));
    }

    @Test
    void aNameAfterAnOccupationIsAPersonButNotATitleOrATaggedName() {
        String text = "R&B singer Usher won, artist Papo Record sang, and bullfighter Manolete died. "
                + "The actor Johnny Depp came; writer President Smith did not.";
        NamedMention depp = new NamedMention("PERSON", text.indexOf("Johnny"), text.indexOf("Johnny") + 11, "Johnny Depp");
        assertThat(UntaggedNames.find(text, List.of(depp))).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Usher", "PERSON"), tuple("Papo Record", "PERSON"), tuple("Manolete", "PERSON"));
    }

    @Test
    void aNameAfterACompanyDescriptionIsAnOrganisation() {
        String text = "Market leader Brightmart cut prices, and key rival Hopsfield & Sons followed; drinks firm Vintra did not; Shoppers Against Supermarket Pricing Rules protested.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Brightmart", "ORGANIZATION"), tuple("Hopsfield & Sons", "ORGANIZATION"),
                        tuple("Vintra", "ORGANIZATION"));
    }

    @Test
    void aNameSetOffByACommaAfterACompanyNounIsAnOrganisation() {
        String text = "She backs a youth charity, Harbourlight, and the rail link is run by a separate company, Tunnelco. "
                + "Indie outfit Paper Larks played; the firm, said Mr Hale, will grow.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Hale", "PERSON"), tuple("Harbourlight", "ORGANIZATION"),
                        tuple("Tunnelco", "ORGANIZATION"), tuple("Paper Larks", "ORGANIZATION"));
    }

    @Test
    void aPublicationNamedAsASourceOrBeforeItsKindIsAnOrganisationButAProgrammeOrATitleIsNot() {
        String text = "According to the Independent, more will go. Thursday's Sun newspaper ran it, and the Shadowcrew "
                + "website closed. He told the Today programme, then told the Prime Minister, and think-tank Demos agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Independent", "ORGANIZATION"), tuple("Sun", "ORGANIZATION"),
                        tuple("Shadowcrew", "ORGANIZATION"), tuple("Demos", "ORGANIZATION"));
    }

    @Test
    void aPublicationAnArticleOrAPieceIsInIsAnOrganisation() {
        String text = "It is possible, according to an article in Dealthline. A piece in the Oakham Courier agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Dealthline", "ORGANIZATION"), tuple("Oakham Courier", "ORGANIZATION"));
    }

    @Test
    void taggedNamesTitlesAndLowerCaseWordsAreLeftAlone() {
        String text = "Mr Quelch met the firm Chief Executive. The company said its rival was weak.";
        NamedMention quelch = new NamedMention("PERSON", 3, 9, "Quelch");
        assertThat(UntaggedNames.find(text, List.of(quelch))).isEmpty();
    }

    @Test
    void aLoneSurnameOfAPersonTaggedInFullIsThatPersonUnlessItOpensASentenceAsAWord() {
        String text = "Jason Gardener won. Gardener, Darren Campbell and others were honoured. Gardener added: \"Yes.\" "
                + "John Major spoke. Major banks fell. Later, Major smiled.";
        List<NamedMention> tagged = List.of(new NamedMention("PERSON", 0, 14, "Jason Gardener"),
                new NamedMention("PERSON", 30, 45, "Darren Campbell"), new NamedMention("PERSON", 95, 105, "John Major"));
        assertThat(UntaggedNames.find(text, tagged)).extracting(NamedMention::start, NamedMention::text).containsExactly(
                tuple(20, "Gardener"), tuple(72, "Gardener"), tuple(138, "Major"));
    }

    @Test
    void aLoneSurnameAfterAColonOrOpeningAQuotationIsAWordLikeOneOpeningASentence() {
        String text = "John Major spoke. Critics cried: Major failure. Fans sang \"Major joy\" and 'Major' fun, and Major smiled.";
        NamedMention tagged = new NamedMention("PERSON", 0, 10, "John Major");
        assertThat(UntaggedNames.find(text, List.of(tagged))).extracting(NamedMention::start)
                .containsExactly(text.lastIndexOf("Major"));
    }

    @Test
    void aSurnameWithACurlyApostropheIsOneWordButAPossessiveIsNot() {
        String text = "Dan O\u2019Dowd ran the tour. \u201cIt was long,\u201d O\u2019Dowd said. Mr O\u2019Hare agreed."
                + " Dowd\u2019s view differed.";
        NamedMention tagged = new NamedMention("PERSON", 0, 10, "Dan O\u2019Dowd");
        assertThat(UntaggedNames.find(text, List.of(tagged))).extracting(NamedMention::text)
                .containsExactlyInAnyOrder("O\u2019Dowd", "O\u2019Hare");
    }

    @Test
    void aTwoLetterSurnameIsThePersonUnlessItIsAnEnglishWordOrInCapitals() {
        String text = "Mei Wu led the study. \"It is new,\" Wu said. Ann We agreed. We said so. Tom Lee MP spoke to an MP.";
        List<NamedMention> tagged = List.of(new NamedMention("PERSON", 0, 6, "Mei Wu"),
                new NamedMention("PERSON", 44, 50, "Ann We"), new NamedMention("PERSON", 71, 81, "Tom Lee MP"));
        assertThat(UntaggedNames.find(text, tagged)).extracting(NamedMention::start, NamedMention::text)
                .containsExactly(tuple(35, "Wu"));
    }

    @Test
    void aFirstWordOfOnlyOnePersonsFullNameIsThatPersonAsACuesSubject() {
        String text = "Wen Bao met Tom Hale and Tom Lowe. \"We agree,\" Wen said. Tom said no. Wen Bao left. Wen trade rose.";
        List<NamedMention> tagged = List.of(new NamedMention("PERSON", 0, 7, "Wen Bao"),
                new NamedMention("PERSON", 12, 20, "Tom Hale"), new NamedMention("PERSON", 25, 33, "Tom Lowe"),
                new NamedMention("PERSON", 70, 77, "Wen Bao"));
        assertThat(UntaggedNames.find(text, tagged)).extracting(NamedMention::start, NamedMention::text)
                .containsExactly(tuple(47, "Wen"));
    }
}
