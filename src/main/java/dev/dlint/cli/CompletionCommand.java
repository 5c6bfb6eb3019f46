package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dlint completion}: prints a bash completion script (it also works in zsh with bashcompinit). */
public final class CompletionCommand implements Callable<Integer> {
    private final CommandSpec spec;
    private final CliContext ctx;

    /** The command, given its parsed {@link #spec()} (the script describes the whole tree it belongs to). */
    CompletionCommand(CliContext ctx, CommandSpec parsed) {
        this.ctx = ctx;
        this.spec = parsed;
    }

    static CommandSpec spec() {
        CommandSpec spec = HelpOptions.command("completion");
        spec.usageMessage().description(
                "Print a bash completion script for dlint (zsh: run 'autoload -U +X bashcompinit && bashcompinit' first).",
                "",
                "  source <(dlint completion)                       # this shell only",
                "  dlint completion > ~/.local/share/bash-completion/completions/dlint");
        return HelpOptions.addTo(spec);
    }

    @Override
    public Integer call() throws Exception {
        String script = AutoComplete.bash("dlint", spec.root().commandLine());
        Writer out = new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8);
        out.write(script);
        out.flush();
        return 0;
    }
}
