package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name NER leaves untagged where the article defines its initials in brackets: "the Financial Economists
 * Roundtable (FER)", "British Music Rights (BMR)". The capitalised words whose initials spell the bracketed letters
 * are an organisation's name when the article also writes it as a body: its last word is an institution or company
 * noun, the initials speak or act ("the FER wants", "BMR said"), or a person holds a post in it ("director general of
 * British Music Rights"). Terms defined the same way ("Gross Domestic Product (GDP)") do none of that and stay words.
 * {@link UntaggedInitials} then finds the initials elsewhere.
 */
final class AcronymDefinitions {

    /** Capitalised words, with the small words that join a name's parts, right before bracketed capitals. */
    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*|of|and|for|the|on|in|&)(?: (?:\\p{Lu}[\\p{L}'’-]*|of|and|for|the|on|in|&)){1,7}) \\((\\p{Lu}{2,6})\\)");
    /** What a body does in news and a term does not. */
    private static final String ACTS = "(?:has |have )?(?:said|says|wants|warned|warns|blames|blamed|believes|argues|"
            + "argued|claims|claimed|told|tells|added|urged|urges|called|calls|announced|estimates|estimated|reported|"
            + "predicts|predicted|insists|insisted|welcomed|welcomes)\\b";
    private AcronymDefinitions() {
    }

    static List<NamedMention> find(String text, List<NamedMention> tagged) {
        List<NamedMention> found = new ArrayList<>();
        Matcher definition = DEFINITION.matcher(text);
        while (definition.find()) {
            String initials = definition.group(2);
            int nameStart = nameStart(definition.group(1), initials);
            if (nameStart < 0) {
                continue;
            }
            int start = definition.start(1) + nameStart;
            String name = text.substring(start, definition.end(1));
            boolean overlaps = tagged.stream().anyMatch(t -> t.start() < definition.end(1) && start < t.end());
            if (!overlaps && namesBody(text, name, initials)) {
                found.add(new NamedMention("ORGANIZATION", start, definition.end(1), name));
            }
        }
        return found;
    }

    /**
     * Where, in {@code words}, the shortest run of words starts whose capitalised words' initials are {@code initials}
     * and whose first word is capitalised ("US Pension Benefit Guaranty Corporation" for "PBGC" starts at "Pension"),
     * or -1.
     */
    private static int nameStart(String words, String initials) {
        String[] parts = words.split(" ");
        StringBuilder letters = new StringBuilder();
        int offset = words.length();
        for (int i = parts.length - 1; i >= 0; i--) {
            offset -= parts[i].length() + (i < parts.length - 1 ? 1 : 0);
            if (Character.isUpperCase(parts[i].charAt(0))) {
                letters.insert(0, parts[i].charAt(0));
                if (letters.length() == initials.length()) {
                    return letters.toString().equals(initials) ? offset : -1;
                }
            }
        }
        return -1;
    }

    private static boolean namesBody(String text, String name, String initials) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (OrganizationWords.isInstitution(last) || OrganizationWords.isCompanyNoun(last)) {
            return true;
        }
        if (Pattern.compile("(?<![\\p{L}])" + initials + " " + ACTS).matcher(text).find()) {
            return true;
        }
        Matcher written = WholeWords.of(name).matcher(text);
        while (written.find()) {
            if (OrganizationWords.followsPost(text, written.start())) {
                return true;
            }
        }
        return false;
    }
}
