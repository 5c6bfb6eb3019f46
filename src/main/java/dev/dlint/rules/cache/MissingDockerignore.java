package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.BuildModel;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.List;

/**
 * CA106: a COPY/ADD of the whole build context with no .dockerignore, or one that does not
 * exclude {@code .git}. Only for a context on disk; points at the first such COPY/ADD.
 */
public final class MissingDockerignore implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA106", "missing-dockerignore")
            .summary("A COPY/ADD of the whole build context without a .dockerignore that excludes .git")
            .severity(Severity.INFO)
            .fix(FixAvailability.UNSAFE)
            .build();

    static final String TEMPLATE = String.join("\n", ".git", "**/__pycache__", "*.pyc", ".venv", "venv",
            "node_modules", ".mypy_cache", ".pytest_cache", "");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * Whether a directory above the context root, up to the repository root (the directory with
     * {@code .git}), has a .dockerignore. TODO: belongs in BuildContext as a fact ("likely context").
     */
    static boolean ancestorHasDockerIgnore(java.nio.file.Path root) {
        java.nio.file.Path dir = root.toAbsolutePath().normalize();
        for (int depth = 0; depth < 6 && dir != null; depth++) {
            if (java.nio.file.Files.exists(dir.resolve(".git"))) {
                return false;
            }
            dir = dir.getParent();
            if (dir != null && java.nio.file.Files.isRegularFile(dir.resolve(".dockerignore"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildContext build = context.analysis().context();
        if (build.root().isEmpty()) {
            return;
        }
        boolean has = build.hasDockerIgnore();
        if (!has && ancestorHasDockerIgnore(build.root().get())) {
            return; // most likely built with that ancestor as its context (docker build -f sub/Dockerfile .)
        }
        if (has && (build.isExcluded(".git") || build.isExcluded(".git/HEAD"))) {
            return;
        }
        BuildModel model = context.model();
        for (Instruction i : context.dockerfile().instructions()) {
            if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add) || i.flag("from").isPresent()
                    || model.stageOf(i).isEmpty()) {
                continue;
            }
            List<Word> sources = i instanceof Instruction.Copy c ? c.sources() : ((Instruction.Add) i).sources();
            Word whole = null;
            for (Word s : sources) {
                String expanded = model.expand(s, i).value();
                if (expanded != null && !expanded.isEmpty() && CacheSupport.clean(expanded).equals(".")) {
                    whole = s;
                    break;
                }
            }
            if (whole == null) {
                continue;
            }
            String what = "`" + i.keyword().text() + " " + whole.text() + " …`";
            if (!has) {
                Fix fix = Fix.unsafe("Create a .dockerignore excluding .git, caches and virtualenvs")
                        .createFile(".dockerignore", TEMPLATE)
                        .build();
                context.report(i.span(), what + " sends and copies the whole build context, and there is no "
                        + ".dockerignore: .git, caches and virtualenvs go into the image, and any change to them "
                        + "busts this layer's cache. Add a .dockerignore that excludes them.", fix);
            } else {
                context.report(i.span(), what + " copies the whole build context, and the .dockerignore does not "
                        + "exclude .git: every commit changes this layer and re-runs everything after it. "
                        + "Add `.git` to the .dockerignore.");
            }
            return;
        }
    }
}
