package dev.dlint.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.OptionSpec;

/** Renders a command's options under headings ("Output:", "Rules:", …) instead of one long list. */
final class OptionGroups implements IHelpSectionRenderer {
    private final Map<String, List<OptionSpec>> groups;

    /** {@code groups}: heading → its options, both in the order they are shown; empty headings are left out. */
    OptionGroups(Map<String, List<OptionSpec>> groups) {
        Map<String, List<OptionSpec>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<OptionSpec>> e : groups.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        this.groups = Collections.unmodifiableMap(copy);
    }

    Map<String, List<OptionSpec>> groups() {
        return groups;
    }

    @Override
    public String render(Help help) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> e : groups.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Help.Layout layout = help.createDefaultLayout();
            for (OptionSpec o : e.getValue()) {
                layout.addOption(o, help.createDefaultParamLabelRenderer());
            }
            sb.append(String.format("%n%s:%n", e.getKey())).append(layout);
        }
        return sb.toString();
    }
}
