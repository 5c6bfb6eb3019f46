package dev.dlint.rules.shell;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FindingSink;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.List;

/**
 * SH502: a download written to stdout and piped into a shell or interpreter ({@code curl … | sh},
 * {@code wget -qO- … | sudo bash}, {@code curl … | python3 -}), in a RUN or a script. Points at the
 * download command.
 */
public final class CurlPipeShell implements DockerfileRule, ScriptRule {
    public static final RuleMeta META = RuleMeta.of("SH502", "curl-pipe-shell")
            .summary("A download piped into a shell or interpreter")
            .severity(Severity.WARNING)
            .fix(FixAvailability.NONE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (Instruction.Run run : context.analysis().runs()) {
            check(context, context.analysis().commands(run));
        }
    }

    @Override
    public void check(ScriptContext context) {
        check(context, context.analysis().commands());
    }

    private static void check(FindingSink sink, List<CommandFact> facts) {
        for (CommandFact f : facts) {
            if (f instanceof CommandFact.Download d && d.pipedIntoInterpreter() && toStdout(d)) {
                CommandFact.ScriptRun into = (CommandFact.ScriptRun) d.pipedInto();
                String interpreter = into.invocation().program();
                String url = d.url() == null ? "the download" : "`" + d.url().text() + "`";
                sink.report(d.span(), "runs whatever " + url + " serves today straight into `" + interpreter
                        + "`: the build is not reproducible, a failed or tampered download runs unseen, and the layer "
                        + "cache keeps the first result; download the script to a file, check its checksum, pin its "
                        + "version, then run it");
            }
        }
    }

    /** Whether the download goes to stdout (not to a file named by -o/-O). */
    private static boolean toStdout(CommandFact.Download d) {
        if (d.outputFile() != null) {
            return false;
        }
        if (d.tool().equals("curl")) {
            return !d.args().has("remote-name") && !d.args().has("remote-name-all");
        }
        // wget writes a file unless -O - / -qO-
        return d.args().value("output-document").isPresent();
    }
}
