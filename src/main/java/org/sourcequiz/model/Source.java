package org.sourcequiz.model;

import java.util.List;

/** An article the bank quotes. {@code file} names its text for passage checks. */
public record Source(String id, String title, List<String> authors, Published published, String outlet,
                     String note, String file) {
    public Source {
        authors = List.copyOf(authors);
        outlet = outlet == null ? "" : outlet;
        note = note == null ? "" : note;
        file = file == null ? "" : file;
    }
}
