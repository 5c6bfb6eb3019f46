package dev.dlint.rules.pin;

import dev.dlint.discover.FileClassifier;
import dev.dlint.model.requirements.Requirement;
import dev.dlint.model.requirements.RequirementsFile;
import dev.dlint.model.requirements.RequirementsResolver;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.RequirementsContext;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The requirements files a requirements rule reports on, and the constraints that apply to them.
 *
 * <p>The linted file's own entries are always checked; files it includes with {@code -r}/{@code -c}
 * are checked too when discovery would not lint them on its own (their names say nothing, e.g.
 * {@code -r base.pip}), so a finding is reported once, in the file holding the entry. The
 * constraints come from every resolution the file takes part in: its own {@code -c} includes, and
 * those of sibling requirements files that include it with {@code -r}.
 */
final class RequirementsClosure {
    private static final int MAX_SIBLINGS = 64;

    /** One file to check: its entries, whether it is a constraints file, and whether it is the linted file. */
    record Member(RequirementsFile file, boolean constraint, boolean root) {
    }

    private final List<Member> members;
    private final Set<String> constrainedPinned;

    private RequirementsClosure(List<Member> members, Set<String> constrainedPinned) {
        this.members = members;
        this.constrainedPinned = constrainedPinned;
    }

    List<Member> members() {
        return members;
    }

    /** Whether some constraints file of a resolution the entry belongs to pins its package with {@code ==}. */
    boolean pinnedByConstraint(Requirement r) {
        return !r.name().isEmpty() && constrainedPinned.contains(r.normalizedName());
    }

    static RequirementsClosure of(RequirementsContext context) {
        RequirementsFile root = context.requirements();
        Path path = root.source().path();
        if (path == null) {
            return new RequirementsClosure(List.of(new Member(root, false, true)), Set.of());
        }
        Path rootPath = path.toAbsolutePath().normalize();
        Map<Path, Optional<SourceFile>> cache = new HashMap<>();
        cache.put(rootPath, Optional.of(root.source()));
        Path dir = rootPath.getParent();
        String shownDir = parentOf(root.source().displayPath());
        RequirementsResolver resolver = new RequirementsResolver(p -> cache.computeIfAbsent(p.toAbsolutePath().normalize(),
                k -> read(k, dir, shownDir)));
        RequirementsResolver.Resolution own = resolver.resolve(rootPath);

        List<Member> members = new ArrayList<>();
        members.add(new Member(root, false, true));
        for (RequirementsFile f : own.files()) {
            Path p = f.source().path() == null ? null : f.source().path().toAbsolutePath().normalize();
            if (p == null || p.equals(rootPath) || lintedOnItsOwn(p)) {
                continue;
            }
            members.add(new Member(f, own.constraintFiles().contains(p), false));
        }

        Set<String> pinned = new HashSet<>();
        collectPins(own, pinned);
        for (Path sibling : siblings(dir, rootPath)) {
            RequirementsResolver.Resolution r = resolver.resolve(sibling);
            boolean includesRoot = r.files().stream().anyMatch(f -> f.source().path() != null
                    && f.source().path().toAbsolutePath().normalize().equals(rootPath))
                    && !r.constraintFiles().contains(rootPath);
            if (includesRoot) {
                collectPins(r, pinned);
            }
        }
        return new RequirementsClosure(members, pinned);
    }

    private static void collectPins(RequirementsResolver.Resolution r, Set<String> out) {
        for (RequirementsFile f : r.files()) {
            Path p = f.source().path() == null ? null : f.source().path().toAbsolutePath().normalize();
            if (p == null || !r.constraintFiles().contains(p)) {
                continue;
            }
            for (Requirement req : f.requirements()) {
                if (!req.name().isEmpty() && req.url().isEmpty() && req.isPinned()) {
                    out.add(req.normalizedName());
                }
            }
        }
    }

    private static boolean lintedOnItsOwn(Path p) {
        Path parent = p.getParent();
        String parentName = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        FileKind kind = FileClassifier.byName(p.getFileName().toString(), parentName,
                n -> parent != null && Files.isRegularFile(parent.resolve(n)));
        return kind == FileKind.REQUIREMENTS;
    }

    private static List<Path> siblings(Path dir, Path root) {
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.equals(root) && Files.isRegularFile(p) && lintedOnItsOwn(p))
                    .sorted().limit(MAX_SIBLINGS).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<SourceFile> read(Path p, Path rootDir, String shownDir) {
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        String shown;
        try {
            shown = rootDir != null && p.startsWith(rootDir) ? shownDir + rootDir.relativize(p).toString().replace('\\', '/')
                    : p.toString();
        } catch (IllegalArgumentException e) {
            shown = p.toString();
        }
        try {
            return Optional.of(new SourceReader().read(p, shown));
        } catch (SourceReadException e) {
            return Optional.empty();
        }
    }

    private static String parentOf(String displayPath) {
        int slash = displayPath.lastIndexOf('/');
        return slash < 0 ? "" : displayPath.substring(0, slash + 1);
    }
}
