package dev.dlint.rules.pin;

import dev.dlint.fix.Fix;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.CopiedFile;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * PN208: {@code npm install} without package arguments in a stage where a package-lock.json or
 * npm-shrinkwrap.json was copied in: {@code npm install} may rewrite the lock and resolve newer
 * versions, {@code npm ci} installs exactly what it records. Points at {@code npm install}; the fix
 * replaces the action word with {@code ci}.
 */
public final class NpmInstallWithLockfile implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("PN208", "npm-install-with-lockfile")
            .summary("`npm install` where a package-lock.json is copied in: use `npm ci`")
            .severity(Severity.WARNING)
            .fix(FixAvailability.SAFE)
            .build();

    private static final Set<String> LOCKFILES = Set.of("package-lock.json", "npm-shrinkwrap.json");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildModel model = context.model();
        for (Instruction.Run run : context.analysis().runs()) {
            for (CommandFact f : context.analysis().commands(run)) {
                if (!(f instanceof CommandFact.PackageInstall pi) || pi.manager() != Manager.NPM
                        || !pi.action().equals("install") || pi.actionWord() == null || !pi.packages().isEmpty()
                        || pi.has("global") || pi.has("g")) {
                    continue;
                }
                String actionText = pi.actionWord().literal().orElse("");
                if (!actionText.equals("install") && !actionText.equals("i")) {
                    continue;
                }
                Instruction lockCopy = lockfileCopy(model, run);
                if (lockCopy == null) {
                    continue;
                }
                Fix fix = Fix.safe("Replace `npm " + actionText + "` with `npm ci`").replace(pi.actionWord().span(), "ci").build();
                dev.dlint.source.Span span = dev.dlint.source.Span.of(pi.invocation().name().span().start(),
                        pi.actionWord().span().end());
                context.report(span, "`npm " + actionText + "` with a package-lock.json copied in may update the lock "
                        + "and install other versions than it records; `npm ci` installs exactly the locked tree "
                        + "(and fails if package.json and the lock disagree)", fix,
                        List.of(new Related(context.source(), lockCopy.span(), "the lockfile is copied in here")));
            }
        }
    }

    /** The last COPY/ADD of the RUN's stage (or its ancestors) before it that brings in a lockfile. */
    private static Instruction lockfileCopy(BuildModel model, Instruction.Run run) {
        Stage stage = model.stageOf(run).orElse(null);
        if (stage == null) {
            return null;
        }
        List<Instruction> before = new ArrayList<>();
        List<Stage> lineage = new ArrayList<>(stage.lineage());
        Collections.reverse(lineage);
        for (Stage s : lineage) {
            for (Instruction i : s.instructions()) {
                if (i == run) {
                    break;
                }
                before.add(i);
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Instruction i = before.get(k);
            List<Word> sources;
            if (i instanceof Instruction.Copy c) {
                sources = c.sources();
            } else if (i instanceof Instruction.Add a) {
                sources = a.sources();
            } else {
                continue;
            }
            for (CopiedFile file : model.copiedFiles(i)) {
                String p = file.imagePath() != null ? file.imagePath() : file.contextPath();
                if (LOCKFILES.contains(p.substring(p.lastIndexOf('/') + 1))) {
                    return i;
                }
            }
            for (Word w : sources) {
                String t = w.text();
                if (LOCKFILES.contains(t.substring(t.lastIndexOf('/') + 1))) {
                    return i;
                }
            }
        }
        return null;
    }
}
