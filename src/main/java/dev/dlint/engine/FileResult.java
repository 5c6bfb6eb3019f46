package dev.dlint.engine;

import dev.dlint.rules.Diagnostic;
import dev.dlint.source.SourceFile;
import java.util.List;

/** The findings for one linted file (including findings in files it reaches, such as scripts). */
public record FileResult(SourceFile file, List<Diagnostic> diagnostics) {
    public FileResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
