package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.nlp.service.QuoteLayout.Placed;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation an unnamed spokesperson speaks for. "A Home Office spokesman said" names it in the clause; "But
 * Sky denied the claims. A spokesperson said" and "the spokesman said", after "The Vodafone spokesman said", name it
 * in the sentences before: the body last named as a subject or with a spokesperson, unless a person became the
 * subject since. The gold's convention, as the seeds' ("a White House spokesman"): such words are the body's.
 */
final class SpokespersonBody {

    static final String SPOKESPERSON = "spokes(?:man|woman|person)";
    /** A clause that is an unnamed spokesperson, at most two lower-case words before the noun ("a club spokesman"). */
    private static final Pattern BARE = Pattern.compile(
            "(?:^|\\s)(?:[Aa]n?|[Aa]nother|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" + SPOKESPERSON + "$");
    private static final Pattern SPOKESPERSON_WORD = Pattern.compile("\\b" + SPOKESPERSON + "\\b");
    /** What may open a clause before its subject: a conjunction, "the" ("But Sky denied", "the Conservatives said"). */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "\\s*(?:(?:But|And|However|Yet|So|Now)\\s*,?\\s+)?(?:[Tt]he\\s+)?");
    /** A verb-like lower-case word right after a subject ("Sky denied", "Ofcom says"); not "'s" or "and". */
    private static final Pattern VERB_AFTER = Pattern.compile("\\s+(?!and\\b|or\\b|of\\b|for\\b)\\p{Ll}");
    /** "Vodafone spokesman", "Darlington Council spokesman": a body right before a spokesperson. */
    private static final Pattern SPOKESPERSON_AFTER =
            Pattern.compile("\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" + SPOKESPERSON + "\\b");
    /** "a spokeswoman for Royal Mail": a body right after one. */
    private static final Pattern SPOKESPERSON_BEFORE =
            Pattern.compile("\\b" + SPOKESPERSON + "\\s+(?:for|of|at)\\s+(?:the\\s+)?$");
    /** How many sentences before the clause's own the body may be named in. */
    private static final int SENTENCES_BACK = 3;

    private final QuoteLayout layout;

    SpokespersonBody(QuoteLayout layout) {
        this.layout = layout;
    }

    /** For a cue whose subject is {@code clause} = [from, to): the body of an unnamed spokesperson, or null. */
    Entity ofBare(int from, int to, String clause) {
        return BARE.matcher(clause.strip()).find() ? namedBefore(from) : null;
    }

    /**
     * For a pronoun after a cue whose subject, [from, to), was an unnamed spokesperson ("A Home Office spokesman said
     * ... . He added"): the body the spokesperson speaks for, or null for another unnamed role ("a senior official").
     */
    Entity ofRoleClause(int from, int to) {
        String clause = layout.masked.substring(from, to);
        if (!SPOKESPERSON_WORD.matcher(clause).find()) {
            return null;
        }
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() <= to && isBody(p) && layout.visible(p, null)) {
                return p.entity();
            }
        }
        return ofBare(from, to, CueSpeaker.AUXILIARIES.matcher(clause).replaceAll("")); // "A spokesman has said"
    }

    /**
     * The body last named as a subject or with a spokesperson before {@code at}, when no person spoke since: whom an
     * unnamed spokesperson speaks for, or "it" as a cue's subject stands for.
     */
    Entity namedBefore(int at) {
        int sentence = layout.sentenceAt(at);
        int from = layout.sentenceStart(Math.max(0, sentence - SENTENCES_BACK));
        Entity body = null;
        for (Placed p : layout.mentions) {
            if (p.start() < from || p.end() > at || !layout.visible(p, null)) {
                continue;
            }
            if (isBody(p) && (isSubject(p) || withSpokesperson(p))) {
                body = p.entity();
            } else if (p.isPerson() && isSubject(p)) {
                body = null;
            }
        }
        return body;
    }

    private static boolean isBody(Placed p) {
        return p.entity().type().equals("ORGANIZATION");
    }

    /**
     * The mention opens its clause, after at most capitalised words and titles ("SNP Holyrood leader" before a
     * person), and a lower-case word that is no title, its verb, follows ("Sky denied", not "SNP leader").
     */
    private boolean isSubject(Placed p) {
        String masked = layout.masked;
        int clauseStart = layout.clauseStart(layout.sentenceStart(layout.sentenceAt(p.start())), p.start());
        Matcher lead = SUBJECT_LEAD.matcher(masked).region(clauseStart, p.start());
        if (!lead.lookingAt() || !Arrays.stream(masked.substring(lead.end(), p.start()).split("\\s+"))
                .allMatch(w -> w.isEmpty() || Character.isUpperCase(w.charAt(0)) || PersonTitles.isTitle(w))) {
            return false;
        }
        Matcher verb = VERB_AFTER.matcher(masked).region(p.end(), masked.length());
        return verb.lookingAt() && !PersonTitles.isTitle(masked.substring(verb.end() - 1).split("[^\\p{L}-]", 2)[0]);
    }

    private boolean withSpokesperson(Placed p) {
        String masked = layout.masked;
        return SPOKESPERSON_AFTER.matcher(masked).region(p.end(), masked.length()).lookingAt()
                || SPOKESPERSON_BEFORE.matcher(masked.substring(Math.max(0, p.start() - 40), p.start())).find();
    }
}
