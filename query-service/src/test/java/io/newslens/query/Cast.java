package io.newslens.query;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Entities whose ids carry one test's unique word, and articles that mention a chosen few of them: the text is
 * the names joined, so every mention's offsets are exact by construction.
 */
final class Cast {

    final String word = Articles.uniqueWord();

    /** An entity id of this cast: {@code person:<name>-<word>}. */
    String id(String name) {
        return "person:" + name + "-" + word;
    }

    /** An article mentioning the named entities (PERSON), the first most salient. */
    ArticleEnriched article(String title, String... names) {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = Character.toUpperCase(names[i].charAt(0)) + names[i].substring(1) + " " + word;
            int start = text.length();
            text.append(name).append(" spoke. ");
            entities.add(new Entity(id(names[i]), name, "PERSON", List.of(name), 1.0 / (i + 2),
                    List.of(new Mention(start, start + name.length(), name))));
        }
        return Articles.enriched(Articles.newId(), title, text.toString().strip(), entities, "corenlp-4.5.10/1",
                Articles.ENRICHED);
    }
}
