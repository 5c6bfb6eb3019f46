package dev.dlint.fix;

import dev.dlint.engine.FixingLinter;
import dev.dlint.engine.Linter;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import dev.dlint.testutil.CorpusManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fixes at scale: the real-world corpus copied to a work directory (Dockerfiles with their build
 * contexts) and every Dockerfile fixed in place with unsafe fixes, as {@code --fix --unsafe-fixes}
 * does, then checked: a fixed file must parse with no new E001, no fix may have been dropped for
 * breaking the file, the fixes must converge, and a second run must change nothing.
 *
 * <p>Run by {@code CorpusFixTest} and, as one command with a printed report, by
 * {@code .ci/fix-at-scale} through {@link #main}. Uses nothing but dlint's own classes.
 */
public final class FixAtScale {

    /** The counts and the files that failed each check. */
    public record Report(int files, int changed, Map<String, Integer> fixesPerRule, List<String> broken,
                         List<String> nonIdempotent, List<String> notConverged) {
        public boolean ok() {
            return broken.isEmpty() && nonIdempotent.isEmpty() && notConverged.isEmpty();
        }

        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("fix at scale: %d Dockerfiles, %d changed, %d fixes applied%n", files, changed,
                    fixesPerRule.values().stream().mapToInt(Integer::intValue).sum()));
            fixesPerRule.forEach((code, n) -> sb.append(String.format("  %-6s %5d%n", code, n)));
            sb.append(String.format("broken: %d, non-idempotent: %d, not converged: %d%n", broken.size(),
                    nonIdempotent.size(), notConverged.size()));
            Stream.of(broken, nonIdempotent, notConverged).flatMap(List::stream).limit(50)
                    .forEach(m -> sb.append("  ").append(m).append('\n'));
            return sb.toString();
        }
    }

    private final Linter linter = new Linter();

    /** Copies {@code realworld} into {@code work} (which must be empty or absent) and fixes every Dockerfile there. */
    public Report run(Path realworld, Path work) throws IOException {
        copyTree(realworld, work);
        List<Path> dockerfiles = new ArrayList<>();
        for (Path original : CorpusManifest.filesOfKind(realworld, "dockerfile")) {
            dockerfiles.add(work.resolve(realworld.relativize(original).toString()));
        }
        int changed = 0;
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        List<String> nonIdempotent = new ArrayList<>();
        List<String> notConverged = new ArrayList<>();
        for (Path p : dockerfiles) {
            String name = work.relativize(p).toString();
            byte[] before = Files.readAllBytes(p);
            long e001Before = e001(read(p, name));
            FixingLinter first = fix(p, name);
            for (var failure : first.failures()) {
                (failure.message().contains("converge") ? notConverged : broken).add(name + ": " + failure.message());
            }
            first.fixes().forEach(f -> f.applied().forEach(a -> perRule.merge(a.code(), 1, Integer::sum)));
            byte[] after = Files.readAllBytes(p);
            if (java.util.Arrays.equals(before, after)) {
                continue;
            }
            changed++;
            if (e001(read(p, name)) > e001Before) {
                broken.add(name + ": the fixed file has a new E001");
            }
            FixingLinter second = fix(p, name);
            if (!java.util.Arrays.equals(after, Files.readAllBytes(p))) {
                nonIdempotent.add(name + ": a second --fix changed it again ("
                        + second.fixes().stream().flatMap(f -> f.applied().stream()).map(FixEngine.Applied::code)
                        .toList() + ")");
            }
        }
        return new Report(dockerfiles.size(), changed, perRule, broken, nonIdempotent, notConverged);
    }

    private FixingLinter fix(Path p, String name) throws IOException {
        FixingLinter fixer = new FixingLinter(linter::lint, true, true);
        fixer.lint(read(p, name), FileKind.DOCKERFILE);
        return fixer;
    }

    private long e001(SourceFile f) {
        return linter.lint(f, FileKind.DOCKERFILE).diagnostics().stream().filter(d -> d.code().equals("E001")).count();
    }

    private static SourceFile read(Path p, String name) throws IOException {
        try {
            return new SourceReader().read(p, name);
        } catch (SourceReadException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(src)) {
                    Files.copy(src, dest);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code FixAtScale CORPUS_REALWORLD_DIR [WORK_DIR]}: prints the report; exit 1 when a check fails. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: FixAtScale CORPUS_REALWORLD_DIR [WORK_DIR]");
            System.exit(2);
        }
        Path realworld = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dlint-fix-at-scale");
        Report report = new FixAtScale().run(realworld, work.resolve("realworld"));
        System.out.print(report.summary());
        System.exit(report.ok() ? 0 : 1);
    }
}
