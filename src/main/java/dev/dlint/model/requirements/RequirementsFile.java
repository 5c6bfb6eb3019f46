package dev.dlint.model.requirements;

import dev.dlint.source.SourceFile;
import java.util.List;

/** A parsed pip requirements or constraints file: its entries in file order. */
public record RequirementsFile(SourceFile source, List<RequirementLine> lines) {

    public RequirementsFile {
        lines = List.copyOf(lines);
    }

    public List<Requirement> requirements() {
        return only(Requirement.class);
    }

    public List<Include> includes() {
        return only(Include.class);
    }

    public List<GlobalOption> globalOptions() {
        return only(GlobalOption.class);
    }

    public List<Unparsed> unparsed() {
        return only(Unparsed.class);
    }

    private <T extends RequirementLine> List<T> only(Class<T> type) {
        return lines.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
