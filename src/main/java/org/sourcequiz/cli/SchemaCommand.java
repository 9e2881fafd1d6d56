package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import org.sourcequiz.bank.JsonSchema;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the question file format (for editor completion).",
                "The bundled questions/schema.json is the same text."})
public final class SchemaCommand extends AppCommand {
    public SchemaCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ctx.out().print(JsonSchema.text());
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
