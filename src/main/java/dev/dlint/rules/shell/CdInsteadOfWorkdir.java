package dev.dlint.rules.shell;

import dev.dlint.model.SlashPath;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SH504: {@code cd} in a RUN's own shell (not in a subshell, not {@code cd -}). Points at the first
 * such {@code cd} of each RUN. Scripts are not checked: a script that changes directory is normal.
 * A RUN that deletes the directory it changed into ({@code cd /tmp/src && make install && rm -rf
 * /tmp/src}) works in scratch space, where WORKDIR would be wrong advice: it is not reported.
 */
public final class CdInsteadOfWorkdir implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("SH504", "cd-instead-of-workdir")
            .summary("`cd` in a RUN instead of WORKDIR")
            .severity(Severity.INFO)
            .fix(FixAvailability.NONE)
            .aliases("DL3003")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (Instruction.Run run : context.analysis().runs()) {
            List<CommandFact> facts = context.analysis().commands(run);
            for (CommandFact f : facts) {
                if (f instanceof CommandFact.ChangeDir cd && cd.invocation().program().equals("cd")
                        && !cd.site().inSubshell()
                        && (cd.path() == null || !cd.path().literal().orElse("").equals("-"))) {
                    if (intoRemovedDirectory(cd, facts)) {
                        break;
                    }
                    String where = cd.path() == null ? "" : " " + cd.path().text();
                    context.report(cd.span(), "`cd" + where + "` lasts only until the end of this RUN and hides the "
                            + "directory the next steps work in; use `WORKDIR" + (where.isEmpty() ? " <dir>" : where)
                            + "` (or run the command in a subshell, `( cd" + where + " && … )`)");
                    break;
                }
            }
        }
    }

    /**
     * Whether a later {@code rm -r} of the same RUN deletes the directory {@code cd} went into, or
     * one above it. Paths are compared as written (cleaned), absolute with absolute and relative
     * with relative, as the usual {@code cd build && … && cd .. && rm -rf build} writes them.
     */
    private static boolean intoRemovedDirectory(CommandFact.ChangeDir cd, List<CommandFact> facts) {
        Optional<String> target = cd.path() == null ? Optional.empty() : cd.path().literal();
        if (target.isEmpty() || target.get().isEmpty()) {
            return false;
        }
        String dir = SlashPath.clean(target.get());
        boolean after = false;
        for (CommandFact f : facts) {
            after |= f == cd;
            if (after && f instanceof CommandFact.Remove rm && rm.recursive()) {
                for (Word w : rm.paths()) {
                    Optional<String> removed = w.literal();
                    if (removed.isPresent() && !removed.get().isEmpty() && isAtOrUnder(dir, SlashPath.clean(removed.get()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAtOrUnder(String path, String dir) {
        if (dir.equals(".") || dir.equals("/") || dir.startsWith("..") || path.startsWith("/") != dir.startsWith("/")) {
            return false;
        }
        return path.equals(dir) || path.startsWith(dir + "/");
    }
}
