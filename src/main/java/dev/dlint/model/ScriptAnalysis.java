package dev.dlint.model;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandRecognizer;
import dev.dlint.source.SourceFile;
import java.util.List;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;

/** What the rules learn about one shell script file, computed once. */
public final class ScriptAnalysis {
    private final SourceFile source;
    private ParsedScript parsed;
    private List<CommandFact> commands;

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

    /** What each command does, in source order (what could be parsed of the script). */
    public List<CommandFact> commands() {
        if (commands == null) {
            commands = CommandRecognizer.recognizeAll(parsed().script());
        }
        return commands;
    }
}
