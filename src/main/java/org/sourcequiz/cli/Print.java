package org.sourcequiz.cli;

import java.util.List;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Json;

/** How a reporting command prints what app made: its JSON, or its lines for people. */
final class Print {
    private Print() {}

    /** Only the view asked for is made: the other may cost as much as the work. */
    static void jsonOrLines(AppContext ctx, boolean json, Supplier<Object> asJson, Supplier<List<String>> asLines) {
        if (json) {
            ctx.out().println(Json.write(asJson.get()));
        } else {
            asLines.get().forEach(ctx.out()::println);
        }
        ctx.out().flush();
    }
}
