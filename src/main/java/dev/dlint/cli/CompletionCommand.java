package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dlint completion}: prints a bash completion script (it also works in zsh with bashcompinit). */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print a bash completion script for dlint (zsh: run 'autoload -U +X bashcompinit && bashcompinit' first).",
            "",
            "  source <(dlint completion)                       # this shell only",
            "  dlint completion > ~/.local/share/bash-completion/completions/dlint"
        })
public final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    CompletionCommand(CliContext ctx) {
        this.ctx = ctx;
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
