package org.sourcequiz.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.model.Kind;

/** The options a results file's "given" text names: the chosen option, or a multi's picks. */
final class Picks {
    /** How the engine joins a multi's picks in "given" (Expected.LIST). */
    private static final String LIST = "; ";

    private Picks() {}

    static List<String> of(Optional<Kind> kind, boolean skipped, String given) {
        if (skipped || given.isEmpty() || kind.isEmpty()) {
            return List.of();
        }
        return switch (kind.get()) {
            case CHOICE, TRUEFALSE -> List.of(given);
            case MULTI -> Arrays.asList(given.split(LIST, -1));
            default -> List.of();
        };
    }
}
