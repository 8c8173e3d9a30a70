package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SportsClubsTest {

    @Test
    void twoTeamSportWordsMakeATeamSportReport() {
        assertThat(SportsClubs.teamSport("The striker was fit again, and the winger was dropped.")).isTrue();
    }

    @Test
    void aRugbyReportsRefereeAndOffsideMakeATeamSportReport() {
        assertThat(SportsClubs.teamSport("The Wasps wing said the referee erred: he was not offside.")).isTrue();
    }

    @Test
    void oneTeamSportWordAndTwoClubsMakeATeamSportReport() {
        assertThat(SportsClubs.teamSport("The squad from Bolton meets Preston on Friday.")).isTrue();
    }

    @Test
    void twoClubsNamedByMoreThanTheirTownMakeATeamSportReport() {
        assertThat(SportsClubs.teamSport("Dundee United drew with Partick Thistle on Saturday.")).isTrue();
    }

    @Test
    void townsListedWithoutTeamSportWordsAreNoTeamSportReport() {
        assertThat(SportsClubs.teamSport("Ministers visited Leeds, Derby, Exeter and Bristol to open new courts."))
                .isFalse();
        assertThat(SportsClubs.teamSport("A fixed penalty scheme starts in Leeds and Derby.")).isFalse();
    }

    @Test
    void aTownPlacedByTheTextIsNoClubEvenInATeamSportReport() {
        String text = "The winger, born in Leicester, scored for Bolton after wins in Wrexham and Derby.";
        assertThat(SportsClubs.writtenAsClub(text, mention(text, "Leicester"))).isFalse();
        assertThat(SportsClubs.writtenAsClub(text, mention(text, "Bolton"))).isTrue();
        assertThat(SportsClubs.writtenAsClub(text, mention(text, "Derby"))).as("listed after a placed town").isFalse();
        String ground = "Fans filled Bristol's Memorial Stadium.";
        assertThat(SportsClubs.writtenAsClub(ground, mention(ground, "Bristol"))).isFalse();
    }

    private static NamedMention mention(String text, String name) {
        int start = text.indexOf(name);
        return new NamedMention("LOCATION", start, start + name.length(), name);
    }
}
