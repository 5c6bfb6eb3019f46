package dev.dlint.rules.cache;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * The pip cache mount a pip command of a RUN needs, as CA102 computes it (HOME/USER, PIP_CACHE_DIR,
 * {@code --cache-dir}), for fixes outside this family that put pip under a cache mount (WH401).
 *
 * @param flag    the {@code --mount=type=cache,target=…} flag to add, or empty when a mount of the
 *                RUN already holds the cache directory
 */
public record PipCacheMount(String flag) {

    public boolean present() {
        return flag.isEmpty();
    }

    /**
     * The mount for {@code pip} at {@code run}; empty when no mount can be decided: the cache
     * directory is unknown or not writable in a flag, or the cache is turned off by the environment.
     */
    public static Optional<PipCacheMount> of(DockerfileAnalysis analysis, Instruction.Run run, PackageInstall pip) {
        RunCommands commands = RunCommands.of(analysis, run);
        RunCommands.Located located = commands.commands().stream().filter(c -> c.fact() == pip).findFirst().orElse(null);
        if (located == null || Defeats.noCacheByEnv(located).isPresent()) {
            return Optional.empty();
        }
        List<CacheDirs.Need> needs = CacheDirs.needs(pip.manager(), "wheel", pip, located,
                CacheDirs.baseImage(analysis, run));
        if (needs.size() != 1 || needs.get(0).dir() == null || !MissingCacheMount.isPlainFlagValue(needs.get(0).dir())) {
            return Optional.empty();
        }
        CacheDirs.Need need = needs.get(0);
        boolean covered = CacheMount.of(analysis.model(), run).stream().anyMatch(m -> m.covers(need.dir()));
        return Optional.of(new PipCacheMount(covered ? ""
                : MissingCacheMount.mountFlag(need.dir(), need, analysis.model().stateBefore(run))));
    }
}
