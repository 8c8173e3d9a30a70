package io.newslens.nlp.service;

import static io.newslens.nlp.service.TestMentions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionCleanerTest {

    /** The mentions {@link MentionCleaner#clean} keeps of the given ones, each "TYPE:words" at its first place in the text. */
    private static List<NamedMention> cleaned(String text, String... typedWords) {
        return MentionCleaner.clean(Arrays.stream(typedWords)
                .map(t -> at(text, t.substring(0, t.indexOf(':')), t.substring(t.indexOf(':') + 1))).toList(), text);
    }

    @Test
    void titleWordTaggedAsAnEntityIsDroppedAndTitleInsideAPersonMentionIsCut() {
        String text = "Secretary of State Mike Pompeo met President Donald Trump.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(
                at(text, "ORGANIZATION", "State"), at(text, "PERSON", "Mike Pompeo"),
                at(text, "PERSON", "President Donald Trump")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Mike Pompeo", "Donald Trump");
        assertThat(clean.get(1).start()).isEqualTo(text.indexOf("Donald"));
    }

    @Test
    void billAfterANameABracketOrTheIsALawButBeforeASurnameAPerson() {
        String text = "Lord Dee's Ferry Tolls Bill failed, the (Harbour Provisions) Bill too, and as the Bill passes "
                + "Bill Hanley objects.";
        int law = text.indexOf("Bill");
        int bracketed = text.indexOf("Bill", law + 1);
        int passes = text.indexOf("Bill", bracketed + 1);
        int hanley = text.indexOf("Bill Hanley");
        List<NamedMention> clean = MentionCleaner.clean(List.of(new NamedMention("PERSON", law, law + 4, "Bill"),
                new NamedMention("PERSON", bracketed, bracketed + 4, "Bill"), new NamedMention("PERSON", passes, passes + 4, "Bill"),
                new NamedMention("PERSON", hanley, hanley + 4, "Bill")), text);
        assertThat(clean).extracting(NamedMention::start).containsExactly(hanley);
    }

    @Test
    void aMediumsKindInLowerCaseAfterItsNameIsNoPartOfIt() {
        String text = "She told Harbour Weekly magazine and Kestrel news, then the Daily News.";
        assertThat(cleaned(text, "ORGANIZATION:Harbour Weekly magazine", "ORGANIZATION:Kestrel news",
                "ORGANIZATION:Daily News")).extracting(NamedMention::text)
                .containsExactly("Harbour Weekly", "Kestrel", "Daily News");
    }

    @Test
    void aBroadcastersProgrammeTaggedWithItIsTheBroadcasterAlone() {
        String text = "She told Harbour FM's Morning Call programme she would stand; Kestrel Media's Dawn News agreed.";
        assertThat(cleaned(text, "ORGANIZATION:Harbour FM's Morning Call", "ORGANIZATION:Kestrel Media's Dawn News"))
                .extracting(NamedMention::text).containsExactly("Harbour FM", "Kestrel Media's Dawn News");
    }

    @Test
    void aNameAfterAMembersTitleAndForIsTheSeat() {
        String text = "The MP for Oakham and Dene Vale met Tom Hale, Labour MP.";
        assertThat(cleaned(text, "PERSON:Oakham", "PERSON:Dene Vale", "PERSON:Tom Hale"))
                .extracting(NamedMention::type, NamedMention::text).containsExactly(
                        tuple("LOCATION", "Oakham"), tuple("LOCATION", "Dene Vale"), tuple("PERSON", "Tom Hale"));
    }

    @Test
    void anOrganisationRunOnOverALowerCaseDescriptionIsTheNameAfterIt() {
        String text = "US telco Kestrel Networks, UK equities at Harwood Asset Management and the Bank of Wessex and Fife; "
                + "the Forum on the Future of Work met.";
        assertThat(cleaned(text, "ORGANIZATION:US telco Kestrel Networks", "ORGANIZATION:UK equities at Harwood Asset Management",
                "ORGANIZATION:Bank of Wessex and Fife", "ORGANIZATION:Forum on the Future of Work")).extracting(NamedMention::text, NamedMention::start).containsExactly(
                tuple("Kestrel Networks", text.indexOf("Kestrel")), tuple("Harwood Asset Management", text.indexOf("Harwood")),
                tuple("Bank of Wessex and Fife", text.indexOf("Bank")), tuple("Forum on the Future of Work", text.indexOf("Forum")));
    }

    @Test
    void aClergymansStyleIsCutLikeATitle() {
        String text = "The Rt Rev Michael Scott-Joynt spoke.";
        assertThat(MentionCleaner.clean(List.of(at(text, "PERSON", "Rt Rev Michael Scott-Joynt")), text))
                .extracting(NamedMention::text).containsExactly("Michael Scott-Joynt");
    }

    @Test
    void aNameRunOnOverABodysPossessiveIsTheBodyAndTheNameItOwns() {
        String text = "The Wessex Museum's Kite Centre opened. The Bank's Rates Board met. The Women's Chess Association "
                + "and the Lord Keeper's Office did not. The Bank said so.";
        List<NamedMention> clean = cleaned(text, "LOCATION:Wessex Museum's Kite Centre", "ORGANIZATION:Bank's Rates Board",
                "ORGANIZATION:Women's Chess Association", "ORGANIZATION:Lord Keeper's Office", "ORGANIZATION:Bank");

        assertThat(clean).extracting(m -> m.type() + ":" + m.text()).containsExactly("ORGANIZATION:Wessex Museum",
                "LOCATION:Kite Centre", "ORGANIZATION:Bank", "ORGANIZATION:Rates Board",
                "ORGANIZATION:Women's Chess Association", "ORGANIZATION:Lord Keeper's Office", "ORGANIZATION:Bank");
        assertThat(clean.get(3).start()).isEqualTo(text.indexOf("Rates Board"));
    }

    @Test
    void aTitleTaggedAloneAsAPersonNamesNobody() {
        String text = "The Tory leader went on. Ann Tory spoke.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(
                at(text, "PERSON", "Tory"), at(text, "PERSON", "Ann Tory")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Ann Tory");
    }

    @Test
    void aFullNameTypedOtherwiseWhoseSurnameIsWrittenWithAnHonorificIsAPerson() {
        String text = "Trevin Roe sued J Roe. Mr Roe said so.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "ORGANIZATION", "Trevin Roe"),
                at(text, "ORGANIZATION", "J Roe"), at(text, "PERSON", "Roe said").withSpan(text, text.indexOf("Roe said"),
                        text.indexOf("Roe said") + 3)), text);

        assertThat(clean).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Trevin Roe", "PERSON"), tuple("J Roe", "ORGANIZATION"), tuple("Roe", "PERSON"));
    }

    @Test
    void aNameInLowerCaseIsDroppedUnlessItIsAKnownOrganisationWrittenSo() {
        String text = "Sites such as eBay and the internet grew.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(
                at(text, "ORGANIZATION", "eBay"), at(text, "MISC", "internet")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("eBay");
    }

    @Test
    void aPlaceWrittenRightAfterAnHonorificIsAPerson() {
        String text = "Lord Wessex, Tory leader in the Lords, met people from Wessex and Mr Harwell Council.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "LOCATION", "Wessex"),
                new NamedMention("LOCATION", text.lastIndexOf("Wessex"), text.lastIndexOf("Wessex") + 6, "Wessex"),
                at(text, "ORGANIZATION", "Harwell Council")), text);

        assertThat(clean).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Wessex", "PERSON"), tuple("Wessex", "LOCATION"),
                tuple("Harwell Council", "ORGANIZATION"));
    }

    @Test
    void titlesOneAfterAnotherAreAllCutFromThePersonsName() {
        String judge = "Judge Lord Hale said so.";
        assertThat(MentionCleaner.clean(List.of(at(judge, "PERSON", "Judge Lord Hale")), judge))
                .extracting(NamedMention::text).containsExactly("Hale");
    }

    @Test
    void partyAffiliationWrittenAsATitleIsNotPartOfTheName() {
        String text = "Tory Ann Weller and Republican Senator Tom Hale spoke.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(
                at(text, "PERSON", "Tory Ann Weller"), at(text, "PERSON", "Tom Hale")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Ann Weller", "Tom Hale");
    }

    @Test
    void aLoneSurnameNerTypedAPlaceOrFirmIsThePersonNamedInFullButNotAfterAPlacePreposition() {
        String text = "Ann Renton runs it. Ms Renton said so. Jo Paris flew in from Paris. Renton Ltd grew.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Ann Renton"),
                at(text, "LOCATION", "Renton said").withSpan(text, text.indexOf("Renton said"), text.indexOf(" said")),
                at(text, "PERSON", "Jo Paris"), at(text, "LOCATION", "Paris.").withSpan(text, text.indexOf("Paris."),
                        text.indexOf("Paris.") + 5), at(text, "ORGANIZATION", "Renton Ltd")), text);

        assertThat(clean).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Ann Renton", "PERSON"), tuple("Renton", "PERSON"), tuple("Jo Paris", "PERSON"),
                tuple("Paris", "LOCATION"), tuple("Renton Ltd", "ORGANIZATION"));
    }

    @Test
    void lowerCaseWordsAreNotNamesButASurnameWrittenFromItsParticlesIs() {
        String text = "the secretary of state Mike Pompeo met Mr de Villiers";
        assertThat(MentionCleaner.clean(List.of(at(text, "ORGANIZATION", "state"), at(text, "PERSON", "de Villiers")),
                text)).extracting(NamedMention::text).containsExactly("de Villiers");
    }

    @Test
    void nameGluedToPageChromeEndsWhereItsFirstWordRepeats() {
        String text = "Treasury Secretary Steven MnuchinSteven Terner MnuchinTrump says";
        List<NamedMention> clean = MentionCleaner.clean(List.of(
                at(text, "PERSON", "Steven MnuchinSteven Terner MnuchinTrump")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Steven Mnuchin");
        assertThat(MentionCleaner.unglue(new NamedMention("PERSON", 0, 14, "Ronald McDonald"), "Ronald McDonald").text())
                .isEqualTo("Ronald McDonald");
    }

    @Test
    void aDemonymAfterTheIsADescriptionNotAPersonButANameAfterTheStays() {
        String text = "The Welshman left. But the 40-year-old Londoner stayed, as the Kerr administration wished.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Welshman"),
                at(text, "PERSON", "Londoner"), at(text, "PERSON", "Kerr")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Kerr");
    }

    @Test
    void aSeatAndTheMembersTitleAfterTheDescribeTheMember() {
        String text = "The Hilltown East MP spoke. Jo Hilltown MP is no seat.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Hilltown East MP"),
                at(text, "PERSON", "Jo Hilltown MP")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Jo Hilltown MP");
    }

    @Test
    void aNameAfterAnHonorificIsAPersonWhateverNerTypedItUnlessAnInstitutionEndsIt() {
        String text = "Sir Stanley Odell resigned and the Lord Chancellor Department replied.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "ORGANIZATION", "Sir Stanley Odell"),
                at(text, "ORGANIZATION", "Lord Chancellor Department")), text);

        assertThat(clean).extracting(NamedMention::text, NamedMention::type).containsExactly(
                tuple("Stanley Odell", "PERSON"), tuple("Lord Chancellor Department", "ORGANIZATION"));
    }

    @Test
    void aNameRunOnOverAnOwnersPossessiveIsTwoWhereTheOwnerIsABodyOrAnHonouredPerson() {
        String text = "Acme Corp's Dene Media unit, Lord Tom Hale's Oakham Estates and Wessex's Financial Times bid; "
                + "the Lord Chancellor's Department and the Women's Rowing Association disagreed.";
        assertThat(cleaned(text, "ORGANIZATION:Acme Corp's Dene Media", "ORGANIZATION:Lord Tom Hale's Oakham Estates",
                "ORGANIZATION:Wessex's Financial Times", "ORGANIZATION:Lord Chancellor's Department",
                "ORGANIZATION:Women's Rowing Association")).extracting(NamedMention::type, NamedMention::text)
                .containsExactly(tuple("ORGANIZATION", "Acme Corp"), tuple("ORGANIZATION", "Dene Media"),
                        tuple("PERSON", "Tom Hale"), tuple("ORGANIZATION", "Oakham Estates"),
                        tuple("ORGANIZATION", "Wessex"), tuple("ORGANIZATION", "Financial Times"),
                        tuple("ORGANIZATION", "Lord Chancellor's Department"),
                        tuple("ORGANIZATION", "Women's Rowing Association"));
    }

    @Test
    void anOwnerWhoseFirstWordIsAnOrganisationElsewhereIsThatBody() {
        String text = "Striker Ali Rahimi misses Dene Rovers's Cup Winners League match. A Dene spokesman confirmed it.";
        assertThat(cleaned(text, "ORGANIZATION:Dene Rovers's Cup Winners League", "ORGANIZATION:Dene"))
                .extracting(NamedMention::text)
                .containsExactly("Dene Rovers", "Cup Winners League", "Dene");
        // without the first word as an organisation of its own, the name stays whole
        String alone = "Striker Ali Rahimi misses Dene Rovers's Cup Winners League match.";
        assertThat(cleaned(alone, "ORGANIZATION:Dene Rovers's Cup Winners League")).extracting(NamedMention::text)
                .containsExactly("Dene Rovers's Cup Winners League");
    }

    @Test
    void lettersOfAnOfficeOrHonourAfterAPersonsNameAreNoPartOfIt() {
        String text = "Judge Tom Hale QC spoke. Ann Reed OBE agreed. Jo Hilltown MP is no seat.";
        assertThat(cleaned(text, "PERSON:Tom Hale QC", "PERSON:Ann Reed OBE", "PERSON:Jo Hilltown MP"))
                .extracting(NamedMention::text).containsExactly("Tom Hale", "Ann Reed", "Jo Hilltown MP");
    }

    @Test
    void aDashSetOffBySpacesEndsAPersonsName() {
        String text = "Mr Hale - himself the son of farmers - spoke. Ann Lloyd-Reed agreed.";
        assertThat(cleaned(text, "PERSON:Hale - himself the son", "PERSON:Ann Lloyd-Reed"))
                .extracting(NamedMention::text).containsExactly("Hale", "Ann Lloyd-Reed");
    }

    @Test
    void aPersonAfterTheEndingInTheSurnameOfAnotherPersonNamedInFullIsThatSurname() {
        String text = "Actor Tom Hale sued. In Days of the Moon Hale plays a pilot; the Dene Hale is a river.";
        assertThat(cleaned(text, "PERSON:Tom Hale", "PERSON:Moon Hale"))
                .extracting(NamedMention::text).containsExactly("Tom Hale", "Hale");
    }

    @Test
    void aDescribedFullNameTypedAsAnOrganisationWhoseSurnameStandsAloneAsAPersonIsThatPerson() {
        String text = "Dene forward Paris Hale is unsure. Then Hale spoke. Later Hale left. The club Paris United won.";
        int first = text.indexOf("Then Hale") + 5;
        int second = text.indexOf("Later Hale") + 6;
        assertThat(MentionCleaner.clean(List.of(at(text, "ORGANIZATION", "Paris Hale"),
                new NamedMention("PERSON", first, first + 4, "Hale"), new NamedMention("PERSON", second, second + 4, "Hale"),
                at(text, "ORGANIZATION", "Paris United")), text))
                .extracting(NamedMention::text, NamedMention::type).containsExactly(
                        tuple("Paris Hale", "PERSON"), tuple("Hale", "PERSON"), tuple("Hale", "PERSON"),
                        tuple("Paris United", "ORGANIZATION"));
    }

    @Test
    void baronIsATitleCutFromTheSurname() {
        assertThat(cleaned("Baron Hale of Dunmore met Tom Hale.", "PERSON:Baron Hale", "PERSON:Tom Hale"))
                .extracting(NamedMention::text).containsExactly("Hale", "Tom Hale");
    }

    @Test
    void aNicknameInMarksBetweenFirstNameAndSurnameIsPartOfTheName() {
        String text = "Brian 'Tank' Hale told a radio station so. Earl \"OK\" Reed agreed.\n"
                + "End Dunmore 'denial' Hale tells the Dunmore council.";
        int second = text.indexOf("Hale", text.indexOf("Hale") + 1);
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Hale"), at(text, "PERSON", "Earl"),
                at(text, "LOCATION", "OK"), at(text, "PERSON", "Reed"),
                new NamedMention("PERSON", second, second + 4, "Hale")), text);
        // "Dunmore" is written twice, a surname or place before a scare quote, no first name
        assertThat(clean).extracting(NamedMention::text)
                .containsExactly("Brian 'Tank' Hale", "Earl \"OK\" Reed", "Hale");
    }

    @Test
    void aTitleTaggedAloneIsThePersonWhoseSurnameItIsUnlessADeterminerMakesItATitle() {
        String text = "Talk show host Ann King met the King. King asked him why.";
        int second = text.lastIndexOf("King");
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Ann King"),
                new NamedMention("PERSON", text.indexOf("King."), text.indexOf("King.") + 4, "King"),
                new NamedMention("PERSON", second, second + 4, "King")), text);

        assertThat(clean).extracting(NamedMention::start).containsExactly(text.indexOf("Ann King"), second);
    }

    @Test
    void aSurnameWithItsParticleTypedOtherwiseIsThePersonNamedInFull() {
        String text = "Ann De Vere won. De Vere thanked the cast.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "PERSON", "Ann De Vere"),
                new NamedMention("ORGANIZATION", text.indexOf("De Vere thanked"), text.indexOf(" thanked"), "De Vere")), text);

        assertThat(clean).extracting(NamedMention::type, NamedMention::text)
                .containsExactly(tuple("PERSON", "Ann De Vere"), tuple("PERSON", "De Vere"));
    }

    @Test
    void aWebAddressInACompanysNameIsNoDescriptionBeforeIt() {
        String text = "Dene.com Inc., the retailer, grew, as did US telecoms firm Hale Corp.";
        List<NamedMention> clean = MentionCleaner.clean(List.of(at(text, "ORGANIZATION", "Dene.com Inc."),
                at(text, "ORGANIZATION", "US telecoms firm Hale Corp")), text);

        assertThat(clean).extracting(NamedMention::text).containsExactly("Dene.com Inc.", "Hale Corp");
    }

    @Test
    void andCompanyInLowerCaseAfterANameIsNoPartOfIt() {
        String text = "A group called 'We support Tom Hale & co' grew. Dene & Co. Ltd did not.";
        assertThat(cleaned(text, "ORGANIZATION:Tom Hale & co", "ORGANIZATION:Dene & Co. Ltd")).extracting(NamedMention::text)
                .containsExactly("Tom Hale", "Dene & Co. Ltd");
    }

    @Test
    void aPluralOwnersApostropheSplitsAKnownOrganisationsNameFromWhatItOwnsButNotFromAnInstitutionNoun() {
        String text = "He told NBC News' Today team and the Dene Providers' Association.";
        assertThat(cleaned(text, "ORGANIZATION:NBC News' Today", "ORGANIZATION:Dene Providers' Association"))
                .extracting(NamedMention::text).containsExactly("NBC News", "Today", "Dene Providers' Association");
    }

    @Test
    void anOfficersTitleAfterABodysInitialsIsNoPartOfItsName() {
        String text = "said DVF Chief Executive Tom Hale. The Dene Chief Executive agreed.";
        assertThat(cleaned(text, "ORGANIZATION:DVF Chief Executive", "ORGANIZATION:Dene Chief Executive"))
                .extracting(NamedMention::text).containsExactly("DVF", "Dene Chief Executive");
    }

    @Test
    void aGivenNameAndANationalitysAdjectiveTaggedAsMiscAreAPersonButNotAfterADeterminer() {
        String text = "Rosa English runs the fund. English said no. The Royal Dutch fleet sailed.";
        int lone = text.indexOf("English said");
        List<NamedMention> found = List.of(at(text, "MISC", "Rosa English"),
                new NamedMention("MISC", lone, lone + 7, "English"), at(text, "MISC", "Royal Dutch"));
        assertThat(MentionCleaner.clean(found, text)).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Rosa English", "PERSON"), tuple("English", "PERSON"), tuple("Royal Dutch", "MISC"));
    }
}
