package dev.dlint.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Renders a command's options under headings ("Output:", "Rules:", …) instead of one long list.
 * The groups name options by any of their names; an option no group names is still shown, under
 * "Other options:", so that adding an option can never hide it from --help.
 */
final class OptionGroups implements IHelpSectionRenderer {
    private final Map<String, List<String>> groups;

    OptionGroups(Map<String, List<String>> groups) {
        this.groups = new LinkedHashMap<>(groups);
    }

    /** dlint check's groups. */
    static OptionGroups check() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("Output", List.of("--format", "--output", "--report", "--statistics", "--quiet", "--no-color", "--no-progress"));
        g.put("Rules and exit code", List.of("--select", "--extend-select", "--ignore", "--fail-on", "--config"));
        g.put("Fixes", List.of("--fix", "--unsafe-fixes", "--diff", "--show-fixes"));
        g.put("Input", List.of("--stdin-filename", "--context", "--jobs", "--max-file-size"));
        g.put("Other", List.of("--verbose", "--help", "--version"));
        return new OptionGroups(g);
    }

    /** The options each heading lists, in order; unnamed ones last under "Other options". */
    Map<String, List<OptionSpec>> resolve(List<OptionSpec> options) {
        Map<String, List<OptionSpec>> out = new LinkedHashMap<>();
        Set<OptionSpec> placed = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            List<OptionSpec> members = new ArrayList<>();
            for (String name : e.getValue()) {
                for (OptionSpec o : options) {
                    if (List.of(o.names()).contains(name) && placed.add(o)) {
                        members.add(o);
                    }
                }
            }
            out.put(e.getKey(), members);
        }
        List<OptionSpec> rest = options.stream().filter(o -> !placed.contains(o) && !o.hidden()).toList();
        if (!rest.isEmpty()) {
            out.put("Other options", rest);
        }
        return out;
    }

    @Override
    public String render(Help help) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> e : resolve(help.commandSpec().options()).entrySet()) {
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
