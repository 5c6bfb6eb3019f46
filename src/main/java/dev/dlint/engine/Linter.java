package dev.dlint.engine;

import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints one file at a time: parse, build the model, run the enabled rules. Instances are
 * immutable and safe to share between threads.
 */
public final class Linter {

    public FileResult lint(SourceFile file, FileKind kind) {
        List<dev.dlint.rules.Diagnostic> out = new ArrayList<>();
        // Parsing and rules are wired in as they land (see the foundation issue).
        out.sort(dev.dlint.rules.Diagnostic.ORDER);
        return new FileResult(file, out);
    }
}
