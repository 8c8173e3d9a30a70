package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution over hand-made entities and sentences, without CoreNLP. */
class SpeakerAttributorTest {

    /** Speaker names, one per quote, for a text whose entities are the given names (each "TYPE:Name"). */
    private static List<String> speakers(String text, String... typedNames) {
        HandMadeArticle article = HandMadeArticle.of(text, typedNames);
        List<QuoteSpan> quotes = QuoteFinder.find(text);
        return new SpeakerAttributor(text, article.sentences(), quotes, article.entities()).attribute().stream()
                .map(a -> a.speaker() == null ? null : a.speaker().name() + "/" + a.cue())
                .toList();
    }

    @Test
    void speakerNamedAfterTheQuote() {
        assertThat(speakers("\u201cIt creates risk,\u201d Pompeo said.", "PERSON:Mike Pompeo|Pompeo"))
                .containsExactly("Mike Pompeo/said");
    }

    @Test
    void invertedAttributionAfterTheQuote() {
        assertThat(speakers("\"We object,\" said Foreign Ministry spokeswoman Hua Chunying.",
                "ORGANIZATION:Foreign Ministry", "PERSON:Hua Chunying"))
                .containsExactly("Hua Chunying/said");
    }

    @Test
    void speakerNamedBeforeTheQuoteInTheSameSentence() {
        assertThat(speakers("Last month, press secretary Sarah Sanders said that the two \"are not linked\".",
                "PERSON:Sarah Sanders"))
                .containsExactly("Sarah Sanders/said");
    }

    @Test
    void aParticipleAfterItsClausesOwnCueHasThatCuesSubjectAndArgueIsACue() {
        String text = "Tom Roe will speak on Monday.\nBut the Tory leader will argue against quotas saying they are \"unjust\".\n"
                + "\"It divides people,\" he will argue. Critics insist it is \"fair\".";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "ORGANIZATION:Conservative Party|Tory"))
                .containsExactly("Tom Roe/saying", "Tom Roe/argue", null);
    }

    @Test
    void afterAnInvertedCueThePersonAfterAnOwnersPossessiveSpeaks() {
        String text = "\"It is good,\" added Dene and Hale's Ann Reed.";
        assertThat(speakers(text, "PERSON:Dene", "PERSON:Hale", "PERSON:Ann Reed")).containsExactly("Ann Reed/added");
    }

    @Test
    void aDescribedPersonOrARoleBeforeARelativeClauseIsWhomItStandsFor() {
        String text = "Liam Dunn is back in Belfast.\nThe Oscar-nominated actor, whose films include Tom Hale and Dene, said: "
                + "\"We must act.\"\nTory leader Ann Reed met him.\nThe Tory leader, who argues she is honest, told Dene News: "
                + "\"We do not say one thing.\"";
        assertThat(speakers(text, "PERSON:Liam Dunn|Dunn", "PERSON:Tom Hale", "PERSON:Ann Reed",
                "ORGANIZATION:Conservative Party|Tory", "ORGANIZATION:Dene News"))
                .containsExactly("Liam Dunn/said", "Ann Reed/told");
    }

    @Test
    void aRoleOrDescriptionBeforeADayAndTheCueIsThePersonItStandsFor() {
        String text = "Prime Minister Tom Hale spoke in Dene.\nThe prime minister on Sunday said rules would be \"toughened up\".\n"
                + "Ann Reed won the Dene prize.\nThe prize winner said on a visit there was a \"desire\" to go on.";
        assertThat(speakers(text, "PERSON:Tom Hale", "PERSON:Ann Reed")).containsExactly("Tom Hale/said", "Ann Reed/said");
    }

    @Test
    void aPersonNamedInAnInvertedCueAfterASentencesQuotationEndsAnUnnamedRolesHoldOnThePronoun() {
        String text = "A ministry spokesperson on Wednesday said the plan was \"fine\".\n"
                + "Critics are \"wrong\" and \"unfair,\" said ministry spokeswoman Ann Reed.\n\"All should act,\" she said.";
        assertThat(speakers(text, "PERSON:Ann Reed")).last().isEqualTo("Ann Reed/said");
    }

    @Test
    void theMemberBeforeARelativeClauseIsTheMemberTheTextIsAboutNotTheOneTold() {
        String text = "Tory MP Tom Hale was sacked.\nThe MP, who is consulting his lawyers, told Dene News: \"They chose me.\"";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "ORGANIZATION:Dene News", "ORGANIZATION:Conservative Party|Tory"))
                .containsExactly("Tom Hale/told");
    }

    @Test
    void aStatementDescribedByTheKindOfBodyIsTheBodyLastNamedAsASubject() {
        String text = "Tom Hale said: \"We are late.\" The Dene Agency estimates the cost at $40m.\n"
                + "\"Failure will carry risks,\" said an agency statement.\nAn agency statement said it was \"sad\".";
        assertThat(speakers(text, "PERSON:Tom Hale", "ORGANIZATION:Dene Agency"))
                .containsExactly("Tom Hale/said", "Dene Agency/said", "Dene Agency/said");
    }

    @Test
    void pronounResolvesToTheLastPersonNamedOutsideQuotes() {
        String text = "Zhao Lijian spoke on Tuesday.\n\"Ask Edward Snowden about spying,\" he said.";
        assertThat(speakers(text, "PERSON:Zhao Lijian|Zhao", "PERSON:Edward Snowden"))
                .containsExactly("Zhao Lijian/said");
    }

    @Test
    void accordingToNamesTheSource() {
        assertThat(speakers("\"It would be the latest step,\" according to Reuters.", "ORGANIZATION:Reuters"))
                .containsExactly("Reuters/according to");
    }

    @Test
    void organisationDescribedByItsCommonNounSpeaks() {
        String text = "The Foreign Ministry met on Monday.\nThe ministry said it would take \"necessary measures\".";
        assertThat(speakers(text, "ORGANIZATION:Foreign Ministry")).containsExactly("Foreign Ministry/said");
    }

    @Test
    void unattributedQuoteHasNoSpeaker() {
        assertThat(speakers("Critics call it a \"backdoor\" in the network.", "ORGANIZATION:Acme")).containsExactly((String) null);
    }

    @Test
    void callingOrDubbingSomethingInQuotationMarksGivesTheSubjectTheWords() {
        assertThat(speakers("Ann Lee called him \"a reckless gambler\" on Monday.", "PERSON:Ann Lee"))
                .containsExactly("Ann Lee/called him");
        assertThat(speakers("The Law Guild dubbed the plans an \"attack on justice\".", "ORGANIZATION:Law Guild"))
                .containsExactly("Law Guild/dubbed");
        assertThat(speakers("Ann Lee joined a band called \"Sound Engine\" in May.", "PERSON:Ann Lee"))
                .containsExactly((String) null);
    }

    @Test
    void theNextSentencesCueSpeaksOnlyWithinTheParagraph() {
        String sameParagraph = "Tablet sales were \"better than we had hoped\" in March. Jane Roe, head of Acme, said the firm would hire.";
        assertThat(speakers(sameParagraph, "PERSON:Jane Roe", "ORGANIZATION:Acme")).containsExactly("Jane Roe/said");
        String nextParagraph = "Tablet sales were \"better than we had hoped\" in March.\n\nJane Roe, head of Acme, said the firm would hire.";
        assertThat(speakers(nextParagraph, "PERSON:Jane Roe", "ORGANIZATION:Acme")).containsExactly((String) null);
    }

    @Test
    void quoteInTheNextParagraphWithoutAttributionContinuesThePreviousSpeaker() {
        String text = "\"We are going to fix it,\" Pompeo said.\n\"He will take action in the coming days.\"";
        assertThat(speakers(text, "PERSON:Mike Pompeo|Pompeo")).containsExactly("Mike Pompeo/said", "Mike Pompeo/said");
    }

    @Test
    void aCueInsideAWhoOrWhatClauseReportsNoWords() {
        String text = "Jan Marsh, from Harwell Foods, told the Wessex Courier there were two steps. The hard one is to know "
                + "whether people are who they say they are.\n\"The answer is a card in a reader.\"";
        assertThat(speakers(text, "PERSON:Jan Marsh", "ORGANIZATION:Harwell Foods", "ORGANIZATION:Wessex Courier"))
                .containsExactly("Jan Marsh/told");
    }

    @Test
    void apologisingWelcomingCallingOnAndAPanelFrameAQuotation() {
        assertThat(speakers("Tom Reid spoke on Monday. Later he apologised for his \"rude words\".", "PERSON:Tom Reid"))
                .containsExactly("Tom Reid/apologised for");
        assertThat(speakers("Tom Reid said sorry. Ann Lee welcomed his \"gracious apology\".", "PERSON:Tom Reid",
                "PERSON:Ann Lee")).containsExactly("Ann Lee/welcomed");
        assertThat(speakers("The Wessex Commission said it had found support. The panel suggested crimes could be "
                + "\"graded\" by harm.", "ORGANIZATION:Wessex Commission")).containsExactly("Wessex Commission/suggested");
        assertThat(speakers("The TUC has called on the government to appoint \"roving\" reps. The Safety Board said it had "
                + "begun work.", "ORGANIZATION:TUC", "ORGANIZATION:Safety Board")).containsExactly("TUC/called on");
    }

    @Test
    void aClauseBetweenDashesDoesNotLendItsNamesToTheCuesSubject() {
        String text = "Harwell & Bingley lends.\n\nBut H&B - which has a 22% share of the UK buy-to-let market - said that "
                + "while growth was slowing, the sector \"continues to grow\".";
        assertThat(speakers(text, "ORGANIZATION:Harwell & Bingley|H&B", "LOCATION:United Kingdom|UK"))
                .containsExactly("Harwell & Bingley/said");
    }

    @Test
    void anAgedDescriptionByOccupationStandsForThePersonTheTextIsAbout() {
        String text = "Film maker Tom Reid spoke at the festival. \"It's a huge market,\" the 47-year-old director said.";
        assertThat(speakers(text, "PERSON:Tom Reid")).containsExactly("Tom Reid/said");
    }

    @Test
    void whatFollowsAParticipleCueIsWhatWasSaidNotItsSpeaker() {
        String text = "In an interview, Mr Reid refused to be pinned down, saying Britain would vote \"some time in 2006\".";
        assertThat(speakers(text, "PERSON:Tom Reid|Reid", "LOCATION:United Kingdom|Britain"))
                .containsExactly("Tom Reid/saying");
    }

    @Test
    void aVerbWhoseSubjectIsARelativePronounIsNoCueForTheQuotationBeforeIt() {
        String text = "Tom Reid of Harwell Foods spoke. He stressed that it wanted no \"loan-for-oil deal\" like the one that "
                + "concluded last year between Acme and Wessex Oil.";
        assertThat(speakers(text, "PERSON:Tom Reid|Reid", "ORGANIZATION:Harwell Foods", "ORGANIZATION:Acme",
                "ORGANIZATION:Wessex Oil")).containsExactly("Tom Reid/stressed");
    }

    @Test
    void nestedQuoteHasItsOwnSpeakerWhenTheOuterQuoteNamesOne() {
        String text = "\u201cPresident Trump has said \u2018enough\u2019 and we will fix it,\u201d Pompeo said.";
        assertThat(speakers(text, "PERSON:Mike Pompeo|Pompeo", "PERSON:Donald Trump|Trump"))
                .containsExactly("Mike Pompeo/said", "Donald Trump/said");
    }

    @Test
    void nestedQuoteWithoutItsOwnCueTakesTheOuterSpeaker() {
        String text = "\"The US has used 'national security' as a reason,\" Zhao said.";
        assertThat(speakers(text, "PERSON:Zhao", "LOCATION:United States|US"))
                .containsExactly("Zhao/said", "Zhao/said");
    }

    @Test
    void aPersonInAppositionSpeaksForTheOrganisationAfterTheComma() {
        assertThat(speakers("Colin Asplin, Blackpool Hotel Association said: \"We have tried.\"",
                "PERSON:Colin Asplin", "ORGANIZATION:Blackpool Hotel Association"))
                .containsExactly("Colin Asplin/said");
        assertThat(speakers("\"We will fight.\" Ann Lee, who worked with Bob Ray for years, said so.",
                "PERSON:Ann Lee", "PERSON:Bob Ray"))
                .containsExactly("Ann Lee/said");
        assertThat(speakers("Ann Lee, who worked with Bob Ray for years, said: \"We will fight.\"",
                "PERSON:Ann Lee", "PERSON:Bob Ray"))
                .containsExactly("Ann Lee/said");
    }

    @Test
    void aPronounStandsForTheSubjectOfAnEarlierSentenceNotTheLastNameMentioned() {
        assertThat(speakers("Ed Balls said he was sure Gordon Brown would be prudent. \"No spree,\" he said.",
                "PERSON:Ed Balls|Balls", "PERSON:Gordon Brown|Brown"))
                .containsExactly("Ed Balls/said");
    }

    @Test
    void aPronounIsNotThePersonWhoseWordsItReportsInItsOwnSentence() {
        String text = "Bernie Ebbers denied the charges. He said Scott Sullivan ran the books. "
                + "Mr Sullivan \"made accounting decisions,\" he told the court.";
        assertThat(speakers(text, "PERSON:Bernie Ebbers|Ebbers", "PERSON:Scott Sullivan|Sullivan"))
                .containsExactly("Bernie Ebbers/told");
        // a date after a preposition is its object, not the name after it
        String dated = "Scott Sullivan testified. However on Tuesday Mr Ebbers denied it. \"I wasn't told,\" he said.";
        assertThat(speakers(dated, "PERSON:Bernie Ebbers|Ebbers", "PERSON:Scott Sullivan|Sullivan"))
                .containsExactly("Bernie Ebbers/said");
        // with the name after the pronoun's cue, the pronoun still means the name before the quote's sentence
        String after = "Jo Bloggs spoke. \"We won,\" she said of Ann Lee.";
        assertThat(speakers(after, "PERSON:Jo Bloggs", "PERSON:Ann Lee")).containsExactly("Jo Bloggs/said");
    }

    @Test
    void aQuotedWordInARelativeClauseIsThePersonItDescribes() {
        String text = "Tony Blair spoke. Mr Blair, who has described Africa as a \"scar\" on the world's conscience, "
                + "has already said it would be a priority.";
        assertThat(speakers(text, "PERSON:Tony Blair|Blair", "LOCATION:Africa")).containsExactly("Tony Blair/said");
    }

    @Test
    void aDescriptionAsTheSubjectOfACueIsThePersonTheTextIsAbout() {
        String text = "Martin Jol praised his side. \"It was professional,\" the Dutchman said. "
                + "Robbie Keane agreed. \"We won,\" the 24-year-old said. \"We knew it,\" the Irishman added.";
        assertThat(speakers(text, "PERSON:Martin Jol", "PERSON:Robbie Keane"))
                .containsExactly("Martin Jol/said", "Robbie Keane/said", "Robbie Keane/added");
        // a description the person list does not hold is still nobody
        assertThat(speakers("Jo Bloggs spoke. \"No comment,\" the official said.", "PERSON:Jo Bloggs"))
                .containsExactly((String) null);
    }

    @Test
    void aPassiveCueOrAnUnnamedSubjectGivesNoSpeaker() {
        assertThat(speakers("Jo Bloggs spoke first. Another minister says she was told: \"You rose fast.\"",
                "PERSON:Jo Bloggs"))
                .containsExactly((String) null);
        assertThat(speakers("Jo Bloggs spoke first. The spokesman said: \"No comment.\"", "PERSON:Jo Bloggs"))
                .containsExactly((String) null);
        assertThat(speakers("It lost a High Court case when a judge said the plan was \"fair\".",
                "ORGANIZATION:High Court"))
                .containsExactly((String) null);
        assertThat(speakers("A Home Office spokesman said: \"No comment.\"", "ORGANIZATION:Home Office"))
                .containsExactly("Home Office/said");
    }

    @Test
    void aRoleStandsForThePersonIntroducedWithIt() {
        assertThat(speakers("Tory co-chairman Liam Fox spoke. Tony Blair replied. The Tory co-chairman said the pledges were \"vacuous\".",
                "PERSON:Liam Fox|Fox", "PERSON:Tony Blair|Blair"))
                .containsExactly("Liam Fox/said");
    }

    @Test
    void aColonCueIntroducesTheNextQuoteNotThePreviousOne() {
        assertThat(speakers("Edward Leigh spoke. He added: \"It was luck.\" Sir John Bourn said: \"It was hard work.\"",
                "PERSON:Edward Leigh", "PERSON:John Bourn"))
                .containsExactly("Edward Leigh/added", "John Bourn/said");
    }

    @Test
    void aHeadlineQuoteIsSpokenByThePersonOrOrganisationTheHeadlineStartsWith() {
        assertThat(speakers("Fox attacks Blair's Tory 'lies'\n\nLiam Fox spoke on Sunday.",
                "PERSON:Liam Fox|Fox", "PERSON:Tony Blair|Blair"))
                .containsExactly("Liam Fox/null");
        assertThat(speakers("Nuclear strike 'key terror risk'\n\nThe UK must act, says a top academic. Amitai Etzioni wrote it.",
                "LOCATION:United Kingdom|UK", "PERSON:Amitai Etzioni"))
                .containsExactly((String) null);
    }

    @Test
    void aHeadlineQuoteWithoutANameIsSpokenByWhomTheFirstSentenceQuotes() {
        assertThat(speakers("Visa decision 'every ten minutes'\n\nStaff rush, MPs have said. The Health Select Committee found it.",
                "ORGANIZATION:Health Select Committee"))
                .containsExactly("Health Select Committee/null");
        assertThat(speakers("Nuclear strike 'key terror risk'\n\nThe UK must act, says Amitai Etzioni.",
                "PERSON:Amitai Etzioni", "LOCATION:United Kingdom|UK"))
                .containsExactly("Amitai Etzioni/null");
    }

    @Test
    void aCueAfterAConjunctionBelongsToAnotherClause() {
        assertThat(speakers("The Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was misdirected.",
                "ORGANIZATION:Conservative Party|Tories", "ORGANIZATION:Liberal Democrats"))
                .containsExactly("Conservative Party/dismissed");
        assertThat(speakers("\"Our performance was strong,\" chairman and chief executive Richard Parsons said.",
                "PERSON:Richard Parsons"))
                .containsExactly("Richard Parsons/said");
    }

    @Test
    void afterAnInvertedCueTheHolderOfTheRoleSpeaksNotTheBodyBeforeIt() {
        // NER now and then takes a body's acronym for a person's name
        assertThat(speakers("\"Prices will rise,\" said Tapa director Anne Bell.", "PERSON:Tapa", "PERSON:Anne Bell"))
                .containsExactly("Anne Bell/said");
        assertThat(speakers("\"We agree,\" said Ann Lee and Bob Ray.", "PERSON:Ann Lee", "PERSON:Bob Ray"))
                .containsExactly("Ann Lee/said");
    }

    @Test
    void aDescriptionOpeningTheStoryBeforeAnyNameStandsForNobody() {
        String text = "The veteran and the newcomer have plenty in common.\n\nFor Orbit analyst Marc Delacroix, Zeta's"
                + " first choice to put its money elsewhere was a mistake. \"Zeta was busy building a shop,\" he said.";
        assertThat(speakers(text, "ORGANIZATION:Zeta", "LOCATION:Orbit", "PERSON:Marc Delacroix"))
                .containsExactly("Marc Delacroix/said");
    }

    @Test
    void aPronounDoesNotStandForAPersonTheArticleCallsByTheOtherSexsHonorific() {
        String text = "Mr Hale said he would stand against Ann Roe. \"She must go,\" he said. The seat has been hers since 1997."
                + " She said: \"I will win.\"";
        // as in the pipeline, the honorific is not part of the mention
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Roe")).containsExactly("Tom Hale/said", "Ann Roe/said");
    }

    @Test
    void aMemberDescribedByTheSeatBeforeARelativeClauseIsThePersonTheTextIsAbout() {
        String text = "Tom Hale will stand in Eastfield. The Hilltown East MP, who left Labour over the Iraq war, accused the"
                + " sitting member of being a \"party puppet\".";
        assertThat(speakers(text, "PERSON:Tom Hale", "LOCATION:Eastfield", "ORGANIZATION:Labour", "LOCATION:Iraq"))
                .containsExactly("Tom Hale/accused");
    }

    @Test
    void aPassiveCueGivesTheWordsToItsAgentAfterTheQuotation() {
        assertThat(speakers("The plan was dismissed as \"a fantasy\" by the Law Guild on Monday.", "ORGANIZATION:Law Guild"))
                .containsExactly("Law Guild/dismissed");
        assertThat(speakers("The posters were labelled \"a blunder\" by party leader Ann Roe.", "PERSON:Ann Roe"))
                .containsExactly("Ann Roe/labelled");
    }

    @Test
    void aNationalityNerTaggedAfterAnInvertedCueStandsForThePersonTheTextIsAbout() {
        String text = "Maria Lopez beat Eva Klein in the final. \"It feels good,\" said Lopez. Klein was the stronger player."
                + " \"It was my first final,\" said the German.";
        assertThat(speakers(text, "PERSON:Maria Lopez|Lopez", "PERSON:Eva Klein|Klein", "MISC:German"))
                .containsExactly("Maria Lopez/said", "Eva Klein/said");
        // a demonym that is no "-ian", "-er" or "-man" word: the nation's name of one person in CoreNLP's list
        String american = text.replace("the German", "the American");
        assertThat(speakers(american, "PERSON:Maria Lopez|Lopez", "PERSON:Eva Klein|Klein", "MISC:American"))
                .containsExactly("Maria Lopez/said", "Eva Klein/said");
    }

    @Test
    void aCueClosingItsSentenceAfterACommaReportsTheWholeSentence() {
        String text = "Mary Fox told the radio station the mood was good. Mr Hart has \"the same drive for the job\""
                + " as when he started, she said.";
        assertThat(speakers(text, "PERSON:Mary Fox", "PERSON:John Hart|Mr Hart")).containsExactly("Mary Fox/said");
        // so the name before the quotation is not whom a later pronoun stands for either
        String later = text + " And she backed Mr Hart's plan. She said: \"I am sure of it.\"";
        assertThat(speakers(later, "PERSON:Mary Fox", "PERSON:John Hart|Mr Hart")).containsExactly("Mary Fox/said", "Mary Fox/said");
    }

    @Test
    void aNameOrTitleInQuotationMarksHasNoSpeaker() {
        assertThat(speakers("Vince Cable said: \"Taxes are high.\" Mr Cable will publish his \"Alternative Budget\" on Monday.",
                "PERSON:Vince Cable|Cable"))
                .containsExactly("Vince Cable/said", null);
    }

    @Test
    void aQuotedVerbPhraseIsSpokenByTheNameRightBeforeIt() {
        assertThat(speakers("Richard Thomas \"totally condemned\" the deletion of e-mails.", "PERSON:Richard Thomas"))
                .containsExactly("Richard Thomas/null");
        assertThat(speakers("Over 7,000 came under the scheme for Romanian and Bulgarian \"entrepreneurs\".",
                "MISC:Bulgarian")).containsExactly((String) null);
    }

    @Test
    void aShortPhraseInQuotationMarksInASentenceWithoutCueOrSpeakerIsATermNobodySaid() {
        String term = "\"Our gamers hate waiting,\" said Ann Lee of Acme. Online play suffers from \"lag\" on slow lines.";
        assertThat(speakers(term, "PERSON:Ann Lee", "ORGANIZATION:Acme")).containsExactly("Ann Lee/said", null);
        String referredBack = "\"Our gamers hate waiting,\" said Ann Lee of Acme. She blamed \"lag\" on slow lines.";
        assertThat(speakers(referredBack, "PERSON:Ann Lee", "ORGANIZATION:Acme")).containsExactly("Ann Lee/said", "Ann Lee/blamed");
        String longer = "\"Our gamers hate waiting,\" said Ann Lee of Acme. Online play suffers from \"a lag nobody can bear\".";
        assertThat(speakers(longer, "PERSON:Ann Lee", "ORGANIZATION:Acme")).containsExactly("Ann Lee/said", "Ann Lee/said");
    }

    @Test
    void whatTheSubjectCalledSomethingInQuotationMarksIsTheSubjectsWords() {
        String text = "Ann Lee spoke in May. She mocked the plans for camps abroad - what she called a \"fantasy island\".";
        assertThat(speakers(text, "PERSON:Ann Lee|Lee")).containsExactly("Ann Lee/called");
    }

    @Test
    void whoIsToldTheWordsDidNotSayThem() {
        String participle = "Lord Reed spoke. He denied the plans were rushed, telling the Herald \"there is a need for change\".";
        assertThat(speakers(participle, "PERSON:Reed", "ORGANIZATION:Herald")).containsExactly("Reed/telling");
        String bracketed = "A spokesman for the Digital Forum (DF), which meets in Geneva, told the Herald: \"The gap is real.\"";
        assertThat(speakers(bracketed, "ORGANIZATION:Digital Forum|DF", "LOCATION:Geneva", "ORGANIZATION:Herald"))
                .containsExactly("Digital Forum/told");
    }

    @Test
    void aRoleWithItsPartyIsThePersonWrittenAfterBoth() {
        String text = "Labour leader Ann Lee met Tory leader Tom Roe. Ann Lee left. The Tory leader went on: \"We won.\"";
        assertThat(speakers(text, "PERSON:Ann Lee|Lee", "PERSON:Tom Roe|Roe")).containsExactly("Tom Roe/went on");
    }

    @Test
    void theNamesBeforeANamedCueClosingTheSentenceAreWhatWasSaidNotItsSubject() {
        String text = "Others targeted include Tom Roe and Ann Lee, the party's elections chief Lord Reed said. "
                + "He said it was \"nothing personal\".";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "PERSON:Ann Lee|Lee", "PERSON:Reed")).containsExactly("Reed/said");
    }

    @Test
    void aRoleInABodyTheArticleDescribesIsThePersonTheTextIsAbout() {
        String text = "\"Aid is falling,\" Oxfam's Ann Lee said.\n\n\"Children are paying for it,\" the charity's director added.";
        assertThat(speakers(text, "ORGANIZATION:Oxfam", "PERSON:Ann Lee|Lee")).containsExactly("Ann Lee/said", "Ann Lee/added");
        String spokesman = "\"Aid is falling,\" Oxfam's Ann Lee said.\n\n\"Children are paying,\" the charity's spokesman added.";
        assertThat(speakers(spokesman, "ORGANIZATION:Oxfam", "PERSON:Ann Lee|Lee")).containsExactly("Ann Lee/said", null);
    }

    @Test
    void ourCorrespondentIsThePersonIntroducedAsACorrespondent() {
        String text = "Talks will go on, said BBC correspondent Tom Roe. Ann Lee spoke too.\n\n"
                + "\"Ministers will hold firm,\" our correspondent added.";
        assertThat(speakers(text, "ORGANIZATION:BBC", "PERSON:Tom Roe|Roe", "PERSON:Ann Lee|Lee")).containsExactly("Tom Roe/added");
    }

    @Test
    void theNamesBeforeAnInvertedCueClosingTheSentenceAreWhatWasSaid() {
        String text = "It was no good Tom Roe claiming the pledges were safe, argued Mr Reed. He added: \"Tax will go up.\"";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "PERSON:Reed")).containsExactly("Reed/added");
    }

    @Test
    void aNameOpeningAClauseAfterAndIsASubjectThoughAPrepositionCameBefore() {
        String text = "Tom Roe scored early. Victory took the club within six points of Acme and Ann Lee is confident. "
                + "She added: \"We can win.\"";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "ORGANIZATION:Acme", "PERSON:Ann Lee|Lee")).containsExactly("Ann Lee/added");
    }

    @Test
    void aMemberDescribedByTheirClubAfterAnInvertedCueIsThePersonTheTextIsAbout() {
        String text = "The versatile Tom Roe starred again.\n\n\"We can win the group,\" said the Acme player.";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "ORGANIZATION:Acme")).containsExactly("Tom Roe/said");
        String spokesman = "The versatile Tom Roe starred again.\n\n\"We can win the group,\" said the Acme spokesman.";
        assertThat(speakers(spokesman, "PERSON:Tom Roe|Roe", "ORGANIZATION:Acme")).containsExactly("Acme/said");
    }

    @Test
    void aDemonymOfTwoWordsAfterAnInvertedCueIsThePersonTheTextIsAbout() {
        String text = "Director Tom Roe spoke in Sydney.\n\n\"It will take lawyers years,\" said the New Zealander.";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "LOCATION:Sydney", "MISC:New Zealander")).containsExactly("Tom Roe/said");
    }

    @Test
    void aPlaceNamedAsWhereSomethingHappensIsNoSpeaker() {
        String text = "Anger over the war in Iraq has grown, with many saying it was \"unjustified\".";
        assertThat(speakers(text, "LOCATION:Iraq")).containsExactly((String) null);
    }

    @Test
    void aCueWhoseObjectIsAnEarlierQuotedPhraseSpeaksForThatPhraseOnly() {
        String text = "Ed Roe said instead of the \"bonfire of quangos\" Acme had promised, there had been an \"explosion\" of them. "
                + "\"For two decades they grew.\"";
        assertThat(speakers(text, "PERSON:Ed Roe|Roe", "ORGANIZATION:Acme"))
                .containsExactly("Acme/promised", "Ed Roe/said", "Ed Roe/said");
    }

    @Test
    void aFramingVerbAttributesOnlyInItsOwnSentence() {
        String text = "The US accuses Huawei of spying. Not one country found a 'backdoor' in its devices. "
                + "No such cases were reported, Zhao added.";
        assertThat(speakers(text, "LOCATION:United States|US", "ORGANIZATION:Huawei", "PERSON:Zhao Lijian|Zhao"))
                .containsExactly("Zhao Lijian/added");
        assertThat(speakers("The Lib Dems accuse Tony Blair of making a \"touchy-feely\" speech.",
                "ORGANIZATION:Liberal Democrats|Lib Dems", "PERSON:Tony Blair|Blair"))
                .containsExactly("Liberal Democrats/accuse");
    }

    @Test
    void aPronounDoesNotStandForAPossessiveOrThePersonAfterAPreposition() {
        assertThat(speakers("Oleg Gordievsky said he was happy. Commenting on Mr Makarov's case, he said: \"The state is not a cow.\"",
                "PERSON:Oleg Gordievsky", "PERSON:Viktor Makarov|Makarov"))
                .containsExactly("Oleg Gordievsky/said");
        assertThat(speakers("Mr Chidambaram is attending. At a conference hosted by minister Gordon Brown on Friday, he said he "
                + "was in favour. \"A flexible rate helps,\" he told the conference.",
                "PERSON:Palaniappan Chidambaram|Chidambaram", "PERSON:Gordon Brown"))
                .containsExactly("Palaniappan Chidambaram/told");
    }

    @Test
    void aCompanysDescriptionAndAParticipleAfterItsCueSpeakForTheCompany() {
        assertThat(speakers("Reuters beat forecasts. The news and financial data seller said the year had begun well, "
                + "adding it expected \"further gradual improvement\".", "ORGANIZATION:Reuters"))
                .containsExactly("Reuters/adding");
    }

    @Test
    void aPersonInAppositionToARoleSpeaks() {
        assertThat(speakers("The Scottish Green Party's health spokeswoman, Eleanor Scott, said she was pleased Scotland "
                + "would follow the \"success stories\".",
                "ORGANIZATION:Scottish Green Party", "PERSON:Eleanor Scott", "LOCATION:Scotland"))
                .containsExactly("Eleanor Scott/said");
    }

    @Test
    void aRoleInABodyDescribedInSeveralWordsStandsForThePersonTheTextIsAbout() {
        assertThat(speakers("The Fenwick Trust's Ravi Osei said the change was \"overdue\". The reform group's general "
                + "secretary told the Today programme there were some \"very odd features\" left.",
                "ORGANIZATION:Fenwick Trust", "PERSON:Ravi Osei"))
                .containsExactly("Ravi Osei/said", "Ravi Osei/told");
    }

    @Test
    void aVerbJoinedByAndWithNoSubjectOfItsOwnHasTheEarlierCuesSpeaker() {
        assertThat(speakers("Ravi Osei spoke. He said he hoped the bill would be a \"gentle nudge\" to the government "
                + "and suggested it would \"demand a response\".", "PERSON:Ravi Osei"))
                .containsExactly("Ravi Osei/said", "Ravi Osei/suggested");
    }

    @Test
    void aPronounAfterASpokespersonWithAnAuxiliaryIsTheBodyTheyStandFor() {
        assertThat(speakers("Northwave denied the claims on Monday. A spokesman has said: \"We are fine.\" "
                + "He added: \"It is over.\"", "ORGANIZATION:Northwave"))
                .containsExactly("Northwave/said", "Northwave/added");
    }

    @Test
    void aSpokespersonBeforeADescriptionSetOffByCommasSpeaksForTheBodyNotThePlaceDescribed() {
        assertThat(speakers("Talks resumed. A spokesman for Tradewell, Wales's biggest union, said after the meeting: "
                + "\"We are still talking.\" Ann Lee, Wales's union leader, said: \"So are we.\"",
                "ORGANIZATION:Tradewell", "LOCATION:Wales", "PERSON:Ann Lee"))
                .containsExactly("Tradewell/said", "Ann Lee/said");
    }

    @Test
    void aPersonBeforeABodysRoleWithoutItsClosingCommaSpeaks() {
        // "Name, Org's title said": the role's holder is the name before it, not somebody to look for elsewhere
        assertThat(speakers("Mr Hale spoke on Monday. \"Seize the moment,\" Mr Hale, Greyfield's chief executive said.",
                "PERSON:Hale", "ORGANIZATION:Greyfield"))
                .containsExactly("Hale/said");
    }

    @Test
    void churchAndBusinessRolesStandForThePersonIntroducedWithThem() {
        String text = "Cardinal Cormac Murphy-O'Connor spoke on the radio. Rowan Williams agreed. "
                + "The cardinal said 2005 should be the year to \"make history poverty\". \"How is it that peace has not arrived?,\" the cardinal will ask.";
        assertThat(speakers(text, "PERSON:Cormac Murphy-O'Connor", "PERSON:Rowan Williams"))
                .containsExactly("Cormac Murphy-O'Connor/said", "Cormac Murphy-O'Connor/ask");
    }

    @Test
    void aPronounAfterAnUnnamedSpokesmanIsTheBodyHeSpeaksForNotTheLastPersonNamed() {
        String text = "Jo Bloggs said the rules were weak. A Ministry spokesman said the rules had been toughened. "
                + "He added \"that the old system will be replaced\".";
        assertThat(speakers(text, "PERSON:Jo Bloggs", "ORGANIZATION:Ministry")).containsExactly("Ministry/added");
        String official = "Jo Bloggs said the rules were weak. A Ministry economist said the rules had been toughened. "
                + "He added \"that the old system will be replaced\".";
        assertThat(speakers(official, "PERSON:Jo Bloggs", "ORGANIZATION:Ministry")).containsExactly((String) null);
    }

    @Test
    void anUnnamedSpokespersonSpeaksForTheBodyTheSentencesBeforeAreAbout() {
        String text = "Ofcom says it will review the rules next year. But a spokesman said its powers were limited. "
                + "\"Any change is for government,\" he said.";
        assertThat(speakers(text, "ORGANIZATION:Ofcom")).containsExactly("Ofcom/said");
        String definite = "The Acme spokesman said the process would start soon.\n\n"
                + "Talks will take months and \"may go on for some time\", the spokesman said.";
        assertThat(speakers(definite, "ORGANIZATION:Acme")).containsExactly("Acme/said");
    }

    @Test
    void whatASubjectSaysIsGivesTheQuotedWordsAsItsOwn() {
        String text = "The Tories say the plan is weak.\n\nTim Roe is setting out grants to tackle what he says are "
                + "\"crippling shortages\".";
        assertThat(speakers(text, "ORGANIZATION:Conservative Party|Tories", "PERSON:Tim Roe")).containsExactly("Tim Roe/says");
    }

    @Test
    void anUnnamedSpokespersonAfterAPersonSpokeIsNobody() {
        String text = "Ofcom says it will act. Labour MP Jo Bloggs said the rules were weak. A spokesman said: \"We disagree.\"";
        assertThat(speakers(text, "ORGANIZATION:Ofcom", "PERSON:Jo Bloggs")).containsExactly((String) null);
        String owner = "Ofcom says it will act. A spokesman for her lawyers said: \"We disagree.\"";
        assertThat(speakers(owner, "ORGANIZATION:Ofcom")).containsExactly((String) null);
    }

    @Test
    void aPronounAfterANamedSpokesmanIsThatPerson() {
        String text = "A Ministry spokesman, Tom Lee, said the rules had been toughened. He added \"that it will change\".";
        assertThat(speakers(text, "ORGANIZATION:Ministry", "PERSON:Tom Lee")).containsExactly("Tom Lee/added");
    }

    @Test
    void theMembersOfANamedBodySpeakForIt() {
        String text = "The Health Select Committee said the plan was late.\n"
                + "\"A fixed plan would fail,\" the MPs said. They said the plan would \"harm patients\".";
        assertThat(speakers(text, "ORGANIZATION:Health Select Committee"))
                .containsExactly("Health Select Committee/said", "Health Select Committee/said");
    }

    @Test
    void theyAfterAPersonIsNobody() {
        String text = "The Health Select Committee met Jo Bloggs and Ann Lee. \"We will go,\" they said.";
        assertThat(speakers(text, "ORGANIZATION:Health Select Committee", "PERSON:Jo Bloggs", "PERSON:Ann Lee"))
                .containsExactly((String) null);
    }

    @Test
    void aQuotedPhraseIsTheWordsOfTheSubjectThatOpensItsSentence() {
        String text = "Storm in the valley\n\nThe Farmers Union has expressed \"serious doubts\" about the plan. "
                + "Jo Bloggs said she would not back it.";
        assertThat(speakers(text, "ORGANIZATION:Farmers Union", "PERSON:Jo Bloggs")).containsExactly("Farmers Union/null");
    }

    @Test
    void membersQuotedBeforeTheirBodyIsNamedSpeakForTheBodyOfTheNextSentence() {
        String text = "Staff decide a case \"every ten minutes\", MPs have said. The Health Select Committee found staff were rushed.";
        assertThat(speakers(text, "ORGANIZATION:Health Select Committee")).containsExactly("Health Select Committee/said");
    }

    @Test
    void aQuotedTermAfterSoCalledHasNoSpeaker() {
        String text = "According to Vintra, the market for so-called \"wine-like\" drinks will grow.";
        assertThat(speakers(text, "ORGANIZATION:Vintra")).containsExactly((String) null);
    }

    @Test
    void quotesInTheItemsOfAListAreTheWordsOfTheSpeakerBeforeTheList() {
        String text = "\"We cannot wait,\" says Jo Bloggs.\n\n - Using \"all possible means\" to act\n - Asking \"every state\" to help";
        assertThat(speakers(text, "PERSON:Jo Bloggs")).containsExactly("Jo Bloggs/says", "Jo Bloggs/says", "Jo Bloggs/null");
    }

    @Test
    void aPronounAfterARoleOpeningASentenceIsThePersonOfThatRole() {
        String text = "Bishop Ann Lee spoke first. Dr Jo Bloggs disagreed.\n\n"
                + "On Friday, the Bishop will speak again. \"Peace is possible,\" she will say.";
        assertThat(speakers(text, "PERSON:Ann Lee", "PERSON:Jo Bloggs")).containsExactly("Ann Lee/say");
    }

    @Test
    void quotesWrittenOneAfterAnotherKeepTheirSpeakerBeforeTheNextSentence() {
        String text = "\"Why not,\" Ann Lee said. \"Why now?\" \"Why here?\" Jo Bloggs said little.";
        assertThat(speakers(text, "PERSON:Ann Lee", "PERSON:Jo Bloggs"))
                .containsExactly("Ann Lee/said", "Ann Lee/said", "Ann Lee/null");
    }

    @Test
    void aPronounAfterTheDefiniteRoleOfAPersonNamedBeforeIsThatPerson() {
        String text = "Shadow minister Jo Bloggs spoke first. The Tory spokesman also criticised the plan. "
                + "\"Who are they trying to fool?\" he said.";
        assertThat(speakers(text, "PERSON:Jo Bloggs")).containsExactly("Jo Bloggs/said");
    }

    @Test
    void namesInASentenceOpenedByAPronounAreItsObjectsNotWhomTheNextPronounMeans() {
        String text = "For Rick Dean, the future is exciting. He has worked on Finding Nemo and Indiana Jones. "
                + "\"There was a time,\" he told the website.";
        assertThat(speakers(text, "PERSON:Rick Dean", "PERSON:Indiana Jones")).containsExactly("Rick Dean/told");
    }

    @Test
    void aDescriptionAfterAnInvertedCueIsThePersonTheTextIsAbout() {
        String harrier = "Then Lewis-Francis ran the final leg. \"Winning was the highlight,\" said the Birchfield Harrier.";
        assertThat(speakers(harrier, "PERSON:Mark Lewis-Francis|Lewis-Francis", "PERSON:Birchfield Harrier"))
                .containsExactly("Mark Lewis-Francis/said");
        String local = "Jamie Costin should be paralysed. \"I was in pain,\" says the Waterford man.";
        assertThat(speakers(local, "PERSON:Jamie Costin", "LOCATION:Waterford")).containsExactly("Jamie Costin/says");
        // a country itself still speaks
        assertThat(speakers("\"We object,\" said the US.", "LOCATION:United States|US")).containsExactly("United States/said");
    }

    @Test
    void anUncuedQuoteOpeningALaterParagraphCarriesOnTheLastSpeakerUnlessSomebodyElseIsTheSubject() {
        String text = "\"It was make-up,\" explains Mr Dean. The restoration revealed items too.\n\n\"There are scans.\"";
        assertThat(speakers(text, "PERSON:Rick Dean|Dean")).containsExactly("Rick Dean/explains", "Rick Dean/explains");
        String other = "\"It was make-up,\" explains Mr Dean. Ann Lee disagrees.\n\n\"There are scans.\"";
        assertThat(speakers(other, "PERSON:Rick Dean|Dean", "PERSON:Ann Lee")).containsExactly("Rick Dean/explains", null);
        // a quoted phrase inside a sentence is no answer of the last speaker
        String phrase = "\"It was make-up,\" explains Mr Dean. The restoration revealed items.\n\nMany believe the gap comes from \"natural differences\".";
        assertThat(speakers(phrase, "PERSON:Rick Dean|Dean")).containsExactly("Rick Dean/explains", null);
    }

    @Test
    void aColonWithoutACueGivesTheQuoteToThePersonBeforeIt() {
        assertThat(speakers("Mr Dean is confident though: \"I think so.\"", "PERSON:Rick Dean|Dean"))
                .containsExactly("Rick Dean/null");
    }

    @Test
    void aPronounAfterAnUnnamedRoleIsNobodyAlsoWhenTheRoleSpokeAboutANamedPerson() {
        String text = "But an executive spokeswoman insisted Mr McConnell had made the remark. "
                + "\"He was talking about adults,\" she said.";
        assertThat(speakers(text, "PERSON:Jack McConnell|McConnell")).containsExactly((String) null);
    }

    @Test
    void aPlacesRoleAsSubjectIsThePersonHoldingItNotThePlace() {
        String text = "Scotland's first minister has told pupils to get drunk \"once in a while\".\n"
                + "Jack McConnell was speaking to pupils.";
        assertThat(speakers(text, "LOCATION:Scotland", "PERSON:Jack McConnell")).containsExactly("Jack McConnell/told");
    }

    @Test
    void aDocumentSpeaksForTheOrganisationNamedWhereItIsFirstMentioned() {
        String text = "The target will be missed, a report says.\nThe National Audit Office praised ministers.\n"
                + "According to the report, \"more than half\" were young. \"Progress is slow,\" the report adds.";
        assertThat(speakers(text, "ORGANIZATION:National Audit Office"))
                .containsExactly("National Audit Office/according to", "National Audit Office/adds");
        // without an author named, nobody
        assertThat(speakers("\"Progress is slow,\" the report adds.")).containsExactly((String) null);
    }

    @Test
    void aPronounMeansTheFirstPersonOfASentenceWhoCanBeItsSubject() {
        String text = "Tony Blair should set out a plan, Charles Kennedy has said.\n"
                + "In a speech on the re-election of George W Bush, Mr Kennedy said Iraq had changed. "
                + "\"There is some truth in that,\" he said.";
        assertThat(speakers(text, "PERSON:Tony Blair", "PERSON:Charles Kennedy|Kennedy", "PERSON:George W Bush"))
                .containsExactly("Charles Kennedy/said");
    }

    @Test
    void aQuoteWithinAQuoteAfterIorWeSaidIsTheOuterSpeakers() {
        String text = "Beattie said: \"William Gallas was blocking me and I said to myself 'I'll go straight over you'.\"";
        assertThat(speakers(text, "PERSON:James Beattie|Beattie", "PERSON:William Gallas"))
                .containsExactly("James Beattie/said", "James Beattie/said");
    }

    @Test
    void spokeOfAndCallsFrameAQuotedPhraseOfTheirSubject() {
        assertThat(speakers("Jonathan Baume, of the union, spoke of \"competing agendas\".", "PERSON:Jonathan Baume"))
                .containsExactly("Jonathan Baume/spoke of");
        assertThat(speakers("The genre is in what Millan calls its \"infant stage\".", "PERSON:Manuel Millan|Millan"))
                .containsExactly("Manuel Millan/calls");
    }

    @Test
    void pronounAfterARoleWithModifiersIsThePersonIntroducedWithThatRole() {
        String text = "Home Secretary Ann Weller set out a plan. Tom Hale said his party offered \"a real choice\"."
                + " The home secretary said the plan was fair. Speaking on a radio show with Jo Frost, she said \"we will"
                + " be firm\".";
        assertThat(speakers(text, "PERSON:Ann Weller", "PERSON:Tom Hale", "PERSON:Jo Frost"))
                .containsExactly("Tom Hale/said", "Ann Weller/said");
    }

    @Test
    void verbJoinedByAConjunctionSharesTheSubjectOfTheFirst() {
        String text = "Ann Weller spoke on Monday. Interviewed by Jo Frost, she said the plan would work, but stressed"
                + " that costs must not become \"a heavy burden\".";
        assertThat(speakers(text, "PERSON:Ann Weller", "PERSON:Jo Frost"))
                .containsExactly("Ann Weller/stressed");
    }

    @Test
    void passiveFrameInsideWhatANamedSpeakerSaidIsTheirs() {
        String text = "Ms Weller said the talks would be remembered as \"the summit of hope\"."
                + " A former member of the board says she was told: \"You only got here by luck.\"";
        assertThat(speakers(text, "PERSON:Ann Weller|Ms Weller"))
                .containsExactly("Ann Weller/remembered", null);
    }

    @Test
    void pronounAfterASentenceAboutAPersonDescribedStandsForThePersonNamedMost() {
        // "The Welshman" is the coach: the article's main person, not the keeper named in that sentence or the
        // rival who was the last subject
        String text = "Coach Sean Malloy says his side will improve. Malloy's team lost to Harwood on Friday.\n"
                + "The Welshman blamed keeper Tom Birch for the goal. But he has calmed down since. "
                + "He said: \"I was angry on the day.\"\n"
                + "Rival coach Dan Kerr is said to admire him.\n"
                + "But the 40-year-old Welshman wants to stay. He added: \"I am happy here.\"";
        assertThat(speakers(text, "PERSON:Sean Malloy|Malloy", "PERSON:Tom Birch", "PERSON:Dan Kerr"))
                .containsExactly("Sean Malloy/said", "Sean Malloy/added");
    }

    @Test
    void roleSetOffByACommaAfterAnInvertedCueIsHeldByTheNameAfterIt() {
        String text = "\"Costs will fall,\" said Harwell Foods finance director, Jan Marsh. \"Prices will not.\"";
        assertThat(speakers(text, "ORGANIZATION:Harwell Foods", "PERSON:Jan Marsh|Marsh"))
                .containsExactly("Jan Marsh/said", "Jan Marsh/said");
    }

    @Test
    void aTitleOrAPartyMayStandBetweenTheCommaOfAnInvertedCuesRoleAndTheName() {
        String text = "\"Costs will fall,\" said the chair of the Wessex transport committee, Labour MP Jan Marsh.\n"
                + "\"Prices will not,\" said its chairman, Sir Tom Hale.";
        assertThat(speakers(text, "ORGANIZATION:Labour Party|Labour", "PERSON:Jan Marsh", "LOCATION:Wessex",
                "PERSON:Tom Hale")).containsExactly("Jan Marsh/said", "Tom Hale/said");
    }

    @Test
    void commonReportingVerbsAreCues() {
        assertThat(speakers("Trade is slow, Ann Lee points out. \"People wait for the sales.\"", "PERSON:Ann Lee"))
                .containsExactly("Ann Lee/points out");
        assertThat(speakers("\"We will be back,\" Tom Reid cautioned.", "PERSON:Tom Reid"))
                .containsExactly("Tom Reid/cautioned");
    }

    @Test
    void aFullStopBeforeTheClosingMarkWithTheSentenceGoingOnInLowerCaseIsAComma() {
        String text = "Ann Lee lost the case. Mr Reid believes the law is wrong.\n\"We have to start again.\" he added.";
        HandMadeArticle article = HandMadeArticle.of(text, "PERSON:Ann Lee", "PERSON:Tom Reid|Reid");
        // as CoreNLP splits it: the quotation's line is one sentence, its cue after the full stop and the mark
        int line = text.indexOf('\n') + 1;
        List<int[]> sentences = List.of(new int[] {0, 22}, new int[] {23, line - 1}, new int[] {line, text.length()});
        assertThat(new SpeakerAttributor(text, sentences, QuoteFinder.find(text), article.entities()).attribute())
                .extracting(a -> a.speaker() == null ? null : a.speaker().name()).containsExactly("Tom Reid");
    }

    @Test
    void aSourceIntroducedWithARoleInASentenceWithoutSubjectIsWhomTheNextPronounMeans() {
        String introduced = "Ann Lee praised the plan. One dissenting view came from Tom Reid, head of research at "
                + "Acme. He said: \"It will fail.\"";
        assertThat(speakers(introduced, "PERSON:Ann Lee", "PERSON:Tom Reid", "ORGANIZATION:Acme"))
                .containsExactly("Tom Reid/said");
        // named in passing, without a role: the last subject still
        String inPassing = "Ann Lee praised the plan. It was first drafted by Tom Reid on Friday. She said: \"It works.\"";
        assertThat(speakers(inPassing, "PERSON:Ann Lee", "PERSON:Tom Reid")).containsExactly("Ann Lee/said");
    }

    @Test
    void namesBeforeAPronounAfterACommaAreInWhatItReports() {
        String text = "Party spokesman Tom Reid said the poster was misread. It simply showed Ann Lee as a magician, he "
                + "argued. \"We will take those views on board.\"";
        assertThat(speakers(text, "PERSON:Tom Reid", "PERSON:Ann Lee|Lee")).containsExactly("Tom Reid/argued");
    }

    @Test
    void aFormerSomethingAsTheSubjectOfACueIsThePersonTheTextIsAbout() {
        String text = "Jo Marsh criticised the side. And the ex-Wallaby added: \"They will lose.\" "
                + "But she blamed \"a lack of talent\" for it.";
        assertThat(speakers(text, "PERSON:Jo Marsh")).containsExactly("Jo Marsh/added", "Jo Marsh/blamed");
    }

    @Test
    void aPrepositionInsideATitleDoesNotMakeTheNameAnObject() {
        String text = "His wife Sarah would come first, Tom Reid said. Labour's minister for women Ann Lee disagreed. "
                + "She said: \"The sums do not add up.\"";
        assertThat(speakers(text, "PERSON:Tom Reid", "PERSON:Sarah", "PERSON:Ann Lee")).containsExactly("Ann Lee/said");
    }

    @Test
    void aQuotationIntroducedByAColonCueThatRepeatsItsCueAfterIsTheIntroducersEvenAfterAPrepositionalPhrase() {
        String text = "Mr Brown's adviser Ann Lee defended the plan.\n"
                + "For the Greens Tom Reid said: \"The plan is wrong,\" he said.";
        assertThat(speakers(text, "PERSON:Gordon Brown|Brown", "PERSON:Ann Lee", "PERSON:Tom Reid"))
                .containsExactly("Tom Reid/said");
    }

    @Test
    void aNameBeforeAClosingCueWithAnAuxiliaryIsTheSentencesSubject() {
        String text = "Tom Hale has failed to fix the \"deep flaws\" in the rules, Ann Reed has said.\n\n"
                + "The new rebate did nothing to fix the \"bad rule\", she added.";
        assertThat(speakers(text, "PERSON:Tom Hale|Mr Hale", "PERSON:Ann Reed|Ms Reed"))
                .containsExactly("Ann Reed/said", "Ann Reed/added");
    }

    @Test
    void theSubjectOfASubordinateClauseIsTheSentencesSubjectOnlyWhenNoOtherPersonCanBe() {
        String main = "Speaking after Mr Hale had set out the plan, Mr Reed said the town was one of the richest in the "
                + "whole region.\n\n"
                + "But he criticised the \"ticking clock\" of the reform.";
        assertThat(speakers(main, "PERSON:Tom Hale|Mr Hale", "PERSON:Ben Reed|Mr Reed"))
                .containsExactly("Ben Reed/criticised");
        String onlySubordinate = "Eva Hale led early. Both ran level until Ms Reed sprinted clear. "
                + "\"It is a good end,\" she said.";
        assertThat(speakers(onlySubordinate, "PERSON:Eva Hale|Ms Hale", "PERSON:Ann Reed|Ms Reed"))
                .containsExactly("Ann Reed/said");
    }

    @Test
    void theMemberForASeatIsThePersonWrittenAboutNotTheSeat() {
        String text = "Ben Reed predicted a close race. The MP for Oakham and Dene said the prime minister had been "
                + "\"trying very hard\" to win.";
        assertThat(speakers(text, "PERSON:Ben Reed|Mr Reed", "LOCATION:Oakham", "LOCATION:Dene"))
                .containsExactly("Ben Reed/said");
        String afterBut = "Ben Reed said the plan was \"costly\". But the Tory MP for Oakham and Dene admitted it "
                + "\"cannot be dropped\".";
        assertThat(speakers(afterBut, "PERSON:Ben Reed|Mr Reed", "LOCATION:Oakham", "LOCATION:Dene"))
                .containsExactly("Ben Reed/said", "Ben Reed/admitted");
    }

    @Test
    void namesInAnAppositionBetweenDashesAreNotTheSubjectBeforeIt() {
        String text = "\"We saw this before,\" Ann Reed - then adviser to President Tom Hale - told reporters. "
                + "\"Now it is worse.\"";
        assertThat(speakers(text, "PERSON:Ann Reed|Ms Reed", "PERSON:Tom Hale|Mr Hale"))
                .containsExactly("Ann Reed/told", "Ann Reed/told");
    }

    @Test
    void aSentenceAdverbBetweenARoleAndItsCueStillNamesTheRolesHolder() {
        String text = "Foreign Secretary Ann Reed spoke first. Tom Hale said the plan was weak.\n\n"
                + "The foreign secretary meanwhile said the \"justice\" of the rebate remained.";
        assertThat(speakers(text, "PERSON:Ann Reed|Ms Reed", "PERSON:Tom Hale|Mr Hale")).containsExactly("Ann Reed/said");
    }

    @Test
    void itAsTheSubjectOfACueIsTheBodyLastNamedAsASubject() {
        String text = "The Oakham Traders Guild welcomed the plan on Monday. \"This is a fair deal for shops,\" it said.";
        assertThat(speakers(text, "ORGANIZATION:Oakham Traders Guild")).containsExactly("Oakham Traders Guild/said");
        String personSince = "The Oakham Traders Guild welcomed the plan. Ann Reed disagreed. \"This is unfair,\" it said.";
        assertThat(speakers(personSince, "ORGANIZATION:Oakham Traders Guild", "PERSON:Ann Reed|Ms Reed"))
                .doesNotContain("Oakham Traders Guild/said");
    }

    @Test
    void aCompanyDescribedAfterAnInvertedCueIsTheOrganisationTheTextIsAbout() {
        String text = "Dene FM named two new hosts. \"Nobody can fill his shoes,\" said the radio station.";
        assertThat(speakers(text, "ORGANIZATION:Dene FM")).containsExactly("Dene FM/said");
        String beforeTheCue = "Writers Abroad called the ruling harsh. \"It is meant to frighten others,\" the organisation said.";
        assertThat(speakers(beforeTheCue, "ORGANIZATION:Writers Abroad")).containsExactly("Writers Abroad/said");
    }

    @Test
    void aPersonDescribedWithWordsBeforeTheNounIsThePersonTheTextIsAbout() {
        String text = "Ann Reed has pulled out of the indoor championships.\n\n"
                + "The double Olympic champion said: \"I am very disappointed.\"";
        assertThat(speakers(text, "PERSON:Ann Reed|Reed", "MISC:Olympic")).containsExactly("Ann Reed/said");
    }

    @Test
    void aPersonDescribedAfterAnInvertedCueIsThePersonTheTextIsAbout() {
        String text = "Sam Oduya may race in March. But the Kenyan has not run cross country for years.\n\n"
                + "\"I will go only if I can win,\" said the 31-year-old, who retires next year. "
                + "\"The course suits me,\" added the sprinter.";
        assertThat(speakers(text, "PERSON:Sam Oduya|Oduya")).containsExactly("Sam Oduya/said", "Sam Oduya/added");
        // a title after the article names whom it is written before, so it does not stand for the person written about
        String titled = "Sam Oduya met the minister. \"We agreed,\" said the minister.";
        assertThat(speakers(titled, "PERSON:Sam Oduya|Oduya")).containsExactly((String) null);
    }

    @Test
    void aLedeThatDescribesItsSourceIsThePersonTheNextSentencesNameInACue() {
        String text = "Pension age plan\n\nThe \"myth that age is a barrier\" must go, the work and pensions minister has said."
                + "\n\nThe plan was why the rule could end, Ann Hale said.";
        assertThat(speakers(text, "PERSON:Ann Hale")).containsExactly("Ann Hale/said");
        String backbencher = "Tory campaign praised\n\nThe Tories have been \"a lot smarter\", a Labour backbencher has said."
                + "\n\nTom Reed said the campaign was long.";
        assertThat(speakers(backbencher, "PERSON:Tom Reed", "ORGANIZATION:Labour Party|Labour"))
                .containsExactly("Tom Reed/said");
        // a person named before the lede's cue, or one no cue reports, is not taken; nor is a spokesman's source
        String namedBefore = "Ann Hale in talks\n\nThe plan is \"fair\", the minister has said.\n\nTom Reed said no.";
        assertThat(speakers(namedBefore, "PERSON:Ann Hale", "PERSON:Tom Reed")).containsExactly("Ann Hale/said");
        String notReported = "Pension age plan\n\nThe plan is \"fair\", the minister has said.\n\nAnn Hale is new.";
        assertThat(speakers(notReported, "PERSON:Ann Hale")).containsExactly((String) null);
        String spokesman = "Pension age plan\n\nThe plan is \"fair\", a spokesman has said.\n\nAnn Hale said no.";
        assertThat(speakers(spokesman, "PERSON:Ann Hale")).containsExactly((String) null);
    }

    @Test
    void aQuotationAfterAJudgementOfAPersonInTheSentenceBeforeIsThatPersonsWords() {
        String text = "Mr Hale also plans cuts. He insisted they were \"modest\". But union chief Ann Reed criticised "
                + "the plans. \"You don't get good services by hitting people.\"";
        assertThat(speakers(text, "PERSON:Tom Hale|Mr Hale", "PERSON:Ann Reed"))
                .containsExactly("Tom Hale/insisted", "Ann Reed/criticised");
        // not after a paragraph break, and not from a body: a body's judgement is often answered by somebody else
        String newParagraph = text.replace("the plans. ", "the plans.\n\n");
        assertThat(speakers(newParagraph, "PERSON:Tom Hale|Mr Hale", "PERSON:Ann Reed").get(1)).isNotEqualTo("Ann Reed/criticised");
        String body = "Mr Hale also plans cuts. He insisted they were \"modest\". But the union Unison criticised "
                + "the plans. \"You don't get good services by hitting people.\"";
        assertThat(speakers(body, "PERSON:Tom Hale|Mr Hale", "ORGANIZATION:Unison").get(1)).isNotEqualTo("Unison/criticised");
    }

    @Test
    void aStatementAsTheSubjectOfACueIsItsIssuersWhomTheCueBeforeNamed() {
        String text = "In a statement the Dene Trust said it had \"grave concerns\". \"We doubt it can be done safely,\" it "
                + "said. \"Animals would suffer,\" said the statement. \"The plan must stop,\" the statement added.";
        assertThat(speakers(text, "ORGANIZATION:Dene Trust")).containsExactly("Dene Trust/said", "Dene Trust/said",
                "Dene Trust/said", "Dene Trust/added");
    }

    @Test
    void aSentenceOpeningWithAnAgeDescribesThePersonTheTextIsAboutOfThePronounsSex() {
        String text = "Ann Reed will miss the race. Ann Reed wants to rest.\n\n"
                + "The 31-year-old was third behind Jo Hale and Tom Lee in the last race. \"It was great,\" she said.";
        assertThat(speakers(text, "PERSON:Ann Reed", "PERSON:Jo Hale", "PERSON:Tom Lee")).containsExactly("Ann Reed/said");
        // the person named most who can be "she": not Mr Dunn, named more often
        String bySex = "Mr Dunn will stand against Ms Cole. Mr Dunn spoke. Mr Dunn left.\n\n"
                + "The 50-year-old launched a party in Leeds. \"I'm delighted,\" she said.";
        assertThat(speakers(bySex, "PERSON:Bob Dunn|Dunn", "PERSON:Ann Cole|Cole")).containsExactly("Ann Cole/said");
    }

    @Test
    void aDescriptionRightAfterItsSubjectsSentenceIsThatSubjectUnlessItTurnsFromThem() {
        String text = "Tom Lee won. Tom Lee won again.\n\nJo Hale lost. Jo Hale said he was calm. "
                + "The Welshman hit the net once. \"I stay calm,\" he said.";
        assertThat(speakers(text, "PERSON:Tom Lee", "PERSON:Jo Hale")).containsExactly("Jo Hale/said");
        // "But" turns to someone else: the person named most so far
        String turning = "Tom Lee won. Tom Lee won again.\n\nJo Hale is said to be keen on him. "
                + "But the Welshman hit the net once. \"I stay calm,\" he said.";
        assertThat(speakers(turning, "PERSON:Tom Lee", "PERSON:Jo Hale")).containsExactly("Tom Lee/said");
    }

    @Test
    void aParticiplesSpeakerIsItsSentencesSubjectNotAnObjectNamedLater() {
        String text = "Ann Reed paid tribute to Tom Lee's campaign, saying it was \"a fine effort\". "
                + "Earlier Bob Dunn sent Mr Lee his thanks, saying: \"We look forward to it.\"";
        assertThat(speakers(text, "PERSON:Ann Reed", "PERSON:Tom Lee|Mr Lee", "PERSON:Bob Dunn"))
                .containsExactly("Ann Reed/saying", "Bob Dunn/saying");
    }

    @Test
    void aClauseAfterButHasTheSubjectTheNextPronounMeans() {
        String text = "Bob Dunn said the final would be between himself and Tom Lee but Jo Hale is unfazed. "
                + "He admitted: \"Bob ran well.\"";
        assertThat(speakers(text, "PERSON:Bob Dunn", "PERSON:Tom Lee", "PERSON:Jo Hale")).containsExactly("Jo Hale/admitted");
    }

    @Test
    void aMemberDescribedByTheSeatBeforeTheTitleIsThePersonWrittenAbout() {
        String text = "Ann Reed spoke to MPs.\n\n\"The threat is real,\" the Dene MP told the committee.";
        assertThat(speakers(text, "PERSON:Ann Reed", "ORGANIZATION:Dene")).containsExactly("Ann Reed/told");
    }

    @Test
    void aNameAfterAnInvertedCueWithAVerbAfterItIsWhatWasSaidNotItsSpeaker() {
        String text = "Tom Lee backed the lab.\n\nJo Hale, the minister, said Mr Lee had been \"very keen\" on it. "
                + "\"He is, I know, very sad,\" he said.";
        assertThat(speakers(text, "PERSON:Tom Lee|Lee", "PERSON:Jo Hale")).containsExactly("Jo Hale/said", "Jo Hale/said");
    }

    @Test
    void anAgeWithAnAdjectiveBeforeItOpensADescriptionOfAPersonWhoseNamesAreObjects() {
        String text = "Tom Lee won. Tom Lee won again.\n\nNone more so than Jo Hale, who led all game. "
                + "The confident 23-year-old has beaten Tom Lee twice. \"I like pressure,\" he said.";
        assertThat(speakers(text, "PERSON:Tom Lee", "PERSON:Jo Hale")).containsExactly("Jo Hale/said");
    }

    @Test
    void theShadowHolderOfAnOfficeIsNotWhomTheOfficeNames() {
        String text = "Shadow home secretary Ann Reed said it was wrong.\n\nIn a speech Tom Lee said: \"She is not wise.\" "
                + "The Home Secretary told the BBC: \"I meant it.\"";
        assertThat(speakers(text, "PERSON:Ann Reed", "PERSON:Tom Lee").get(1)).isNotEqualTo("Ann Reed/told");
    }

    @Test
    void aVerbJoinedWithNoCueBeforeItHasTheSubjectTheSentenceOpensWith() {
        String text = "Tom Lee spoke.\n\nA Labour party spokesman played down differences with Mr Lee and said Ann Reed "
                + "had a role. \"This election is a choice.\"\n\nBob Dunn criticised Mr Lee and said he was \"wrong\".";
        assertThat(speakers(text, "PERSON:Tom Lee|Lee", "PERSON:Ann Reed", "PERSON:Bob Dunn", "ORGANIZATION:Labour Party|Labour"))
                .containsExactly("Labour Party/said", "Bob Dunn/said");
    }

    @Test
    void aLawsuitSpeaksForWhoeverBroughtIt() {
        String text = "Actor Tom Hale is suing Dene Studios over an injury.\n\nThe lawsuit said Hale has endured \"great pain\". "
                + "\"It was avoidable,\" the suit added.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "ORGANIZATION:Dene Studios"))
                .containsExactly("Tom Hale/said", "Tom Hale/added");
    }

    @Test
    void aLongDescriptionWithFiguresBeforeAPersonNounIsThePersonWrittenAbout() {
        String text = "Tom Hale criticised the team.\n\n\"They lack pride,\" the world 200m and 400m record holder told Dene Radio.";
        assertThat(speakers(text, "PERSON:Tom Hale", "ORGANIZATION:Dene Radio")).containsExactly("Tom Hale/told");
    }

    @Test
    void aNicknameInsideAPersonsNameIsNobodysWords() {
        String text = "\"We are done,\" said Ann Reed.\nBrian 'Tank' Hale, her bandmate, said it was sad.";
        assertThat(speakers(text, "PERSON:Ann Reed", "PERSON:Brian 'Tank' Hale")).containsExactly("Ann Reed/said", null);
    }

    @Test
    void aDocumentSpeaksForTheOrganisationReportingAfterAnInvertedCueInTheNextSentence() {
        String text = "Pupils spend more than ever, a report suggests.\n"
                + "Children had £775 each, said market analyst Kidstat. They use \"pester power\" to get it, the report said.";
        assertThat(speakers(text, "ORGANIZATION:Kidstat")).containsExactly("Kidstat/said");
    }

    @Test
    void aSentenceWhoseSubjectIsAPronounAfterAnAdverbNamesOnlyObjects() {
        String text = "Tom Hale said the club was ready. Now he fears a loss after six players, including captain Bob Reed, "
                + "left. \"We are in the final,\" he added.";
        assertThat(speakers(text, "PERSON:Tom Hale", "PERSON:Bob Reed")).containsExactly("Tom Hale/added");
    }

    @Test
    void aDebutantIsAPersonsDescription() {
        String text = "Ann Reed won in Dunmore on Sunday. The tournament debutant added: \"I love it here.\"";
        assertThat(speakers(text, "PERSON:Ann Reed", "LOCATION:Dunmore")).containsExactly("Ann Reed/added");
    }

    @Test
    void anInvertedCueBeforeAPersonsRoleHolderNamesTheHolder() {
        String text = "\"Ann wants privacy,\" said Lee's agent Tom Hale. \"She will sue.\"";
        assertThat(speakers(text, "PERSON:Ann Lee|Lee|Ann", "PERSON:Tom Hale")).containsExactly("Tom Hale/said",
                "Tom Hale/said");
    }

    @Test
    void aClauseAfterButWithAnOwnedSubjectAndARegularPastHasTheNextPronounsPerson() {
        String text = "Tom Roe said the court was too slow but Bowls Wessex's Jon Hale rejected his view. "
                + "\"We made it faster,\" he said.";
        assertThat(speakers(text, "PERSON:Tom Roe", "ORGANIZATION:Bowls Wessex", "PERSON:Jon Hale"))
                .containsExactly("Jon Hale/said");
    }

    @Test
    void anInvertedCueClosingASentenceWithTheSpeakersRoleMakesThemItsSubject() {
        String text = "Reed's new film may have been hurt by the timing, says Ann Lee, the editor of trade weekly Reel "
                + "Times. But she also thinks its views hurt it. \"Voters like safe films,\" she said.";
        assertThat(speakers(text, "PERSON:Jo Reed|Reed", "PERSON:Ann Lee|Lee", "ORGANIZATION:Reel Times"))
                .containsExactly("Ann Lee/said");
    }

    @Test
    void aPronounAfterASpokespersonOfALongBodyNameIsTheBody() {
        String text = "Tom Hale spoke first. A Wessex County Sports Trust spokeswoman said Tom Hale and Jim Roe agreed. "
                + "\"Both want the same thing,\" she said.";
        assertThat(speakers(text, "PERSON:Tom Hale", "ORGANIZATION:Wessex County Sports Trust", "PERSON:Jim Roe"))
                .containsExactly("Wessex County Sports Trust/said");
    }

    @Test
    void aSpokespersonWhoDeniedIsWhomTheNextPronounMeans() {
        String text = "Tom Hale attacked the plan. An Acme spokesman denied the plan was unfair. \"It is fair,\" he said.";
        assertThat(speakers(text, "PERSON:Tom Hale", "ORGANIZATION:Acme")).containsExactly("Acme/said");
    }

    @Test
    void aDeputyHoldsNoOfficeTheTitleAloneNames() {
        String text = "Prime Minister Tom Hale met Deputy Prime Minister Jim Roe. \"We agree,\" the prime minister said.";
        assertThat(speakers(text, "PERSON:Tom Hale", "PERSON:Jim Roe")).containsExactly("Tom Hale/said");
    }

    @Test
    void anUnnamedPersonAfterAnInvertedCueIsNobodyNamedNotThePlaceTheyAreAtButASpokesmanForABodyIsTheBody() {
        String text = "Dene Police chased the van.\n\"The van is on Mill Road,\" said a dispatcher on Dene Radio.\n"
                + "\"We have it,\" said a spokesman for Dene Police.";
        assertThat(speakers(text, "ORGANIZATION:Dene Police", "ORGANIZATION:Dene Radio"))
                .containsExactly(null, "Dene Police/said");
    }

    @Test
    void aQuotedQuestionIsAskedByWhoeverAsksItInTheNextWordsNotTheSpeakerOfTheSentenceBefore() {
        String text = "Ann Reed told Dene News co-host Tom Hale, \"Because we can.\"\n\n"
                + "\"What is it about the plan that you like?\" Hale asked Reed.";
        assertThat(speakers(text, "PERSON:Ann Reed|Reed", "PERSON:Tom Hale|Hale", "ORGANIZATION:Dene News"))
                .containsExactly("Ann Reed/told", "Tom Hale/asked");
    }

    @Test
    void aQuotedTitleAfterAKindOfWorkOrBeforeSomeonesPartInItIsNobodysWords() {
        String text = "\"Dene\" director Ann Reed said the prize should have gone to comedy \"Hale Street.\"\n"
                + "Ann Reed said it was \"a gift\".";
        assertThat(speakers(text, "PERSON:Ann Reed|Reed")).containsExactly(null, null, "Ann Reed/said");
    }

    @Test
    void aPronounAfterAnUnnamedSpokespersonForANamedBodyIsThatBodyNotThePersonNamedBefore() {
        String text = "Ann Reed, the union's leader, said staff were upset.\n\n\"We need talks,\" Reed said.\n\n"
                + "But a spokesperson for the Dene Employers' Association (DEA) said its members had cut short contracts.\n\n"
                + "\"DEA has worked with the union,\" he said.\n\n\"Our own figures show growth.\"";
        assertThat(speakers(text, "PERSON:Ann Reed|Reed", "ORGANIZATION:Dene Employers' Association|DEA")).containsExactly(
                "Ann Reed/said", "Dene Employers' Association/said", "Dene Employers' Association/said");
    }

    @Test
    void pledgedIsACueAndItsSubjectBeforeARelativeClauseSpeaks() {
        String text = "\"We will see it,\" Mr. Roe said.\n\nTransit chief Ann Reed, who is now suspended by the mayor for acting "
                + "alone, pledged to the board in July that the department \"would be able to meet that standard,\" but members doubted it.";
        assertThat(speakers(text, "PERSON:Tom Roe|Roe", "PERSON:Ann Reed|Reed")).containsExactly("Tom Roe/said", "Ann Reed/pledged");
    }

    @Test
    void anUnnamedPersonOfANamedPartyAfterAnInvertedCueIsNobodyNamedButTheirSpokesmanIsTheParty() {
        String text = "Tom Hale quit.\n\n\"Hale let us down,\" said one Tory activist in the county. "
                + "\"We were ready,\" said a Tory spokesman in the county.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "ORGANIZATION:Conservative Party|Tory"))
                .containsExactly(null, "Conservative Party/said");
    }

    @Test
    void aPlacesTitleBeforeAPersonOpeningTheSentenceLeavesThemTheSubjectOfAQuotedPhrase() {
        String text = "Ann Reed spoke first.\nDene City Mayor Tom Hale indicated this week that \"temporary burials\" may come.";
        assertThat(speakers(text, "PERSON:Ann Reed", "LOCATION:Dene City", "PERSON:Tom Hale")).containsExactly("Tom Hale/null");
    }

    @Test
    void patientsAdmittedToHospitalsAdmitNoWords() {
        String text = "Governor Tom Hale said he took \"solace\" from this, as well as the fall in patients admitted to Dene "
                + "hospitals.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "LOCATION:Dene")).containsExactly("Tom Hale/said");
    }

    @Test
    void aCueWordAfterAnArticleIsNoVerb() {
        String text = "Tom Hale said he took \"solace\" from the continued fall in the number of cases.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale")).containsExactly("Tom Hale/said");
    }

    @Test
    void aRelativeClauseInTheDescriptionOfTheNameAfterAQuotationOpensNoOtherReport() {
        String text = "Jo Reed said the air was worse.\n\"Residents started complaining,\" Tom Hale, a Dene resident who "
                + "tweeted about the smoke, said.";
        assertThat(speakers(text, "PERSON:Jo Reed", "PERSON:Tom Hale", "LOCATION:Dene")).containsExactly("Tom Hale/said");
    }

    @Test
    void aQuotedTitleAfterArticleIsNobodysWords() {
        String text = "Tom Hale came.\nHale, author of the 2017 article \"The Case for Dene,\" argued that the Dene Reich was kind.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Reich")).containsExactly((String) null);
    }

    @Test
    void sheStandsForNoPersonWhoseFirstNameIsAMansButANameOfEitherSexAgreesWithBothPronouns() {
        String text = "Ann Dene revealed her plans. Then her brother Daniel died.\n\"I cannot live on,\" she told Page Six.\n"
                + "Lee Hale met Tom Roe there. Then Roe left.\n\"We stay,\" she said.";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Daniel", "ORGANIZATION:Page Six", "PERSON:Lee Hale|Hale",
                "PERSON:Tom Roe|Roe")).containsExactly("Ann Dene/told", "Lee Hale/said");
    }

    @Test
    void aPronounAfterASourceNamedByNotedByIsThatSourceAndWritingVerbsAreCues() {
        String text = "Folic acid matters, says dietitian Amanda Reed. \"It is essential,\" she shared with The List.\n"
                + "There is one thing, as noted by registered dietitian Trista Best. \"You will be nourished,\" she told The List.\n"
                + "\"Some studies link it to cancer,\" Healthline reported.";
        assertThat(speakers(text, "PERSON:Amanda Reed|Reed", "PERSON:Trista Best|Best", "ORGANIZATION:The List",
                "ORGANIZATION:Healthline")).containsExactly("Amanda Reed/shared", "Trista Best/told", "Healthline/reported");
    }

    @Test
    void anOutletReportingAfterTheQuotationRelaysTheSpeakerACueBeforeItNames() {
        String text = "Dene said damage to the industry will be \"significant\", Oakham Press reported.";
        assertThat(speakers(text, "LOCATION:Dene", "ORGANIZATION:Oakham Press")).containsExactly("Dene/said");
    }

    @Test
    void revealedToSomeoneOrInAnInterviewAndMusedAreCuesButRevealedAloneIsNot() {
        String text = "Ann Dene revealed to the media, \"I have never felt stronger.\" Tom Hale mused, \"Maybe.\"\n"
                + "Research revealed that many think the gap is \"natural\".";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale"))
                .containsExactly("Ann Dene/revealed to", "Tom Hale/mused", null);
    }

    @Test
    void assertedIsACueAndCallingHerFramesItsOwnSentenceOnly() {
        String text = "Tom Hale asserted, \"We will defend ourselves.\"\nAnn Dene sang in Paris, with Dene Online calling her "
                + "\"scary skinny\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene", "ORGANIZATION:Dene Online"))
                .containsExactly("Tom Hale/asserted", "Dene Online/calling her");
    }

    @Test
    void commentsSuchAsQuotedExamplesAreNobodysWords() {
        String text = "Ann Dene posted photos. \"I feel strong,\" she said.\nShe received comments including \"Eat something\" "
                + "and \"Too thin\".";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene")).containsExactly("Ann Dene/said", null, null);
    }

    @Test
    void aNameAfterTheCueMayHoldAnInitialOrATitleWithAFullStop() {
        String text = "''We knew the cost,'' said Tom B. Hale, a former adviser. \"Waiting costs more,\" said Dr. Dene.\n"
                + "\"It is late,\" said Sen. Ann Lowe.";
        assertThat(speakers(text, "PERSON:Tom B. Hale|Hale", "PERSON:Jo Dene|Dene", "PERSON:Ann Lowe|Lowe"))
                .containsExactly("Tom B. Hale/said", "Jo Dene/said", "Ann Lowe/said");
    }

    @Test
    void sharpRepliesAndAsSomeonePutItAreCues() {
        String text = "\"Silly boys,\" scoffed Ann Dene. \"Not true,\" Tom Hale shot back.\n"
                + "As the chief executive, Jo Lowe, put it in a memo, \"We are one of them now.\"";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Ann Dene/scoffed", "Tom Hale/shot back", "Jo Lowe/put it");
    }

    @Test
    void aParticipleWithItsObjectHasTheSubjectOfTheClauseBeforeNotThatObject() {
        String text = "In a press conference, Tom Hale launched an attack against Ann Dene, calling her \"the worst leader\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene")).containsExactly("Tom Hale/calling her");
    }

    @Test
    void whoCallsANameSomethingInQuotationMarksSaidItNotTheNameCalled() {
        String text = "On Monday, former Gov. Tom Hale called Ann Dene \u201cunhinged.\u201d Jo Lowe, hoping to win, called Dene a "
                + "\"petulant child.\"\nIt led to what aide Rob Penn called \"a new era\" in his book.";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "PERSON:Jo Lowe|Lowe",
                "PERSON:Rob Penn|Penn")).containsExactly("Tom Hale/called", "Jo Lowe/called", "Rob Penn/called");
    }

    @Test
    void aQuotationOpeningTheParagraphAfterAColonIsTheIntroducingSubjectsWords() {
        String text = "When Ann Dene died, Tom Hale released the following statement:\n\n\"We offer our condolences.\"\n"
                + "Jo Lowe, a former aide, gave the idea a try in an interview with Dene Radio:\n\"It works.\"";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale", "PERSON:Jo Lowe|Lowe",
                "ORGANIZATION:Dene Radio")).containsExactly("Tom Hale/null", "Jo Lowe/null");
    }

    @Test
    void rejoindersAndNotesAreCuesAndAParticipleAfterBeforeHasItsClausesSubject() {
        String text = "\"It is fine,\" an angry Tom Hale retaliated. \"We never give up.\" The crowd cheered.\n"
                + "\"Look at the record,\" Ann Dene notes. \"Not true,\" Jo Lowe fired back.\n"
                + "On Tuesday, Tom Hale deflected questions about Ann Dene before saying, \"It is time to stop.\"";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Tom Hale/retaliated", "Tom Hale/retaliated", "Ann Dene/notes", "Jo Lowe/fired back",
                        "Tom Hale/saying");
    }

    @Test
    void anAsideThatAParticipleOpensBeforeTheCueDoesNotHideItsSubject() {
        String text = "But Sen. Tom Hale (D-Ill.), noting the size of Dene's following, said, \"He has a heck of a list.\"\n"
                + "It came up after Jo Lowe, asked about the deaths under Ann Dene, had said, \"We do plenty of it.\"";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Tom Hale/said", "Jo Lowe/said");
    }

    @Test
    void declaringShoutingAndProclaimsAreCues() {
        String text = "Ann Dene celebrated with supporters, declaring it \"another great night\".\n"
                + "Tom Hale walked the stage, shouting \"Out of here\" at the hecklers.\n"
                + "Jo Lowe proclaims the plan a \"terrific piece of work\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Ann Dene/declaring", "Tom Hale/shouting", "Jo Lowe/proclaims");
    }

    @Test
    void aQuotationSignedWithADashAndANameIsThatPersonsWords() {
        String text = "\"Taxes will rise for all of us.\"\n\n- Ann Dene.\n\nThe claim is wrong.\n"
                + "\u201cWe need a new deal.\u201d \u2015 Tom Hale\n"
                + "\u201cIt is time.\u201d\n-Senator Jo Lowe, speaking on Monday.\n"
                + "Ann Dene called it \"a farce\" - Hale disagreed.\n"
                + "Ann Dene said her party was \"still the largest.\"--Jo Lowe.";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Ann Dene/null", "Tom Hale/null", "Jo Lowe/null", "Ann Dene/called it", "Ann Dene/said");
    }

    @Test
    void aNamingVerbRightAfterItsSubjectsNameOrApposedDescriptionFramesTheQuotation() {
        String text = "Tom Hale called Kim Orr's budget plans \"a shambles\" on Monday.\n"
                + "Ann Dene, a city councillor, called Hale's remarks \"unfair\".\n"
                + "Jo Lowe plays in a band called \"Night Owls\".\n"
                + "Jo Lowe defended the plan, calling its critics \"short-sighted\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Tom Hale/called", "Ann Dene/called", null, "Jo Lowe/calling");
    }

    @Test
    void aSpeechVerbsParticipleRightAfterItsSubjectsNameFramesTheQuotation() {
        String text = "Jo Lowe met the council, with Ann Dene stressing that cuts were \"a last resort\".\n"
                + "Tom Hale lost the vote after Lowe's team spoke, Dene arguing it was \"fair\".\n"
                + "Tom Hale rejected the plan after warning lights showed \"red\".";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Ann Dene/stressing", "Ann Dene/arguing", null);
    }

    @Test
    void aGerundAfterForOrOfReportsNoQuotationBeforeIt() {
        String text = "On Monday, Ann Dene said Jo Lowe is \"absolutely wrong\" for saying it.\n"
                + "Tom Hale said the report was \"a mess\", short of saying it was false.";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale", "PERSON:Jo Lowe|Lowe"))
                .containsExactly("Ann Dene/said", "Tom Hale/said");
    }

    @Test
    void aParticipleAfterTheQuotationHasTheSubjectOfTheCueBeforeIt() {
        String text = "On Monday, Dene said the process could be \u201cmessy,\u201d adding, \u201cLife is messy.\u201d\n"
                + "Speaking in Leeds, Dene said that there is \u201conly one real candidate,\u201d adding that it is why Tom Hale "
                + "\u201cattacks us.\u201d\n"
                + "Ms. Dene said that she would \u201creassure\u201d allies, given Mr. Hale's comments saying he would cut aid.";
        assertThat(speakers(text, "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale"))
                .containsExactly("Ann Dene/said", "Ann Dene/adding", "Ann Dene/said", "Ann Dene/adding", "Ann Dene/said");
    }

    @Test
    void aPronounsCueAfterAQuotationThatANamedCueReportsStandsForThatName() {
        String text = "Jo Lowe sent a letter to Hale.\n\nWhile Hale said there was evidence that Dene was \u201cextremely "
                + "careless\u201d and broke rules, he said there is no precedent for a case like hers.";
        assertThat(speakers(text, "PERSON:Jo Lowe|Lowe", "PERSON:Ann Dene|Dene", "PERSON:Tom Hale|Hale"))
                .containsExactly("Tom Hale/said");
    }

    @Test
    void othersOrCriticsAsACuesSubjectAreNobodyTheArticleNames() {
        String text = "Tom Hale backs the plan, but in Otley, Yorks., others argue it is \"a scandal\".\n"
                + "Ann Dene spoke. Critics say Hale's plan is \"a mess\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene", "LOCATION:Otley", "LOCATION:Yorks."))
                .containsExactly(null, null);
        // a party's source or strategists speak for no body, unlike its spokesman
        String sources = "Ann Dene leads the Norbridge Party. A Norbridge Party source told the Times Dene would \"lead it\". "
                + "Norbridge Party strategists said she would be \"set free\".";
        assertThat(speakers(sources, "PERSON:Ann Dene|Dene", "ORGANIZATION:Norbridge Party", "ORGANIZATION:Times"))
                .containsExactly(null, null);
    }

    @Test
    void aShortLineEndingInAColonIntroducesTheQuotationAlsoWhenTheSplitterEndsASentenceInIt() {
        String text = "Rep. Tom Hale (R-S.C.):\"I have not heard that figure.\"";
        HandMadeArticle article = HandMadeArticle.of(text, "PERSON:Tom Hale|Hale");
        int split = text.indexOf("C.)") + 2; // split as CoreNLP may: "Rep. Tom Hale (R-S.C." and "):\"I have ...\""
        List<int[]> sentences = List.of(new int[] {0, split}, new int[] {split, text.length()});
        assertThat(new SpeakerAttributor(text, sentences, QuoteFinder.find(text), article.entities()).attribute())
                .extracting(a -> a.speaker() == null ? null : a.speaker().name()).containsExactly("Tom Hale");
    }

    @Test
    void aCrowdsCriesAreNobodysWordsTheArticleNames() {
        String text = "Ann Dene joked: \"It is cold.\"\n\nActor Tom Hale, who is in a play, was greeted by cries of \"Tom, Tom\" "
                + "by the crowd.";
        assertThat(speakers(text, "PERSON:Ann Dene", "PERSON:Tom Hale")).containsExactly("Ann Dene/joked", null);
    }

    @Test
    void aVerbJoinedByAndToAClauseOpeningWithAPronounHasThePronounsPersonNotTheObject() {
        String text = "Tom Hale won the prize. He thanked Ann Dene and described the film as \"a labour of love\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Dene|Dene")).containsExactly("Tom Hale/described");
    }

    @Test
    void thePartAnActorPlaysIsNoSubjectADescriptionStandsFor() {
        String text = "The young stars came in the shape of Emma Dene, who plays Lucy Hale in the films. The 14-year-old said "
                + "she hoped to meet Tom Lowe but joked that \"they are too old for me\".";
        assertThat(speakers(text, "PERSON:Emma Dene", "PERSON:Lucy Hale", "PERSON:Tom Lowe"))
                .containsExactly("Emma Dene/joked");
    }

    @Test
    void aPronounPassesOverAPersonOfTheOtherSexByTheFirstNameCoreNlpsListLacks() {
        String text = "Cate Lowe, Liam Dene and Tom Hale came to the awards. The biggest cheer was for the star Liam Dene, "
                + "who paused to sign autographs. He said the welcome was \"unlike anything I have seen\".";
        assertThat(speakers(text, "PERSON:Cate Lowe", "PERSON:Liam Dene", "PERSON:Tom Hale"))
                .containsExactly("Liam Dene/said");
    }

    @Test
    void aVerbJoinedToAClauseOpeningWithAPersonsDescriptionHasThePersonTheTextIsAbout() {
        String text = "Rooting for Dene was Ann Lowe, nominated for her role as icon Kate Hale in The Flyer.\n\n"
                + "Shivering in a long dress, the Australian-born actress stopped to sign autographs and joked: "
                + "\"It's tight but I love it.\"";
        assertThat(speakers(text, "PERSON:Ann Lowe|Lowe", "PERSON:Kate Hale", "PERSON:Dene"))
                .containsExactly("Ann Lowe/joked");
    }

    @Test
    void aNameAfterTheIsATitlesWordsNoSubjectADescriptionStandsFor() {
        String text = "Ann Lowe came. The younger stars were represented in the shape of Emma Dene, who plays Lucy Hale in "
                + "the Tom Rider films. The 14-year-old said she was hoping to meet Jo Lowe but joked that \"they are too "
                + "old for me\".";
        assertThat(speakers(text, "PERSON:Ann Lowe", "PERSON:Emma Dene", "PERSON:Lucy Hale", "PERSON:Tom Rider",
                "PERSON:Jo Lowe")).containsExactly("Emma Dene/joked");
    }

    @Test
    void aPersonsAideOrSpokesmanIsNobodyTheArticleNamesNotThePerson() {
        String text = "Tom Hale spoke. On television, President Hale's chief aide said the \"outside pressure\" was growing. "
                + "\"It applies to the dollar,\" he said. Ann Lowe's lawyers have said \"no comment\". Ann Lowe said \"yes\".";
        assertThat(speakers(text, "PERSON:Tom Hale|Hale", "PERSON:Ann Lowe"))
                .containsExactly(null, null, null, "Ann Lowe/said");
    }

    @Test
    void aSentenceOpeningWithAndItsVerbHasTheSubjectOfTheCueBefore() {
        String text = "Tess Lowe spoke to Ann Dene. Ms Lowe insisted: \"We have a good record.\" And continued: \"We can be proud.\"";
        assertThat(speakers(text, "PERSON:Tess Lowe|Lowe", "PERSON:Ann Dene"))
                .containsExactly("Tess Lowe/insisted", "Tess Lowe/continued");
    }

    @Test
    void aNameGovernedByAPrepositionRightBeforeAQuotedWordIsNotItsSpeaker() {
        String text = "Tom Hale spoke. Parents will decide rather than Whitehall \"bureaucrats\". "
                + "Ann Dene \"totally condemned\" the plan.";
        assertThat(speakers(text, "PERSON:Tom Hale", "ORGANIZATION:Whitehall", "PERSON:Ann Dene"))
                .containsExactly(null, "Ann Dene/null");
    }

    @Test
    void aCueWordDescribingTheObjectOfAPrepositionAfterTheQuotationReportsNothing() {
        String text = "Tory spokesman Dave Davis said the plans were \"a taxpayer-funded PR exercise\" ahead of an election "
                + "predicted for May.";
        assertThat(speakers(text, "PERSON:Dave Davis|Davis", "ORGANIZATION:Tory")).containsExactly("Dave Davis/said");
    }
}
