package dev.dlint.model.build;

import dev.dlint.model.context.DockerIgnore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The build context a Dockerfile is built with: a directory on disk, an in-memory set of files
 * (tests, editors), or unknown (stdin without {@code --context}). File lookup never leaves the
 * context: {@code ..} escapes, absolute paths and symlinks whose real path lies outside the root
 * are refused.
 *
 * <p>Context-relative paths use forward slashes and no leading {@code ./}; the root is {@code .}.
 * Thread-safe; the directory is walked at most once, on first need.
 */
public final class BuildContext {

    /** The walk stops after this many entries (files and directories); see {@link #truncated()}. */
    public static final int MAX_ENTRIES = 100_000;

    private enum Kind { DISK, MEMORY, UNKNOWN }

    private final Kind kind;
    private final Path root;
    private final Path dockerIgnorePath;
    private final DockerIgnore dockerIgnore;
    private final Map<String, String> memoryFiles;

    private Listing listing;

    private record Listing(List<String> files, Set<String> directories, boolean truncated) {
    }

    private BuildContext(Kind kind, Path root, Path dockerIgnorePath, DockerIgnore dockerIgnore,
                         Map<String, String> memoryFiles) {
        this.kind = kind;
        this.root = root;
        this.dockerIgnorePath = dockerIgnorePath;
        this.dockerIgnore = dockerIgnore;
        this.memoryFiles = memoryFiles;
    }

    /**
     * The context {@code root} for {@code dockerfile}; the .dockerignore is the one
     * {@link DockerIgnore#locate} finds (an unreadable one counts as empty).
     */
    public static BuildContext of(Path root, Path dockerfile) {
        Path absRoot = root.toAbsolutePath().normalize();
        Optional<Path> ignorePath = dockerfile == null
                ? Optional.of(absRoot.resolve(".dockerignore")).filter(Files::isRegularFile)
                : DockerIgnore.locate(dockerfile.toAbsolutePath().normalize(), absRoot);
        DockerIgnore ignore = DockerIgnore.empty();
        if (ignorePath.isPresent()) {
            try {
                ignore = DockerIgnore.parse(Files.readString(ignorePath.get(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                ignore = DockerIgnore.empty();
            }
        }
        return new BuildContext(Kind.DISK, absRoot, ignorePath.orElse(null), ignore, Map.of());
    }

    /** The context {@code root} with {@code root/.dockerignore}, if any. */
    public static BuildContext of(Path root) {
        return of(root, null);
    }

    /** The usual {@code docker build .}: the Dockerfile's directory is the context. */
    public static BuildContext forDockerfile(Path dockerfile) {
        Path abs = dockerfile.toAbsolutePath().normalize();
        Path dir = abs.getParent() != null ? abs.getParent() : abs;
        return of(dir, abs);
    }

    /**
     * A context held in memory: context-relative path → content. A {@code .dockerignore} entry
     * is parsed and applies. Directories are implied by the paths.
     */
    public static BuildContext inMemory(Map<String, String> files) {
        Map<String, String> copy = new TreeMap<>();
        files.forEach((k, v) -> {
            String rel = ImagePaths.contextRelative(k.replace('\\', '/'));
            if (rel != null && !rel.equals(".")) {
                copy.put(rel, v == null ? "" : v);
            }
        });
        String ignoreText = copy.get(".dockerignore");
        DockerIgnore ignore = ignoreText == null ? DockerIgnore.empty() : DockerIgnore.parse(ignoreText);
        return new BuildContext(Kind.MEMORY, null, null, ignore, Collections.unmodifiableMap(copy));
    }

    /** No context is known (stdin without a context directory): nothing can be looked up. */
    public static BuildContext unknown() {
        return new BuildContext(Kind.UNKNOWN, null, null, DockerIgnore.empty(), Map.of());
    }

    /** The root directory; empty for in-memory and unknown contexts. */
    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** False only for {@link #unknown()}: then no file can be said to exist or be missing. */
    public boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }

    public boolean isInMemory() {
        return kind == Kind.MEMORY;
    }

    public DockerIgnore dockerIgnore() {
        return dockerIgnore;
    }

    /** The .dockerignore file in effect on disk, if any. */
    public Optional<Path> dockerIgnorePath() {
        return Optional.ofNullable(dockerIgnorePath);
    }

    /** Whether the context has a .dockerignore (on disk or as an in-memory entry). */
    public boolean hasDockerIgnore() {
        return dockerIgnorePath != null || memoryFiles.containsKey(".dockerignore");
    }

    /**
     * The file or directory on disk at a context-relative path, when it exists and its real path
     * (symlinks followed) is inside the root. Empty for {@code ..} escapes, absolute paths,
     * in-memory and unknown contexts.
     */
    public Optional<Path> resolve(String contextRelative) {
        if (kind != Kind.DISK || contextRelative == null) {
            return Optional.empty();
        }
        String rel = ImagePaths.contextRelative(contextRelative.replace('\\', '/'));
        if (rel == null) {
            return Optional.empty();
        }
        try {
            Path candidate = rel.equals(".") ? root : root.resolve(rel).normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate)) {
                return Optional.empty();
            }
            Path realRoot = root.toRealPath();
            Path real = candidate.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where a context path that is a symbolic link leading outside the root points (the link text),
     * or empty: for paths that are no such link, that leave the root by name, and for contexts not on disk.
     */
    public Optional<String> linkOutside(String contextRelative) {
        if (kind != Kind.DISK || contextRelative == null) {
            return Optional.empty();
        }
        String rel = ImagePaths.contextRelative(contextRelative.replace('\\', '/'));
        if (rel == null || rel.equals(".")) {
            return Optional.empty();
        }
        try {
            Path candidate = root.resolve(rel).normalize();
            if (!candidate.startsWith(root) || !Files.isSymbolicLink(candidate)) {
                return Optional.empty();
            }
            boolean inside = Files.exists(candidate) && candidate.toRealPath().startsWith(root.toRealPath());
            return inside ? Optional.empty() : Optional.of(Files.readSymbolicLink(candidate).toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The text of a context file (UTF-8), for in-memory and disk contexts alike. */
    public Optional<String> readString(String contextRelative) {
        if (kind == Kind.MEMORY) {
            String rel = contextRelative == null ? null : ImagePaths.contextRelative(contextRelative);
            return rel == null ? Optional.empty() : Optional.ofNullable(memoryFiles.get(rel));
        }
        return resolve(contextRelative).filter(Files::isRegularFile).flatMap(p -> {
            try {
                return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Every file in the context (symlinks listed as files, not followed), context-relative with
     * forward slashes, sorted; {@code .git} directories are skipped. Ignored files are listed too:
     * ask {@link #isExcluded}. At most {@link #MAX_ENTRIES} entries are walked.
     */
    public List<String> listFiles() {
        return listing().files();
    }

    /** Every directory below the root that the walk saw (the root itself is not listed). */
    public Set<String> listDirectories() {
        return listing().directories();
    }

    /** Whether the walk stopped at {@link #MAX_ENTRIES}, so {@link #listFiles()} is incomplete. */
    public boolean truncated() {
        return listing().truncated();
    }

    public boolean exists(String contextRelative) {
        if (kind == Kind.MEMORY) {
            String rel = contextRelative == null ? null : ImagePaths.contextRelative(contextRelative);
            return rel != null && (rel.equals(".") || memoryFiles.containsKey(rel)
                    || listing().directories().contains(rel));
        }
        return resolve(contextRelative).isPresent();
    }

    public boolean isDirectory(String contextRelative) {
        if (kind == Kind.MEMORY) {
            String rel = contextRelative == null ? null : ImagePaths.contextRelative(contextRelative);
            return rel != null && (rel.equals(".") || listing().directories().contains(rel));
        }
        return resolve(contextRelative).filter(Files::isDirectory).isPresent();
    }

    /** Whether the .dockerignore keeps the path out of the context sent to the builder. */
    public boolean isExcluded(String contextRelative) {
        String rel = contextRelative == null ? null : ImagePaths.contextRelative(contextRelative);
        return rel != null && !rel.equals(".") && dockerIgnore.isExcluded(rel);
    }

    private synchronized Listing listing() {
        if (listing == null) {
            listing = switch (kind) {
                case UNKNOWN -> new Listing(List.of(), Set.of(), false);
                case MEMORY -> memoryListing();
                case DISK -> walk();
            };
        }
        return listing;
    }

    private Listing memoryListing() {
        Set<String> dirs = new LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        for (String file : memoryFiles.keySet()) {
            if (file.equals(".git") || file.startsWith(".git/") || file.contains("/.git/")) {
                continue;
            }
            files.add(file);
            int slash = file.lastIndexOf('/');
            while (slash > 0) {
                dirs.add(file.substring(0, slash));
                slash = file.lastIndexOf('/', slash - 1);
            }
        }
        return new Listing(List.copyOf(files), Collections.unmodifiableSet(dirs), false);
    }

    private Listing walk() {
        List<String> files = new ArrayList<>();
        Set<String> dirs = new LinkedHashSet<>();
        boolean[] truncated = {false};
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
            return new Listing(List.of(), Set.of(), false);
        }
        try {
            // The options as Set.of(), not the two-argument form: that one builds an EnumSet, whose
            // first use reflects on the enum, which cost the first lint of a JVM (issue #7).
            Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                private int entries;

                private boolean full() {
                    if (++entries > MAX_ENTRIES) {
                        truncated[0] = true;
                        return true;
                    }
                    return false;
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (full()) {
                        return FileVisitResult.TERMINATE;
                    }
                    dirs.add(relative(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (full()) {
                        return FileVisitResult.TERMINATE;
                    }
                    files.add(relative(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            // Keep what was walked.
        }
        Collections.sort(files);
        return new Listing(List.copyOf(files), Collections.unmodifiableSet(dirs), truncated[0]);
    }

    private String relative(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(p)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DISK -> "BuildContext[" + root + "]";
            case MEMORY -> "BuildContext[in-memory, " + memoryFiles.size() + " files]";
            case UNKNOWN -> "BuildContext[unknown]";
        };
    }
}
