package dev.dlint.rules;

import dev.dlint.config.RuleOptions;
import dev.dlint.model.requirements.RequirementsFile;
import dev.dlint.model.requirements.RequirementsParser;
import dev.dlint.source.SourceFile;
import java.util.List;

/** What a requirements rule sees: the parsed file and where to report. */
public final class RequirementsContext extends FindingSink {
    private final RequirementsFile file;

    public RequirementsContext(RuleMeta rule, RequirementsFile file, RuleOptions options, List<Diagnostic> out) {
        super(rule, file.source(), options, out);
        this.file = file;
    }

    public static RequirementsFile parse(SourceFile source) {
        return RequirementsParser.parse(source);
    }

    public RequirementsFile requirements() {
        return file;
    }
}
