package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.Stage;
import dev.dlint.model.build.State;
import dev.dlint.model.build.Variable;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandFact.CacheClean;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.CommandFact.Remove;
import dev.dlint.model.commands.Manager;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Assignment;
import dev.dlint.syntax.shell.Redirect;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.Optional;

/**
 * CA103: a cache mount whose benefit the same RUN throws away ({@code --no-cache-dir},
 * {@code PIP_NO_CACHE_DIR}, {@code pip cache purge}, {@code rm -rf} of the target, apt's
 * docker-clean, {@code apk --no-cache} …). Points at the defeating flag or command.
 */
public final class CacheMountDefeated implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA103", "cache-mount-defeated")
            .summary("A cache mount whose benefit the same RUN throws away")
            .severity(Severity.WARNING)
            .fix(FixAvailability.SAFE)
            .build();

    static final String DOCKER_CLEAN = "/etc/apt/apt.conf.d/docker-clean";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        for (Instruction.Run run : analysis.runs()) {
            List<CacheMount> mounts = CacheMount.of(analysis.model(), run);
            if (!mounts.isEmpty()) {
                check(context, run, mounts);
            }
        }
    }

    private void check(DockerfileContext context, Instruction.Run run, List<CacheMount> mounts) {
        DockerfileAnalysis analysis = context.analysis();
        RunCommands commands = RunCommands.of(analysis, run);
        String baseImage = baseImage(analysis, run);
        String text = context.source().text();
        boolean dockerCleanGone = dockerCleanRemovedBefore(analysis, run);
        boolean aptReported = false;
        for (RunCommands.Located c : commands.commands()) {
            if (!dockerCleanGone && mentionsDockerClean(c.fact())) {
                dockerCleanGone = true;
            }
            if (c.fact() instanceof PackageInstall p) {
                Optional<CacheMount> mount = holding(mounts, CacheDirs.needs(p, c, baseImage));
                if (mount.isEmpty()) {
                    continue;
                }
                String target = describe(mount.get());
                if (CacheDirs.downloads(p)) {
                    for (Word flag : Defeats.noCacheFlags(p)) {
                        String f = flag.literal().orElse(flag.text());
                        String msg = "`" + f + "` turns " + p.invocation().program() + "'s cache off, so the cache mount on "
                                + target + " is never used and every build downloads again: remove `" + f + "`";
                        Fix fix = c.inRun() ? Fix.safe("Remove `" + f + "`").delete(Edits.wordDeletion(text, flag.span()))
                                .build() : null;
                        context.report(c.file(), flag.span(), msg, fix, List.of());
                    }
                    Optional<String> var = Defeats.noCacheByEnv(c);
                    if (var.isPresent()) {
                        reportEnv(context, run, c, var.get(), target);
                    }
                }
                if (p.manager() == Manager.APT && !dockerCleanGone && !aptReported && !p.action().equals("update")
                        && CacheDirs.downloads(p) && mounts.stream().anyMatch(m -> m.target() != null
                        && Paths.isUnder("/var/cache/apt/archives", m.target()))) {
                    aptReported = true;
                    context.report(c.file(), p.span(), "`" + MissingCacheMount.commandName(p) + "` runs under a cache "
                            + "mount on /var/cache/apt, but the base image's " + DOCKER_CLEAN + " still deletes every "
                            + "downloaded package after it: run `rm -f " + DOCKER_CLEAN + "` in an earlier RUN", null,
                            List.of());
                }
            } else if (c.fact() instanceof CacheClean clean) {
                Optional<CacheMount> mount = holding(mounts,
                        CacheDirs.needs(clean.manager(), clean.action(), null, c, baseImage));
                if (mount.isEmpty()) {
                    continue;
                }
                String what = commandText(clean);
                Optional<Span> step = c.inRun() ? Edits.andStepDeletion(clean.site()) : Optional.empty();
                Fix fix = step.map(s -> Fix.safe("Remove `" + what + "`").delete(s).build()).orElse(null);
                context.report(c.file(), clean.span(), "`" + what + "` empties the cache mount on "
                        + describe(mount.get()) + " at the end of the RUN, so the next build downloads everything "
                        + "again: remove it (the mount is not part of the image anyway)", fix, List.of());
            } else if (c.fact() instanceof Remove rm && rm.recursive()) {
                for (Word w : rm.paths()) {
                    Optional<String> lit = w.literal();
                    if (lit.isEmpty() || !lit.get().startsWith("/")) {
                        continue;
                    }
                    String path = Paths.clean(lit.get().replaceAll("/\\*$", "").replaceAll("\\*$", ""));
                    for (CacheMount m : mounts) {
                        if (m.target() != null && !m.target().equals("/") && Paths.isUnder(path, m.target())) {
                            context.report(c.file(), rm.span(), "`rm` deletes " + lit.get() + ", inside the cache "
                                    + "mount on " + m.target() + ", so the next build starts with an empty cache: "
                                    + "drop it (the mount is not part of the image anyway)", null, List.of());
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void reportEnv(DockerfileContext context, Instruction.Run run, RunCommands.Located c, String var,
                                  String target) {
        String prog = c.fact().invocation().program();
        String msg = "`" + var + "` turns " + prog + "'s cache off, so the cache mount on " + target
                + " is never used and every build downloads again: unset it for this command";
        for (Assignment a : c.fact().command().assignments()) {
            if (a.name().equals(var)) {
                context.report(c.file(), a.span(), msg, null, List.of());
                return;
            }
        }
        State state = context.model().stateBefore(run);
        Optional<Variable> v = state.variable(var);
        List<Related> related = v.map(x -> List.of(new Related(context.source(), x.declaredBy().span(),
                "`" + var + "` is set here"))).orElse(List.of());
        context.report(c.file(), c.fact().span(), msg, null, related);
    }

    private static Optional<CacheMount> holding(List<CacheMount> mounts, List<CacheDirs.Need> needs) {
        for (CacheDirs.Need n : needs) {
            for (CacheMount m : mounts) {
                if ((m.target() != null && n.dir() != null && Paths.isUnder(n.dir(), m.target()))
                        || CacheDirs.alsoCoveredBy(n, m)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(CacheMount m) {
        return m.target();
    }

    private static String commandText(CommandFact f) {
        StringBuilder sb = new StringBuilder();
        for (Word w : f.invocation().argv()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
            if (sb.length() > 40) {
                break;
            }
        }
        return sb.toString();
    }

    private static boolean mentionsDockerClean(CommandFact f) {
        for (Word w : f.command().words()) {
            if (w.text().contains("docker-clean")) {
                return true;
            }
        }
        for (Redirect r : f.command().redirects()) {
            if (r.target().map(t -> t.text().contains("docker-clean")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a RUN before this one, in its stage or an ancestor stage, touched docker-clean. */
    private static boolean dockerCleanRemovedBefore(DockerfileAnalysis analysis, Instruction.Run run) {
        Optional<Stage> stage = analysis.model().stageOf(run);
        if (stage.isEmpty()) {
            return false;
        }
        for (Stage s : stage.get().lineage()) {
            for (Instruction i : s.instructions()) {
                if (i == run) {
                    break;
                }
                if (i instanceof Instruction.Run r && analysis.commands(r).stream()
                        .anyMatch(CacheMountDefeated::mentionsDockerClean)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String baseImage(DockerfileAnalysis analysis, Instruction.Run run) {
        return CacheDirs.baseImage(analysis, run);
    }
}
