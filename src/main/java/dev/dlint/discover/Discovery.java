package dev.dlint.discover;

import java.util.List;

/** What walking the command-line paths found: the files to lint, sorted, and the problems met. */
public record Discovery(List<DiscoveredFile> files, List<DiscoveryProblem> problems) {
    public Discovery {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
