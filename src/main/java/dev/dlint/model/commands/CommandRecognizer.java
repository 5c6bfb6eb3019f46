package dev.dlint.model.commands;

import dev.dlint.model.commands.CommandFact.CacheClean;
import dev.dlint.model.commands.CommandFact.ChangeDir;
import dev.dlint.model.commands.CommandFact.DockerBuild;
import dev.dlint.model.commands.CommandFact.Download;
import dev.dlint.model.commands.CommandFact.Export;
import dev.dlint.model.commands.CommandFact.GitCheckout;
import dev.dlint.model.commands.CommandFact.GitClone;
import dev.dlint.model.commands.CommandFact.Other;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.CommandFact.Remove;
import dev.dlint.model.commands.CommandFact.ScriptRun;
import dev.dlint.model.commands.CommandFact.SetOptions;
import dev.dlint.model.commands.CommandFact.VenvActivate;
import dev.dlint.model.commands.CommandFact.VenvCreate;
import dev.dlint.syntax.shell.Assignment;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.Script;
import dev.dlint.syntax.shell.SimpleCommand;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recognizes what simple commands do. Wrappers ({@code sudo}, {@code env}, {@code exec}, {@code time},
 * {@code nohup}, {@code command}, {@code nice}, {@code timeout}, {@code gosu}/{@code su-exec}) are seen
 * through; tools are matched on the basename of their name ({@code /opt/venv/bin/pip} is pip). Every
 * simple command yields exactly one fact. Stateless and thread-safe.
 */
public final class CommandRecognizer {

    private static final Pattern PYTHON = Pattern.compile("(python|pypy)(\\d+(\\.\\d+)*)?[mw]?");
    private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)*)?");
    private static final Pattern NAME_EQ = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private CommandRecognizer() {
    }

    /** Where {@code words} holds this very word; -1 if not (identity: Word equality compares every part). */
    private static int indexOfSame(List<Word> words, Word word) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k) == word) {
                return k;
            }
        }
        return -1;
    }

    /** One fact per simple command of the script (nested ones included), in source order. */
    public static List<CommandFact> recognizeAll(Script script) {
        List<CommandFact> out = new ArrayList<>();
        for (CommandSite site : script.simpleCommands()) {
            out.addAll(recognize(site));
        }
        return out;
    }

    /** The fact for one simple command: a list holding exactly one fact. */
    public static List<CommandFact> recognize(CommandSite site) {
        return List.of(recognizeOne(site));
    }

    /** The fact for one simple command. */
    public static CommandFact recognizeOne(CommandSite site) {
        try {
            return dispatch(unwrap(site));
        } catch (RuntimeException e) {
            // a recognizer bug must not stop linting: the command is then opaque
            return new Other(unwrapQuietly(site));
        }
    }

    /** Like {@link #recognizeOne} but lets a recognizer bug through (for tests). */
    static CommandFact recognizeStrict(CommandSite site) {
        return dispatch(unwrap(site));
    }

    private static Invocation unwrapQuietly(CommandSite site) {
        try {
            return unwrap(site);
        } catch (RuntimeException e) {
            return new Invocation(site, site.command(), Map.of(), List.of(), site.command().words());
        }
    }

    // ---------------------------------------------------------------- wrappers

    static Invocation unwrap(CommandSite site) {
        SimpleCommand cmd = site.command();
        Map<String, Optional<String>> env = new LinkedHashMap<>();
        for (Assignment a : cmd.assignments()) {
            if (!a.array()) {
                env.put(a.name(), a.value().flatMap(Word::literal));
            }
        }
        List<Word> words = cmd.words();
        List<Word> wrappers = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String name = Words.basename(words.get(i));
            OptionSpec spec = switch (name) {
                case "sudo", "doas" -> ToolSpecs.Sudo.SPEC;
                case "env" -> ToolSpecs.Env.SPEC;
                case "exec" -> ToolSpecs.Exec.SPEC;
                case "time" -> ToolSpecs.Time.SPEC;
                case "command" -> ToolSpecs.Command.SPEC;
                case "nice" -> ToolSpecs.Nice.SPEC;
                case "timeout" -> ToolSpecs.Timeout.SPEC;
                case "nohup", "builtin", "gosu", "su-exec", "chroot", "eatmydata", "stdbuf", "unbuffer" -> null;
                default -> null; // not a wrapper: the loop stops below
            };
            boolean wrapper = switch (name) {
                case "sudo", "doas", "env", "exec", "time", "command", "nice", "timeout", "nohup", "builtin", "gosu",
                     "su-exec", "chroot", "eatmydata" -> true;
                default -> false;
            };
            if (!wrapper) {
                break;
            }
            List<Word> rest = words.subList(i + 1, words.size());
            int skip;
            if (spec == null || name.equals("gosu") || name.equals("su-exec") || name.equals("chroot")) {
                skip = switch (name) {
                    case "gosu", "su-exec", "chroot" -> 1; // the user or the new root
                    default -> 0;
                };
            } else {
                ParsedArgs p = spec.parse(rest);
                if (name.equals("command") && (p.has("v") || p.has("V"))) {
                    break; // a lookup, not a run
                }
                skip = p.positionals().isEmpty() ? rest.size() : rest.indexOf(p.positionals().get(0));
            }
            int next = i + 1 + skip;
            if (name.equals("env")) {
                while (next < words.size() && words.get(next).literal().map(s -> NAME_EQ.matcher(s).matches())
                        .orElse(NAME_EQ.matcher(Words.leadingLiteral(words.get(next))).matches())) {
                    Word w = words.get(next);
                    String lead = Words.leadingLiteral(w);
                    String n = lead.substring(0, lead.indexOf('='));
                    env.put(n, w.literal().map(s -> s.substring(s.indexOf('=') + 1)));
                    next++;
                }
            }
            if (name.equals("timeout") && next < words.size()) {
                next++; // the duration
            }
            if (next >= words.size()) {
                break; // nothing wrapped: the wrapper itself is the command
            }
            wrappers.addAll(words.subList(i, next));
            i = next;
        }
        return new Invocation(site, cmd, env, wrappers, words.subList(i, words.size()));
    }

    // ---------------------------------------------------------------- dispatch

    private static CommandFact dispatch(Invocation inv) {
        if (inv.argv().isEmpty()) {
            return new Other(inv);
        }
        String prog = inv.program();
        List<Word> args = inv.args();
        if (PIP.matcher(prog).matches()) {
            return pip(inv, args, Manager.PIP);
        }
        if (PYTHON.matcher(prog).matches()) {
            return python(inv, prog, args);
        }
        switch (prog) {
            case "uv": return uv(inv, args);
            case "virtualenv": return virtualenv(inv, args);
            case "pipx": return pipx(inv, args);
            case "poetry": return poetry(inv, args);
            case "pipenv": return pipenv(inv, args);
            case "conda": return conda(inv, args, Manager.CONDA);
            case "mamba": return conda(inv, args, Manager.MAMBA);
            case "micromamba": return conda(inv, args, Manager.MICROMAMBA);
            case "apt", "apt-get": return apt(inv, args);
            case "apk": return apk(inv, args);
            case "dnf": return dnf(inv, args, Manager.DNF);
            case "yum": return dnf(inv, args, Manager.YUM);
            case "microdnf": return dnf(inv, args, Manager.MICRODNF);
            case "npm": return npm(inv, args);
            case "yarn": return yarn(inv, args);
            case "pnpm": return pnpm(inv, args);
            case "go": return go(inv, args);
            case "cargo": return cargo(inv, args);
            case "mvn", "mvnw": return goals(inv, args, Manager.MAVEN, ToolSpecs.Maven.SPEC);
            case "gradle", "gradlew": return goals(inv, args, Manager.GRADLE, ToolSpecs.Gradle.SPEC);
            case "gem": return gem(inv, args);
            case "bundle", "bundler": return bundle(inv, args);
            case "composer", "composer.phar": return composer(inv, args);
            case "curl", "wget": return download(inv, prog, args);
            case "git": return git(inv, args);
            case "docker", "podman", "buildah", "nerdctl": return docker(inv, prog, args);
            case "set": return set(inv, args);
            case "cd", "pushd": return cd(inv, args);
            case "rm": return rm(inv, args);
            case "export": return export(inv, args);
            case "source", ".": return source(inv, args);
            case "bash", "sh", "zsh", "ksh", "dash", "ash", "mksh": return shell(inv, prog, args);
            case "node", "perl", "ruby": return interpreter(inv, prog, args);
            default: break;
        }
        // "$PYTHON" -m pip …
        if (args.size() >= 2 && "-m".equals(Words.text(args.get(0))) && args.get(1).literal().isPresent()) {
            String module = args.get(1).literal().get();
            if (module.equals("pip") || module.equals("venv") || module.equals("virtualenv")) {
                return python(inv, "python", args);
            }
        }
        String name = Words.text(inv.argv().get(0));
        if (name.contains("/") && !isSystemPath(name)) {
            return new ScriptRun(inv, "direct", inv.argv().get(0), args, null, null);
        }
        return new Other(inv);
    }

    private static boolean isSystemPath(String name) {
        return name.startsWith("/usr/") || name.startsWith("/bin/") || name.startsWith("/sbin/")
                || name.startsWith("/lib");
    }

    private static PackageInstall install(Invocation inv, Manager m, String action, Word actionWord,
                                          List<PackageArg> pkgs, ParsedArgs p) {
        return new PackageInstall(inv, m, action, actionWord, pkgs, List.of(), List.of(), List.of(), p);
    }

    private static List<PackageArg> packages(List<Word> words, Function<Word, PackageArg> f) {
        List<PackageArg> out = new ArrayList<>();
        for (Word w : words) {
            out.add(f.apply(w));
        }
        return out;
    }

    private static Word sub(ParsedArgs p, int i) {
        return i >= 0 && p.subcommands().size() > i ? p.subcommands().get(i) : null;
    }

    private static String subText(ParsedArgs p, int i) {
        Word w = sub(p, i);
        return w == null ? "" : Words.text(w);
    }

    // ---------------------------------------------------------------- python

    private static CommandFact python(Invocation inv, String prog, List<Word> args) {
        ParsedArgs p = ToolSpecs.Python.SPEC.parse(args);
        Optional<ParsedArgs.Option> m = p.option("module");
        if (m.isPresent() && m.get().value() != null) {
            Word moduleWord = m.get().value();
            int idx = indexOfSame(args, moduleWord);
            List<Word> rest = idx >= 0 ? args.subList(idx + 1, args.size()) : List.of();
            String module = moduleWord.literal().orElse("");
            switch (module) {
                case "pip": return pip(inv, rest, Manager.PIP);
                case "venv": return venv(inv, "venv", ToolSpecs.Venv.SPEC.parse(rest));
                case "virtualenv": return virtualenv(inv, rest);
                case "pipx": return pipx(inv, rest);
                case "uv": return uv(inv, rest);
                case "poetry": return poetry(inv, rest);
                case "pipenv": return pipenv(inv, rest);
                default: return new Other(inv);
            }
        }
        if (p.has("command") || p.positionals().isEmpty()) {
            return p.has("command") ? new Other(inv) : new ScriptRun(inv, "python", null, List.of(), null, null);
        }
        Word script = p.positionals().get(0);
        int idx = indexOfSame(args, script);
        String text = Words.text(script);
        if (text.equals("-")) {
            return new ScriptRun(inv, "python", null, args.subList(idx + 1, args.size()), null, null);
        }
        return new ScriptRun(inv, "python", script, args.subList(idx + 1, args.size()), null, null);
    }

    private static CommandFact pip(Invocation inv, List<Word> args, Manager manager) {
        ParsedArgs p = ToolSpecs.Pip.SPEC.parse(args);
        String action = subText(p, 0);
        switch (action) {
            case "install", "download", "wheel", "uninstall" -> {
                List<PackageArg> pkgs = packages(p.positionals(), PackageSyntax.PIP);
                return new PackageInstall(inv, manager, action, sub(p, 0), pkgs, p.values("requirement"),
                        p.values("constraint"), p.values("editable"), p);
            }
            case "cache" -> {
                String what = subText(p, 1);
                return what.equals("purge") || what.equals("remove") ? new CacheClean(inv, manager, "cache " + what)
                        : new Other(inv);
            }
            default -> {
                return new Other(inv);
            }
        }
    }

    private static CommandFact uv(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Uv.SPEC.parse(args);
        String first = subText(p, 0);
        String second = subText(p, 1);
        switch (first) {
            case "pip":
                if (second.equals("install") || second.equals("sync") || second.equals("uninstall")) {
                    // uv pip sync takes requirement files as positionals
                    List<Word> reqs = new ArrayList<>(p.values("requirement"));
                    List<PackageArg> pkgs = List.of();
                    if (second.equals("sync")) {
                        reqs.addAll(p.positionals());
                    } else {
                        pkgs = packages(p.positionals(), PackageSyntax.PIP);
                    }
                    return new PackageInstall(inv, Manager.UV, "pip " + second, sub(p, 1), pkgs, reqs,
                            p.values("constraint"), p.values("editable"), p);
                }
                return new Other(inv);
            case "sync":
                return new PackageInstall(inv, Manager.UV, "sync", sub(p, 0), List.of(), List.of(), List.of(),
                        List.of(), p);
            case "add", "remove":
                return new PackageInstall(inv, Manager.UV, first, sub(p, 0), packages(p.positionals(),
                        PackageSyntax.PIP), p.values("requirement"), List.of(), List.of(), p);
            case "tool":
                if (second.equals("install")) {
                    return install(inv, Manager.UV, "tool install", sub(p, 1),
                            packages(p.positionals(), PackageSyntax.PIP), p);
                }
                return new Other(inv);
            case "venv":
                return venv(inv, "uv", p);
            case "cache":
                return second.equals("clean") || second.equals("prune") ? new CacheClean(inv, Manager.UV,
                        "cache " + second) : new Other(inv);
            default:
                return new Other(inv);
        }
    }

    private static CommandFact venv(Invocation inv, String tool, ParsedArgs p) {
        Word path = p.positionals().isEmpty() ? null : p.positionals().get(0);
        if (path == null && !tool.equals("uv")) {
            return new Other(inv);
        }
        return new VenvCreate(inv, tool, path, List.of(), p);
    }

    private static CommandFact virtualenv(Invocation inv, List<Word> args) {
        return venv(inv, "virtualenv", ToolSpecs.Virtualenv.SPEC.parse(args));
    }

    private static CommandFact pipx(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Pipx.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        String action = Words.text(p.positionals().get(0));
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "upgrade", "uninstall" -> install(inv, Manager.PIPX, action, p.positionals().get(0),
                    packages(rest, PackageSyntax.PIP), p);
            case "inject" -> install(inv, Manager.PIPX, action, p.positionals().get(0),
                    packages(rest.isEmpty() ? rest : rest.subList(1, rest.size()), PackageSyntax.PIP), p);
            default -> new Other(inv);
        };
    }

    private static CommandFact poetry(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Poetry.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        String action = Words.text(p.positionals().get(0));
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "sync", "update" -> install(inv, Manager.POETRY, action, p.positionals().get(0),
                    packages(rest, PackageSyntax.POETRY), p);
            case "add", "remove" -> install(inv, Manager.POETRY, action, p.positionals().get(0),
                    packages(rest, PackageSyntax.POETRY), p);
            default -> new Other(inv);
        };
    }

    private static CommandFact pipenv(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Pipenv.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        String action = Words.text(p.positionals().get(0));
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "sync", "update", "uninstall" -> new PackageInstall(inv, Manager.PIPENV, action,
                    p.positionals().get(0), packages(rest, PackageSyntax.PIP), p.values("requirement"), List.of(),
                    List.of(), p);
            default -> new Other(inv);
        };
    }

    private static CommandFact conda(Invocation inv, List<Word> args, Manager m) {
        ParsedArgs p = ToolSpecs.Conda.SPEC.parse(args);
        String first = subText(p, 0);
        String tool = m.name().toLowerCase(java.util.Locale.ROOT);
        switch (first) {
            case "install", "update", "upgrade", "remove", "uninstall" -> {
                return new PackageInstall(inv, m, first, sub(p, 0), packages(p.positionals(), PackageSyntax.CONDA),
                        p.values("file"), List.of(), List.of(), p);
            }
            case "create" -> {
                List<PackageArg> pkgs = packages(p.positionals(), PackageSyntax.CONDA);
                Optional<Word> prefix = p.value("prefix");
                if (prefix.isPresent()) {
                    return new VenvCreate(inv, tool, prefix.get(), pkgs, p);
                }
                return new PackageInstall(inv, m, "create", sub(p, 0), pkgs, p.values("file"), List.of(), List.of(),
                        p);
            }
            case "env" -> {
                String second = subText(p, 1);
                if (second.equals("create") || second.equals("update")) {
                    Optional<Word> prefix = p.value("prefix");
                    if (prefix.isPresent() && second.equals("create")) {
                        return new VenvCreate(inv, tool, prefix.get(), List.of(), p);
                    }
                    return new PackageInstall(inv, m, "env " + second, sub(p, 1), List.of(), p.values("file"),
                            List.of(), List.of(), p);
                }
                return new Other(inv);
            }
            case "clean" -> {
                return new CacheClean(inv, m, "clean");
            }
            default -> {
                return new Other(inv);
            }
        }
    }

    // ---------------------------------------------------------------- OS packages

    private static CommandFact apt(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Apt.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "clean", "autoclean" -> new CacheClean(inv, Manager.APT, action);
            case "install", "update", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove",
                 "build-dep", "reinstall", "download", "source", "satisfy" ->
                    install(inv, Manager.APT, action, actionWord, packages(rest, PackageSyntax.APT), p);
            default -> new Other(inv);
        };
    }

    private static CommandFact apk(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Apk.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "add", "del", "update", "upgrade", "fix" ->
                    install(inv, Manager.APK, action, actionWord, packages(rest, PackageSyntax.APK), p);
            case "cache" -> !rest.isEmpty() && Words.text(rest.get(0)).matches("clean|purge")
                    ? new CacheClean(inv, Manager.APK, "cache " + Words.text(rest.get(0))) : new Other(inv);
            default -> new Other(inv);
        };
    }

    private static CommandFact dnf(Invocation inv, List<Word> args, Manager m) {
        ParsedArgs p = ToolSpecs.Dnf.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "clean" -> new CacheClean(inv, m, "clean");
            case "install", "reinstall", "remove", "erase", "update", "upgrade", "downgrade", "groupinstall",
                 "localinstall", "makecache", "builddep", "autoremove", "distro-sync" ->
                    install(inv, m, action, actionWord, packages(rest, PackageSyntax.RPM), p);
            case "group", "module" -> rest.isEmpty() ? new Other(inv) : install(inv, m, action + " "
                    + Words.text(rest.get(0)), actionWord, packages(rest.subList(1, rest.size()), PackageSyntax.RPM), p);
            default -> new Other(inv);
        };
    }

    // ---------------------------------------------------------------- JavaScript

    private static CommandFact npm(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Npm.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall",
                 "add" -> install(inv, Manager.NPM, "install", actionWord, packages(rest, PackageSyntax.NPM), p);
            case "ci", "clean-install", "install-clean", "ic" ->
                    install(inv, Manager.NPM, "ci", actionWord, packages(rest, PackageSyntax.NPM), p);
            case "uninstall", "remove", "rm", "un", "unlink", "r" ->
                    install(inv, Manager.NPM, "remove", actionWord, packages(rest, PackageSyntax.NPM), p);
            case "update", "up", "upgrade", "udpate" ->
                    install(inv, Manager.NPM, "update", actionWord, packages(rest, PackageSyntax.NPM), p);
            case "cache" -> !rest.isEmpty() && Words.text(rest.get(0)).matches("clean|clear|rm")
                    ? new CacheClean(inv, Manager.NPM, "cache clean") : new Other(inv);
            default -> new Other(inv);
        };
    }

    private static CommandFact yarn(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Yarn.SPEC.parse(args);
        List<Word> pos = p.positionals();
        if (pos.isEmpty()) {
            return install(inv, Manager.YARN, "install", null, List.of(), p);
        }
        int at = 0;
        String action = Words.text(pos.get(0));
        if (action.equals("global") && pos.size() > 1) {
            at = 1;
            action = Words.text(pos.get(1));
        }
        Word actionWord = pos.get(at);
        List<Word> rest = pos.subList(at + 1, pos.size());
        return switch (action) {
            case "install" -> install(inv, Manager.YARN, "install", actionWord, packages(rest, PackageSyntax.NPM), p);
            case "add", "remove", "upgrade", "up" -> install(inv, Manager.YARN, action, actionWord,
                    packages(rest, PackageSyntax.NPM), p);
            case "workspaces" -> rest.isEmpty() || !Words.text(rest.get(0)).equals("focus") ? new Other(inv)
                    : install(inv, Manager.YARN, "install", actionWord, List.of(), p);
            case "cache" -> !rest.isEmpty() && Words.text(rest.get(0)).equals("clean")
                    ? new CacheClean(inv, Manager.YARN, "cache clean") : new Other(inv);
            default -> new Other(inv);
        };
    }

    private static CommandFact pnpm(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Pnpm.SPEC.parse(args);
        List<Word> pos = p.positionals();
        if (pos.isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = pos.get(0);
        String action = Words.text(actionWord);
        List<Word> rest = pos.subList(1, pos.size());
        return switch (action) {
            case "install", "i" -> install(inv, Manager.PNPM, "install", actionWord, packages(rest, PackageSyntax.NPM),
                    p);
            case "add", "remove", "rm", "update", "up", "fetch" -> install(inv, Manager.PNPM, action, actionWord,
                    packages(rest, PackageSyntax.NPM), p);
            case "store" -> !rest.isEmpty() && Words.text(rest.get(0)).equals("prune")
                    ? new CacheClean(inv, Manager.PNPM, "store prune") : new Other(inv);
            default -> new Other(inv);
        };
    }

    // ---------------------------------------------------------------- compiled languages

    private static CommandFact go(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Go.SPEC.parse(args);
        String first = subText(p, 0);
        switch (first) {
            case "build", "install", "get" -> {
                return install(inv, Manager.GO, first, sub(p, 0), packages(p.positionals(), PackageSyntax.AT), p);
            }
            case "mod" -> {
                String second = subText(p, 1);
                if (second.equals("download") || second.equals("tidy") || second.equals("vendor")) {
                    return install(inv, Manager.GO, "mod " + second, sub(p, 1),
                            packages(p.positionals(), PackageSyntax.AT), p);
                }
                return new Other(inv);
            }
            case "clean" -> {
                return p.has("modcache") || p.has("cache") ? new CacheClean(inv, Manager.GO, "clean")
                        : new Other(inv);
            }
            default -> {
                return new Other(inv);
            }
        }
    }

    private static CommandFact cargo(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Cargo.SPEC.parse(args);
        List<Word> pos = p.positionals();
        if (pos.isEmpty() || Words.text(pos.get(0)).startsWith("+")) {
            pos = pos.isEmpty() ? pos : pos.subList(1, pos.size());
            if (pos.isEmpty()) {
                return new Other(inv);
            }
        }
        Word actionWord = pos.get(0);
        String action = Words.text(actionWord);
        List<Word> rest = pos.subList(1, pos.size());
        Optional<Word> version = p.value("version");
        return switch (action) {
            case "build", "b", "fetch", "vendor" -> install(inv, Manager.CARGO, action.equals("b") ? "build" : action,
                    actionWord, List.of(), p);
            case "install" -> {
                List<PackageArg> pkgs = new ArrayList<>();
                for (Word w : rest) {
                    PackageArg a = PackageArgs.at(w);
                    if (a.versionSpec().isEmpty() && version.isPresent()) {
                        a = new PackageArg(w, a.name(), "@" + Words.text(version.get()), w.span(), a.kind(), "");
                    }
                    pkgs.add(a);
                }
                yield install(inv, Manager.CARGO, "install", actionWord, pkgs, p);
            }
            default -> new Other(inv);
        };
    }

    private static CommandFact goals(Invocation inv, List<Word> args, Manager m, OptionSpec spec) {
        ParsedArgs p = spec.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        List<String> goals = new ArrayList<>();
        for (Word w : p.positionals()) {
            goals.add(Words.text(w));
        }
        return install(inv, m, String.join(" ", goals), p.positionals().get(0), List.of(), p);
    }

    private static CommandFact gem(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Gem.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        Word version = p.value("version").orElse(null);
        return switch (action) {
            case "install", "i", "update", "uninstall" -> install(inv, Manager.GEM, action.equals("i") ? "install"
                    : action, actionWord, packages(rest, w -> PackageArgs.gem(w, version)), p);
            default -> new Other(inv);
        };
    }

    private static CommandFact bundle(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Bundle.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return install(inv, Manager.BUNDLE, "install", null, List.of(), p);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "update", "add", "lock" -> install(inv, Manager.BUNDLE, action, actionWord,
                    packages(rest, w -> PackageArgs.gem(w, null)), p);
            case "clean" -> new CacheClean(inv, Manager.BUNDLE, "clean");
            default -> new Other(inv);
        };
    }

    private static CommandFact composer(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Composer.SPEC.parse(args);
        if (p.positionals().isEmpty()) {
            return new Other(inv);
        }
        Word actionWord = p.positionals().get(0);
        String action = Words.text(actionWord);
        List<Word> rest = p.positionals().subList(1, p.positionals().size());
        return switch (action) {
            case "install", "i", "update", "u", "upgrade", "require", "r", "remove", "rm" ->
                    install(inv, Manager.COMPOSER, action, actionWord, packages(rest, PackageSyntax.COMPOSER), p);
            case "clear-cache", "clearcache", "cc" -> new CacheClean(inv, Manager.COMPOSER, "clear-cache");
            default -> new Other(inv);
        };
    }

    // ---------------------------------------------------------------- downloads, git, docker

    private static CommandFact download(Invocation inv, String tool, List<Word> args) {
        boolean curl = tool.equals("curl");
        ParsedArgs p = (curl ? ToolSpecs.Curl.SPEC : ToolSpecs.Wget.SPEC).parse(args);
        List<Word> urls = new ArrayList<>(p.values("url"));
        urls.addAll(p.positionals());
        Word out = p.value(curl ? "output" : "output-document").orElse(null);
        if (out != null && "-".equals(Words.text(out))) {
            out = null;
        }
        if (out == null && curl && p.has("remote-name") && !urls.isEmpty()) {
            out = null; // the file is named after the URL
        }
        CommandFact piped = null;
        CommandSite site = inv.site();
        if (site.pipeAfter().isPresent()
                && site.pipeline().commands().get(site.pipelineIndex() + 1) instanceof SimpleCommand next) {
            CommandSite downstream = new CommandSite(next, site.pipeline(), site.pipelineIndex() + 1, site.andOr(),
                    site.andOrIndex(), site.list(), site.statementIndex(), site.ordinal() + 1, site.enclosing(),
                    site.substitutionDepth());
            piped = recognizeOne(downstream);
        }
        return new Download(inv, tool, urls, out, piped, p);
    }

    private static CommandFact git(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Git.SPEC.parse(args);
        String first = subText(p, 0);
        List<Word> pos = p.positionals();
        switch (first) {
            case "clone" -> {
                if (pos.isEmpty()) {
                    return new Other(inv);
                }
                Word ref = p.value("branch").or(() -> p.value("revision")).orElse(null);
                return new GitClone(inv, pos.get(0), ref, pos.size() > 1 ? pos.get(1) : null, p);
            }
            case "checkout", "switch" -> {
                if (pos.isEmpty()) {
                    return new Other(inv);
                }
                return new GitCheckout(inv, first, pos.get(0), p);
            }
            case "reset" -> {
                if (pos.isEmpty() || !p.has("hard")) {
                    return new Other(inv);
                }
                return new GitCheckout(inv, "reset", pos.get(0), p);
            }
            default -> {
                return new Other(inv);
            }
        }
    }

    private static CommandFact docker(Invocation inv, String tool, List<Word> args) {
        ParsedArgs p = ToolSpecs.Docker.SPEC.parse(args);
        String first = subText(p, 0);
        String last = subText(p, p.subcommands().size() - 1);
        boolean build = tool.equals("buildah") ? (first.equals("bud") || first.equals("build"))
                : !first.equals("bud") && (last.equals("build") || last.equals("b")) && (first.equals("build")
                || p.subcommands().size() == 2);
        if (!build) {
            return new Other(inv);
        }
        Word context = p.positionals().isEmpty() ? null : p.positionals().get(p.positionals().size() - 1);
        return new DockerBuild(inv, tool, p.has("cache-from"), p.has("cache-to"), context, p);
    }

    // ---------------------------------------------------------------- shell builtins

    private static CommandFact set(Invocation inv, List<Word> args) {
        Boolean[] values = new Boolean[4];
        Word[] words = new Word[4];
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            Optional<String> lit = w.literal();
            if (lit.isEmpty()) {
                break;
            }
            String s = lit.get();
            if (s.equals("--") || s.equals("-") || s.length() < 2 || (s.charAt(0) != '-' && s.charAt(0) != '+')) {
                break;
            }
            boolean on = s.charAt(0) == '-';
            for (int j = 1; j < s.length(); j++) {
                char c = s.charAt(j);
                int k = switch (c) {
                    case 'e' -> 0;
                    case 'u' -> 1;
                    case 'x' -> 3;
                    default -> -1;
                };
                if (c == 'o') {
                    if (i + 1 < args.size()) {
                        Word nameWord = args.get(++i);
                        int o = switch (nameWord.literal().orElse("")) {
                            case "errexit" -> 0;
                            case "nounset" -> 1;
                            case "pipefail" -> 2;
                            case "xtrace" -> 3;
                            default -> -1;
                        };
                        if (o >= 0) {
                            values[o] = on;
                            words[o] = nameWord;
                        }
                    }
                    continue;
                }
                if (k >= 0) {
                    values[k] = on;
                    words[k] = w;
                }
            }
        }
        return new SetOptions(inv, Optional.ofNullable(values[0]), Optional.ofNullable(values[1]),
                Optional.ofNullable(values[2]), Optional.ofNullable(values[3]), words[0], words[1], words[2], words[3]);
    }

    private static CommandFact cd(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Cd.SPEC.parse(args);
        return new ChangeDir(inv, p.positionals().isEmpty() ? null : p.positionals().get(0));
    }

    private static CommandFact rm(Invocation inv, List<Word> args) {
        ParsedArgs p = ToolSpecs.Rm.SPEC.parse(args);
        return new Remove(inv, p.positionals(), p.has("recursive"), p.has("force"));
    }

    private static CommandFact export(Invocation inv, List<Word> args) {
        List<Export.Exported> vars = new ArrayList<>();
        // assignments written after export may be parsed as assignments of the command
        for (Assignment a : inv.command().assignments()) {
            if (inv.command().name().isPresent() && a.span().start() > inv.command().name().get().span().start()) {
                vars.add(new Export.Exported(a.name(), a.value().orElse(null), a.span()));
            }
        }
        for (Word w : args) {
            String lead = Words.leadingLiteral(w);
            if (lead.startsWith("-")) {
                continue;
            }
            int eq = lead.indexOf('=');
            if (eq > 0) {
                vars.add(new Export.Exported(lead.substring(0, eq).replace("+", ""), Words.dropPrefix(w, eq + 1),
                        w.span()));
            } else if (w.literal().isPresent()) {
                vars.add(new Export.Exported(w.literal().get(), null, w.span()));
            }
        }
        vars.sort((a, b) -> a.span().compareTo(b.span()));
        return new Export(inv, vars);
    }

    private static CommandFact source(Invocation inv, List<Word> args) {
        if (args.isEmpty()) {
            return new Other(inv);
        }
        Word script = args.get(0);
        String tail = Words.trailingLiteral(script);
        if (tail.endsWith("/bin/activate") || tail.equals("bin/activate")) {
            int drop = tail.endsWith("/bin/activate") ? "/bin/activate".length() : "bin/activate".length();
            Word dir = Words.dropSuffix(script, drop);
            if (dir.text().isEmpty() && tail.equals("/bin/activate")) {
                dir = script; // "/bin/activate": the venv is /
            }
            return new VenvActivate(inv, script, dir);
        }
        return new ScriptRun(inv, "source", script, args.subList(1, args.size()), null, null);
    }

    private static CommandFact shell(Invocation inv, String prog, List<Word> args) {
        ParsedArgs p = ToolSpecs.Shell.SPEC.parse(args);
        List<Word> pos = p.positionals();
        int first = pos.isEmpty() ? args.size() : indexOfSame(args, pos.get(0));
        if (p.has("c")) {
            if (pos.isEmpty()) {
                return new Other(inv);
            }
            Word cmd = pos.get(0);
            String text = cmd.literal().orElse(cmd.text());
            return new ScriptRun(inv, prog, null, args.subList(first + 1, args.size()), text, cmd);
        }
        if (p.has("s") || pos.isEmpty()) {
            return new ScriptRun(inv, prog, null, pos, null, null);
        }
        if (Words.text(pos.get(0)).equals("-")) { // bash - args: the script is stdin
            return new ScriptRun(inv, prog, null, args.subList(first + 1, args.size()), null, null);
        }
        return new ScriptRun(inv, prog, pos.get(0), args.subList(first + 1, args.size()), null, null);
    }

    private static CommandFact interpreter(Invocation inv, String prog, List<Word> args) {
        int i = 0;
        while (i < args.size() && Words.leadingLiteral(args.get(i)).startsWith("-")
                && !Words.text(args.get(i)).equals("-")) {
            String a = Words.text(args.get(i));
            if (a.equals("-e") || a.equals("-c") || a.equals("--eval") || a.equals("-E") || a.equals("-p")) {
                return new Other(inv);
            }
            i++;
        }
        if (i >= args.size() || Words.text(args.get(i)).equals("-")) {
            return new ScriptRun(inv, prog, null, List.of(), null, null);
        }
        return new ScriptRun(inv, prog, args.get(i), args.subList(i + 1, args.size()), null, null);
    }
}
