package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;

/** One kind of screen: draws a view and reads keys as intents. Holds no state of its own. */
interface Screen<V extends View> {
    Page page(V view, int width);

    /** What the key means on this screen; empty when it means nothing here. */
    Optional<Intent> intent(KeyStroke key, V view);

    /** The lines of the help box. */
    List<String> help(V view);
}
