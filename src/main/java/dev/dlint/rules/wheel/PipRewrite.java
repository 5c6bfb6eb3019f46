package dev.dlint.rules.wheel;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.model.commands.ParsedArgs;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code pip install} split into the {@code pip wheel} that builds its wheels and the offline
 * {@code pip install} that installs them, with the same pip invocation ({@code pip3},
 * {@code python -m pip}, {@code /opt/venv/bin/pip}, prefix assignments and wrappers as written).
 * Index options go to {@code pip wheel}, options that say where or how to install stay on the
 * install, the rest go to both. {@code uv pip} has no {@code wheel} command and is not rewritten.
 *
 * @param wheel   {@code <invocation> wheel --wheel-dir=DIR <options> <requirements>}
 * @param install {@code <invocation> install --no-index --find-links=DIR <options> <requirements>}
 */
record PipRewrite(String wheel, String install) {
    static final String WHEEL_DIR = "/wheels";

    /** Options only {@code pip wheel} needs: where packages come from. */
    private static final Set<String> INDEX = Set.of("index-url", "extra-index-url", "trusted-host", "cert",
            "client-cert", "proxy", "retries", "timeout", "keyring-provider", "resume-retries", "cache-dir");
    /** Options of the install only ({@code pip wheel} rejects them or they mean nothing there). */
    private static final Set<String> INSTALL_ONLY = Set.of("user", "prefix", "target", "root", "upgrade",
            "upgrade-strategy", "force-reinstall", "ignore-installed", "no-warn-script-location", "no-warn-conflicts",
            "break-system-packages", "compile", "no-compile", "root-user-action", "exists-action", "require-virtualenv");
    /** Options both commands take with the same meaning. */
    private static final Set<String> BOTH = Set.of("requirement", "constraint", "pre", "no-deps", "quiet", "verbose",
            "no-binary", "only-binary", "prefer-binary", "no-build-isolation", "use-pep517", "no-use-pep517",
            "config-settings", "global-option", "build-option", "disable-pip-version-check", "no-color",
            "progress-bar", "isolated", "log", "log-file", "src", "ignore-requires-python", "use-feature",
            "use-deprecated", "no-input", "no-python-version-warning", "check-build-dependencies", "no-clean", "debug");
    /** Dropped: the cache mount the rewrite puts on the RUN replaces them. */
    private static final Set<String> DROPPED = Set.of("no-cache-dir");

    /**
     * The rewrite of a pip install, or empty when it is not one dlint can split without changing what
     * is installed: {@code uv pip}, editables, paths/URLs/VCS on the command line, a wheelhouse already,
     * an unknown or unclassified option, combined short flags, redirects, words dlint cannot place.
     */
    static Optional<PipRewrite> of(SourceFile source, CommandFact.PackageInstall pip) {
        if (pip.manager() != Manager.PIP || !pip.action().equals("install") || pip.actionWord() == null
                || !pip.editables().isEmpty() || pip.requireHashes() || pip.args().endOfOptions() != null
                || !pip.command().redirects().isEmpty() || pip.requirementFiles().isEmpty()
                || Wheelhouses.usesWheelhouse(pip)
                || pip.packages().stream().anyMatch(a -> a.kind() != PackageArg.Kind.NAME)) {
            return Optional.empty();
        }
        int after = pip.actionWord().span().end();
        String text = source.text();
        String invocation = text.substring(pip.command().span().start(), pip.actionWord().span().start());
        if (invocation.contains("\n") || invocation.contains("\r")) {
            return Optional.empty();
        }
        List<String> wheel = new ArrayList<>();
        List<String> install = new ArrayList<>();
        Set<Word> placed = new HashSet<>();
        Set<Integer> flagWords = new HashSet<>();
        for (ParsedArgs.Option o : pip.args().options()) {
            if (o.flag().span().start() < after) {
                continue; // before the action: part of the invocation, written once for both
            }
            if (!o.known() || !flagWords.add(o.flag().span().start())) {
                return Optional.empty(); // unknown option, or a flag word holding several options (-qU)
            }
            String written = o.value() == null || o.value() == o.flag() || o.flag().span().contains(o.value().span())
                    ? o.flag().text() : o.flag().text() + " " + o.value().text();
            placed.add(o.flag());
            if (o.value() != null) {
                placed.add(o.value());
            }
            if (DROPPED.contains(o.name())) {
                continue;
            }
            if (BOTH.contains(o.name())) {
                wheel.add(written);
                install.add(written);
            } else if (INDEX.contains(o.name())) {
                wheel.add(written);
            } else if (INSTALL_ONLY.contains(o.name())) {
                install.add(written);
            } else {
                return Optional.empty();
            }
        }
        for (Word w : pip.args().positionals()) {
            if (w.span().start() < after) {
                continue;
            }
            wheel.add(w.text());
            install.add(w.text());
            placed.add(w);
        }
        for (Word w : pip.command().words()) {
            if (w.span().start() >= after && !placed.contains(w)) {
                return Optional.empty();
            }
        }
        if (wheel.stream().anyMatch(PipRewrite::multiLine) || install.stream().anyMatch(PipRewrite::multiLine)) {
            return Optional.empty();
        }
        String w = invocation + "wheel --wheel-dir=" + WHEEL_DIR + join(wheel);
        String i = invocation + "install --no-index --find-links=" + WHEEL_DIR + join(install);
        return Optional.of(new PipRewrite(w, i));
    }

    private static boolean multiLine(String s) {
        return s.contains("\n") || s.contains("\r");
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }
}
