package dev.dlint.rules.shell;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;

/**
 * SH504: {@code cd} in a RUN's own shell (not in a subshell, not {@code cd -}). Points at the first
 * such {@code cd} of each RUN. Scripts are not checked: a script that changes directory is normal.
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
            for (CommandFact f : context.analysis().commands(run)) {
                if (f instanceof CommandFact.ChangeDir cd && cd.invocation().program().equals("cd")
                        && !cd.site().inSubshell()
                        && (cd.path() == null || !cd.path().literal().orElse("").equals("-"))) {
                    String where = cd.path() == null ? "" : " " + cd.path().text();
                    context.report(cd.span(), "`cd" + where + "` lasts only until the end of this RUN and hides the "
                            + "directory the next steps work in; use `WORKDIR" + (where.isEmpty() ? " <dir>" : where)
                            + "` (or run the command in a subshell, `( cd" + where + " && … )`)");
                    break;
                }
            }
        }
    }
}
