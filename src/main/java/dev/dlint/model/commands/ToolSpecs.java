package dev.dlint.model.commands;

/**
 * Option specs of the tools {@link CommandRecognizer} knows. Value options are listed completely
 * enough that their values are never mistaken for packages or paths; flags are listed where a
 * canonical name matters (aliases) or where a short letter would otherwise be misread.
 *
 * <p>Each spec sits in its own holder class, built at its tool's first use: a file names a few of
 * these tools, and building all of them in a fresh JVM cost several milliseconds of every first
 * lint (issue #7).
 */
final class ToolSpecs {
    private ToolSpecs() {
    }

    // ---- wrappers ----
    static final class Sudo {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .value("user", "-u", "--user").value("group", "-g", "--group").value("other-user", "-U", "--other-user")
                .value("host", "-h", "--host").value("prompt", "-p", "--prompt").value("role", "-r", "--role")
                .value("type", "-t", "--type").value("close-from", "-C", "--close-from")
                .value("chdir", "-D", "--chdir").value("chroot", "-R", "--chroot").value("command-timeout", "-T")
                .flag("preserve-env", "-E").optionalValue("preserve-env", "--preserve-env")
                .flags("-H", "-n", "-S", "-i", "-s", "-b", "-k", "-P", "-A").build();
    }

    static final class Env {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .flag("ignore-environment", "-i", "--ignore-environment").flag("null", "-0", "--null")
                .value("unset", "-u", "--unset").value("chdir", "-C", "--chdir").value("split-string", "-S",
                        "--split-string").flags("-v").build();
    }

    static final class Exec {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true).value("name", "-a")
                .flags("-c", "-l").build();
    }

    static final class Time {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true).flags("-p", "-v")
                .value("format", "-f", "--format").value("output", "-o", "--output").build();
    }

    static final class Command {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true).flags("-p", "-v", "-V")
                .build();
    }

    static final class Nice {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .value("adjustment", "-n", "--adjustment").build();
    }

    static final class Timeout {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .value("signal", "-s", "--signal").value("kill-after", "-k", "--kill-after")
                .flags("--preserve-status", "--foreground", "-v").build();
    }

    // ---- python ----
    static final class Pip {
        private static final OptionSpec.Builder PIP_COMMON = OptionSpec.builder()
                .flag("verbose", "-v", "--verbose").flag("quiet", "-q", "--quiet").flag("version", "-V", "--version")
                .flag("help", "-h", "--help").flag("isolated", "--isolated")
                .values("--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert",
                        "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated", "--python",
                        "--keyring-provider", "--resume-retries", "--src", "--root", "--prefix", "--upgrade-strategy",
                        "--platform", "--python-version", "--implementation", "--abi", "--no-binary", "--only-binary",
                        "--progress-bar", "--root-user-action", "--report", "--extra-index-url", "--global-option",
                        "--install-option", "--build-option", "--group", "--build", "--log-file", "--local-log")
                .flags("--no-cache-dir", "--no-index", "--user", "--require-hashes", "--no-deps", "--pre", "--dry-run",
                        "--force-reinstall", "--ignore-requires-python", "--no-build-isolation", "--use-pep517",
                        "--no-use-pep517", "--break-system-packages", "--compile", "--no-compile", "--prefer-binary",
                        "--no-warn-script-location", "--no-warn-conflicts", "--no-clean", "--disable-pip-version-check",
                        "--no-input", "--no-color", "--require-virtualenv", "--no-python-version-warning",
                        "--check-build-dependencies", "--debug")
                .value("requirement", "-r", "--requirement").value("constraint", "-c", "--constraint")
                .value("editable", "-e", "--editable").flag("upgrade", "-U", "--upgrade")
                .flag("ignore-installed", "-I", "--ignore-installed").value("target", "-t", "--target")
                .value("config-settings", "-C", "--config-settings").value("index-url", "-i", "--index-url")
                .value("find-links", "-f", "--find-links").value("wheel-dir", "-w", "--wheel-dir")
                .value("dest", "-d", "--dest", "--destination-directory", "--download")
                .flag("yes", "-y", "--yes");

        static final OptionSpec SPEC;

        static {
            OptionSpec sub = PIP_COMMON.build();
            SPEC = PIP_COMMON.subcommands(sub, "install", "download", "wheel", "uninstall", "freeze", "list", "show",
                    "check", "config", "inspect", "hash", "completion", "debug", "help", "lock", "index")
                    .subcommand("cache", OptionSpec.builder().subcommands(sub, "purge", "remove", "dir", "info",
                            "list").build())
                    .build();
        }
    }

    static final class Uv {
        private static final OptionSpec.Builder UV_COMMON = OptionSpec.builder()
                .flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose").flag("no-cache", "-n", "--no-cache")
                .values("--cache-dir", "--directory", "--project", "--config-file", "--color", "--overrides",
                        "--override", "--extra", "--upgrade-package", "--reinstall-package", "--extra-index-url",
                        "--index", "--default-index", "--index-strategy", "--keyring-provider", "--python-version",
                        "--python-platform", "--link-mode", "--no-build-isolation-package", "--resolution",
                        "--prerelease", "--exclude-newer", "--no-binary", "--only-binary", "--torch-backend",
                        "--group", "--only-group", "--no-group", "--package", "--prompt", "--with", "--from",
                        "--with-requirements", "--optional", "--tag", "--branch", "--rev", "--refresh-package",
                        "--prefix", "--output-file", "--allow-insecure-host", "--build-constraints", "--script",
                        "--python-preference", "--prune", "--no-install-package", "--marker", "--bounds",
                        "--constraints-from")
                .flags("--system", "--break-system-packages", "--no-deps", "--no-index", "--require-hashes",
                        "--compile-bytecode", "--no-build-isolation", "--strict", "--no-build", "--refresh",
                        "--dry-run", "--frozen", "--locked", "--no-dev", "--all-extras", "--no-install-project",
                        "--no-install-workspace", "--inexact", "--no-editable", "--active", "--all-packages",
                        "--offline", "--native-tls", "--no-progress", "--preview", "--seed", "--dev", "--raw",
                        "--no-sync", "--system-site-packages", "--relocatable", "--allow-existing", "--clear",
                        "--reinstall", "--user", "--only-dev", "--no-default-groups", "--all-groups", "--exact",
                        "--no-sources", "--force", "--editable")
                .value("requirement", "-r", "--requirement", "--requirements").value("constraint", "-c",
                        "--constraint", "--constraints").value("editable", "-e")
                .flag("upgrade", "-U", "--upgrade").value("upgrade-package", "-P")
                .value("python", "-p", "--python").value("target", "-t", "--target")
                .value("index-url", "-i", "--index-url").value("find-links", "-f", "--find-links")
                .value("config-settings", "-C", "--config-setting", "--config-settings")
                .value("build-constraints", "-b").value("output-file", "-o");

        static final OptionSpec SPEC;

        static {
            OptionSpec sub = UV_COMMON.build();
            OptionSpec pip = OptionSpec.builder().subcommands(sub, "install", "sync", "compile", "uninstall", "freeze",
                    "list", "show", "check", "tree").build();
            OptionSpec tool = OptionSpec.builder().subcommands(sub, "install", "run", "upgrade", "uninstall", "list")
                    .build();
            OptionSpec cache = OptionSpec.builder().subcommands(sub, "clean", "prune", "dir").build();
            SPEC = UV_COMMON.subcommand("pip", pip).subcommand("tool", tool).subcommand("cache", cache)
                    .subcommands(sub, "sync", "add", "remove", "lock", "venv", "run", "export", "build", "tree", "init",
                            "python")
                    .build();
        }
    }

    static final class Python {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .value("module", "-m").value("command", "-c").value("warning", "-W").value("x-option", "-X")
                .value("check-hash-based-pycs", "--check-hash-based-pycs")
                .flags("-u", "-B", "-O", "-E", "-s", "-S", "-I", "-q", "-v", "-b", "-d", "-i", "-P", "-R", "-x").build();
    }

    static final class Venv {
        static final OptionSpec SPEC = OptionSpec.builder().value("prompt", "--prompt")
                .flags("--system-site-packages", "--symlinks", "--copies", "--clear", "--upgrade", "--without-pip",
                        "--upgrade-deps", "--without-scm-ignore-files").build();
    }

    static final class Virtualenv {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("python", "-p", "--python").values("--prompt", "--activators", "--discovery", "--creator",
                        "--seeder", "--app-data", "--pip", "--setuptools", "--wheel", "--extra-search-dir")
                .flags("--clear", "--system-site-packages", "--symlinks", "--copies", "--no-download", "--download",
                        "--no-pip", "--no-setuptools", "--no-wheel", "--no-periodic-update", "--reset-app-data",
                        "--upgrade-embed-wheels", "--no-vcs-ignore").flag("quiet", "-q").flag("verbose", "-v").build();
    }

    static final class Pipx {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--python", "--pip-args", "--suffix", "--index-url", "--spec", "--preinstall", "--backend")
                .flags("--force", "--include-deps", "--system-site-packages", "--global", "--verbose", "--quiet",
                        "--include-apps", "--fetch-missing-python")
                .flag("force", "-f").flag("quiet", "-q").flag("verbose", "-v")
                .value("index-url", "-i").build();
    }

    static final class Poetry {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--only", "--with", "--without", "--python", "--platform", "--source", "--markers",
                        "--directory", "--project", "--output", "--format")
                .value("extras", "-E", "--extras").value("group", "-G", "--group").value("directory", "-C")
                .value("project", "-P").value("format", "-f").value("output", "-o")
                .flags("--no-root", "--no-dev", "--sync", "--all-extras", "--compile", "--no-cache", "--dry-run",
                        "--only-root", "--no-ansi", "--ansi", "--optional", "--lock", "--allow-prereleases",
                        "--without-hashes", "--no-directory", "--all-groups", "--no-update")
                .flag("no-interaction", "-n", "--no-interaction").flag("dev", "-D", "--dev")
                .flag("editable", "-e", "--editable").flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose")
                .build();
    }

    static final class Pipenv {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--python", "--pypi-mirror", "--categories", "--extra-pip-args", "--index")
                .value("requirement", "-r", "--requirements")
                .flags("--system", "--deploy", "--ignore-pipfile", "--skip-lock", "--clear", "--verbose", "--dev",
                        "--site-packages", "--pre", "--keep-outdated", "--selective-upgrade")
                .flag("dev", "-d").flag("quiet", "-q").flag("verbose", "-v").build();
    }

    static final class Conda {
        static final OptionSpec SPEC;

        static {
            OptionSpec.Builder b = OptionSpec.builder()
                    .value("name", "-n", "--name").value("prefix", "-p", "--prefix").value("channel", "-c", "--channel")
                    .value("file", "-f", "--file").value("root-prefix", "-r", "--root-prefix")
                    .values("--solver", "--repodata-fn", "--platform", "--subdir", "--clone", "--category",
                            "--experimental", "--channel-priority", "--rc-file", "--log-level", "--relocate-prefix")
                    .flags("--override-channels", "--strict-channel-priority", "--no-deps", "--only-deps",
                            "--force-reinstall", "--freeze-installed", "--update-deps", "--copy", "--no-pin",
                            "--no-default-packages", "--dry-run", "--offline", "--json", "--all", "--no-rc",
                            "--no-env", "--use-local", "--insecure", "--download-only", "--show-channel-urls",
                            "--no-shortcuts", "--clobber", "--keep-env", "--force")
                    .flag("yes", "-y", "--yes").flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose");
            OptionSpec sub = b.build();
            OptionSpec clean = OptionSpec.builder().flag("all", "-a", "--all").flag("index-cache", "-i")
                    .flag("packages", "-p", "--packages").flag("tarballs", "-t", "--tarballs")
                    .flag("force-pkgs-dirs", "-f", "--force-pkgs-dirs").flag("yes", "-y", "--yes")
                    .flag("quiet", "-q").build();
            OptionSpec env = OptionSpec.builder().subcommands(sub, "create", "update", "remove", "export", "list")
                    .build();
            SPEC = b.subcommands(sub, "install", "create", "update", "upgrade", "remove", "uninstall", "run",
                    "activate", "config", "info", "list", "init", "shell").subcommand("env", env)
                    .subcommand("clean", clean).build();
        }
    }

    // ---- OS packages ----
    static final class Apt {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("option", "-o", "--option").value("config-file", "-c", "--config-file")
                .value("target-release", "-t", "--target-release", "--default-release")
                .value("host-architecture", "-a", "--host-architecture")
                .flag("yes", "-y", "--yes", "--assume-yes").flag("quiet", "-q", "--quiet")
                .flag("fix-broken", "-f", "--fix-broken").flag("fix-missing", "-m", "--fix-missing", "--ignore-missing")
                .flag("simulate", "-s", "--simulate", "--dry-run", "--just-print", "--no-act")
                .flag("download-only", "-d", "--download-only").flag("show-versions", "-V", "--show-versions")
                .flags("--no-install-recommends", "--no-install-suggests", "--install-recommends", "--allow-downgrades",
                        "--allow-unauthenticated", "--reinstall", "--purge", "--auto-remove", "--autoremove",
                        "--allow-change-held-packages", "--force-yes", "--no-upgrade", "--only-upgrade",
                        "--allow-remove-essential", "--no-download", "--ignore-hold", "--with-new-pkgs",
                        "--no-show-upgraded", "--list-cleanup", "--print-uris", "--allow-releaseinfo-change")
                .build();
    }

    static final class Apk {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("virtual", "-t", "--virtual").value("repository", "-X", "--repository")
                .value("root", "-p", "--root").values("--repositories-file", "--arch", "--cache-dir", "--keys-dir",
                        "--cache-max-age", "--timeout")
                .flag("update-cache", "-U", "--update-cache").flag("upgrade", "-u", "--upgrade")
                .flag("latest", "-l", "--latest").flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose")
                .flag("interactive", "-i", "--interactive").flag("simulate", "-s", "--simulate")
                .flag("rdepends", "-r", "--rdepends").flag("force", "-f", "--force")
                .flags("--no-cache", "--no-progress", "--allow-untrusted", "--force-overwrite", "--force-broken-world",
                        "--no-scripts", "--clean-protected", "--purge", "--initdb", "--no-network", "--available",
                        "--progress", "--wait", "--force-non-repository", "--usermode", "--no-chown")
                .build();
    }

    static final class Dnf {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--setopt", "--enablerepo", "--disablerepo", "--repo", "--repoid", "--installroot",
                        "--releasever", "--exclude", "--disableplugin", "--enableplugin", "--forcearch", "--downloaddir",
                        "--destdir", "--config", "--color", "--rpmverbosity", "--comment", "--advisory", "--bz",
                        "--cve", "--sec-severity", "--repofrompath", "--setup", "--nodocs-lang", "--from-repo")
                .value("exclude", "-x").value("config", "-c").value("debuglevel", "-d", "--debuglevel")
                .value("errorlevel", "-e", "--errorlevel").value("repoid", "--repoid")
                .flag("yes", "-y", "--yes", "--assumeyes").flag("quiet", "-q", "--quiet")
                .flag("cacheonly", "-C", "--cacheonly").flag("verbose", "-v", "--verbose")
                .flags("--nodocs", "--best", "--nobest", "--allowerasing", "--skip-broken", "--refresh", "--nogpgcheck",
                        "--noplugins", "--assumeno", "--downloadonly", "--setopt", "--security", "--bugfix",
                        "--enhancement", "--newpackage", "--no-best", "--skip-unavailable", "--noautoremove",
                        "--nodeps", "--disableexcludes", "--install-weak-deps")
                .build();
    }

    // ---- JavaScript ----
    static final class Npm {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--omit", "--include", "--prefix", "--registry", "--cache", "--loglevel", "--tag", "--userconfig",
                        "--install-strategy", "--before", "--only", "--also", "--workspace", "--location", "--scope",
                        "--fetch-retries", "--fetch-timeout", "--fetch-retry-mintimeout", "--fetch-retry-maxtimeout",
                        "--script-shell", "--unsafe-perm", "--cafile", "--proxy", "--https-proxy", "--globalconfig",
                        "--maxsockets", "--audit-level")
                .value("workspace", "-w").value("prefix", "-C")
                .flag("global", "-g", "--global").flag("save-dev", "-D", "--save-dev")
                .flag("save-prod", "-P", "--save-prod").flag("save-optional", "-O", "--save-optional")
                .flag("save-exact", "-E", "--save-exact").flag("save", "-S", "--save").flag("force", "-f", "--force")
                .flag("quiet", "-q", "--quiet").flag("silent", "-s", "--silent").flag("dev", "-d")
                .flags("--no-save", "--legacy-peer-deps", "--ignore-scripts", "--no-audit", "--no-fund",
                        "--no-package-lock", "--prefer-offline", "--offline", "--production", "--no-optional",
                        "--strict-peer-deps", "--no-progress", "--workspaces", "--include-workspace-root",
                        "--dry-run", "--foreground-scripts", "--package-lock-only", "--install-links", "--no-bin-links",
                        "--no-update-notifier", "--prefer-online", "--global-style", "--legacy-bundling")
                .build();
    }

    static final class Yarn {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--network-timeout", "--cache-folder", "--modules-folder", "--mutex", "--registry", "--cwd",
                        "--mode", "--network-concurrency", "--global-folder", "--link-folder", "--prefix",
                        "--use-yarnrc", "--production")
                .flag("dev", "-D", "--dev").flag("peer", "-P", "--peer").flag("optional", "-O", "--optional")
                .flag("exact", "-E", "--exact").flag("tilde", "-T", "--tilde").flag("force", "-f", "--force")
                .flag("silent", "-s", "--silent").flag("ignore-workspace-root-check", "-W")
                .flags("--frozen-lockfile", "--immutable", "--immutable-cache", "--pure-lockfile", "--non-interactive",
                        "--ignore-scripts", "--prefer-offline", "--offline", "--ignore-engines", "--check-files",
                        "--no-lockfile", "--ignore-optional", "--ignore-platform", "--inline-builds", "--no-progress",
                        "--flat", "--har", "--check-cache", "--skip-builds", "--refresh-lockfile", "--all")
                .build();
    }

    static final class Pnpm {
        static final OptionSpec SPEC = OptionSpec.builder()
                .values("--store-dir", "--reporter", "--network-concurrency", "--child-concurrency", "--filter-prod",
                        "--virtual-store-dir", "--modules-dir", "--registry", "--loglevel", "--node-linker",
                        "--package-import-method", "--config", "--test-pattern", "--changed-files-ignore-pattern",
                        "--workspace")
                .value("filter", "-F", "--filter").value("dir", "-C", "--dir")
                .flag("prod", "-P", "--prod", "--production").flag("dev", "-D", "--dev", "--save-dev")
                .flag("global", "-g", "--global").flag("workspace-root", "-w", "--workspace-root")
                .flag("recursive", "-r", "--recursive").flag("save-exact", "-E", "--save-exact")
                .flag("save-optional", "-O", "--save-optional").flag("silent", "-s", "--silent")
                .flags("--frozen-lockfile", "--no-frozen-lockfile", "--offline", "--prefer-offline", "--ignore-scripts",
                        "--shamefully-hoist", "--lockfile-only", "--no-optional", "--fix-lockfile", "--force",
                        "--prefer-frozen-lockfile", "--strict-peer-dependencies", "--no-lockfile", "--resolution-only",
                        "--ignore-workspace", "--aggregate-output", "--stream", "--use-stderr", "--no-verify-store-integrity")
                .build();
    }

    // ---- compiled languages ----
    static final class Go {
        static final OptionSpec SPEC;

        static {
            OptionSpec.Builder b = OptionSpec.builder().combineShort(false).attachShortValue(false).singleDashLong(true)
                    .values("-o", "-ldflags", "-gcflags", "-asmflags", "-tags", "-mod", "-modfile", "-p", "-pkgdir",
                            "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-overlay", "-pgo", "-toolexec",
                            "-C", "-covermode", "-coverpkg", "-buildvcs", "-exec", "-reuse")
                    .flags("-trimpath", "-race", "-msan", "-asan", "-v", "-x", "-a", "-n", "-work", "-linkshared",
                            "-modcacherw", "-cover", "-json", "-u", "-t", "-d", "-i", "-insecure", "-modcache", "-cache",
                            "-testcache", "-fuzzcache", "-r");
            OptionSpec sub = b.build();
            OptionSpec mod = OptionSpec.builder().combineShort(false).singleDashLong(true)
                    .subcommands(sub, "download", "tidy", "vendor", "verify", "graph", "init", "edit", "why").build();
            SPEC = b.subcommands(sub, "build", "install", "get", "run", "test", "clean", "generate", "vet", "list",
                    "env", "version", "work", "fmt", "tool").subcommand("mod", mod).build();
        }
    }

    static final class Cargo {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("package", "-p", "--package").value("jobs", "-j", "--jobs").value("features", "-F", "--features")
                .value("version", "--version", "--vers").value("config", "--config").value("unstable", "-Z")
                .values("--bin", "--target", "--target-dir", "--manifest-path", "--profile", "--root", "--git",
                        "--branch", "--tag", "--rev", "--path", "--example", "--color", "--message-format",
                        "--index", "--registry", "--exclude", "--lockfile-path", "--timings", "--test", "--bench")
                .flags("--release", "--locked", "--frozen", "--offline", "--all-features", "--no-default-features",
                        "--workspace", "--all-targets", "--bins", "--examples", "--lib", "--no-track", "--debug",
                        "--keep-going", "--all")
                .flag("force", "-f", "--force").flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose")
                .flag("release", "-r").build();
    }

    static final class Maven {
        static final OptionSpec SPEC = OptionSpec.builder().combineShort(false)
                .value("file", "-f", "--file").value("settings", "-s", "--settings")
                .value("global-settings", "-gs", "--global-settings").value("activate-profiles", "-P",
                        "--activate-profiles").value("projects", "-pl", "--projects")
                .value("resume-from", "-rf", "--resume-from").value("threads", "-T", "--threads")
                .value("log-file", "-l", "--log-file").value("toolchains", "-t", "--toolchains")
                .value("global-toolchains", "-gt", "--global-toolchains").value("define", "-D", "--define")
                .value("builder", "-b", "--builder").value("encrypt-password", "-ep", "--encrypt-password")
                .value("encrypt-master-password", "-emp", "--encrypt-master-password").value("color", "--color")
                .flag("batch-mode", "-B", "--batch-mode", "--non-interactive").flag("quiet", "-q", "--quiet")
                .flag("debug", "-X", "--debug").flag("offline", "-o", "--offline")
                .flag("update-snapshots", "-U", "--update-snapshots").flag("also-make", "-am", "--also-make")
                .flag("also-make-dependents", "-amd", "--also-make-dependents")
                .flag("no-transfer-progress", "-ntp", "--no-transfer-progress").flag("errors", "-e", "--errors")
                .flag("fail-at-end", "-fae", "--fail-at-end").flag("fail-fast", "-ff", "--fail-fast")
                .flag("fail-never", "-fn", "--fail-never").flag("non-recursive", "-N", "--non-recursive")
                .flag("strict-checksums", "-C", "--strict-checksums").flag("lax-checksums", "-c", "--lax-checksums")
                .flag("show-version", "-V", "--show-version").flag("version", "-v", "--version")
                .flag("no-snapshot-updates", "-nsu", "--no-snapshot-updates").build();
    }

    static final class Gradle {
        static final OptionSpec SPEC = OptionSpec.builder().combineShort(false)
                .value("project-dir", "-p", "--project-dir").value("gradle-user-home", "-g", "--gradle-user-home")
                .value("system-prop", "-D", "--system-prop").value("project-prop", "-P", "--project-prop")
                .value("exclude-task", "-x", "--exclude-task").value("init-script", "-I", "--init-script")
                .value("build-file", "-b", "--build-file").value("settings-file", "-c", "--settings-file")
                .values("--max-workers", "--console", "--warning-mode", "--priority", "--dependency-verification",
                        "--include-build", "--project-cache-dir", "--configuration-cache-problems", "--update-locks")
                .flag("quiet", "-q", "--quiet").flag("info", "-i", "--info").flag("stacktrace", "-s", "--stacktrace")
                .flag("full-stacktrace", "-S", "--full-stacktrace").flag("dry-run", "-m", "--dry-run")
                .flag("continuous", "-t", "--continuous").flag("warn", "-w", "--warn")
                .flags("--no-daemon", "--daemon", "--offline", "--refresh-dependencies", "--build-cache",
                        "--no-build-cache", "--parallel", "--no-parallel", "--scan", "--write-locks", "--configure-on-demand",
                        "--configuration-cache", "--no-configuration-cache", "--continue", "--rerun-tasks", "--debug")
                .build();
    }

    static final class Gem {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("version", "-v", "--version").value("install-dir", "-i", "--install-dir")
                .value("bindir", "-n", "--bindir").value("source", "-s", "--source")
                .value("http-proxy", "-p", "--http-proxy").values("--platform", "--document", "--build-root",
                        "--file", "--without", "--with", "-g", "--file")
                .flag("no-document", "-N", "--no-document").flag("force", "-f", "--force")
                .flags("--no-doc", "--no-ri", "--no-rdoc", "--conservative", "--minimal-deps", "--user-install",
                        "--no-user-install", "--default", "--prerelease", "--clear-sources", "--development",
                        "--ignore-dependencies", "--env-shebang", "--no-env-shebang", "--local", "--remote", "--both",
                        "--system", "--silent", "--quiet")
                .flag("env-shebang", "-E").flag("both", "-b").flag("local", "-l").flag("remote", "-r")
                .flag("quiet", "-q").flag("verbose", "-V").build();
    }

    static final class Bundle {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("jobs", "-j", "--jobs").values("--retry", "--without", "--with", "--path", "--gemfile",
                        "--trust-policy", "--shebang", "--target-rbconfig")
                .optionalValue("binstubs", "--binstubs").optionalValue("standalone", "--standalone")
                .flags("--deployment", "--frozen", "--local", "--prefer-local", "--system", "--no-cache", "--quiet",
                        "--clean", "--full-index", "--redownload", "--force", "--no-prune", "--verbose", "--all")
                .build();
    }

    static final class Composer {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("working-dir", "-d", "--working-dir").values("--ignore-platform-req", "--apcu-autoloader-prefix",
                        "--audit-format")
                .flag("no-interaction", "-n", "--no-interaction").flag("optimize-autoloader", "-o",
                        "--optimize-autoloader").flag("classmap-authoritative", "-a", "--classmap-authoritative")
                .flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose").flag("with-all-dependencies", "-W")
                .flag("with-dependencies", "-w")
                .flags("--no-dev", "--dev", "--no-scripts", "--no-plugins", "--prefer-dist", "--prefer-source",
                        "--no-progress", "--no-autoloader", "--no-suggest", "--ignore-platform-reqs", "--apcu-autoloader",
                        "--no-ansi", "--ansi", "--dry-run", "--no-install", "--no-audit", "--no-cache", "--update-no-dev",
                        "--strict-psr")
                .build();
    }

    // ---- downloads, git, docker ----
    static final class Curl {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("output", "-o", "--output").flag("remote-name", "-O", "--remote-name")
                .value("header", "-H", "--header").value("data", "-d", "--data").value("request", "-X", "--request")
                .value("user", "-u", "--user").value("user-agent", "-A", "--user-agent").value("referer", "-e",
                        "--referer").value("max-time", "-m", "--max-time").value("write-out", "-w", "--write-out")
                .value("proxy", "-x", "--proxy").value("continue-at", "-C", "--continue-at")
                .value("upload-file", "-T", "--upload-file").value("form", "-F", "--form")
                .value("cookie", "-b", "--cookie").value("cookie-jar", "-c", "--cookie-jar")
                .value("config", "-K", "--config").value("cert", "-E", "--cert").value("range", "-r", "--range")
                .value("speed-limit", "-Y", "--speed-limit").value("speed-time", "-y", "--speed-time")
                .value("time-cond", "-z", "--time-cond").value("quote", "-Q", "--quote")
                .value("dump-header", "-D", "--dump-header").value("proxy-user", "-U", "--proxy-user")
                .values("--url", "--retry", "--retry-delay", "--retry-max-time", "--connect-timeout", "--proto",
                        "--proto-redir", "--cacert", "--capath", "--output-dir", "--limit-rate", "--max-filesize",
                        "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii", "--resolve",
                        "--connect-to", "--key", "--key-type", "--cert-type", "--ciphers", "--interface",
                        "--max-redirs", "--netrc-file", "--oauth2-bearer", "--pinnedpubkey", "--tls-max",
                        "--trace", "--trace-ascii", "--unix-socket", "--dns-servers", "--stderr", "--form-string",
                        "--expect100-timeout", "--happy-eyeballs-timeout-ms", "--keepalive-time", "--json",
                        "--variable", "--aws-sigv4", "--etag-save", "--etag-compare", "--ssl-sessions")
                .flag("location", "-L", "--location").flag("fail", "-f", "--fail").flag("silent", "-s", "--silent")
                .flag("show-error", "-S", "--show-error").flag("insecure", "-k", "--insecure")
                .flag("progress-bar", "-#", "--progress-bar").flag("include", "-i", "--include")
                .flag("head", "-I", "--head").flag("verbose", "-v", "--verbose").flag("remote-header-name", "-J",
                        "--remote-header-name").flag("netrc", "-n", "--netrc").flag("get", "-G", "--get")
                .flag("no-buffer", "-N", "--no-buffer").flag("parallel", "-Z", "--parallel")
                .flag("http1.1", "--http1.1").flag("tlsv1", "-1", "--tlsv1").flag("ipv4", "-4", "--ipv4")
                .flag("ipv6", "-6", "--ipv6").flag("remote-time", "-R", "--remote-time")
                .flag("create-dirs", "--create-dirs").flag("compressed", "--compressed")
                .flag("fail-with-body", "--fail-with-body").flag("retry-all-errors", "--retry-all-errors")
                .flag("retry-connrefused", "--retry-connrefused").build();
    }

    static final class Wget {
        static final OptionSpec SPEC = OptionSpec.builder()
                .value("output-document", "-O", "--output-document").value("output-file", "-o", "--output-file")
                .value("append-output", "-a", "--append-output").value("directory-prefix", "-P", "--directory-prefix")
                .value("tries", "-t", "--tries").value("timeout", "-T", "--timeout").value("user-agent", "-U",
                        "--user-agent").value("execute", "-e", "--execute").value("input-file", "-i", "--input-file")
                .value("base", "-B", "--base").value("wait", "-w", "--wait").value("level", "-l", "--level")
                .value("accept", "-A", "--accept").value("reject", "-R", "--reject").value("domains", "-D", "--domains")
                .value("exclude-directories", "-X", "--exclude-directories")
                .value("include-directories", "-I", "--include-directories").value("quota", "-Q", "--quota")
                .value("no-option", "-n")
                .values("--header", "--cut-dirs", "--progress", "--ca-certificate", "--ca-directory", "--certificate",
                        "--private-key", "--user", "--password", "--http-user", "--http-password", "--post-data",
                        "--post-file", "--method", "--body-data", "--body-file", "--limit-rate", "--dns-timeout",
                        "--connect-timeout", "--read-timeout", "--waitretry", "--load-cookies", "--save-cookies",
                        "--referer", "--secure-protocol", "--bind-address", "--restrict-file-names", "--default-page",
                        "--local-encoding", "--remote-encoding", "--config", "--retry-on-http-error", "--backups",
                        "--https-only", "--max-redirect", "--ftp-user", "--ftp-password", "--proxy-user",
                        "--proxy-password", "--output-document")
                .flag("quiet", "-q", "--quiet").flag("verbose", "-v", "--verbose").flag("continue", "-c", "--continue")
                .flag("timestamping", "-N", "--timestamping").flag("recursive", "-r", "--recursive")
                .flag("mirror", "-m", "--mirror").flag("page-requisites", "-p", "--page-requisites")
                .flag("server-response", "-S", "--server-response").flag("spider", "--spider")
                .flag("background", "-b", "--background").flag("debug", "-d", "--debug")
                .flag("force-html", "-F", "--force-html").flag("convert-links", "-k", "--convert-links")
                .flag("no-parent", "--no-parent").flag("no-check-certificate", "--no-check-certificate")
                .flag("no-clobber", "--no-clobber").flag("no-verbose", "--no-verbose")
                .flag("show-progress", "--show-progress").flag("inet4-only", "-4", "--inet4-only")
                .flag("inet6-only", "-6", "--inet6-only").flag("no-directories", "--no-directories")
                .flag("content-disposition", "--content-disposition").build();
    }

    static final class Git {
        static final OptionSpec SPEC;

        static {
            OptionSpec.Builder b = OptionSpec.builder()
                    .value("C", "-C").value("config", "-c", "--config").values("--git-dir", "--work-tree",
                            "--namespace", "--exec-path", "--super-prefix", "--config-env")
                    .flags("--bare", "--no-pager", "--paginate", "--no-replace-objects", "--literal-pathspecs",
                            "--no-optional-locks")
                    .flag("paginate", "-p").flag("no-pager", "-P");
            OptionSpec clone = OptionSpec.builder()
                    .value("branch", "-b", "--branch").value("origin", "-o", "--origin")
                    .value("upload-pack", "-u", "--upload-pack").value("jobs", "-j", "--jobs")
                    .value("config", "-c", "--config")
                    .values("--depth", "--reference", "--reference-if-able", "--separate-git-dir", "--filter",
                            "--shallow-since", "--shallow-exclude", "--template", "--revision", "--server-option",
                            "--bundle-uri", "--ref-format")
                    .optionalValue("recurse-submodules", "--recurse-submodules", "--recursive")
                    .flag("no-checkout", "-n", "--no-checkout").flag("quiet", "-q", "--quiet")
                    .flag("verbose", "-v", "--verbose").flag("local", "-l", "--local").flag("shared", "-s", "--shared")
                    .flags("--single-branch", "--no-single-branch", "--bare", "--mirror", "--no-hardlinks",
                            "--shallow-submodules", "--no-shallow-submodules", "--remote-submodules", "--no-tags",
                            "--progress", "--sparse", "--dissociate", "--also-filter-submodules", "--no-reject-shallow")
                    .build();
            OptionSpec checkout = OptionSpec.builder()
                    .value("branch", "-b").value("force-branch", "-B").value("orphan", "--orphan")
                    .value("create", "-c", "--create").value("force-create", "-C", "--force-create")
                    .values("--conflict", "--pathspec-from-file", "--track")
                    .flag("quiet", "-q", "--quiet").flag("force", "-f", "--force").flag("merge", "-m", "--merge")
                    .flag("detach", "-d", "--detach").flag("track", "-t").flag("patch", "-p", "--patch")
                    .flags("--hard", "--soft", "--mixed", "--keep", "--merge", "--no-track", "--ignore-other-worktrees",
                            "--recurse-submodules", "--no-recurse-submodules", "--progress", "--no-progress",
                            "--guess", "--no-guess", "--discard-changes", "--overwrite-ignore", "--ours", "--theirs")
                    .build();
            OptionSpec other = OptionSpec.builder().build();
            SPEC = b.subcommand("clone", clone).subcommands(checkout, "checkout", "switch", "reset")
                    .subcommands(other, "fetch", "pull", "submodule", "config", "init", "remote", "add", "commit",
                            "apply", "am", "log", "rev-parse", "describe", "tag", "branch", "status", "diff", "show",
                            "lfs", "sparse-checkout", "worktree", "archive", "gc", "clean", "push", "merge", "rebase",
                            "cherry-pick", "ls-remote", "restore", "stash", "rm", "mv")
                    .build();
        }
    }

    static final class Docker {
        static final OptionSpec SPEC;

        static {
            OptionSpec build = OptionSpec.builder()
                    .value("tag", "-t", "--tag").value("file", "-f", "--file").value("output", "-o", "--output")
                    .value("build-arg", "--build-arg").value("cache-from", "--cache-from").value("cache-to", "--cache-to")
                    .values("--target", "--platform", "--secret", "--ssh", "--label", "--network", "--progress",
                            "--builder", "--iidfile", "--metadata-file", "--add-host", "--shm-size", "--ulimit",
                            "--build-context", "--attest", "--annotation", "--allow", "--cgroup-parent", "--isolation",
                            "--memory", "--memory-swap", "--cpu-shares", "--cpu-period", "--cpu-quota", "--cpuset-cpus",
                            "--cpuset-mems", "--call", "--security-opt", "--format", "--layers", "--jobs", "--volume",
                            "--authfile", "--creds", "--arch", "--os", "--variant", "--runtime", "--userns",
                            "--sign-by", "--timestamp", "--manifest", "--env", "--unsetenv", "--label", "--from",
                            "--logfile", "--retry", "--retry-delay", "--cache-ttl", "--build-arg-file",
                            "--ignorefile", "--signature-policy", "--tls-verify", "--cert-dir", "--device")
                    .optionalValue("sbom", "--sbom").optionalValue("provenance", "--provenance")
                    .value("volume", "-v").value("memory", "-m").value("cpu-shares", "-c")
                    .flag("quiet", "-q", "--quiet").flag("pull", "--pull").flag("push", "--push").flag("load", "--load")
                    .flags("--no-cache", "--rm", "--force-rm", "--squash", "--compress", "--check", "--no-cache-filter",
                            "--disable-content-trust", "--omit-history", "--squash-all", "--identity-label",
                            "--skip-unused-stages", "--stdin", "--debug")
                    .build();
            OptionSpec sub = OptionSpec.builder().subcommand("build", build, "b").build();
            OptionSpec.Builder root = OptionSpec.builder()
                    .value("host", "-H", "--host").value("log-level", "-l", "--log-level").value("context", "-c",
                            "--context").values("--config", "--tlscacert", "--tlscert", "--tlskey", "--root",
                            "--runroot", "--storage-driver", "--storage-opt", "--connection", "--url", "--identity",
                            "--remote", "--cgroup-manager", "--events-backend", "--registries-conf", "--userns-uid-map",
                            "--userns-gid-map")
                    .flags("--tls", "--tlsverify", "--debug", "-D");
            SPEC = root.subcommand("build", build).subcommand("bud", build).subcommand("buildx", sub)
                    .subcommand("image", sub).subcommand("builder", sub).build();
        }
    }

    static final class Shell {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true)
                .value("option", "-o").value("shopt", "-O").values("--rcfile", "--init-file")
                .flags("-c", "-e", "-u", "-x", "-l", "-i", "-s", "-v", "-n", "-a", "-f", "-h", "-m", "-p", "-r", "-t",
                        "-B", "-C", "-E", "-H", "-P", "-T", "--login", "--noprofile", "--norc", "--posix", "--noediting",
                        "--restricted", "--verbose", "--debugger", "--dump-strings", "--help", "--version")
                .build();
    }

    static final class Rm {
        static final OptionSpec SPEC = OptionSpec.builder().flag("recursive", "-r", "-R", "--recursive")
                .flag("force", "-f", "--force").flag("dir", "-d", "--dir").flag("verbose", "-v", "--verbose")
                .flag("interactive", "-i", "-I").optionalValue("interactive", "--interactive")
                .flags("--one-file-system", "--no-preserve-root", "--preserve-root").build();
    }

    static final class Cd {
        static final OptionSpec SPEC = OptionSpec.builder().stopAtFirstPositional(true).flags("-L", "-P", "-e", "-@")
                .flag("n", "-n").build();
    }
}
