package dev.dlint.rules.syntax;

import dev.dlint.model.run.RunScript;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.ShellSyntaxError;
import java.util.Optional;

/**
 * E002: shell that dlint cannot parse, in a RUN or a script. Info only: the shell may accept
 * what dlint's grammar does not; the command is then treated as opaque by the other rules.
 */
public final class ShellSyntaxRule implements DockerfileRule, ScriptRule {
    public static final RuleMeta META = RuleMeta.of("E002", "shell-syntax")
            .summary("Shell that cannot be parsed")
            .severity(Severity.INFO)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (Instruction.Run run : context.analysis().runs()) {
            Optional<RunScript> script = context.analysis().script(run);
            if (script.isPresent() && script.get().parsed().error().isPresent()) {
                report(context, script.get().parsed().error().get());
            }
        }
    }

    @Override
    public void check(ScriptContext context) {
        if (context.analysis().parsed().error().isPresent()) {
            report(context, context.analysis().parsed().error().get());
        }
    }

    private static void report(dev.dlint.rules.FindingSink sink, ShellSyntaxError e) {
        sink.report(e.span(), "cannot parse this shell (" + e.message() + "); the other rules treat the command as opaque");
    }
}
