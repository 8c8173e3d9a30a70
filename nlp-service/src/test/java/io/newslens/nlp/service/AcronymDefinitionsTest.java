package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    @Test
    void anUntaggedNameDefinedWithItsInitialsIsAnOrganisationWhenTheTextTreatsItAsABody() {
        String text = "With the Tea Growers Roundtable (TGR) worried, Gross Domestic Product (GDP) fell. The TGR wants a law.\n"
                + "Ann Reed, director general of Dunmore Music Rights, said so. Dunmore Music Rights (DMR) is new.\n"
                + "The US Pension Benefit Fund (PBF) lends. The Northern Tea Plan (NTP) started.";
        assertThat(AcronymDefinitions.find(text, List.of())).extracting(NamedMention::type, NamedMention::text).containsExactly(
                tuple("ORGANIZATION", "Tea Growers Roundtable"), tuple("ORGANIZATION", "Dunmore Music Rights"),
                tuple("ORGANIZATION", "Pension Benefit Fund"));
    }

    @Test
    void aNameNerTaggedIsLeftToIt() {
        String text = "The Tea Growers Roundtable (TGR) says so.";
        int start = text.indexOf("Tea");
        NamedMention tagged = new NamedMention("ORGANIZATION", start, start + 22, "Tea Growers Roundtable");
        assertThat(AcronymDefinitions.find(text, List.of(tagged))).isEmpty();
    }
}
