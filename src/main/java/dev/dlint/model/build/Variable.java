package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Instruction;

/**
 * A build variable visible at some point of the build.
 *
 * @param value       the value after expansion and quote removal, or null when unknown: an
 *                    {@code ARG} without a default (its value comes from {@code --build-arg}), or
 *                    a value whose expansion failed
 * @param declaredBy  the ARG or ENV instruction that set it (for a stage {@code ARG NAME} that
 *                    takes a global value, the stage's ARG)
 */
public record Variable(String name, String value, Kind kind, Instruction declaredBy) {

    public enum Kind { ARG, ENV }

    public boolean isArg() {
        return kind == Kind.ARG;
    }

    public boolean isEnv() {
        return kind == Kind.ENV;
    }
}
