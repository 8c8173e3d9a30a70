package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text with entities and sentences made by hand, so quote layers are tested without CoreNLP. */
record HandMadeArticle(String text, List<Entity> entities, List<int[]> sentences) {

    /** Up to a full stop, "!" or "?" (and a closing mark), not one after an initial or a title ("Dennis B. Ross", "Dr. Roe"). */
    private static final Pattern SENTENCE =
            Pattern.compile("(?m)[^\\n]+?(?:(?<!\\b\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov))[.!?][\u201d\"]?(?=\\s|$)|$)");

    /**
     * @param typedNames one per entity, "TYPE:Name|Other form"; every whole-word occurrence of a form is a
     *                   mention, the first form is the canonical name
     */
    static HandMadeArticle of(String text, String... typedNames) {
        List<Entity> entities = new ArrayList<>();
        for (String typed : typedNames) {
            String type = typed.substring(0, typed.indexOf(':'));
            String name = typed.substring(typed.indexOf(':') + 1);
            List<Mention> mentions = new ArrayList<>();
            String[] forms = name.split("\\|");
            for (String form : forms) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
                while (m.find()) {
                    if (mentions.stream().noneMatch(x -> x.start() <= m.start() && m.start() < x.end())) {
                        mentions.add(new Mention(m.start(), m.end(), form));
                    }
                }
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            entities.add(new Entity(EntityIds.id(type, forms[0]), forms[0], type, List.of(forms), 0, mentions));
        }
        List<int[]> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            sentences.add(new int[] {s.start(), s.end()});
        }
        return new HandMadeArticle(text, entities, sentences);
    }
}
