package dev.dlint.rules.wheel;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.SlashPath;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.requirements.GlobalOption;
import dev.dlint.model.requirements.Include;
import dev.dlint.model.requirements.Requirement;
import dev.dlint.model.requirements.RequirementsFile;
import dev.dlint.model.requirements.RequirementsResolver;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the requirements of a pip install are known well enough to build them into a wheelhouse
 * and install them offline: every {@code -r}/{@code -c} file (and what it includes) is in the build
 * context, and every entry is a package from an index. A path, URL, VCS or editable entry would be
 * built again at install time (its build backend is not in the wheelhouse), and {@code --hash}
 * entries do not match wheels built from sdists: those installs get no fix.
 */
final class WheelhouseInputs {
    private WheelhouseInputs() {
    }

    /** Why the requirements are not fit for the rewrite, or empty when they are. */
    static Optional<String> problem(DockerfileAnalysis analysis, Instruction.Run run, CommandFact.PackageInstall pip) {
        if (analysis.commands(run).stream().anyMatch(f -> f instanceof CommandFact.ChangeDir)) {
            return Optional.of("the RUN changes directory, so the requirement files are not known");
        }
        String cwd = analysis.model().stateBefore(run).workdir();
        List<Word> files = new ArrayList<>(pip.requirementFiles());
        files.addAll(pip.constraintFiles());
        for (Word w : files) {
            Optional<String> lit = w.literal();
            if (lit.isEmpty() || lit.get().contains("://")) {
                return Optional.of("`" + w.text() + "` is not a file dlint can read");
            }
            String imagePath = lit.get().startsWith("/") ? SlashPath.clean(lit.get()) : SlashPath.clean(cwd + "/" + lit.get());
            Optional<String> contextPath = analysis.model().contextFileAt(imagePath, run);
            if (contextPath.isEmpty()) {
                return Optional.of("`" + lit.get() + "` is not found in the build context");
            }
            Optional<String> bad = entries(analysis, contextPath.get());
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> entries(DockerfileAnalysis analysis, String root) {
        RequirementsResolver resolver = new RequirementsResolver(
                path -> analysis.contextFile(SlashPath.clean(path.toString().replace('\\', '/'))));
        RequirementsResolver.Resolution res = resolver.resolve(Path.of(root));
        if (!res.problems().isEmpty()) {
            return Optional.of(res.problems().get(0).message());
        }
        for (RequirementsFile rf : res.files()) {
            String name = rf.source().displayPath();
            if (!rf.unparsed().isEmpty()) {
                return Optional.of(name + " has lines dlint cannot read");
            }
            for (Include inc : rf.includes()) {
                if (inc.isUrl() || !inc.envVars().isEmpty()) {
                    return Optional.of(name + " includes `" + inc.path() + "`, which dlint cannot follow");
                }
            }
            for (GlobalOption o : rf.globalOptions()) {
                if (o.name().contains("require-hashes") || o.name().equals("-e") || o.name().contains("editable")) {
                    return Optional.of(name + " uses `" + o.name() + "`");
                }
            }
            for (Requirement r : rf.requirements()) {
                if (r.url().isPresent() || r.editable() || r.hasHash() || !r.envVars().isEmpty() || r.name().isEmpty()) {
                    return Optional.of(name + " has `" + r.name() + r.url().map(u -> " " + u).orElse("")
                            + "`, which is not a package from an index (or is hash-checked)");
                }
            }
        }
        return Optional.empty();
    }
}
