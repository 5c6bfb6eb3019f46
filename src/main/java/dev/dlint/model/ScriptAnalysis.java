package dev.dlint.model;

import dev.dlint.source.SourceFile;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;

/** What the rules learn about one shell script file, computed once. */
public final class ScriptAnalysis {
    private final SourceFile source;
    private ParsedScript parsed;

    public ScriptAnalysis(SourceFile source) {
        this.source = source;
    }

    public SourceFile source() {
        return source;
    }

    public ParsedScript parsed() {
        if (parsed == null) {
            parsed = ShellScriptParser.parse(source);
        }
        return parsed;
    }
}
