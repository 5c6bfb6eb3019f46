package dev.dlint.rules;

/** The kinds of file dlint lints; decided by name (and shebang) when discovering paths. */
public enum FileKind {
    DOCKERFILE, SHELL_SCRIPT, REQUIREMENTS, DOCKERIGNORE
}
