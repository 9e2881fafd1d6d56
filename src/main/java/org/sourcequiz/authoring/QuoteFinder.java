package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations with their speakers: “…”, said X; “…,” X said; X said: “…”; X: “…” at the start
 * of a line (transcripts); X said that … (reported speech); according to X, …; …, X reported.
 * Quote marks are paired in order within a paragraph, curly or straight, since articles mix them
 * up; a quotation of fewer than three words with no speaker is a scare quote (“Union State”).
 */
final class QuoteFinder {
    private static final String VERBS = "said|says|stated|states|wrote|writes|noted|notes|added|adds|asked|told|tells"
            + "|expressed|explained|claimed|claims|asserted|asserts|warned|warns|noticed|declared|insisted|underlined"
            + "|stressed|announced|recalled|argued|argues|replied|emphasized|emphasised|concluded|admitted|hinted";
    private static final Pattern AFTER_VERB_FIRST = Pattern.compile(
            "^[,.!?]?\\s*(?:" + VERBS + ")\\s+(?<sp>[^.;:“”\"]{2,140}?)(?=[.;!?]|,\\s|\\s(?:in|at|on|during|for)\\s|$)");
    private static final Pattern AFTER_SPEAKER_FIRST = Pattern.compile(
            "^[,.!?]?\\s*(?<sp>[^.;:“”\"]{1,140}?)\\s+(?:" + VERBS + ")(?![\\p{L}])");
    private static final Pattern BEFORE = Pattern.compile(
            "(?<sp>[^.;“”\"]{1,160}?)\\s+(?:" + VERBS + ")(?:\\s+[^.;“”\"]{0,40}?)?(?:\\s+that)?\\s*[:,]?\\s*$");
    private static final Pattern TRANSCRIPT = Pattern.compile("^\\s*(?<sp>" + Names.TOKEN + "(?:\\s" + Names.TOKEN + "){0,2}):\\s*$");
    private static final Pattern REPORTED = Pattern.compile(
            "(?<![\\p{L}])(?<sp>(?:[Hh]e|[Ss]he|" + Names.TOKEN + "(?:\\s" + Names.TOKEN + "){0,4})(?:,\\s[^,.;“”\"]{3,140},)?)"
                    + "\\s(?:(?:" + VERBS + ")(?:\\s(?:[^.;“”\"]{0,40}?))?\\sthat\\s|(?:said|says)\\s(?=(?:he|she|they|it)\\s))(?<words>[^“”\"]{12,})");
    private static final Pattern SAID_NAME = Pattern.compile(",\\s(?:said|says|wrote|writes|added)\\s(?<sp>" + Names.NAME
            + ")(?:,\\s(?<role>[^.;“”\"]{3,140}))?\\.?$");
    private static final Pattern ACCORDING = Pattern.compile("(?<![\\p{L}])[Aa]ccording to (?<sp>[^,.;:“”\"]{2,90}?)(?=,|\\.|;|$)");
    private static final Pattern REPORTED_BY = Pattern.compile(",\\s(?:as\\s)?(?<sp>(?:\\p{Lu}[\\p{L}]*\\s?){1,3})\\sreported\\.?$");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> NOT_SPEAKERS = Set.of("it", "this", "that", "they", "them", "which", "who", "we",
            "i", "you", "one", "there", "what");

    private QuoteFinder() {}

    static List<QuoteFact> find(Article article, List<Sentence> sentences, Names names) {
        // Reported speech first, so "he said" after "…, said Vladimir Zharikhin." knows who "he" is.
        List<QuoteFact> reported = new ArrayList<>();
        for (Sentence s : sentences) {
            reported(article, s, names, reported);
        }
        List<QuoteFact> out = new ArrayList<>();
        direct(article, sentences, names, out, reported);
        for (QuoteFact r : reported) {
            if (out.stream().noneMatch(q -> q.at().passageStart() < r.at().passageEnd() && r.at().passageStart() < q.at().passageEnd())) {
                out.add(r);
            }
        }
        out.sort((a, b) -> Integer.compare(a.at().start(), b.at().start()));
        return out;
    }

    private static void direct(Article article, List<Sentence> sentences, Names names, List<QuoteFact> out,
                               List<QuoteFact> reported) {
        String text = article.text();
        List<String> lines = article.lines();
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            int base = article.lineStarts()[li];
            List<Integer> marks = new ArrayList<>();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '“' || c == '”' || c == '"' || c == '„') {
                    marks.add(i);
                }
            }
            String previous = null;
            int previousEnd = -1;
            for (int k = 0; k < marks.size(); k += 2) {
                if (k + 1 < marks.size() && line.charAt(marks.get(k)) == '”' && line.charAt(marks.get(k + 1)) == '“') {
                    k--; // a stray closing mark: "…!” and he claims that no “I’ve said…"
                    continue;
                }
                int open = marks.get(k);
                int close = k + 1 < marks.size() ? marks.get(k + 1) : line.length();
                String words = line.substring(open + 1, close).strip();
                int wordCount = words.isEmpty() ? 0 : words.split("\\s+").length;
                String after = close < line.length() ? untilNextQuote(line, close + 1) : "";
                String before = line.substring(previousEnd < 0 ? 0 : previousEnd + 1, open);
                int speakerAt = base + close;
                boolean introduced = before.matches("(?s).*(" + VERBS + ")(\\s+that)?\\s*:\\s*$")
                        || TRANSCRIPT.matcher(before).find();
                String speaker = introduced ? null : afterSpeaker(after);
                if (speaker == null) {
                    speaker = beforeSpeaker(before);
                    speakerAt = base + open;
                }
                if (speaker == null && wordCount >= 3 && previous != null && before.strip().length() < 80) {
                    speaker = previous; // the next part of the same person's words
                }
                previousEnd = close;
                if (speaker == null || wordCount < 3 && !after.matches("^[,.]?\\s*(" + VERBS + ")\\b.*")
                        && !before.matches(".*(" + VERBS + ")(\\s+that)?\\s*[:,]?\\s*$")) {
                    continue;
                }
                Optional<String> who = resolve(speaker, speakerAt, names, lastSpeaker(out, reported, base + open, li + 1));
                if (who.isEmpty()) {
                    continue;
                }
                previous = speaker;
                Spot at = passage(article, sentences, base + open, Math.min(base + close + 1, text.length()), base + close + after.length());
                if (at != null) {
                    out.add(new QuoteFact(at, who.get(), role(speaker, who.get()), words, QuoteFact.Attribution.DIRECT));
                }
            }
        }
    }

    /** The speaker of the last quotation within the three lines before {@code line}, or null. */
    private static String lastSpeaker(List<QuoteFact> found, List<QuoteFact> reported, int before, int line) {
        QuoteFact last = null;
        for (List<QuoteFact> list : List.of(found, reported)) {
            for (QuoteFact q : list) {
                if (q.at().start() < before && q.at().line() >= line - 3 && q.attribution() != QuoteFact.Attribution.ACCORDING_TO
                        && (last == null || q.at().start() > last.at().start())) {
                    last = q;
                }
            }
        }
        return last == null ? null : last.speaker();
    }

    private static String untilNextQuote(String line, int from) {
        int end = from;
        while (end < line.length() && "“”\"„".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(from, end);
    }

    private static String afterSpeaker(String after) {
        Matcher m = AFTER_VERB_FIRST.matcher(after);
        if (m.find()) {
            return m.group("sp");
        }
        m = AFTER_SPEAKER_FIRST.matcher(after);
        if (m.find() && m.group("sp").split("\\s+").length <= 14) {
            return m.group("sp");
        }
        return null;
    }

    private static String beforeSpeaker(String before) {
        Matcher t = TRANSCRIPT.matcher(before);
        if (t.find()) {
            return t.group("sp");
        }
        Matcher m = BEFORE.matcher(before);
        if (m.find()) {
            String sp = m.group("sp");
            // The speaker is the subject of the last clause: "On September 12, …, Lukashenko hinted".
            int cut = Math.max(sp.lastIndexOf(", "), sp.lastIndexOf(": "));
            String subject = cut >= 0 && sp.substring(cut + 2).split("\\s+").length <= 6 ? sp.substring(cut + 2) : sp;
            return subject.replaceFirst("^(?:[Aa]s|[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\\s+", "");
        }
        return null;
    }

    private static void reported(Article article, Sentence s, Names names, List<QuoteFact> out) {
        Matcher m = REPORTED.matcher(s.text());
        if (m.find()) {
            String sp = m.group("sp");
            Optional<String> who = resolve(sp.contains(",") ? sp.substring(0, sp.indexOf(',')) : sp, s.start() + m.start(), names,
                    lastSpeaker(out, List.of(), s.start(), s.line()));
            if (who.isPresent()) {
                int start = s.start() + m.start();
                out.add(new QuoteFact(Spot.in(article, s, start, s.end()), who.get(),
                        sp.contains(",") ? sp.substring(sp.indexOf(',') + 1, sp.length() - 1).strip() : "",
                        m.group("words").strip(), QuoteFact.Attribution.REPORTED));
                return;
            }
        }
        Matcher said = SAID_NAME.matcher(s.text());
        if (said.find()) {
            String name = Names.trimmed(said.group("sp"));
            if (name != null) {
                out.add(new QuoteFact(Spot.in(article, s, s.start() + said.start() + 2, s.end()), names.full(name),
                        said.group("role") == null ? "" : said.group("role").strip(),
                        s.text().substring(0, said.start()).strip(), QuoteFact.Attribution.REPORTED));
                return;
            }
        }
        Matcher a = ACCORDING.matcher(s.text());
        if (a.find()) {
            String sp = a.group("sp").strip();
            Optional<String> who = PRONOUNS.contains(sp.toLowerCase(Locale.ROOT)) ? resolve(sp, s.start() + a.start(), names, null)
                    : Optional.of(sp);
            if (who.isPresent()) {
                int start = s.start() + a.start();
                out.add(new QuoteFact(Spot.in(article, s, start, s.start() + a.end()), who.get(), "",
                        (s.text().substring(0, a.start()) + s.text().substring(a.end())).replaceFirst("^[,\\s]+", "")
                                .replace(", ,", ",").strip(),
                        QuoteFact.Attribution.ACCORDING_TO));
                return;
            }
        }
        Matcher r = REPORTED_BY.matcher(s.text());
        if (r.find()) {
            int start = s.start() + r.start("sp");
            out.add(new QuoteFact(Spot.in(article, s, start, s.start() + r.end()), r.group("sp").strip(), "",
                    s.text().substring(0, r.start()).strip(), QuoteFact.Attribution.ACCORDING_TO));
        }
    }

    /** The person a speaker phrase names, resolved to the article's fullest name for them; empty when it names no one. */
    static Optional<String> resolve(String phrase, int at, Names names, String lastSpeaker) {
        String p = phrase.strip().replaceAll("[,\\s]+$", "").replaceFirst("^(?:[,\\s]+)", "")
                .replaceFirst("^(?:[Aa]s|[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\\s+", "");
        String lower = p.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            // "he said" after a quotation continues its speaker's words; else the person last named.
            return lastSpeaker != null ? Optional.of(lastSpeaker) : names.lastBefore(at);
        }
        if (p.isEmpty() || NOT_SPEAKERS.contains(lower) || p.split("\\s+").length > 14 || p.matches(".*\\d.*")
                || p.matches("(?i)i\\b.*|.*[’'](ve|m|ll|re|d)\\b.*")) {
            return Optional.empty();
        }
        // "the representative of Defense Intelligence, Major General Vadym Skibitsky": the named part.
        for (String part : p.split(",\\s*")) {
            Matcher n = Pattern.compile("(?<![\\p{L}])" + Names.NAME + "$").matcher(part.strip());
            if (n.find()) {
                String name = Names.trimmed(n.group());
                if (name != null) {
                    return Optional.of(names.full(name));
                }
            }
        }
        String last = p.replaceFirst(".*\\s", "");
        if (!p.contains(" ")) {
            if (names.isKnownSurname(p)) {
                return Optional.of(names.full(p));
            }
            Optional<String> full = names.withFirstName(p);
            return full.isPresent() ? full : Character.isUpperCase(p.charAt(0)) ? Optional.of(p) : Optional.empty();
        }
        if (Character.isUpperCase(last.charAt(0)) && names.isKnownSurname(last)) {
            return Optional.of(names.full(last));
        }
        // A speaker the article does not name ("the Deputy Minister of Defense", "NATO in a statement").
        return p.matches("(?i)(the|a|an)\\s.*") || Character.isUpperCase(p.charAt(0)) ? Optional.of(p) : Optional.empty();
    }

    private static String role(String phrase, String name) {
        String r = phrase.strip().replace(name, "").replace(name.replaceFirst(".*\\s", ""), "")
                .replaceAll("^[,\\s]+|[,\\s]+$", "").strip();
        return r.equals(phrase.strip()) ? "" : r;
    }

    /** The one to three whole sentences from the quote's start to its attribution. */
    private static Spot passage(Article article, List<Sentence> sentences, int start, int end, int attributionEnd) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (first < 0 && s.end() > start) {
                first = i;
            }
            if (s.start() < Math.max(end, attributionEnd)) {
                last = i;
            }
        }
        if (first < 0 || last < first) {
            return null;
        }
        first = Math.max(first, last - 2);
        Sentence a = sentences.get(first);
        Sentence b = sentences.get(last);
        if (article.lineOf(a.start()) != article.lineOf(b.start())) {
            a = b;
        }
        String passage = article.text().substring(a.start(), b.end());
        return new Spot(article.text().substring(start, end), start, end, article.lineOf(start), passage, a.start(), b.end());
    }
}
