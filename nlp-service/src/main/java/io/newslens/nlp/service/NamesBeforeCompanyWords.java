package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper nouns NER left untagged right before a word that only a company, institution or band takes
 * ({@link OrganizationWords#followsOrganization}): "Retail Decisions chief executive Carl Clump", "Norbridge shares",
 * "Keane singer Tom Chaplin". {@link OrganizationTyping} retypes such a name where NER tagged it as a person or place;
 * this finds it where NER tagged nothing. Each word must be a proper noun to the tagger (so not "The", "Its",
 * "Former"), which keeps the sentence openers and adjectives out, and a name of one word does not open a sentence.
 */
final class NamesBeforeCompanyWords {

    /** Up to three capitalised words in a row, a space after them. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’&.-])\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,2}(?=[ '’])");

    private NamesBeforeCompanyWords() {
    }

    /** The names found, as organisations, where no mention of {@code tagged} is; {@code properNounAt}: NNP starts. */
    static List<NamedMention> find(String text, List<NamedMention> tagged, Set<Integer> properNounAt) {
        List<NamedMention> found = new ArrayList<>();
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            if (!OrganizationWords.followsOrganization(text, run.end())) {
                continue;
            }
            // the proper nouns at the run's end only: "Former Norbridge" is "Norbridge"
            String[] words = run.group().split(" ");
            int start = run.end();
            int wordStart = run.end() + 1;
            for (int i = words.length - 1; i >= 0 && properNounAt.contains(wordStart - 1 - words[i].length()); i--) {
                wordStart -= words[i].length() + 1;
                start = wordStart;
            }
            int space = text.indexOf(' ', start);
            boolean oneWord = space >= run.end() || space < 0;
            if (start < run.end() && !(oneWord && SentenceOpenings.at(text, start))) {
                found.add(new NamedMention("ORGANIZATION", start, run.end(), text.substring(start, run.end())));
            }
        }
        return MentionFinder.untagged(found, tagged);
    }
}
