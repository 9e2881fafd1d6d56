package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, and the words it uses for them: resolves "Lukashenko" to
 * "Alexander Lukashenko" and "he" to the person last named before it.
 */
final class Names {
    static final String TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}’']+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
    static final String NAME = TOKEN + "(?: " + TOKEN + "){1,2}";
    /** Capitalised words of titles, nationalities and organisations: never part of a person's name. */
    static final Set<String> NOT_NAMES = Set.of("President", "Minister", "Prime", "Foreign", "Finance", "Defense",
            "Defence", "General", "Major", "Deputy", "Chief", "Head", "Secretary", "Special", "Rapporteur", "UN", "US",
            "German", "Russian", "Belarusian", "Ukrainian", "Polish", "American", "British", "French", "Chinese",
            "Mr", "Mrs", "Ms", "Dr", "The", "A", "An", "In", "On", "At", "But", "And", "If", "As", "This", "That", "It",
            "Last", "Next", "Early", "Late", "Since", "After", "Before", "When", "While", "Now", "Then", "However",
            "According", "Although", "Earlier", "Following", "Moreover", "Thus", "Also", "So", "Both", "Even",
            "Kremlin", "Moscow", "Minsk", "Kyiv", "Kiev", "Russia", "Belarus", "Ukraine", "Poland", "NATO", "EU",
            "State", "Union", "Federation", "Ministry", "Army", "Forces", "Armed", "Air", "Force", "Council",
            "Institute", "Department", "Staff", "Intelligence", "Global", "Affairs", "Security", "Supreme", "Main",
            "Operational", "Western", "West", "East", "Eastern", "Central", "Europe", "European", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])" + NAME + "(?![\\p{L}])");

    private final String text;
    private final Map<String, String> bySurname = new LinkedHashMap<>();
    /** Offsets where a person is named, in order, for "he" and "she". */
    private final List<int[]> mentions = new ArrayList<>();
    private final List<String> mentioned = new ArrayList<>();

    Names(Article article, List<Person> people) {
        this.text = article.text();
        for (Person p : people) {
            bySurname.putIfAbsent(p.surname(), p.name());
        }
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            String name = trimmed(m.group());
            if (name != null) {
                String[] parts = name.split(" ");
                bySurname.putIfAbsent(parts[parts.length - 1], name);
            }
        }
        for (Map.Entry<String, String> e : bySurname.entrySet()) {
            Matcher s = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])").matcher(text);
            while (s.find()) {
                mentions.add(new int[] {s.start()});
                mentioned.add(e.getValue());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(mentions.get(a)[0], mentions.get(b)[0]));
        List<int[]> sortedAt = new ArrayList<>();
        List<String> sortedName = new ArrayList<>();
        for (int i : order) {
            sortedAt.add(mentions.get(i));
            sortedName.add(mentioned.get(i));
        }
        mentions.clear();
        mentions.addAll(sortedAt);
        mentioned.clear();
        mentioned.addAll(sortedName);
    }

    /** A run of capitalised words with titles and leading function words cut off; null when no name is left. */
    static String trimmed(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).replaceAll("[’'].*", ""))) {
            words.remove(0);
        }
        if (words.size() < 2 || words.stream().anyMatch(w -> NOT_NAMES.contains(w.replaceAll("[’'].*", "")))) {
            return null;
        }
        return String.join(" ", words);
    }

    /** The fullest name the article gives a person it also calls {@code word} ("Lukashenko"). */
    String full(String word) {
        String[] parts = word.split(" ");
        return bySurname.getOrDefault(parts[parts.length - 1], word);
    }

    boolean isKnownSurname(String word) {
        return bySurname.containsKey(word);
    }

    /** The person last named before {@code offset}, for a "he" or "she" there. */
    Optional<String> lastBefore(int offset) {
        String found = null;
        for (int i = 0; i < mentions.size() && mentions.get(i)[0] < offset; i++) {
            found = mentioned.get(i);
        }
        return Optional.ofNullable(found);
    }

    /** The first name and {@code word} where the article writes it after a capitalised first name ("Julia loffe"). */
    Optional<String> withFirstName(String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) " + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group(1))) {
                return Optional.of(m.group(1) + " " + word);
            }
        }
        return Optional.empty();
    }
}
