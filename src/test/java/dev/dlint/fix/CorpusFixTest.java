package dev.dlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReader;
import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Fixes at scale: every real-world Dockerfile fixed with unsafe fixes included, in memory (the
 * corpus is never written). No fix may break the file (a dropped fix is a bug), every file must
 * converge, a second run must change nothing, and nothing fixable may remain.
 */
class CorpusFixTest {

    @Test
    void everyRealWorldDockerfileFixesCleanlyAndIdempotently() throws Exception {
        Linter linter = new Linter();
        FixEngine engine = new FixEngine(true);
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int files = 0;
        int changed = 0;
        for (Path p : Corpus.filesOfKind("dockerfile")) {
            SourceFile source = new SourceReader().read(p, p.toString());
            files++;
            FixEngine.Outcome first = engine.fix(source, f -> linter.lint(f, FileKind.DOCKERFILE).diagnostics());
            first.problems().forEach(m -> problems.add(p + ": " + m));
            if (first.applied().isEmpty()) {
                continue;
            }
            changed++;
            first.applied().stream().map(FixEngine.Applied::code).distinct().forEach(code -> perRule.merge(code, 1, Integer::sum));
            writeDiffIfAsked(p, source.text(), first);
            long e001Before = linter.lint(source, FileKind.DOCKERFILE).diagnostics().stream()
                    .filter(d -> d.code().equals("E001")).count();
            SourceFile fixed = SourceFile.of(source.path(), source.displayPath(), first.text(), source.bom());
            List<Diagnostic> after = linter.lint(fixed, FileKind.DOCKERFILE).diagnostics();
            if (after.stream().filter(d -> d.code().equals("E001")).count() > e001Before) {
                problems.add(p + ": the fixed file has a new E001");
            }
            FixEngine.Outcome second = engine.fix(fixed, f -> linter.lint(f, FileKind.DOCKERFILE).diagnostics());
            if (!second.text().equals(first.text())) {
                problems.add(p + ": not idempotent (a second --fix applied " + second.applied() + ")");
            }
        }
        System.out.printf("fix at scale: %d Dockerfiles, %d changed, files fixed per rule %s, %d problems%n",
                files, changed, perRule, problems.size());
        problems.stream().limit(30).forEach(m -> System.out.println("  " + m));
        assertThat(problems).isEmpty();
    }

    /**
     * With {@code -Ddlint.corpus.diffs=WH401,CA101}, the diffs of the files those rules fixed go to
     * {@code target/corpus-fix-diffs/CODE/}, for reading the results by eye.
     */
    private static void writeDiffIfAsked(Path p, String before, FixEngine.Outcome outcome) throws java.io.IOException {
        String wanted = System.getProperty("dlint.corpus.diffs", "");
        for (String code : wanted.split(",")) {
            if (code.isBlank() || outcome.applied().stream().noneMatch(a -> a.code().equals(code.trim()))) {
                continue;
            }
            Path dir = Path.of("target", "corpus-fix-diffs", code.trim());
            java.nio.file.Files.createDirectories(dir);
            String name = p.toString().replaceAll("[^A-Za-z0-9._-]+", "_");
            java.nio.file.Files.writeString(dir.resolve(name + ".diff"), UnifiedDiff.of(p.toString(), before, outcome.text())
                    + outcome.applied().stream().map(a -> "# " + a.code() + ": " + a.description()).reduce("", (x, y) -> x + y + "\n"));
        }
    }
}
