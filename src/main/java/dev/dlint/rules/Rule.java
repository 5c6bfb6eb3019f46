package dev.dlint.rules;

/**
 * A check for one bug pattern. Each rule is its own class with its metadata in a {@code META}
 * constant; it reads the syntax tree and the build model and reports through a context, never
 * parsing text itself.
 */
public interface Rule {
    RuleMeta meta();
}
