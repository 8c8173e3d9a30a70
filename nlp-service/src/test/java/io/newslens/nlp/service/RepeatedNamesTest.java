package io.newslens.nlp.service;

import static io.newslens.nlp.service.TestMentions.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

    @Test
    void anOrganisationNamedOnceIsTheSameOrganisationWhereNerMissedItLater() {
        String text = "Norbridge Weekly named it the best buy. A basic PC that, according to Norbridge Weekly, has "
                + "\"superb upgrade potential\". The Norbridge Weekly Awards are next week.";
        List<NamedMention> tagged = List.of(at(text, "ORGANIZATION", "Norbridge Weekly"));
        assertThat(RepeatedNames.find(text, tagged)).extracting(NamedMention::start)
                .containsExactly(text.indexOf("Norbridge Weekly,"));
    }

    @Test
    void aOneWordNameTheArticleAlsoWritesInLowerCaseIsNotRepeated() {
        String text = "Dene Park belongs to Celtic. Fans of Celtic came. Sun readers wrote in. The Sun said the sun shone.";
        List<NamedMention> tagged = List.of(at(text, "ORGANIZATION", "Celtic"), at(text, "ORGANIZATION", "Sun"));
        assertThat(RepeatedNames.find(text, tagged)).extracting(NamedMention::text, NamedMention::start)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Celtic", text.indexOf("Celtic came")));
    }
}
