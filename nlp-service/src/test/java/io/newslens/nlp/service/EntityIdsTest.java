package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PERSON       | Mike Pompeo              | person:mike-pompeo",
            "ORGANIZATION | Huawei                   | organization:huawei",
            "LOCATION     | São Paulo                | location:sao-paulo",
            "LOCATION     | U.S.                     | location:us",
            "ORGANIZATION | People’s Liberation Army | organization:peoples-liberation-army",
            "PERSON       | Hans-Jürgen Straße       | person:hans-jurgen-strasse",
            "PERSON       | Lech Wałęsa              | person:lech-walesa",
            "ORGANIZATION | AT&T                     | organization:at-t",
            "PERSON       | 习近平                    | person:u4e60-u8fd1-u5e73",
            "ORGANIZATION | World Trade Organisation | organization:world-trade-organization",
            "ORGANIZATION | Organisations United     | organization:organizations-united",
            "ORGANIZATION | Reorganisation Trust     | organization:reorganisation-trust",
    })
    void idIsTypeAndLowercaseAsciiWordsJoinedByDashes(String type, String name, String id) {
        assertThat(EntityIds.id(type, name)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Jane   Doe  ", "-Acme-", "🚀 Rocket Lab", "O'Neill", "...", "Ω", "G7"})
    void everyIdMatchesTheFormat(String name) {
        assertThat(EntityIds.id("MISC", name)).matches(EntityIds.FORMAT);
    }
}
