package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Instruction;
import java.util.List;

/**
 * What one COPY/ADD from the build context brings in.
 *
 * @param destination the destination as an absolute image path (expanded, resolved against
 *                    WORKDIR), or null when it is unknown (then
 *                    the files' image paths are null too)
 * @param intoDirectory whether sources are copied into {@code destination} as a directory (it
 *                    ends in {@code /} or is {@code .}, several sources or matches, or it is a
 *                    directory already: a WORKDIR or a directory an earlier COPY made)
 * @param files       the context files brought in, in context order per source
 * @param unresolved  the sources that bring nothing in
 */
public record CopyResolution(Instruction instruction, String destination, boolean intoDirectory,
                             List<CopiedFile> files, List<UnresolvedSource> unresolved) {

    public CopyResolution {
        files = List.copyOf(files);
        unresolved = List.copyOf(unresolved);
    }
}
