package dev.dlint.discover;

import dev.dlint.rules.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides what a file is from its name (case-insensitively) and, for files without an
 * extension, from a shell shebang on its first line.
 *
 * <ul>
 *   <li>Dockerfiles: {@code Dockerfile}, {@code Containerfile}, {@code *.Dockerfile},
 *       {@code *.dockerfile}, {@code Dockerfile.*}, {@code Containerfile.*};</li>
 *   <li>.dockerignore files: {@code .dockerignore} and BuildKit's per-Dockerfile
 *       {@code *.dockerignore} (checked before the Dockerfile patterns, so
 *       {@code Dockerfile.dockerignore} is not a Dockerfile);</li>
 *   <li>shell scripts: {@code *.sh}, {@code *.bash}, or an extension-less file whose shebang
 *       names sh, bash, dash, ash or zsh (directly or through {@code env});</li>
 *   <li>requirements: {@code requirements*.txt}, {@code constraints*.txt}, {@code *.txt} in a
 *       directory named {@code requirements}, and {@code *.in} beside them (pip-tools inputs: a
 *       {@code *.in} named like requirements/constraints, in a {@code requirements} directory, or
 *       with a sibling {@code <stem>.txt} compiled from it).</li>
 * </ul>
 */
public final class FileClassifier {
    /** The most bytes read from a file to find its shebang line. */
    public static final int SHEBANG_LIMIT = 256;

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh");

    private FileClassifier() {
    }

    /**
     * The kind a file name implies, or null when the name says nothing.
     *
     * @param fileName      the last path element
     * @param parentName    the name of the directory holding it ("" when unknown)
     * @param siblingExists whether a file of the given name exists beside it (for {@code *.in})
     */
    public static FileKind byName(String fileName, String parentName, Predicate<String> siblingExists) {
        String n = fileName.toLowerCase(Locale.ROOT);
        String parent = parentName == null ? "" : parentName.toLowerCase(Locale.ROOT);
        if (n.equals(".dockerignore") || (n.endsWith(".dockerignore") && n.length() > ".dockerignore".length())) {
            return FileKind.DOCKERIGNORE;
        }
        if (isDockerfileName(n)) {
            return FileKind.DOCKERFILE;
        }
        if (n.endsWith(".sh") || n.endsWith(".bash")) {
            return n.equals(".sh") || n.equals(".bash") ? null : FileKind.SHELL_SCRIPT;
        }
        boolean requirementsStem = n.startsWith("requirements") || n.startsWith("constraints");
        if (n.endsWith(".txt") && (requirementsStem || parent.equals("requirements"))) {
            return FileKind.REQUIREMENTS;
        }
        if (n.endsWith(".in") && n.length() > 3) {
            String stem = fileName.substring(0, fileName.length() - 3);
            if (requirementsStem || parent.equals("requirements") || siblingExists.test(stem + ".txt")) {
                return FileKind.REQUIREMENTS;
            }
        }
        return null;
    }

    /** True for names BuildKit or Podman would take as a Dockerfile (lower-cased input). */
    static boolean isDockerfileName(String lower) {
        return lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.endsWith(".dockerfile")
                || (lower.startsWith("dockerfile.") && lower.length() > "dockerfile.".length())
                || (lower.startsWith("containerfile.") && lower.length() > "containerfile.".length());
    }

    /** True for a directory name that a user may mistake for a Dockerfile ("Dockerfile", "Containerfile"). */
    public static boolean isDockerfileDirectoryName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("dockerfile") || n.equals("containerfile");
    }

    /** True when the name has no extension (a leading dot, as in {@code .profile}, is not one). */
    public static boolean hasNoExtension(String fileName) {
        return fileName.lastIndexOf('.') <= 0;
    }

    /**
     * Classifies a file met while walking a directory: by name, then by shebang for
     * extension-less regular files. Null when dlint does not lint it.
     */
    public static FileKind classify(Path file) {
        String name = file.getFileName().toString();
        Path dir = file.getParent();
        FileKind kind = byName(name, dirName(dir), new SiblingFiles(dir));
        if (kind == null && hasNoExtension(name) && hasShellShebang(file)) {
            kind = FileKind.SHELL_SCRIPT;
        }
        return kind;
    }

    /**
     * Whether a file of the given name stands in {@code dir}. A class, not a lambda: the training
     * run behind the class-data archive walks directories, so a lambda here for files named on the
     * command line would be spun at run time, on every hook's start (issue #7).
     */
    private record SiblingFiles(Path dir) implements Predicate<String> {
        @Override
        public boolean test(String sibling) {
            return dir != null && Files.isRegularFile(dir.resolve(sibling));
        }
    }

    /** Classifies a file named on the command line: always linted, a Dockerfile when nothing else fits. */
    public static FileKind classifyExplicit(Path file) {
        FileKind kind = byName(file.getFileName().toString(), dirName(file.getParent()),
                new SiblingFiles(file.getParent()));
        if (kind == null && hasShellShebang(file)) {
            kind = FileKind.SHELL_SCRIPT;
        }
        return kind == null ? FileKind.DOCKERFILE : kind;
    }

    /** Classifies text that has no file behind it (stdin), by its display name, then its first line. */
    public static FileKind classifyText(String name, String text) {
        String fileName = name;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String parent = "";
        if (slash >= 0) {
            fileName = name.substring(slash + 1);
            String dir = name.substring(0, slash);
            int s2 = Math.max(dir.lastIndexOf('/'), dir.lastIndexOf('\\'));
            parent = dir.substring(s2 + 1);
        }
        FileKind kind = byName(fileName, parent, sibling -> false);
        if (kind == null) {
            int nl = text.indexOf('\n');
            String first = text.substring(0, Math.min(nl < 0 ? text.length() : nl, SHEBANG_LIMIT));
            if (isShellShebang(first)) {
                kind = FileKind.SHELL_SCRIPT;
            }
        }
        return kind == null ? FileKind.DOCKERFILE : kind;
    }

    /** Reads at most {@link #SHEBANG_LIMIT} bytes of a regular file and checks its shebang. */
    public static boolean hasShellShebang(Path file) {
        if (!Files.isRegularFile(file)) {
            return false; // never open FIFOs or devices: they could block
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(SHEBANG_LIMIT);
            if (buf.length < 2 || buf[0] != '#' || buf[1] != '!') {
                return false;
            }
            int end = 0;
            while (end < buf.length && buf[end] != '\n') {
                end++;
            }
            return isShellShebang(new String(buf, 0, end, StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * True for a shebang line running a POSIX-like shell: {@code #!/bin/sh}, {@code #! /bin/bash -e},
     * {@code #!/usr/bin/env bash}, {@code #!/usr/bin/env -S bash -eu}.
     */
    public static boolean isShellShebang(String line) {
        if (!line.startsWith("#!")) {
            return false;
        }
        String[] words = line.substring(2).trim().split("[ \t]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        String interpreter = baseName(words[0]);
        if (interpreter.equals("env")) {
            interpreter = null;
            for (int i = 1; i < words.length; i++) {
                String w = words[i];
                if (w.startsWith("-") || w.contains("=")) {
                    continue; // env options (-S, -i) and VAR=value assignments
                }
                interpreter = baseName(w);
                break;
            }
            if (interpreter == null) {
                return false;
            }
        }
        return SHELLS.contains(interpreter.replace("\r", ""));
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    private static String dirName(Path dir) {
        if (dir == null || dir.getFileName() == null) {
            return "";
        }
        return dir.getFileName().toString();
    }
}
