package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;

/**
 * A COPY/ADD source that brings nothing in from the context.
 *
 * @param expanded the source after variable expansion ("" when the expansion failed)
 * @param detail   a human-readable explanation (the expansion error, the excluding pattern…)
 */
public record UnresolvedSource(Instruction instruction, Word source, String expanded, Reason reason, String detail) {

    public enum Reason {
        /** Nothing in the context matches the source. */
        MISSING,
        /** It exists, but every file it matches is excluded by .dockerignore (or {@code --exclude}). */
        EXCLUDED,
        /** An absolute path or a {@code ..} escape: not a context path (BuildKit clamps it to the root). */
        OUTSIDE_CONTEXT,
        /** The variable expansion failed. */
        EXPANSION_ERROR,
        /** The source uses a variable without a known value, so it cannot be looked up. */
        UNKNOWN_VARIABLE,
        /** The build context is unknown (stdin), so no lookup was done. */
        CONTEXT_UNKNOWN
    }
}
