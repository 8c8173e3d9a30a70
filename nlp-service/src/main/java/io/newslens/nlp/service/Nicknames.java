package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname in quotation marks between a first name and a surname ("Brian 'Head' Welch", 'Antonio "LA" Reid'): NER
 * tags only the surname, or the surname and the first name apart. The surname's mention takes the first name and the
 * nickname, so the person is named as written and the lone surname joins him later. The quoted nickname, inside the
 * person's mention, then gets no speaker (SpeakerAttributorTest pins it).
 */
final class Nicknames {

    /**
     * A capitalised first name, a space, a nickname of one to three words in single or double marks and a space, right
     * before a surname. Group 1 starts the name. Words that open a sentence or a description are no first name
     * ("The 'Iron' Lady", 'Former "Dirty" Den').
     */
    private static final Pattern NAME_AND_NICKNAME = Pattern.compile(
            "(?<![\\p{L}'’-])(?!(?:The|A|An|And|But|Or|As|So|His|Her|Their|Its|This|That|Former|Ex|New|Old|Young)\\s)"
            + "(\\p{Lu}\\p{Ll}+) [\"'\u2018\u201c][\\p{L}\\d.-]+(?: [\\p{L}\\d.-]+){0,2}[\"'\u2019\u201d] $");

    private Nicknames() {
    }

    /**
     * Whether the word occurs once in the text: a first name is written once, with the full name, where a surname
     * before a scare quote recurs ("End Bush 'denial' Blair tells EU", with "President Bush" further on).
     */
    private static boolean writtenOnce(String word, String text) {
        Matcher occurrence = WholeWords.of(word).matcher(text);
        return occurrence.find() && !occurrence.find();
    }

    static List<NamedMention> join(List<NamedMention> mentions, String text) {
        List<int[]> joined = new ArrayList<>();
        List<NamedMention> result = new ArrayList<>();
        for (NamedMention m : mentions) {
            Matcher nickname = NAME_AND_NICKNAME.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if ("PERSON".equals(m.type()) && !m.text().contains(" ") && nickname.find()
                    && !PersonTitles.isTitle(nickname.group(1)) && writtenOnce(nickname.group(1), text)) {
                int start = m.start() - (nickname.regionEnd() - nickname.start(1));
                result.add(m.withSpan(text, start, m.end()));
                joined.add(new int[] {start, m.end()});
            } else {
                result.add(m);
            }
        }
        // the first name or the nickname tagged apart ("LA" as a place) now lies inside the person's mention
        return result.stream().filter(m -> joined.stream().noneMatch(s -> s[0] <= m.start() && m.end() <= s[1]
                && (s[0] != m.start() || s[1] != m.end()))).toList();
    }
}
