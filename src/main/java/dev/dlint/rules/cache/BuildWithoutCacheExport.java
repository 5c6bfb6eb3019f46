package dev.dlint.rules.cache;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandFact.DockerBuild;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FindingSink;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.List;

/**
 * CA109: a build script runs {@code docker build} / {@code docker buildx build} without
 * {@code --cache-from} or {@code --cache-to}. Points at the build command.
 */
public final class BuildWithoutCacheExport implements DockerfileRule, ScriptRule {
    public static final RuleMeta META = RuleMeta.of("CA109", "build-without-cache-export")
            .summary("`docker build` without `--cache-from`/`--cache-to`")
            .severity(Severity.INFO)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ScriptContext context) {
        check(context, context.analysis().commands(), context.analysis().source());
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        for (Instruction.Run run : analysis.runs()) {
            for (RunCommands.Located c : RunCommands.of(analysis, run).commands()) {
                check(context, List.of(c.fact()), c.file());
            }
        }
    }

    private static void check(FindingSink sink, List<CommandFact> facts, SourceFile file) {
        for (CommandFact f : facts) {
            if (f instanceof DockerBuild b && !b.cacheFrom() && !b.cacheTo() && !b.args().has("no-cache")) {
                String tool = b.tool();
                sink.report(file, b.span(), "`" + tool + " build` runs without `--cache-from`/`--cache-to`: on a "
                        + "fresh CI runner nothing is cached and every step of the Dockerfile runs again; export and "
                        + "reuse the cache (e.g. `--cache-to type=registry,ref=<image>:cache,mode=max "
                        + "--cache-from type=registry,ref=<image>:cache`)", null, List.of());
            }
        }
    }
}
