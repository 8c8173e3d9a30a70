package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The named-entity mentions CoreNLP found in an annotated document, in newslens types. */
final class MentionFinder {

    /** Words that make the name after them a place, whatever verb follows ("the court in Washington found"). */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of(
            "in", "at", "from", "to", "near", "into", "inside", "outside", "across", "around", "through");

    private MentionFinder() {
    }

    static List<NamedMention> find(CoreDocument document) {
        return find(document, SportsClubs.teamSport(document.text()));
    }

    /** As {@link #find(CoreDocument)}, with {@link SportsClubs#teamSport} already read for the document's text. */
    static List<NamedMention> find(CoreDocument document, boolean teamSport) {
        String text = document.text();
        Set<Integer> commonNouns = commonNounStarts(document);
        List<NamedMention> found = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            Optional<String> type = EntityTypes.of(mention.entityType());
            if (type.isEmpty() || isPronoun(mention)) {
                continue;
            }
            // CharacterOffsetBegin/End count UTF-16 units, as Java strings do (code-point offsets are
            // separate annotations, made only with tokenize.codepoint=true); a test with emoji pins it.
            int start = mention.charOffsets().first();
            int end = type.get().equals("ORGANIZATION") ? nameEnd(document, mention) : mention.charOffsets().second();
            NamedMention named = new NamedMention(type.get(), start, end, text.substring(start, end), beforeVerb(document, mention));
            if (!KnownOrganizations.get().modifiesNoun(named, commonNouns::contains)) { // "Commons vote"
                found.add(named);
            }
        }
        found = new ArrayList<>(NameParticles.withCalendarSurnames(found, text));
        found.addAll(AliasTable.get().untagged(text, found));
        found = KnownOrganizations.get().withNamesWritten(text, found, commonNouns::contains);
        found = AmpersandNames.joined(text, found);
        if (teamSport) {
            found = SportsClubs.names().withNamesWritten(text, found, commonNouns::contains);
        }
        found.addAll(UntaggedNames.find(text, found));
        Set<Integer> properNouns = properNounStarts(document);
        found.addAll(NamesBeforeCompanyWords.find(text, found, properNouns));
        found.addAll(AcronymDefinitions.find(text, found));
        List<NamedMention> named = new ArrayList<>(InstitutionNames.apply(text, found, properNouns));
        named.addAll(UntaggedInitials.find(text, named));
        named.addAll(RepeatedNames.find(text, named));
        named.sort(java.util.Comparator.comparingInt(NamedMention::start));
        return named;
    }

    /** Where each token tagged as a common noun (NN, NNS) or an adjective (JJ) begins. */
    private static Set<Integer> commonNounStarts(CoreDocument document) {
        Set<Integer> starts = new HashSet<>();
        for (CoreLabel token : document.tokens()) {
            if (token.tag() != null && token.tag().matches("NNS?|JJ")) {
                starts.add(token.beginPosition());
            }
        }
        return starts;
    }

    /** Where each token tagged as a proper noun (NNP, NNPS) or a number ("One World Project") begins. */
    private static Set<Integer> properNounStarts(CoreDocument document) {
        Set<Integer> starts = new HashSet<>();
        for (CoreLabel token : document.tokens()) {
            if (token.tag() != null && (token.tag().startsWith("NNP") || token.tag().equals("CD"))) {
                starts.add(token.beginPosition());
            }
        }
        return starts;
    }

    /**
     * The matches of {@code names} in {@code text} that no mention of {@code tagged} overlaps, as mentions of the
     * type {@code typeOf} gives the matched text (the curated names' scans: {@link AliasTable}, {@link
     * KnownOrganizations}).
     */
    static List<NamedMention> untaggedMatches(Pattern names, String text, List<NamedMention> tagged,
            Function<String, String> typeOf) {
        List<NamedMention> found = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            found.add(new NamedMention(typeOf.apply(m.group()), m.start(), m.end(), m.group()));
        }
        return untagged(found, tagged);
    }

    /** The candidates that overlap no tagged mention. */
    static List<NamedMention> untagged(List<NamedMention> candidates, List<NamedMention> tagged) {
        return candidates.stream()
                .filter(c -> tagged.stream().noneMatch(t -> t.start() < c.end() && c.start() < t.end()))
                .toList();
    }

    /**
     * Where an organisation's name ends: after an "'s" that a verb follows ("Moody's have long since upped",
     * "Standard & Poor's has classed"), which is part of the name rather than a possessive, when the article
     * never writes the name without it ("BA's profits" is BA's, "BA" standing alone elsewhere); else where NER
     * ends it.
     */
    private static int nameEnd(CoreDocument document, CoreEntityMention mention) {
        CoreLabel last = mention.tokens().get(mention.tokens().size() - 1);
        List<CoreLabel> sentence = document.sentences().get(last.sentIndex()).tokens();
        int next = last.index();
        if (next + 1 < sentence.size() && sentence.get(next).word().matches("['’]s")
                && sentence.get(next).beginPosition() == last.endPosition()) {
            String tag = sentence.get(next + 1).tag();
            boolean finite = tag != null && java.util.Set.of("VBZ", "VBP", "VBD", "MD").contains(tag);
            if (finite && !writtenWithoutS(document.text(), mention.text())) {
                return sentence.get(next).endPosition();
            }
        }
        return mention.charOffsets().second();
    }

    private static boolean writtenWithoutS(String text, String name) {
        String quoted = java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?!['’]s|[\\p{L}\\p{N}])").matcher(text).find();
    }

    /**
     * Whether the mention is the subject of a verb: the token after it is a verb or modal ("Washington
     * has", "Beijing will") and the token before it is no preposition ("the court in Washington found").
     */
    private static boolean beforeVerb(CoreDocument document, CoreEntityMention mention) {
        CoreLabel last = mention.tokens().get(mention.tokens().size() - 1);
        List<CoreLabel> sentence = document.sentences().get(last.sentIndex()).tokens();
        int next = last.index(); // CoreLabel.index() is 1-based, so this is the next token's 0-based position
        if (next >= sentence.size()) {
            return false;
        }
        int previous = mention.tokens().get(0).index() - 2;
        if (previous >= 0 && PLACE_PREPOSITIONS.contains(sentence.get(previous).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String tag = sentence.get(next).tag();
        return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
    }

    /** Whether the word right before {@code start} is a place preposition ("in Washington"). */
    static boolean afterPlacePreposition(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && PLACE_PREPOSITIONS.contains(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * CoreNLP also reports "he", "she", ... as PERSON mentions (for its KBP annotator); they name
     * nobody by themselves. Their tokens carry no NER class, which is how they are told apart.
     */
    private static boolean isPronoun(CoreEntityMention mention) {
        return "O".equals(mention.tokens().get(0).ner());
    }
}
