package org.sourcequiz.authoring;

/** A named person and the role the article gives them ("Olaf Scholz", "German Finance Minister"). */
public record Person(String name, String role, Spot at) {
    public String surname() {
        String[] parts = name.split(" ");
        return parts[parts.length - 1];
    }
}
