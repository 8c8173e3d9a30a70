package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesBeforeCompanyWordsTest {

    @Test
    void properNounsNerLeftUntaggedBeforeACompanysRoleOrShareAreAnOrganisation() {
        String text = "Former Dene Holdings chief executive Tom Hale said so. The chief executive agreed as Kestrel shares fell. "
                + "Company spokesman Jo Lowe said no.";
        // the tagger's proper nouns, "Company" opening its sentence among them; "Former" and "The" are not
        Set<Integer> properNouns = Set.of(text.indexOf("Dene"), text.indexOf("Holdings"), text.indexOf("Tom"),
                text.indexOf("Hale"), text.indexOf("Kestrel"), text.indexOf("Company"), text.indexOf("Jo"),
                text.indexOf("Lowe"));
        List<NamedMention> tagged = List.of(TestMentions.at(text, "PERSON", "Tom Hale"),
                TestMentions.at(text, "PERSON", "Jo Lowe"));
        assertThat(NamesBeforeCompanyWords.find(text, tagged, properNouns)).extracting(NamedMention::text,
                NamedMention::type).containsExactly(org.assertj.core.api.Assertions.tuple("Dene Holdings", "ORGANIZATION"),
                org.assertj.core.api.Assertions.tuple("Kestrel", "ORGANIZATION"));
    }
}
