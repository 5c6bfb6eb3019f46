package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;

/**
 * A context file that a COPY/ADD brings into the image.
 *
 * @param contextPath the context-relative path (forward slashes)
 * @param imagePath   the absolute path it lands at in the image; null when the destination is
 *                    unknown (it uses an ARG without a value, or its expansion fails)
 * @param instruction the COPY or ADD
 * @param source      the source argument that matched it
 * @param unpacked    ADD of a local tar archive: BuildKit extracts it into the destination
 *                    directory instead of copying it, so {@code imagePath} is not a file then
 */
public record CopiedFile(String contextPath, String imagePath, Instruction instruction, Word source,
                         boolean unpacked) {
}
