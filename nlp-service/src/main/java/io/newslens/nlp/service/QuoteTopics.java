package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a quotation is about ({@code Quote.aboutIds}): the entities it names, then those its sentence names before
 * the opening mark. A quotation embedded in reported speech often leaves its subject outside the marks ("Huawei's
 * critics are misusing state power to “suppress …”, said Hua Chunying"), and an analyst asking for quotes about
 * Huawei expects that one. The speaker is not a topic of their own words, nor is the speaker's title ("Foreign
 * Ministry spokeswoman Hua Chunying", "Hua, the spokeswoman of China's Ministry of Foreign Affairs,"). Text after
 * the closing mark is attribution and place ("…,” Zhao said at a briefing in Beijing), so it is left out.
 */
final class QuoteTopics {

    /** Between an organisation or place and the title before the speaker's name: "’s foreign ministry ". */
    private static final Pattern TITLE_LEAD = Pattern.compile("(?:['’]s)?[\\p{L} .-]*");
    /** Between the speaker's name and an appositive naming their employer: ", the spokeswoman of ". */
    private static final Pattern APPOSITIVE = Pattern.compile(",[\\p{L} .'’-]*");
    private static final int REACH = 60;

    private QuoteTopics() {
    }

    /**
     * @param inside    the ids named inside the quotation, in order
     * @param sentences {begin, end} offsets of the sentences, in order
     * @param speaker   the quotation's speaker, or null
     */
    static List<String> about(String text, QuoteSpan span, List<int[]> sentences, List<Entity> entities,
            Entity speaker, List<String> inside) {
        int[] sentence = sentenceAt(sentences, span.open());
        if (span.nested() || sentence == null || sentence[0] >= span.open()) {
            return inside;
        }
        List<Mention> speakerMentions = speaker == null ? List.of() : speaker.mentions();
        Set<String> ids = new LinkedHashSet<>(inside);
        for (Entity e : entities) {
            if (speaker != null && e.id().equals(speaker.id())) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= sentence[0] && m.end() <= span.open() && !titlesSpeaker(text, m, speakerMentions)) {
                    ids.add(e.id());
                    break;
                }
            }
        }
        return List.copyOf(ids);
    }

    private static int[] sentenceAt(List<int[]> sentences, int position) {
        for (int[] s : sentences) {
            if (s[0] <= position && position < s[1]) {
                return s;
            }
        }
        return null;
    }

    /** The mention belongs to the speaker's title: before "spokeswoman Hua Chunying", or in an appositive after the name. */
    private static boolean titlesSpeaker(String text, Mention m, List<Mention> speakerMentions) {
        for (Mention s : speakerMentions) {
            if (s.start() >= m.end() && s.start() - m.end() <= REACH) {
                int titleEnd = s.start();
                while (titleEnd > m.end() && Character.isWhitespace(text.charAt(titleEnd - 1))) {
                    titleEnd--;
                }
                int titleStart = PersonTitles.titleEndingAt(text, titleEnd);
                if (titleStart >= m.end() && TITLE_LEAD.matcher(text.substring(m.end(), titleStart)).matches()) {
                    return true;
                }
            }
            if (m.start() >= s.end() && m.start() - s.end() <= REACH
                    && APPOSITIVE.matcher(text.substring(s.end(), m.start())).matches()) {
                return true;
            }
        }
        return false;
    }
}
