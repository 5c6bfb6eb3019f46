package dev.dlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Before/after snapshots of every fix: {@code testdata/fix/CODE/NAME.before} fixed with that rule's
 * fixes (unsafe included) must equal {@code NAME.after}; fixing the result again changes nothing,
 * and the finding the fix was for is gone. The file kind comes from NAME ({@code *.sh} is a
 * script, anything else a Dockerfile).
 */
class FixSnapshotTest {

    @TestFactory
    Stream<DynamicTest> fixesMatchTheirSnapshots() throws IOException {
        Path root = Path.of("testdata", "fix");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String code = dir.getFileName().toString();
                Rule rule = RuleRegistry.find(code).orElseThrow(() -> new AssertionError("no rule " + code));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path before : files.filter(f -> f.toString().endsWith(".before")).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(code + "/" + before.getFileName(), () -> check(rule, before)));
                    }
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(Rule rule, Path before) throws IOException {
        String name = before.getFileName().toString().replaceFirst("\\.before$", "");
        Path after = before.resolveSibling(name + ".after");
        FileKind kind = name.endsWith(".sh") ? FileKind.SHELL_SCRIPT : FileKind.DOCKERFILE;
        Linter linter = new Linter(List.of(rule));
        SourceFile source = SourceFile.of(before.resolveSibling(name), name,
                Files.readString(before, StandardCharsets.UTF_8), false);
        assertThat(codes(linter.lint(source, kind).diagnostics())).as("the .before raises the rule").contains(rule.meta().code());

        FixEngine engine = new FixEngine(true);
        FixEngine.Outcome first = engine.fix(source, f -> linter.lint(f, kind).diagnostics());
        assertThat(first.problems()).isEmpty();
        assertThat(first.applied()).isNotEmpty();
        assertThat(first.text()).isEqualTo(Files.readString(after, StandardCharsets.UTF_8));

        SourceFile fixed = SourceFile.of(source.path(), name, first.text(), false);
        FixEngine.Outcome second = engine.fix(fixed, f -> linter.lint(f, kind).diagnostics());
        assertThat(second.text()).as("a second --fix changes nothing").isEqualTo(first.text());
        assertThat(second.applied()).isEmpty();
        assertThat(first.remaining()).noneMatch(d -> d.code().equals(rule.meta().code()) && d.fix() != null);
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::code).toList();
    }
}
