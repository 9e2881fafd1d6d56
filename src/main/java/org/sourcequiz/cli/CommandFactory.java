package org.sourcequiz.cli;

import java.util.Optional;
import picocli.CommandLine;

/** Builds commands with the context they need instead of reaching for globals. */
final class CommandFactory implements CommandLine.IFactory {
    private final AppContext ctx;
    private final Optional<ReadAhead> readAhead;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppContext ctx) {
        this(ctx, Optional.empty());
    }

    CommandFactory(AppContext ctx, Optional<ReadAhead> readAhead) {
        this.ctx = ctx;
        this.readAhead = readAhead;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == ValidateCommand.class) {
            return cls.cast(new ValidateCommand(ctx, readAhead));
        }
        try {
            return cls.getDeclaredConstructor(AppContext.class).newInstance(ctx);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
