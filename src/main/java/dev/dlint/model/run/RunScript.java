package dev.dlint.model.run;

import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.ParsedScript;

/**
 * The shell code a RUN executes, parsed, with spans in the Dockerfile.
 *
 * @param instruction the RUN (or the ONBUILD trigger's RUN)
 * @param parsed      the parse; its script is empty when {@code opaque}
 * @param opaque      true when the body is not POSIX shell (a PowerShell or cmd SHELL, a heredoc
 *                    with a non-shell shebang): no shell rule looks inside
 */
public record RunScript(Instruction.Run instruction, ParsedScript parsed, boolean opaque) {
}
