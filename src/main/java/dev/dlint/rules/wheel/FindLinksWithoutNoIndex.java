package dev.dlint.rules.wheel;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.State;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.util.List;

/**
 * WH402: {@code pip install --find-links <local wheelhouse>} without {@code --no-index}: a wheel
 * missing from the wheelhouse is silently fetched (or built) from the index. Find-links that are
 * web pages ({@code -f https://download.pytorch.org/whl/torch_stable.html}) supplement the index on
 * purpose and are not reported. Points at the pip command.
 */
public final class FindLinksWithoutNoIndex implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("WH402", "find-links-without-no-index")
            .summary("`pip install --find-links` without `--no-index` silently falls back to the index")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        for (Instruction.Run run : analysis.runs()) {
            if (model.stageOf(run).isEmpty()) {
                continue;
            }
            State state = model.stateBefore(run);
            for (CommandFact f : analysis.commands(run)) {
                if (!Wheelhouses.isPipInstall(f)) {
                    continue;
                }
                CommandFact.PackageInstall pip = (CommandFact.PackageInstall) f;
                List<Word> links = pip.findLinks();
                if (links.isEmpty() || pip.noIndex() || pip.env().containsKey("PIP_NO_INDEX")
                        || state.value("PIP_NO_INDEX").isPresent()) {
                    continue;
                }
                if (links.stream().anyMatch(FindLinksWithoutNoIndex::isWebPage)) {
                    continue;
                }
                String where = context.source().slice(links.get(0).span());
                Fix fix = pip.actionWord() == null ? null
                        : Fix.unsafe("Add --no-index so pip installs only from the wheelhouse")
                        .insert(pip.actionWord().span().end(), " --no-index")
                        .build();
                context.report(f.span(), "pip is given the wheelhouse `" + where + "` but not `--no-index`: any"
                        + " package missing from it is silently downloaded (and maybe compiled) from the index, so the"
                        + " build no longer proves the wheelhouse is complete. Add `--no-index`", fix);
            }
        }
    }

    /** A find-links that is a remote page of links (not a local wheel directory). */
    private static boolean isWebPage(Word w) {
        String t = w.text().toLowerCase(java.util.Locale.ROOT).replace("\"", "").replace("'", "");
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("$") && t.contains("url");
    }
}
