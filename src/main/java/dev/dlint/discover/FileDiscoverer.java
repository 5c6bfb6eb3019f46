package dev.dlint.discover;

import dev.dlint.rules.FileKind;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns command-line paths into the files to lint. Directories are walked (following symbolic
 * links, with loops detected and reported), files named explicitly are always linted. The result
 * is sorted by display path and free of duplicates (the same file reached twice, through two
 * arguments or a symbolic link, is linted once).
 *
 * <p>A directory named on the command line as {@code Dockerfile} or {@code Containerfile} that holds
 * nothing to lint is reported ("is a directory, not a Dockerfile"); met while walking, such a
 * directory is simply walked (real repositories have Go packages and folders named so).
 *
 * <p>Skipped while walking: {@code .git}, {@code node_modules}, {@code __pycache__}, {@code .tox},
 * {@code .venv}, {@code venv} and any directory holding a {@code pyvenv.cfg} (a virtualenv). A path
 * given on the command line is walked even when it has one of those names.
 */
public final class FileDiscoverer {
    private static final Set<String> SKIPPED_DIRS =
            Set.of(".git", "node_modules", "__pycache__", ".tox", ".venv", "venv");

    private final Path cwd;

    /** @param cwd the working directory: relative arguments resolve against it, display paths are relative to it */
    public FileDiscoverer(Path cwd) {
        this.cwd = cwd.toAbsolutePath().normalize();
    }

    /** Walks the given paths (as typed on the command line; "-" must be handled by the caller). */
    public Discovery discover(List<String> args) {
        Walk walk = new Walk();
        for (String arg : args) {
            walk.root(arg);
        }
        return new Discovery(dedupe(walk.found), walk.problems);
    }

    /** How output names a file: relative to the working directory with forward slashes when below it, else absolute. */
    public String displayPath(Path path) {
        Path abs = cwd.resolve(path).normalize();
        String s;
        if (abs.startsWith(cwd)) {
            s = cwd.relativize(abs).toString();
            if (s.isEmpty()) {
                return ".";
            }
        } else {
            s = abs.toString();
        }
        return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
    }

    private static List<DiscoveredFile> dedupe(List<DiscoveredFile> found) {
        List<DiscoveredFile> sorted = new ArrayList<>(found);
        // Not Comparator.comparing: its lambda is serializable, which the class-data archive skips (spun each start).
        sorted.sort((x, y) -> x.displayPath().compareTo(y.displayPath()));
        Set<Path> seen = new HashSet<>();
        List<DiscoveredFile> out = new ArrayList<>();
        for (DiscoveredFile f : sorted) {
            if (seen.add(identity(f.path()))) {
                out.add(f);
            }
        }
        return out;
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }

    private final class Walk {
        final List<DiscoveredFile> found = new ArrayList<>();
        final List<DiscoveryProblem> problems = new ArrayList<>();
        /** Real paths of the directories on the current walk stack, to detect symbolic link loops. */
        final Set<Path> ancestors = new HashSet<>();

        void root(String arg) {
            Path path = cwd.resolve(arg).normalize();
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new DiscoveryProblem(arg, "no such file or directory"));
                return;
            }
            String display = displayPath(path);
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                problems.add(new DiscoveryProblem(display, brokenLinkReason(path)));
                return;
            }
            if (Files.isDirectory(path)) {
                int before = found.size();
                Path real = identity(path);
                ancestors.add(real);
                directory(path);
                ancestors.remove(real);
                // "dlint Dockerfile" where Dockerfile is a directory: the user meant a file. Only an error
                // when the directory gives nothing to lint, so that walking, say, a Go package named
                // "dockerfile" stays quiet.
                if (found.size() == before && path.getFileName() != null
                        && FileClassifier.isDockerfileDirectoryName(path.getFileName().toString())) {
                    problems.add(new DiscoveryProblem(display, "is a directory, not a Dockerfile"));
                }
                return;
            }
            found.add(new DiscoveredFile(path, display, FileClassifier.classifyExplicit(path)));
        }

        void directory(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    entries.add(p);
                }
            } catch (AccessDeniedException e) {
                problems.add(new DiscoveryProblem(displayPath(dir), "permission denied"));
                return;
            } catch (IOException | SecurityException e) {
                problems.add(new DiscoveryProblem(displayPath(dir), "cannot read directory: " + reason(e)));
                return;
            }
            entries.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
            for (Path entry : entries) {
                entry(entry);
            }
        }

        void entry(Path entry) {
            String name = entry.getFileName().toString();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                return; // vanished while walking
            }
            if (attrs.isSymbolicLink()) {
                BasicFileAttributes target;
                try {
                    target = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (IOException | SecurityException e) {
                    // Dangling or self-referencing link: only worth a word when it looks like something we lint.
                    if (FileClassifier.byName(name, "", s -> false) != null) {
                        problems.add(new DiscoveryProblem(displayPath(entry), brokenLinkReason(entry)));
                    }
                    return;
                }
                if (target.isDirectory()) {
                    Path real = identity(entry);
                    if (ancestors.contains(real)) {
                        problems.add(new DiscoveryProblem(displayPath(entry),
                                "symbolic link loop (points back to " + displayPath(real) + "), not followed"));
                        return;
                    }
                    subdirectory(entry, name, real);
                    return;
                }
                file(entry);
                return;
            }
            if (attrs.isDirectory()) {
                subdirectory(entry, name, identity(entry));
                return;
            }
            file(entry);
        }

        void subdirectory(Path dir, String name, Path real) {
            if (SKIPPED_DIRS.contains(name.toLowerCase(Locale.ROOT)) || Files.exists(dir.resolve("pyvenv.cfg"))) {
                return;
            }
            if (!ancestors.add(real)) {
                problems.add(new DiscoveryProblem(displayPath(dir), "directory loop, not followed"));
                return;
            }
            try {
                directory(dir);
            } finally {
                ancestors.remove(real);
            }
        }

        void file(Path file) {
            FileKind kind = FileClassifier.classify(file);
            if (kind != null) {
                found.add(new DiscoveredFile(file, displayPath(file), kind));
            }
        }
    }

    private static String brokenLinkReason(Path link) {
        try {
            link.toRealPath();
            return "broken symbolic link";
        } catch (FileSystemLoopException e) {
            return "symbolic link loop";
        } catch (NoSuchFileException e) {
            return "broken symbolic link";
        } catch (FileSystemException e) {
            String r = e.getReason();
            if (r != null && r.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
                return "symbolic link loop";
            }
            return "broken symbolic link";
        } catch (IOException | SecurityException e) {
            return "broken symbolic link";
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
