package dev.dlint.rules.cache;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Assignment;
import dev.dlint.syntax.shell.Redirect;
import dev.dlint.syntax.shell.Word;
import dev.dlint.syntax.shell.WordPart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Facts the cache rules share: which RUN steps are expensive, what words a command holds, image path arithmetic. */
final class CacheSupport {

    private CacheSupport() {
    }

    /** Package actions that fetch or build dependencies (not remove/cache maintenance). */
    private static final Set<String> REMOVE_ACTIONS = Set.of("remove", "uninstall", "purge", "autoremove", "erase",
            "clean", "lock");

    /** Whether the command does work worth caching: installs, venv creation, downloads, clones, install scripts. */
    static boolean isExpensive(CommandFact fact) {
        if (fact instanceof CommandFact.PackageInstall p) {
            return !REMOVE_ACTIONS.contains(p.action());
        }
        if (fact instanceof CommandFact.ScriptRun s) {
            return s.script() != null || s.readsStdin();
        }
        return fact instanceof CommandFact.VenvCreate || fact instanceof CommandFact.Download
                || fact instanceof CommandFact.GitClone;
    }

    static boolean isExpensive(DockerfileAnalysis analysis, Instruction.Run run) {
        return analysis.commands(run).stream().anyMatch(CacheSupport::isExpensive);
    }

    /** A short description of the first expensive command of a RUN, for messages. */
    static String expensiveWhat(DockerfileAnalysis analysis, Instruction.Run run) {
        for (CommandFact f : analysis.commands(run)) {
            if (isExpensive(f)) {
                List<Word> argv = f.invocation().argv();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < argv.size() && i < 3; i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(argv.get(i).text());
                }
                return sb.toString();
            }
        }
        return "RUN";
    }

    /** Every word of a command: its words, assignment values and redirect targets. */
    static List<Word> words(CommandFact fact) {
        List<Word> out = new ArrayList<>(fact.command().words());
        for (Assignment a : fact.command().assignments()) {
            a.value().ifPresent(out::add);
        }
        for (Redirect r : fact.command().redirects()) {
            r.target().ifPresent(out::add);
        }
        return out;
    }

    /** The parameter names a word expands (recursively through quotes and ${…} operands). */
    static void paramNames(List<WordPart> parts, List<String> out) {
        Deque<WordPart> work = new ArrayDeque<>(parts);
        while (!work.isEmpty()) {
            WordPart p = work.pop();
            if (p instanceof WordPart.ParamExpansion pe) {
                out.add(pe.name());
                work.addAll(pe.parts());
            } else if (p instanceof WordPart.DoubleQuoted dq) {
                work.addAll(dq.parts());
            } else if (p instanceof WordPart.Arithmetic a) {
                work.addAll(a.expansions());
            }
        }
    }

    /** Whether any of the commands expands one of the variables. */
    static boolean expandsAny(List<CommandFact> facts, Set<String> names) {
        for (CommandFact f : facts) {
            for (Word w : words(f)) {
                List<String> found = new ArrayList<>();
                paramNames(w.parts(), found);
                for (String n : found) {
                    if (names.contains(n)) {
                        return true;
                    }
                }
            }
            if (f instanceof CommandFact.ScriptRun s && s.inlineScript() != null) {
                for (String n : names) {
                    if (s.inlineScript().contains("$" + n) || s.inlineScript().contains("${" + n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ paths

    static String clean(String path) {
        return dev.dlint.model.SlashPath.clean(path);
    }

    static String resolve(String dir, String path) {
        return path.startsWith("/") ? clean(path) : clean(dir + "/" + path);
    }

    static boolean isUnder(String path, String dir) {
        return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
    }

    /** {@code path} relative to {@code dir} ({@code .} for equal), or null when not under it. */
    static String relativize(String path, String dir) {
        if (path.equals(dir)) {
            return ".";
        }
        if (dir.equals("/")) {
            return path.substring(1);
        }
        return path.startsWith(dir + "/") ? path.substring(dir.length() + 1) : null;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    // ------------------------------------------------------------------ fix text

    /** The offset of the start of the line holding {@code offset}. */
    static int lineStart(SourceFile source, int offset) {
        return Edits.lineStart(source, offset);
    }

    /** From the start of the instruction's first line to just after its last line's line break. */
    static Span wholeLines(SourceFile source, Span span) {
        return Edits.wholeLines(source, span);
    }

    /** The text of the instruction's whole lines, ending with a line separator. */
    static String linesText(SourceFile source, Span span) {
        return Edits.linesText(source, span);
    }

    static boolean isPythonManager(Manager m) {
        return m == Manager.PIP || m == Manager.UV;
    }
}
