package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisation names repaired from the words around them, over hand-made mentions (no CoreNLP). */
class OrganizationTypingTest {

    /** Mentions of the given "TYPE:text" names at their first occurrences from left to right. */
    private static List<NamedMention> mentions(String text, String... typed) {
        List<NamedMention> found = new ArrayList<>();
        int from = 0;
        for (String t : typed) {
            String type = t.substring(0, t.indexOf(':'));
            String name = t.substring(t.indexOf(':') + 1);
            int at = text.indexOf(name, from);
            found.add(new NamedMention(type, at, at + name.length(), name));
            from = at + name.length();
        }
        return found;
    }

    @Test
    void aCompanyContextMakesEveryMentionOfTheNameAndItsShortFormsAnOrganisation() {
        String text = "Shares in drinks firm Allied Domecq rose. Domecq met Pernod Ricard. Pernod shares in Paris fell.";
        List<NamedMention> typed = OrganizationTyping.apply(mentions(text,
                "PERSON:Allied Domecq", "PERSON:Domecq", "PERSON:Pernod Ricard", "LOCATION:Pernod", "LOCATION:Paris"), text);
        assertThat(typed).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Allied Domecq", "ORGANIZATION"), tuple("Domecq", "ORGANIZATION"),
                tuple("Pernod Ricard", "ORGANIZATION"), tuple("Pernod", "ORGANIZATION"), tuple("Paris", "LOCATION"));
    }

    @Test
    void aFirmOfAuctioneersAccountantsOrBrokersIsAnOrganisation() {
        String text = "The sale, hosted by auctioneers Hale Lowe, was audited by accountants Dene Marsh.";
        List<NamedMention> typed = OrganizationTyping.apply(mentions(text, "PERSON:Hale Lowe", "PERSON:Dene Marsh"), text);
        assertThat(typed).extracting(NamedMention::type).containsExactly("ORGANIZATION", "ORGANIZATION");
    }

    @Test
    void aNameAfterAnHonorificStaysAPersonWhereItIsAlsoPartOfACompanysName() {
        String text = "said analysts Dene-Hale. Tom Hale agreed, Mr Hale explained.";
        List<NamedMention> typed = OrganizationTyping.apply(mentions(text, "ORGANIZATION:Dene-Hale", "PERSON:Tom Hale",
                "PERSON:Hale"), text);
        assertThat(typed).extracting(NamedMention::type).containsExactly("ORGANIZATION", "PERSON", "PERSON");
    }

    @Test
    void aKnownOrganisationsNameIsTheSurnameOfTheOnePersonNamedInFullWithItBefore() {
        String text = "Jane Reuters won. Reuters said she had won. Jane J. Reuters smiled.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Jane Reuters", "ORGANIZATION:Reuters",
                "PERSON:Jane J. Reuters"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Jane Reuters", "PERSON"), tuple("Reuters", "PERSON"), tuple("Jane J. Reuters", "PERSON"));
        // the company named first, or two persons of the name: the company
        String companyFirst = "Reuters said Jane Reuters had won.";
        assertThat(OrganizationTyping.apply(mentions(companyFirst, "ORGANIZATION:Reuters", "PERSON:Jane Reuters"),
                companyFirst)).extracting(NamedMention::type).containsExactly("ORGANIZATION", "PERSON");
        String twoPersons = "Jane Reuters and Tom Reuters won. Reuters said so.";
        assertThat(OrganizationTyping.apply(mentions(twoPersons, "PERSON:Jane Reuters", "PERSON:Tom Reuters",
                "ORGANIZATION:Reuters"), twoPersons)).extracting(NamedMention::type)
                .containsExactly("PERSON", "PERSON", "ORGANIZATION");
        // a headline names a person by surname before the text names them in full
        String headline = "Reuters eyes return\nJane Reuters won. Reuters said so.";
        assertThat(OrganizationTyping.apply(mentions(headline, "ORGANIZATION:Reuters", "PERSON:Jane Reuters",
                "ORGANIZATION:Reuters"), headline)).extracting(NamedMention::type)
                .containsExactly("PERSON", "PERSON", "PERSON");
        // a first line that ends a sentence is the text, not a headline: the company came first
        String noHeadline = "Reuters said so.\nJane Reuters won. Reuters agreed.";
        assertThat(OrganizationTyping.apply(mentions(noHeadline, "ORGANIZATION:Reuters", "PERSON:Jane Reuters",
                "ORGANIZATION:Reuters"), noHeadline)).extracting(NamedMention::type)
                .containsExactly("ORGANIZATION", "PERSON", "ORGANIZATION");
    }

    @Test
    void aBroadcasterOrAWatchdogNamedAfterItsNounIsAnOrganisation() {
        String text = "TV channel Wessex was criticised by watchdog Dene over an advert.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Wessex", "LOCATION:Dene"), text))
                .extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Wessex", "ORGANIZATION"), tuple("Dene", "ORGANIZATION"));
    }

    @Test
    void placesListedWithOrganisationsAreOrganisationsButTwoNamesAreNoList() {
        String text = "He was linked with Oakham Rovers, Dunmore and Wessex. Fans in Dunmore and Acme staff cheered. "
                + "Acme and Oakham officials met in France.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:Oakham Rovers", "LOCATION:Dunmore",
                "LOCATION:Wessex", "LOCATION:Dunmore", "ORGANIZATION:Acme", "ORGANIZATION:Acme", "LOCATION:Oakham",
                "LOCATION:France"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Oakham Rovers", "ORGANIZATION"), tuple("Dunmore", "ORGANIZATION"), tuple("Wessex", "ORGANIZATION"),
                tuple("Dunmore", "ORGANIZATION"), tuple("Acme", "ORGANIZATION"), tuple("Acme", "ORGANIZATION"),
                tuple("Oakham", "LOCATION"), tuple("France", "LOCATION"));
    }

    @Test
    void aNameBeforeASpokespersonIsTheirBodyNotAPerson() {
        String text = "\"It was a guess,\" Tom Dene spokesman Ann Reed said. Tom Dene had closed the book.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Tom Dene", "PERSON:Ann Reed", "PERSON:Tom Dene"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(tuple("Tom Dene", "ORGANIZATION"),
                        tuple("Ann Reed", "PERSON"), tuple("Tom Dene", "ORGANIZATION"));
    }

    @Test
    void aTownWrittenAsASportsClubIsAnOrganisationButACountryStaysAPlace() {
        String text = "Oakham flanker Tom Hale is back for the home game against Dunmore, in Oakham. "
                + "Dunmore beat Wessex after a win over France; the England coach watched. He lives in Dunmore.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Oakham", "PERSON:Tom Hale", "LOCATION:Dunmore",
                "LOCATION:Oakham", "LOCATION:Dunmore", "LOCATION:Wessex", "LOCATION:France", "LOCATION:England",
                "LOCATION:Dunmore"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Oakham", "ORGANIZATION"), tuple("Tom Hale", "PERSON"), tuple("Dunmore", "ORGANIZATION"),
                tuple("Oakham", "ORGANIZATION"), tuple("Dunmore", "ORGANIZATION"), tuple("Wessex", "ORGANIZATION"),
                tuple("France", "LOCATION"), tuple("England", "LOCATION"), tuple("Dunmore", "ORGANIZATION"));
    }

    @Test
    void aPersonWithoutCompanyContextStaysAPerson() {
        String text = "Gordon Brown shares the view of film maker Ken Loach.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Gordon Brown", "PERSON:Ken Loach"), text))
                .extracting(NamedMention::type).containsExactly("PERSON", "PERSON");
    }

    @Test
    void aNationalityJoinsTheInstitutionOrOrganisationAfterIt() {
        String text = "The Scottish Executive and the Scottish National Party met.";
        List<NamedMention> typed = OrganizationTyping.apply(mentions(text,
                "MISC:Scottish", "MISC:Scottish", "ORGANIZATION:National Party"), text);
        assertThat(typed).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Scottish Executive", "ORGANIZATION"), tuple("Scottish National Party", "ORGANIZATION"));
    }

    @Test
    void aNumberAfterABroadcastersNameIsPartOfIt() {
        String text = "She told BBC Radio 4's Today programme, and 2 others.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:BBC Radio"), text))
                .extracting(NamedMention::text).containsExactly("BBC Radio 4");
    }

    @Test
    void anAdjectiveOfTheAliasTableNerTaggedNothingIsFoundAsMisc() {
        String text = "A Conservative spokesperson said the Tory plan was \"fair\".";
        List<NamedMention> tagged = mentions(text, "ORGANIZATION:Tory");
        assertThat(AliasTable.get().untagged(text, tagged)).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Conservative", "MISC"));
    }

    @Test
    void namesOfTheAliasTableAreFoundWhereNerTaggedNothing() {
        String text = "The Tories and the Lib Dems have questioned the timing, the US said.";
        List<NamedMention> tagged = mentions(text, "LOCATION:US");
        assertThat(AliasTable.get().untagged(text, tagged)).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Tories", "ORGANIZATION"), tuple("Lib Dems", "ORGANIZATION"));
    }

    @Test
    void knownOrganisationsAreFoundWhereNerTaggedNothingOnlyAsWrittenAndAsWholeWords() {
        String text = "Rivals T-Mobile, O2 and One2One cut prices, Fitch said. A bo2 and t-mobile plan failed.";
        assertThat(KnownOrganizations.get().untagged(text, List.of(), at -> false)).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("T-Mobile", "ORGANIZATION"), tuple("O2", "ORGANIZATION"),
                        tuple("One2One", "ORGANIZATION"), tuple("Fitch", "ORGANIZATION"));
    }

    @Test
    void aNewspaperNamedByACommonWordCountsOnlyAfterTheAndBeforeNoCapitalisedWord() {
        String text = "Jo Lowe told the Times, and The Independent agreed; the Independent Schools Council and "
                + "Norbridge Times did not, at times.";
        assertThat(KnownOrganizations.get().untagged(text, List.of(), at -> false))
                .extracting(NamedMention::text, NamedMention::start)
                .containsExactly(tuple("Times", text.indexOf("Times")), tuple("Independent", text.indexOf("Independent")));
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Jo Lowe", "PERSON:Times"), text))
                .extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Jo Lowe", "PERSON"), tuple("Times", "ORGANIZATION"));
        // a listed "The ..." name inside a sentence ("The Who" is listed)
        String band = "Jo Lowe saw the Who play; who knows?";
        assertThat(KnownOrganizations.get().untagged(band, List.of(), at -> false)).extracting(NamedMention::text)
                .containsExactly("Who");
        String alone = "Times change, Jo Lowe said.";
        assertThat(OrganizationTyping.apply(mentions(alone, "PERSON:Times", "PERSON:Jo Lowe"), alone))
                .extracting(NamedMention::type).containsExactly("PERSON", "PERSON");
    }

    @Test
    void theCommonsIsAnOrganisationButNotAsTheModifierOfANounAndSkyPlusIsAProduct() {
        String text = "In the Commons, BT and Sky agreed. Monday's Commons vote failed; Sky+ boxes sold.";
        int vote = text.indexOf("vote");
        assertThat(KnownOrganizations.get().untagged(text, List.of(), at -> at == vote))
                .extracting(NamedMention::text, NamedMention::start)
                .containsExactly(tuple("Commons", text.indexOf("Commons")), tuple("BT", text.indexOf("BT")),
                        tuple("Sky", text.indexOf("Sky")));
        int modifier = text.indexOf("Commons vote");
        assertThat(KnownOrganizations.get().modifiesNoun(new NamedMention("ORGANIZATION", modifier, modifier + 7, "Commons"),
                at -> at == vote)).isTrue(); // also where NER tagged it
    }

    @Test
    void aKnownNameWrittenAroundShorterTaggedMentionsReplacesThemButNotAPersonOrAPossessive() {
        String text = "BBC One's Top of the Pops beat Sky One; Sky Sports's Lee Sky spoke, as did Sainsbury's chief.";
        List<NamedMention> widened = KnownOrganizations.get().widened(text, mentions(text, "ORGANIZATION:BBC",
                "ORGANIZATION:Sky", "PERSON:Lee Sky", "ORGANIZATION:Sainsbury"));
        assertThat(widened).extracting(NamedMention::text, NamedMention::type).containsExactlyInAnyOrder(
                tuple("BBC One", "ORGANIZATION"), tuple("Sky One", "ORGANIZATION"), tuple("Lee Sky", "PERSON"),
                tuple("Sainsbury", "ORGANIZATION"));
    }

    @Test
    void aKnownNameWrittenInLowerCaseIsAnOrganisationAlsoCapitalisedAtASentencesStart() {
        String text = "Ebay said so. EBay agreed, and eBay users too. Ebays rose.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Ebay", "PERSON:EBay", "PERSON:Ebays"), text))
                .extracting(NamedMention::type).containsExactly("ORGANIZATION", "ORGANIZATION", "PERSON");
    }

    @Test
    void aKnownOrganisationNerTypedAsAPersonOrPlaceIsAnOrganisationButALongerNameIsNot() {
        String text = "Fitch said the Kremlin and Fitch Smith agreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Fitch", "LOCATION:Kremlin", "PERSON:Fitch Smith"), text))
                .extracting(NamedMention::type).containsExactly("ORGANIZATION", "ORGANIZATION", "PERSON");
    }

    @Test
    void aPersonNamedAfterAnOrganisationOfTheArticleIsThatOrganisationAndABandBeforeItsSingerIsOne() {
        String text = "Lockheed Martin bid. Lockheed said so. Former Boyzone singer Ronan Keating sang in Boyzone.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Lockheed Martin", "ORGANIZATION:Lockheed",
                "LOCATION:Boyzone", "PERSON:Ronan Keating", "LOCATION:Boyzone"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Lockheed Martin", "ORGANIZATION"), tuple("Lockheed", "ORGANIZATION"),
                        tuple("Boyzone", "ORGANIZATION"), tuple("Ronan Keating", "PERSON"), tuple("Boyzone", "ORGANIZATION"));
    }

    @Test
    void aNameBeforeItsFounderBossOrChiefExecutiveIsAnOrganisation() {
        String text = "Said Blinko founder Ann Weller. Dunmore boss Tom Hale agreed, as did Cobalt chief executive Jo Frost.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Blinko", "PERSON:Ann Weller", "LOCATION:Dunmore",
                "PERSON:Tom Hale", "LOCATION:Cobalt", "PERSON:Jo Frost"), text))
                .extracting(NamedMention::type).containsExactly("ORGANIZATION", "PERSON", "ORGANIZATION", "PERSON",
                        "ORGANIZATION", "PERSON");
    }

    @Test
    void aPlaceAfterAWordForACompetitorIsAnOrganisationButAPersonStaysAPerson() {
        String text = "Key rival Sapporo sells more beer in Kyoto. His rival Jo Bloggs disagreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Sapporo", "LOCATION:Kyoto", "PERSON:Jo Bloggs"), text))
                .extracting(NamedMention::type).containsExactly("ORGANIZATION", "LOCATION", "PERSON");
    }

    @Test
    void aNationalityTaggedElsewhereIsPartOfTheOrganisationNameItPrecedesUntagged() {
        String text = "The Welsh Assembly met. The Welsh Green Party said no, and Green Party members agreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "MISC:Welsh", "ORGANIZATION:Green Party", "ORGANIZATION:Green Party"), text))
                .extracting(NamedMention::text).containsExactly("Welsh Assembly", "Welsh Green Party", "Green Party");
    }

    @Test
    void aNationalityTaggedNowhereIsPartOfAnInstitutionsNameButNotOfACompanysName() {
        String text = "The Canadian Chambers of Trade backed the Norwegian Curling Union, unlike Swiss Dentex.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:Chambers of Trade", "ORGANIZATION:Curling Union",
                "ORGANIZATION:Dentex"), text))
                .extracting(NamedMention::text).containsExactly("Canadian Chambers of Trade", "Norwegian Curling Union", "Dentex");
    }

    @Test
    void aPersonOrPlaceAfterTheWhoseLastWordIsAnInstitutionNounIsAnOrganisation() {
        String text = "Two dancers of the Royal Ballet and the Wessex Arts Council, says Tom Bank of the West Bank.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Royal Ballet", "LOCATION:Wessex Arts Council",
                "PERSON:Tom Bank", "LOCATION:West Bank"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Royal Ballet", "ORGANIZATION"), tuple("Wessex Arts Council", "ORGANIZATION"),
                        tuple("Tom Bank", "PERSON"), tuple("West Bank", "LOCATION"));
    }

    @Test
    void aPersonWrittenBeforeAPlayersPositionAndNameIsAClub() {
        String text = "Dunmore signed Hallam midfielder Tom Hale. Hale played for Hallam and Oakham. Fans of Hale cheered.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Dunmore", "PERSON:Hallam", "PERSON:Tom Hale",
                "PERSON:Hale", "PERSON:Hallam", "LOCATION:Oakham", "PERSON:Hale"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Dunmore", "LOCATION"), tuple("Hallam", "ORGANIZATION"), tuple("Tom Hale", "PERSON"),
                        tuple("Hale", "PERSON"), tuple("Hallam", "ORGANIZATION"), tuple("Oakham", "LOCATION"),
                        tuple("Hale", "PERSON"));
        // a position word with no name after it says nothing ("Hale fans cheered")
        String noName = "Tom Hale fans cheered.";
        assertThat(OrganizationTyping.apply(mentions(noName, "PERSON:Tom Hale"), noName))
                .extracting(NamedMention::type).containsExactly("PERSON");
    }

    @Test
    void aKnownClubIsAnOrganisationWhateverNerTypedIt() {
        String text = "Tom Hale scored for Chelsea.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Tom Hale", "PERSON:Chelsea"), text))
                .extracting(NamedMention::type).containsExactly("PERSON", "ORGANIZATION");
    }

    @Test
    void aNameOpeningAClauseWithAPluralVerbIsAClubButNotInsideALongerSubject() {
        String text = "Oakham have signed Tom Hale, but Wessex were beaten. Tom Hale and Ann Reed have left Dunmore. "
                + "The family of Ann Reed are proud. England were beaten. Hale says the Hebrides are cold.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Oakham", "PERSON:Tom Hale", "PERSON:Wessex",
                "PERSON:Tom Hale", "PERSON:Ann Reed", "LOCATION:Dunmore", "PERSON:Ann Reed", "LOCATION:England",
                "PERSON:Hale", "LOCATION:Hebrides"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Oakham", "ORGANIZATION"), tuple("Tom Hale", "PERSON"), tuple("Wessex", "ORGANIZATION"),
                tuple("Tom Hale", "PERSON"), tuple("Ann Reed", "PERSON"), tuple("Dunmore", "LOCATION"),
                tuple("Ann Reed", "PERSON"), tuple("England", "LOCATION"), tuple("Hale", "PERSON"),
                tuple("Hebrides", "LOCATION"));
    }

    @Test
    void aMixedCaseAbbreviationAndTheNameItAbbreviatesAreOrganisations() {
        String text = "Hartmann Lutz Brenner said so. HaLB added more, and Tom Hale agreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Hartmann Lutz Brenner", "PERSON:HaLB", "PERSON:Tom Hale"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Hartmann Lutz Brenner", "ORGANIZATION"), tuple("HaLB", "ORGANIZATION"), tuple("Tom Hale", "PERSON"));
    }

    @Test
    void aNameAnAppositionCallsABodyIsAnOrganisation() {
        String text = "Ofcalm, the UK's premium phone line watchdog, said it would act. Tom Hale, the head of the group, "
                + "agreed. Ann Reed, the woman behind the Reedco website, said so. Dunmore, a firm which sells tea, grew.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Ofcalm", "PERSON:Tom Hale", "PERSON:Ann Reed",
                "LOCATION:Dunmore"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Ofcalm", "ORGANIZATION"), tuple("Tom Hale", "PERSON"), tuple("Ann Reed", "PERSON"),
                tuple("Dunmore", "ORGANIZATION"));
    }

    @Test
    void aTownBeforeAPositionAndANameIsTheClub() {
        String text = "Wessex centre Tom Hale scored, and Ann Reed of Oakham watched.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Wessex", "PERSON:Tom Hale", "PERSON:Ann Reed",
                "LOCATION:Oakham"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Wessex", "ORGANIZATION"), tuple("Tom Hale", "PERSON"), tuple("Ann Reed", "PERSON"),
                tuple("Oakham", "LOCATION"));
    }

    @Test
    void aTownBeforeAnAmbiguousPositionWordWithoutANameStaysAPlace() {
        String text = "The Oakham centre opened, the Wessex forward planning office said, and Dunmore midfielder Ann Reed "
                + "agreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Oakham", "LOCATION:Wessex", "LOCATION:Dunmore",
                "PERSON:Ann Reed"), text)).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Oakham", "LOCATION"), tuple("Wessex", "LOCATION"), tuple("Dunmore", "ORGANIZATION"),
                tuple("Ann Reed", "PERSON"));
    }

    @Test
    void aOneWordPersonListedWithTwoOrganisationsIsACompanyUnlessTheArticleNamesThePersonInFull() {
        String text = "Screens from Acme, Brightmart and Tolley sold well. Acme, Zelto and Harwood lost. Ken Harwood said "
                + "so. Acme, Tolley and Dunn fell.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:Acme", "ORGANIZATION:Brightmart", "PERSON:Tolley",
                "ORGANIZATION:Acme", "ORGANIZATION:Zelto", "PERSON:Harwood", "PERSON:Ken Harwood", "ORGANIZATION:Acme",
                "PERSON:Tolley", "PERSON:Dunn"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Acme", "ORGANIZATION"), tuple("Brightmart", "ORGANIZATION"), tuple("Tolley", "ORGANIZATION"),
                tuple("Acme", "ORGANIZATION"), tuple("Zelto", "ORGANIZATION"), tuple("Harwood", "PERSON"),
                tuple("Ken Harwood", "PERSON"), tuple("Acme", "ORGANIZATION"), tuple("Tolley", "ORGANIZATION"),
                tuple("Dunn", "PERSON"));
        String firm = "Acme, Zelto and Reed and Hale agreed.";
        assertThat(OrganizationTyping.apply(mentions(firm, "ORGANIZATION:Acme", "ORGANIZATION:Zelto", "PERSON:Reed",
                "PERSON:Hale"), firm)).extracting(NamedMention::type)
                .containsExactly("ORGANIZATION", "ORGANIZATION", "PERSON", "PERSON");
    }

    @Test
    void aListedClubsTownInATeamSportReportIsTheClubUnlessTheTextPlacesSomethingInIt() {
        String text = "The striker Tom Hale scored twice for Bolton, the defender Ann Reed said in Leicester and Derby. "
                + "Oldham host Preston next.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Tom Hale", "LOCATION:Bolton", "PERSON:Ann Reed",
                "LOCATION:Leicester", "LOCATION:Derby", "PERSON:Oldham", "LOCATION:Preston"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Tom Hale", "PERSON"), tuple("Bolton", "ORGANIZATION"), tuple("Ann Reed", "PERSON"),
                tuple("Leicester", "LOCATION"), tuple("Derby", "LOCATION"), tuple("Oldham", "ORGANIZATION"),
                tuple("Preston", "ORGANIZATION"));
    }

    @Test
    void aListedClubsTownOutsideATeamSportReportStaysAPlace() {
        String text = "Ann Reed opened a shop for Bolton families and will host Preston traders next.";
        assertThat(OrganizationTyping.apply(mentions(text, "PERSON:Ann Reed", "LOCATION:Bolton", "LOCATION:Preston"),
                text)).extracting(NamedMention::type).containsExactly("PERSON", "LOCATION", "LOCATION");
    }

    @Test
    void aNationalitysAdjectiveStaysOneBesideACompanyOfItsName() {
        String text = "Carl Dene founded the German East Africa Company. German rule ended.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:German East Africa Company", "MISC:German"), text))
                .extracting(NamedMention::type).containsExactly("ORGANIZATION", "MISC");
    }

    @Test
    void anOrdinalInFiguresRightBeforeAnOrganisationIsPartOfItsName() {
        String text = "Dene's 4th District Court of Appeal ruled; on the 4th Dene Police came.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:District Court of Appeal", "ORGANIZATION:Dene Police"),
                text)).extracting(NamedMention::text).containsExactly("4th District Court of Appeal", "Dene Police");
    }

    @Test
    void aPlaceOrPersonWrittenBeforeAnAnalystsOrEconomistsTitleAndNameIsAFirm() {
        String text = "Norbridge analyst Tom Hale and Quill economist Ann Dene agreed, as did a Norbridge analyst.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Norbridge", "PERSON:Tom Hale", "PERSON:Quill",
                "PERSON:Ann Dene", "LOCATION:Norbridge"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Norbridge", "ORGANIZATION"), tuple("Tom Hale", "PERSON"), tuple("Quill", "ORGANIZATION"),
                        tuple("Ann Dene", "PERSON"), tuple("Norbridge", "ORGANIZATION"));
    }

    @Test
    void aPersonOrPlaceAfterTheWhoseLastWordHeadsAPublicationsNameIsThePublication() {
        String text = "The Norbridge Herald said so, the Dene News agreed and Tom Post disagreed.";
        assertThat(OrganizationTyping.apply(mentions(text, "LOCATION:Norbridge Herald", "LOCATION:Dene News",
                "PERSON:Tom Post"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Norbridge Herald", "ORGANIZATION"), tuple("Dene News", "ORGANIZATION"),
                        tuple("Tom Post", "PERSON"));
    }

    @Test
    void anOrganisationEndingInAVenuesWordIsThePlaceNotTheClub() {
        String text = "Celtic beat Dene at Celtic Park, and Linkin Park played the Dene Stadium.";
        assertThat(OrganizationTyping.apply(mentions(text, "ORGANIZATION:Celtic", "ORGANIZATION:Dene",
                "ORGANIZATION:Celtic Park", "ORGANIZATION:Linkin Park", "ORGANIZATION:Dene Stadium"), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Celtic", "ORGANIZATION"), tuple("Dene", "ORGANIZATION"), tuple("Celtic Park", "LOCATION"),
                        tuple("Linkin Park", "ORGANIZATION"), tuple("Dene Stadium", "LOCATION"));
    }

    @Test
    void theSunIsTheNewspaperOnlyAfterTheAndBeforeNoCapitalisedWordNorAtATitlesEnd() {
        String text = "Jo Lowe told The Sun. The sun shone on the Sun Valley hotel, on the Sun and on Tears of the Sun.";
        assertThat(KnownOrganizations.get().untagged(text, List.of(), at -> false))
                .extracting(NamedMention::text, NamedMention::start)
                .containsExactly(tuple("Sun", text.indexOf("Sun")), tuple("Sun", text.indexOf("Sun and")));
    }
}
