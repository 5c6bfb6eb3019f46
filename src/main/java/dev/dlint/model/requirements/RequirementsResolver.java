package dev.dlint.model.requirements;

import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows {@code -r} and {@code -c} includes from a root requirements file, relative to the
 * including file's directory as pip does. Files come from a loader, so tests and the build
 * context model decide what exists. Remote includes and paths with {@code ${VAR}} are not followed.
 */
public final class RequirementsResolver {

    /** Something a diagnostic can report, located at the include that caused it. */
    public record Problem(Kind kind, SourceFile file, Span span, Path target, String message) {

        public enum Kind { MISSING_INCLUDE, INCLUDE_CYCLE, MISSING_ROOT }
    }

    /**
     * @param files           every reached file, depth-first in include order, root first, each once
     * @param constraintFiles files reached only through {@code -c}: their entries constrain, not install
     */
    public record Resolution(List<RequirementsFile> files, Set<Path> constraintFiles, List<Problem> problems) {

        public Resolution {
            files = List.copyOf(files);
            constraintFiles = Set.copyOf(constraintFiles);
            problems = List.copyOf(problems);
        }
    }

    private final Function<Path, Optional<SourceFile>> loader;

    public RequirementsResolver(Function<Path, Optional<SourceFile>> loader) {
        this.loader = loader;
    }

    public Resolution resolve(Path root) {
        Walk walk = new Walk();
        Path normalRoot = root.normalize();
        Optional<SourceFile> source = loader.apply(normalRoot);
        if (source.isEmpty()) {
            walk.problems.add(new Problem(Problem.Kind.MISSING_ROOT, null, null, normalRoot,
                    "requirements file " + root + " not found"));
        } else {
            walk.visit(normalRoot, source.get(), false);
        }
        Set<Path> constraintOnly = new HashSet<>(walk.constraint);
        constraintOnly.removeAll(walk.requirement);
        return new Resolution(walk.files, constraintOnly, walk.problems);
    }

    private final class Walk {
        final List<RequirementsFile> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<Path> visited = new HashSet<>();
        final Set<Path> requirement = new HashSet<>();
        final Set<Path> constraint = new HashSet<>();
        final LinkedHashSet<Path> stack = new LinkedHashSet<>();

        void visit(Path path, SourceFile source, boolean asConstraint) {
            visited.add(path);
            (asConstraint ? constraint : requirement).add(path);
            stack.add(path);
            RequirementsFile file = RequirementsParser.parse(source);
            files.add(file);
            Path dir = Optional.ofNullable(path.getParent()).orElse(Path.of(""));
            for (Include include : file.includes()) {
                if (include.isUrl() || !include.envVars().isEmpty()) {
                    continue;
                }
                String written = include.path().startsWith("file:") ? include.path().substring(5) : include.path();
                Path target = dir.resolve(written).normalize();
                boolean constraintEdge = asConstraint || include.kind() == Include.Kind.CONSTRAINT;
                if (stack.contains(target)) {
                    problems.add(new Problem(Problem.Kind.INCLUDE_CYCLE, source, include.pathSpan(), target,
                            "include cycle: " + include.path() + " includes a file that includes it"));
                    continue;
                }
                if (visited.contains(target)) {
                    (constraintEdge ? constraint : requirement).add(target);
                    continue;
                }
                Optional<SourceFile> included = loader.apply(target);
                if (included.isEmpty()) {
                    problems.add(new Problem(Problem.Kind.MISSING_INCLUDE, source, include.pathSpan(), target,
                            "missing include: " + include.path() + " not found"));
                    continue;
                }
                visit(target, included.get(), constraintEdge);
            }
            stack.remove(path);
        }
    }
}
