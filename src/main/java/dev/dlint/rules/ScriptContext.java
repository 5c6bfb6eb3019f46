package dev.dlint.rules;

import dev.dlint.config.RuleOptions;
import dev.dlint.model.ScriptAnalysis;
import java.util.List;

/** What a script rule sees: the parsed script and where to report. */
public final class ScriptContext extends FindingSink {
    private final ScriptAnalysis analysis;

    public ScriptContext(RuleMeta rule, ScriptAnalysis analysis, RuleOptions options, List<Diagnostic> out) {
        super(rule, analysis.source(), options, out);
        this.analysis = analysis;
    }

    public ScriptAnalysis analysis() {
        return analysis;
    }
}
