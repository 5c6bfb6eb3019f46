package dev.dlint.syntax.shell;

import java.util.Optional;

/** The result of parsing: the script (partial or empty when there is an error) and the first error. */
public record ParsedScript(Script script, Optional<ShellSyntaxError> error) {

    public boolean ok() {
        return error.isEmpty();
    }
}
