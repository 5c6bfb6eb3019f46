package dev.dlint.rules.venv;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.build.State;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import dev.dlint.syntax.shell.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small helpers the venv and wheel rules share: the value of a shell word at a RUN (literal, or
 * expanded with the ARG/ENV variables the RUN sees), path arithmetic on image paths, and the venvs
 * a stage creates.
 */
public final class VenvPaths {
    private static final Pattern PYTHON_IMAGE = Pattern.compile("(?:^|/)python:(\\d+)\\.(\\d+)");

    private VenvPaths() {
    }

    /**
     * A shell word's value when the RUN runs: its literal value, or its value expanded with the
     * ARG/ENV variables visible at {@code at} (every referenced variable must be known); empty when
     * it depends on shell state (command substitution, shell variables, unknown ARGs).
     */
    public static Optional<String> value(Word word, Instruction at, BuildModel model) {
        if (word == null) {
            return Optional.empty();
        }
        Optional<String> literal = word.literal();
        if (literal.isPresent()) {
            return literal;
        }
        if (hasCommandSubstitution(word.parts())) {
            return Optional.empty();
        }
        ExpandResult r = model.expand(word.text(), at);
        if (r.isError() || !r.unresolved().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(r.value());
    }

    /** Whether the word runs a command substitution or arithmetic. */
    public static boolean hasCommandSubstitution(List<WordPart> parts) {
        for (WordPart p : parts) {
            if (p instanceof WordPart.CommandSubstitution || p instanceof WordPart.Arithmetic) {
                return true;
            }
            if (p instanceof WordPart.DoubleQuoted d && hasCommandSubstitution(d.parts())) {
                return true;
            }
        }
        return false;
    }

    /** {@code path} cleaned (no trailing slash, no {@code .} components); relative paths resolved against {@code workdir}. */
    public static String absolute(String workdir, String path) {
        String p = path.startsWith("/") ? path : (workdir.endsWith("/") ? workdir : workdir + "/") + path;
        List<String> parts = new ArrayList<>();
        for (String c : p.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(c);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Whether {@code path} is {@code dir} or below it (both absolute and clean). */
    public static boolean isUnder(String path, String dir) {
        return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
    }

    /** A venv created in a stage: the RUN, the fact and its absolute path (null when unknown). */
    public record CreatedVenv(Instruction.Run run, CommandFact.VenvCreate fact, String path) {
    }

    /** The tools that make Python virtual environments (not conda prefixes). */
    public static boolean isVenvTool(CommandFact.VenvCreate c) {
        return c.tool().equals("venv") || c.tool().equals("virtualenv") || c.tool().equals("uv");
    }

    /** The venvs created by the RUNs of the stage and its ancestors, in build order. */
    public static List<CreatedVenv> createdIn(Stage stage, DockerfileAnalysis analysis) {
        List<CreatedVenv> out = new ArrayList<>();
        List<Stage> lineage = new ArrayList<>(stage.lineage());
        java.util.Collections.reverse(lineage);
        for (Stage s : lineage) {
            for (Instruction i : s.instructions()) {
                if (!(i instanceof Instruction.Run run)) {
                    continue;
                }
                for (CommandFact f : analysis.commands(run)) {
                    if (f instanceof CommandFact.VenvCreate c && isVenvTool(c)) {
                        out.add(new CreatedVenv(run, c, createdPath(c, run, analysis.model()).orElse(null)));
                    }
                }
            }
        }
        return out;
    }

    /** The absolute path a venv creation makes, when it is known without running the shell. */
    public static Optional<String> createdPath(CommandFact.VenvCreate c, Instruction.Run run, BuildModel model) {
        State state = model.stateBefore(run);
        Optional<String> v = c.path() == null ? Optional.of(".venv") : value(c.path(), run, model);
        if (v.isEmpty() || v.get().isEmpty() || v.get().startsWith("~") || v.get().contains("$")) {
            return Optional.empty();
        }
        return Optional.of(absolute(state.workdir(), v.get()));
    }

    /** The {@code major.minor} a {@code python:X.Y…} image name tells, or empty. */
    public static Optional<String> pythonVersionOfImage(String image) {
        if (image == null) {
            return Optional.empty();
        }
        Matcher m = PYTHON_IMAGE.matcher(image);
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    /** The base image name of the stage's root ancestor. */
    public static String rootImage(Stage stage) {
        List<Stage> l = stage.lineage();
        return l.get(l.size() - 1).baseImage();
    }

    /** Instruction keyword in the file's case: {@code ENV} or {@code env}, following {@code like}. */
    public static String keyword(String word, Instruction like) {
        String k = like.keyword().text();
        return !k.isEmpty() && Character.isLowerCase(k.charAt(0)) ? word.toLowerCase(java.util.Locale.ROOT) : word;
    }
}
