package io.newslens.contracts.event;

import java.util.List;

/**
 * A direct quotation in the article: {@code text.substring(start, end)} of the article's clean text,
 * the words between the quotation marks (marks excluded). A quotation that runs over several
 * paragraphs is one quote whose span includes the paragraph breaks and re-opening marks between them.
 * Offsets are Java {@code String} indices (UTF-16 code units), end exclusive.
 *
 * @param speaker   who the article says spoke the words, an entity of the same article; null when the
 *                  article does not say
 * @param cue       the attribution words as written ("said", "stated", "according to"); null when the
 *                  speaker was inferred from a neighbouring quote or nobody is named
 * @param entityIds ids of the article's entities mentioned inside the quotation, in order of first mention
 * @param aboutIds  what the quotation is about: {@code entityIds}, then the entities its sentence names before
 *                  the opening mark, the reported-speech frame ("Huawei's critics are misusing state power to
 *                  “…”, said …"), other than the speaker and the speaker's own title; null in events from
 *                  pipelines before newslens-6, read as {@code entityIds} (see {@link #about()})
 */
public record Quote(String text, int start, int end, SpeakerRef speaker, String cue, List<String> entityIds,
        List<String> aboutIds) {

    /** A quotation about nothing more than what it names. */
    public Quote(String text, int start, int end, SpeakerRef speaker, String cue, List<String> entityIds) {
        this(text, start, end, speaker, cue, entityIds, entityIds);
    }

    /** {@code aboutIds}, or {@code entityIds} for an event that predates it. */
    public List<String> about() {
        return aboutIds != null ? aboutIds : entityIds == null ? List.of() : entityIds;
    }
}
