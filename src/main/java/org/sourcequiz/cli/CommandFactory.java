package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import picocli.CommandLine;

/** Builds commands with the context they need instead of reaching for globals. */
final class CommandFactory implements CommandLine.IFactory {
    private final AppContext ctx;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getDeclaredConstructor(AppContext.class).newInstance(ctx);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
