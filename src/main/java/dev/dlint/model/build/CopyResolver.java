package dev.dlint.model.build;

import dev.dlint.model.context.DockerIgnore;
import dev.dlint.model.context.Match;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves one COPY/ADD (without {@code --from}) against the build context. */
final class CopyResolver {

    private static final List<String> ARCHIVE_SUFFIXES = List.of(
            ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst");

    private final BuildModel model;
    private final Instruction instruction;
    private final BuildContext context;
    private final State state;
    private final Map<String, Variable> vars;
    private final List<Word> sources;
    private final Word destination;
    private final boolean isAdd;

    /** One context entry a source matched: a file, or a directory whose contents are copied. */
    private record Entry(Word source, String path, boolean directory, String pivot) {
    }

    CopyResolver(BuildModel model, Instruction instruction) {
        this.model = model;
        this.instruction = instruction;
        this.context = model.context();
        this.state = model.stateBefore(instruction);
        this.vars = state.variables();
        if (instruction instanceof Instruction.Copy c) {
            this.sources = c.sources() == null ? List.of() : c.sources();
            this.destination = c.destination();
            this.isAdd = false;
        } else {
            Instruction.Add a = (Instruction.Add) instruction;
            this.sources = a.sources() == null ? List.of() : a.sources();
            this.destination = a.destination();
            this.isAdd = true;
        }
    }

    static boolean endsAsDirectory(String dest) {
        return dest.endsWith("/") || dest.equals(".") || dest.endsWith("/.");
    }

    /** The heredoc a source word names ({@code <<EOF}, {@code <<-"EOF"}…), if it is one. */
    static Optional<Heredoc> heredocSource(Instruction i, Word source) {
        String text = source.text();
        if (i.heredocs().isEmpty() || !text.matches("^\\d*<<.*")) {
            return Optional.empty();
        }
        for (Heredoc h : i.heredocs()) {
            if (h.opener() != null && source.span() != null && h.opener().overlaps(source.span())) {
                return Optional.of(h);
            }
        }
        String name = text.replaceFirst("^\\d*<<-?\\s*", "").replace("\"", "").replace("'", "");
        return i.heredocs().stream().filter(h -> h.name().equals(name)).findFirst();
    }

    static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("git@")
                || lower.startsWith("git://") || lower.startsWith("ssh://");
    }

    CopyResolution resolve() {
        // Destination.
        String destPath = null;
        boolean into = sources.size() > 1;
        if (destination != null) {
            String destText = expandOrNull(destination.text());
            if (destText != null && !destText.isEmpty()) {
                into |= endsAsDirectory(destText);
                destPath = ImagePaths.resolve(state.workdir(), destText);
                if (!into && isExistingDirectory(destPath)) {
                    into = true;
                }
            }
        }
        Optional<Flag> parentsFlag = instruction.flag("parents");
        boolean parents = parentsFlag.isPresent()
                && (parentsFlag.get().value() == null || parentsFlag.get().value().equalsIgnoreCase("true"));
        DockerIgnore excludes = BuildModel.excludesOf(instruction);

        List<UnresolvedSource> unresolved = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<Word, String> expandedSources = new java.util.IdentityHashMap<>();
        for (Word src : sources) {
            if (src == null || heredocSource(instruction, src).isPresent() || isUrl(src.text())) {
                continue;
            }
            if (!context.isKnown()) {
                unresolved.add(new UnresolvedSource(instruction, src, src.text(), UnresolvedSource.Reason.CONTEXT_UNKNOWN,
                        "the build context is unknown"));
                continue;
            }
            ExpandResult r = model.expandWith(src.text(), vars);
            if (r.isError()) {
                unresolved.add(new UnresolvedSource(instruction, src, "", UnresolvedSource.Reason.EXPANSION_ERROR,
                        r.error().orElse("")));
                continue;
            }
            List<String> unknown = new ArrayList<>();
            for (String name : r.unresolved()) {
                if (vars.containsKey(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                unresolved.add(new UnresolvedSource(instruction, src, r.value(), UnresolvedSource.Reason.UNKNOWN_VARIABLE,
                        "no known value for " + String.join(", ", unknown)));
                continue;
            }
            String value = r.value();
            if (isUrl(value)) {
                // ADD ${URL}: a remote source once expanded, not a context path.
                continue;
            }
            expandedSources.put(src, value);
            String pivot = ".";
            int dot = value.indexOf("/./");
            if (parents && dot >= 0) {
                pivot = value.substring(0, dot);
            }
            String rel = ImagePaths.contextRelative(value);
            if (value.isEmpty() || rel == null) {
                unresolved.add(new UnresolvedSource(instruction, src, value, UnresolvedSource.Reason.OUTSIDE_CONTEXT,
                        value.startsWith("/") ? "absolute path: sources are relative to the build context"
                                : "the path leaves the build context"));
                continue;
            }
            String cleanPivot = ImagePaths.contextRelative(pivot);
            List<Entry> matched = match(src, rel, cleanPivot == null ? "." : cleanPivot);
            if (matched.isEmpty()) {
                unresolved.add(new UnresolvedSource(instruction, src, value, UnresolvedSource.Reason.MISSING,
                        "not found in the build context"));
                continue;
            }
            entries.addAll(matched);
        }
        if (entries.size() > 1) {
            into = true;
        }

        List<CopiedFile> files = new ArrayList<>();
        Set<Word> excludedOnly = new LinkedHashSet<>();
        Set<Word> brought = new LinkedHashSet<>();
        Map<Word, String> excludeDetail = new java.util.HashMap<>();
        for (Entry e : entries) {
            List<String> below = e.directory() ? filesBelow(e.path()) : List.of(e.path());
            for (String file : below) {
                Optional<Match> ignored = context.dockerIgnore().match(file);
                String relToSource = e.directory() ? ImagePaths.relativize(file, e.path()) : ImagePaths.baseName(file);
                if (ignored.isPresent() || excludes.isExcluded(relToSource) || excludes.isExcluded(file)) {
                    excludedOnly.add(e.source());
                    excludeDetail.putIfAbsent(e.source(), ignored
                            .map(m -> "excluded by .dockerignore pattern '" + m.pattern().text() + "'")
                            .orElse("excluded by --exclude"));
                    continue;
                }
                brought.add(e.source());
                String image;
                if (destPath == null) {
                    image = null;
                } else if (parents) {
                    image = ImagePaths.join(destPath, ImagePaths.isUnder(file, e.pivot())
                            ? ImagePaths.relativize(file, e.pivot()) : file);
                } else if (e.directory()) {
                    image = ImagePaths.join(destPath, ImagePaths.relativize(file, e.path()));
                } else {
                    image = into ? ImagePaths.join(destPath, ImagePaths.baseName(file)) : destPath;
                }
                boolean unpacked = isAdd && !e.directory() && isArchive(file);
                files.add(new CopiedFile(file, image, instruction, e.source(), unpacked));
            }
        }
        excludedOnly.removeAll(brought);
        for (Word w : excludedOnly) {
            unresolved.add(new UnresolvedSource(instruction, w, expandedSources.getOrDefault(w, w.text()), UnresolvedSource.Reason.EXCLUDED,
                    excludeDetail.getOrDefault(w, "excluded")));
        }
        return new CopyResolution(instruction, destPath, into, files, unresolved);
    }

    private String expandOrNull(String text) {
        return model.expandedOrNull(text, vars);
    }

    /**
     * Whether the image path is a directory that exists before this instruction: a WORKDIR of
     * the stage or its ancestors, or a directory an earlier COPY/ADD from the context created.
     */
    private boolean isExistingDirectory(String path) {
        Stage stage = model.stageOf(instruction).orElse(null);
        if (stage == null) {
            return false;
        }
        String prefix = path.equals("/") ? "/" : path + "/";
        for (Stage s : stage.lineage()) {
            for (Instruction i : s.instructions()) {
                if (i == instruction) {
                    break;
                }
                State st = model.stateBefore(i);
                if (st.workdirSet() && (st.workdir().equals(path) || st.workdir().startsWith(prefix))) {
                    return true;
                }
                if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
                    for (CopiedFile f : model.copiedFiles(i)) {
                        if (f.imagePath() != null && f.imagePath().startsWith(prefix)) {
                            return true;
                        }
                    }
                }
            }
        }
        return state.workdirSet() && (state.workdir().equals(path) || state.workdir().startsWith(prefix));
    }

    private static boolean isArchive(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private List<Entry> match(Word src, String rel, String pivot) {
        List<Entry> out = new ArrayList<>();
        if (!Glob.hasMeta(rel)) {
            if (rel.equals(".") || context.listDirectories().contains(rel)) {
                out.add(new Entry(src, rel, true, pivot));
            } else if (containsFile(rel)) {
                out.add(new Entry(src, rel, false, pivot));
            }
            return out;
        }
        String[] pattern = rel.split("/");
        Set<String> seen = new LinkedHashSet<>();
        for (String file : context.listFiles()) {
            String[] parts = file.split("/");
            if (parts.length < pattern.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < pattern.length && ok; k++) {
                ok = Glob.matches(pattern[k], parts[k]);
            }
            if (!ok) {
                continue;
            }
            String entry = parts.length == pattern.length ? file : String.join("/", java.util.Arrays.copyOf(parts, pattern.length));
            if (seen.add(entry)) {
                out.add(new Entry(src, entry, parts.length != pattern.length, pivot));
            }
        }
        return out;
    }

    private boolean containsFile(String rel) {
        List<String> files = context.listFiles();
        // listFiles() is sorted.
        return java.util.Collections.binarySearch(files, rel) >= 0;
    }

    private List<String> filesBelow(String dir) {
        List<String> out = new ArrayList<>();
        for (String f : context.listFiles()) {
            if (!dir.equals(f) && ImagePaths.isUnder(f, dir)) {
                out.add(f);
            }
        }
        return out;
    }
}
