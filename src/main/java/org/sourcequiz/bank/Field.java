package org.sourcequiz.bank;

/**
 * One key a question file may have: its type, whether it must be there, and what it means.
 * {@code importedMayOmit}: required, except in a set marked {@code origin: imported}, whose
 * questions came from a tool that has no passages or sources.
 */
record Field(String name, FieldType type, boolean required, String description, boolean importedMayOmit) {
    static Field required(String name, FieldType type, String description) {
        return new Field(name, type, true, description, false);
    }

    static Field optional(String name, FieldType type, String description) {
        return new Field(name, type, false, description, false);
    }

    static Field requiredUnlessImported(String name, FieldType type, String description) {
        return new Field(name, type, true, description, true);
    }
}
