package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;

/**
 * A {@code RUN --mount=type=bind} without {@code from=}: part of the build context mounted for
 * that RUN only.
 *
 * @param source the context-relative source ({@code .} for the whole context), or null when it
 *               leaves the context or is unknown
 * @param target the absolute mount point in the image (relative targets resolve against WORKDIR)
 */
public record ContextMount(Instruction instruction, Flag flag, String source, String target) {
}
