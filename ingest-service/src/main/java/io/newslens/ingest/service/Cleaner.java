package io.newslens.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes site chrome (sign-up prompts, share widgets, comment-system lines, "Related Stories" lists,
 * breadcrumbs, header and byline lines) from article text, and brings it to {@link TextNormalizer}'s canonical
 * form. The patterns are data, in {@link BoilerplateRules#RESOURCE}, loaded once.
 *
 * <p>Rules only ever drop whole lines, or rewrite a pasted widget inside a line, and a block of chrome stops at
 * the first line that ends like a sentence, so the sentences of the story itself are kept.
 */
@ApplicationScoped
public class Cleaner {

    /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"”’'»)\\]]*");

    private final BoilerplateRules rules;

    public Cleaner() {
        this(BoilerplateRules.load());
    }

    public Cleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The clean text of {@code raw}; empty when nothing but chrome was left. */
    public String clean(String raw) {
        return cleanNormalized(TextNormalizer.normalize(raw));
    }

    /** {@link #clean}, for a text already in {@link TextNormalizer}'s form (saves normalising it twice). */
    public String cleanNormalized(String normalized) {
        String[] lines = normalized.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean inBlock = false;
        for (String original : lines) {
            String line = rewriteInline(original);
            if (inBlock) {
                if (line.isEmpty() || isChromeLine(line) || !SENTENCE_END.matcher(line).matches()) {
                    continue;
                }
                inBlock = false;
            }
            if (startsBlock(line)) {
                inBlock = true;
            } else if (!isChromeLine(line)) {
                kept.add(line);
            }
        }
        return TextNormalizer.normalize(String.join("\n", kept));
    }

    private String rewriteInline(String line) {
        String s = line;
        for (BoilerplateRules.Inline rule : rules.inlines()) {
            s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        }
        return s;
    }

    private boolean isChromeLine(String line) {
        return !line.isEmpty() && rules.lines().stream().anyMatch(p -> p.matcher(line).matches());
    }

    private boolean startsBlock(String line) {
        return !line.isEmpty() && rules.blocks().stream().anyMatch(p -> p.matcher(line).matches());
    }
}
