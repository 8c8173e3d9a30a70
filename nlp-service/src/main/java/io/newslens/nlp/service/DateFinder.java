package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.newslens.contracts.event.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The date and time expressions CoreNLP tagged (DATE, TIME, DURATION), with SUTime's normalised TIMEX3
 * value. SUTime resolves relative expressions ("Thursday", "last year") against the document date,
 * which {@link NlpPipeline} sets from the article's publish date when it is known. Without SUTime
 * ({@code newslens.nlp.sutime=false}) CoreNLP's older numeric normaliser gives the value, or none.
 */
final class DateFinder {

    private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION");

    private DateFinder() {
    }

    static List<DateMention> find(CoreDocument document) {
        String text = document.text();
        List<DateMention> dates = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            if (!TYPES.contains(mention.entityType())) {
                continue;
            }
            int start = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            dates.add(new DateMention(text.substring(start, end), start, end, value(mention)));
        }
        return dates;
    }

    private static String value(CoreEntityMention mention) {
        Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        String value = timex != null ? timex.value() : null;
        if (value == null || value.isBlank()) {
            value = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        if (value == null && timex != null && timex.altVal() != null) {
            value = timex.altVal(); // "last week" as an offset from the reference date, when there is none
        }
        return value == null || value.isBlank() ? null : value;
    }
}
