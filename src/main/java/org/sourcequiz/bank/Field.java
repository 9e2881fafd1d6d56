package org.sourcequiz.bank;

/** One key a question file may have: its type, whether it must be there, and what it means. */
record Field(String name, FieldType type, boolean required, String description) {
    static Field required(String name, FieldType type, String description) {
        return new Field(name, type, true, description);
    }

    static Field optional(String name, FieldType type, String description) {
        return new Field(name, type, false, description);
    }
}
