package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

    @Test
    void mentionsOfTheSameNormalisedNameAndTypeFormOneEntityNamedByItsLongestForm() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "LOCATION:U.S.", "LOCATION:US", "ORGANIZATION:US"));

        assertThat(entities).extracting(Entity::id, Entity::name, Entity::type).containsExactly(
                tuple("location:us", "U.S.", "LOCATION"),
                tuple("organization:us", "US", "ORGANIZATION"));
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("U.S.", "US");
    }

    @Test
    void surnameAloneJoinsTheOnlyFullNameItShortens() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Pompeo", "PERSON:Mike Pompeo", "PERSON:Xi", "PERSON:Xi Jinping", "PERSON:Pompeo"));

        assertThat(entities).extracting(Entity::id).containsExactly("person:mike-pompeo", "person:xi-jinping");
        assertThat(entities.get(0).name()).isEqualTo("Mike Pompeo");
        assertThat(entities.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Pompeo", "Mike Pompeo", "Pompeo");
    }

    @Test
    void surnameSharedByTwoFullNamesStaysOnItsOwn() {
        List<Entity> entities = EntityGrouper.group(mentions(
                "PERSON:Jane Doe", "PERSON:John Doe", "PERSON:Doe"));

        assertThat(entities).extracting(Entity::id).containsExactly("person:jane-doe", "person:john-doe", "person:doe");
    }

    @Test
    void onlyPersonsJoinByShortForm() {
        List<Entity> entities = EntityGrouper.group(mentions("LOCATION:York", "LOCATION:New York"));

        assertThat(entities).extracting(Entity::id).containsExactly("location:york", "location:new-york");
    }

    @Test
    void aShortFormMustBeWholeWords() {
        assertThat(EntityGrouper.shortens("doe", "jane-doe")).isTrue();
        assertThat(EntityGrouper.shortens("jane", "jane-doe")).isTrue();
        assertThat(EntityGrouper.shortens("do", "jane-doe")).isFalse();
        assertThat(EntityGrouper.shortens("jane-doe", "jane-doe")).isFalse();
    }

    /** "TYPE:text" mentions laid out one after another, as in "text text text". */
    private static List<NamedMention> mentions(String... typed) {
        List<NamedMention> found = new ArrayList<>();
        int offset = 0;
        for (String t : typed) {
            String type = t.substring(0, t.indexOf(':'));
            String text = t.substring(t.indexOf(':') + 1);
            found.add(new NamedMention(type, offset, offset + text.length(), text));
            offset += text.length() + 1;
        }
        return found;
    }
}
