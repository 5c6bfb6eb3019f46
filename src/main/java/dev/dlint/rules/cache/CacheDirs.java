package dev.dlint.rules.cache;

import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where each package manager keeps its download cache, and which of its commands download. */
final class CacheDirs {
    private CacheDirs() {
    }

    /**
     * A cache directory a command uses.
     *
     * @param manager the manager's option name ({@code pip}, {@code apt} …)
     * @param dir     the absolute directory, or null when it depends on a variable without a known value
     * @param extra   mount options the fix adds ({@code ,sharing=locked} for apt)
     */
    record Need(String manager, String dir, String extra) {
    }

    /** The option name a manager is enabled by in {@code managers}. */
    static String optionName(Manager m) {
        return switch (m) {
            case CONDA, MAMBA, MICROMAMBA -> "conda";
            case DNF, MICRODNF -> "dnf";
            case BUNDLE -> "bundler";
            default -> m.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The actions of each manager that download packages. */
    static boolean downloads(PackageInstall p) {
        String a = p.action();
        return switch (p.manager()) {
            case PIP -> (a.equals("install") || a.equals("download") || a.equals("wheel")) && !p.noIndex()
                    && (!p.packages().isEmpty() || !p.requirementFiles().isEmpty() || !p.editables().isEmpty())
                    && !localOnly(p);
            case UV -> Set.of("pip install", "pip sync", "sync", "add", "tool install").contains(a) && !p.has("offline")
                    && !p.noIndex();
            case POETRY -> Set.of("install", "sync", "update", "add").contains(a);
            case PIPENV -> Set.of("install", "sync", "update").contains(a);
            case CONDA, MAMBA, MICROMAMBA -> Set.of("install", "update", "upgrade", "create", "env create",
                    "env update").contains(a) && !p.has("offline");
            case NPM -> Set.of("install", "ci", "update").contains(a) && !p.has("offline");
            case YARN -> Set.of("install", "add", "upgrade", "up").contains(a) && !p.has("offline");
            case PNPM -> Set.of("install", "add", "update", "up", "fetch").contains(a) && !p.has("offline");
            case GO -> Set.of("build", "install", "get", "mod download", "mod tidy", "mod vendor").contains(a);
            case CARGO -> Set.of("build", "fetch", "install", "vendor").contains(a) && !p.has("offline")
                    && !p.has("frozen");
            case MAVEN, GRADLE -> !p.has("offline");
            case BUNDLE -> Set.of("install", "update").contains(a) && !p.has("local");
            case APT -> Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall",
                    "update").contains(a);
            case APK -> Set.of("add", "upgrade", "update", "fix").contains(a);
            case DNF, YUM, MICRODNF -> Set.of("install", "reinstall", "update", "upgrade", "downgrade",
                    "groupinstall", "localinstall", "makecache", "builddep", "distro-sync", "group install")
                    .contains(a);
            default -> false;
        };
    }

    /** {@code pip install --no-deps ./x.whl}: only local files, no dependencies, nothing to download. */
    private static boolean localOnly(PackageInstall p) {
        if (!p.has("no-deps") || !p.requirementFiles().isEmpty()) {
            return false;
        }
        for (PackageArg a : p.packages()) {
            if (a.kind() != PackageArg.Kind.PATH) {
                return false;
            }
        }
        return true;
    }

    /** The cache directories a downloading command fills. */
    static List<Need> needs(PackageInstall p, RunCommands.Located c, String baseImage) {
        return needs(p.manager(), p.action(), p, c, baseImage);
    }

    /** The cache directories of a manager as a command sees them; {@code p} null for a command that is not an install. */
    static List<Need> needs(Manager manager, String action, PackageInstall p, RunCommands.Located c, String baseImage) {
        String home = c.value("HOME").orElse(null);
        String xdgCache = c.isSet("XDG_CACHE_HOME") ? c.value("XDG_CACHE_HOME").orElse(null)
                : home == null ? null : home + "/.cache";
        String name = optionName(manager);
        List<Need> out = new ArrayList<>();
        switch (manager) {
            case PIP -> out.add(need(name,
                    optionOr(p, "--cache-dir", envOr(c, "PIP_CACHE_DIR", sub(xdgCache, "pip"))), home));
            case UV -> out.add(need(name,
                    optionOr(p, "--cache-dir", envOr(c, "UV_CACHE_DIR", sub(xdgCache, "uv"))), home));
            case POETRY -> out.add(need(name, envOr(c, "POETRY_CACHE_DIR", sub(xdgCache, "pypoetry")), home));
            case PIPENV -> out.add(need(name, envOr(c, "PIPENV_CACHE_DIR", sub(xdgCache, "pipenv")), home));
            case CONDA, MAMBA, MICROMAMBA -> {
                String dir;
                if (c.isSet("CONDA_PKGS_DIRS")) {
                    dir = c.value("CONDA_PKGS_DIRS").map(v -> v.split(",")[0]).orElse(null);
                } else if (c.isSet("CONDA_DIR")) {
                    dir = sub(c.value("CONDA_DIR").orElse(null), "pkgs");
                } else if (manager == Manager.MICROMAMBA && c.isSet("MAMBA_ROOT_PREFIX")) {
                    dir = sub(c.value("MAMBA_ROOT_PREFIX").orElse(null), "pkgs");
                } else {
                    dir = "/opt/conda/pkgs";
                }
                out.add(need(name, dir, home));
            }
            case NPM -> {
                String dir = c.isSet("npm_config_cache") ? c.value("npm_config_cache").orElse(null)
                        : envOr(c, "NPM_CONFIG_CACHE", sub(home, ".npm"));
                out.add(need(name, dir, home));
            }
            case YARN -> out.add(need(name, envOr(c, "YARN_CACHE_FOLDER", sub(xdgCache, "yarn")), home));
            case PNPM -> {
                String dir;
                if (c.isSet("PNPM_STORE_DIR") || c.isSet("npm_config_store_dir")) {
                    dir = c.value(c.isSet("PNPM_STORE_DIR") ? "PNPM_STORE_DIR" : "npm_config_store_dir").orElse(null);
                } else if (c.isSet("PNPM_HOME")) {
                    dir = sub(c.value("PNPM_HOME").orElse(null), "store");
                } else {
                    String data = c.isSet("XDG_DATA_HOME") ? c.value("XDG_DATA_HOME").orElse(null)
                            : sub(home, ".local/share");
                    dir = sub(data, "pnpm/store");
                }
                out.add(need(name, dir, home));
            }
            case GO -> {
                String gopath = c.isSet("GOPATH") ? c.value("GOPATH").map(v -> v.split(":")[0]).orElse(null)
                        : isImage(baseImage, "golang") ? "/go" : sub(home, "go");
                out.add(need(name, envOr(c, "GOMODCACHE", sub(gopath, "pkg/mod")), home));
                if (!action.startsWith("mod ")) {
                    out.add(need(name, envOr(c, "GOCACHE", sub(xdgCache, "go-build")), home));
                }
            }
            case CARGO -> {
                String cargoHome = c.isSet("CARGO_HOME") ? c.value("CARGO_HOME").orElse(null)
                        : isImage(baseImage, "rust") ? "/usr/local/cargo" : sub(home, ".cargo");
                out.add(need(name, sub(cargoHome, "registry"), home));
            }
            case MAVEN -> out.add(need(name, sub(home, ".m2"), home));
            case GRADLE -> out.add(need(name, envOr(c, "GRADLE_USER_HOME", sub(home, ".gradle")), home));
            case BUNDLE -> {
                String gemHome = c.isSet("GEM_HOME") ? c.value("GEM_HOME").orElse(null)
                        : c.isSet("BUNDLE_PATH") ? c.value("BUNDLE_PATH").orElse(null) : "/usr/local/bundle";
                out.add(need(name, sub(gemHome, "cache"), home));
            }
            case APT -> {
                out.add(new Need(name, "/var/cache/apt", ",sharing=locked"));
                out.add(new Need(name, "/var/lib/apt", ",sharing=locked"));
            }
            case APK -> out.add(new Need(name, "/etc/apk/cache", ""));
            case DNF, MICRODNF -> out.add(new Need(name, "/var/cache/dnf", ""));
            case YUM -> out.add(new Need(name, "/var/cache/yum", ""));
            default -> {
            }
        }
        return out;
    }

    /** Other directories a mount may hold instead of {@link Need#dir()} (apk's cache behind its symlink). */
    static boolean alsoCoveredBy(Need need, CacheMount m) {
        return need.dir() != null && need.dir().equals("/etc/apk/cache") && m.target() != null
                && Paths.isUnder("/var/cache/apk", m.target());
    }

    private static Need need(String manager, String dir, String home) {
        if (dir == null) {
            return new Need(manager, null, "");
        }
        if (dir.equals("~") || dir.startsWith("~/")) {
            if (home == null) {
                return new Need(manager, null, "");
            }
            dir = home + dir.substring(1);
        }
        return new Need(manager, dir.startsWith("/") ? Paths.clean(dir) : null, "");
    }

    // Plain Optional checks, not map/orElseGet lambdas, in this class: it runs for every install
    // of every RUN, and in a fresh JVM each lambda costs its linkage on the first lint (issue #7).
    private static String optionOr(PackageInstall p, String written, String otherwise) {
        Optional<String> value = option(p, written);
        return value.isPresent() ? value.get() : otherwise;
    }

    private static Optional<String> option(PackageInstall p, String written) {
        if (p == null) {
            return Optional.empty();
        }
        String canonical = written.substring(2);
        Optional<Word> value = p.args().value(canonical);
        return value.isPresent() ? value.get().literal() : Optional.empty();
    }

    private static String envOr(RunCommands.Located c, String name, String otherwise) {
        return c.isSet(name) ? c.value(name).filter(v -> !v.isEmpty()).orElse(null) : otherwise;
    }

    private static String sub(String dir, String rel) {
        return dir == null ? null : dir + "/" + rel;
    }

    /** Whether an image reference names an official-style image ({@code golang:1.22}, {@code docker.io/library/rust}). */
    static boolean isImage(String image, String repo) {
        if (image == null) {
            return false;
        }
        String ref = image.toLowerCase(Locale.ROOT);
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            ref = ref.substring(0, colon);
        }
        return ref.equals(repo) || ref.endsWith("/" + repo);
    }

    /** The image the RUN's stage lineage starts from, as written when its variables have no value. */
    static String baseImage(dev.dlint.model.DockerfileAnalysis analysis, dev.dlint.syntax.dockerfile.Instruction run) {
        Optional<dev.dlint.model.build.Stage> stage = analysis.model().stageOf(run);
        if (stage.isEmpty()) {
            return null;
        }
        java.util.List<dev.dlint.model.build.Stage> lineage = stage.get().lineage();
        dev.dlint.model.build.Stage root = lineage.get(lineage.size() - 1);
        if (root.baseImage() != null) {
            return root.baseImage();
        }
        return root.from().image() == null ? null : root.from().image().text();
    }

    static boolean isWord(Word w, String text) {
        return w != null && w.literal().map(text::equals).orElse(false);
    }
}
