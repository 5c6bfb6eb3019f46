package dev.dlint.rules.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.source.SourceFile;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a dependency install reads nothing but its manifest and lock files, so that CA101 can run
 * it before the rest of the context is copied. Decided from the manifests' text: an install that
 * also runs the project's own scripts ({@code postinstall}, {@code prepare}, composer scripts),
 * builds the project ({@code poetry install} without {@code --no-root}), or takes local packages
 * (workspaces, {@code file:}/{@code path} dependencies, {@code replace => ../x}, {@code gemspec})
 * would fail without the rest of the context, so it gets no fix. Managers not listed here (cargo:
 * the manifest does not parse without its targets; gradle: build logic lives in many files; conda)
 * get none either.
 */
final class SelfContainedManifests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NPM_LIFECYCLE = Set.of("preinstall", "install", "postinstall", "prepare",
            "preprepare", "postprepare", "prepublish", "dependencies");
    private static final Set<String> NPM_DEPENDENCIES = Set.of("dependencies", "devDependencies",
            "optionalDependencies", "peerDependencies", "overrides", "resolutions");
    private static final Pattern GO_LOCAL_REPLACE = Pattern.compile("=>\\s*(\\.{1,2}/|/)");
    private static final Pattern TOML_PATH_DEPENDENCY = Pattern.compile("\\bpath\\s*=");

    private SelfContainedManifests() {
    }

    /**
     * @param files the context paths of the manifest and lock files the install reads (all found)
     */
    static boolean selfContained(DockerfileAnalysis analysis, PackageInstall p, Collection<String> files) {
        return switch (p.manager()) {
            case NPM, YARN, PNPM -> !p.packages().isEmpty() ? false : node(analysis, p, files);
            case GO -> text(analysis, files, "go.mod").map(t -> !GO_LOCAL_REPLACE.matcher(t).find()).orElse(false)
                    && !present(analysis, files, "go.work");
            case POETRY -> p.has("no-root") && pythonProject(analysis, files);
            case UV -> p.has("no-install-project") && p.action().equals("sync") && pythonProject(analysis, files)
                    && text(analysis, files, "pyproject.toml").map(t -> !t.contains("[tool.uv.workspace]")).orElse(false);
            case PIPENV -> text(analysis, files, "Pipfile").map(t -> !TOML_PATH_DEPENDENCY.matcher(t).find()).orElse(false);
            case BUNDLE -> text(analysis, files, "Gemfile").map(t -> !t.contains("gemspec") && !t.contains("path:")
                    && !t.contains(":path") && !t.contains("eval_gemfile") && !t.contains("file:")).orElse(false);
            case COMPOSER -> composer(analysis, p, files);
            case MAVEN -> text(analysis, files, "pom.xml").map(t -> !t.contains("<modules>") && !t.contains("<parent>"))
                    .orElse(false);
            default -> false;
        };
    }

    private static boolean node(DockerfileAnalysis analysis, PackageInstall p, Collection<String> files) {
        if (present(analysis, files, ".yarnrc.yml") || present(analysis, files, "pnpm-workspace.yaml")) {
            return false; // yarn berry's yarnPath/plugins and pnpm workspaces live in more files
        }
        Optional<JsonNode> pkg = json(analysis, files, "package.json");
        if (pkg.isEmpty() || !pkg.get().isObject() || pkg.get().has("workspaces")) {
            return false;
        }
        JsonNode scripts = pkg.get().path("scripts");
        if (!p.has("ignore-scripts") && scripts.isObject()) {
            for (Iterator<String> it = scripts.fieldNames(); it.hasNext(); ) {
                if (NPM_LIFECYCLE.contains(it.next())) {
                    return false;
                }
            }
        }
        for (String field : NPM_DEPENDENCIES) {
            JsonNode deps = pkg.get().path(field);
            for (Iterator<Map.Entry<String, JsonNode>> it = deps.fields(); it.hasNext(); ) {
                String spec = it.next().getValue().asText("");
                if (spec.startsWith("file:") || spec.startsWith("link:") || spec.startsWith("workspace:")
                        || spec.startsWith("portal:") || spec.startsWith(".") || spec.startsWith("/")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean composer(DockerfileAnalysis analysis, PackageInstall p, Collection<String> files) {
        Optional<JsonNode> json = json(analysis, files, "composer.json");
        if (json.isEmpty() || !json.get().isObject()) {
            return false;
        }
        JsonNode root = json.get();
        if (!p.has("no-scripts") && root.path("scripts").size() > 0) {
            return false;
        }
        if (!p.has("no-autoloader")) {
            for (String section : new String[] {"autoload", "autoload-dev"}) {
                if (root.path(section).has("classmap") || root.path(section).has("files")) {
                    return false; // the autoloader scans the sources, which are not there yet
                }
            }
        }
        for (JsonNode repo : root.path("repositories")) {
            if ("path".equals(repo.path("type").asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean pythonProject(DockerfileAnalysis analysis, Collection<String> files) {
        return text(analysis, files, "pyproject.toml").map(t -> !TOML_PATH_DEPENDENCY.matcher(t).find()).orElse(false);
    }

    private static boolean present(DockerfileAnalysis analysis, Collection<String> files, String name) {
        return files.stream().anyMatch(f -> CacheSupport.baseName(f).equals(name))
                || files.stream().map(f -> CacheSupport.parent("/" + f).substring(1))
                .anyMatch(dir -> analysis.context().exists(dir.isEmpty() ? name : dir + "/" + name));
    }

    private static Optional<String> text(DockerfileAnalysis analysis, Collection<String> files, String name) {
        return files.stream().filter(f -> CacheSupport.baseName(f).equals(name)).findFirst()
                .flatMap(analysis::contextFile).map(SourceFile::text);
    }

    private static Optional<JsonNode> json(DockerfileAnalysis analysis, Collection<String> files, String name) {
        try {
            Optional<String> t = text(analysis, files, name);
            return t.isEmpty() ? Optional.empty() : Optional.of(JSON.readTree(t.get()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
