package dev.dlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.config.LintSettings;
import dev.dlint.config.RuleOptions;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Before/after snapshots of every fix: {@code testdata/fix/CODE/NAME.before} fixed with that rule's
 * fixes (unsafe included) must equal {@code NAME.after}; fixing the result again changes nothing,
 * and the finding the fix was for is gone. The file kind comes from NAME ({@code *.sh} is a
 * script, anything else a Dockerfile). The files beside the snapshots are the build context.
 *
 * <p>Optional companions: {@code NAME.settings} ({@code rules: CODE …} lints and fixes with these
 * rules too, to snapshot fixes composing through the engine's passes; {@code option: key=value}
 * sets a boolean or string option of the directory's rule) and {@code NAME.created/} (the files the
 * fix creates, by relative path; without it the fix must create none).
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
                    for (Path before : files.filter(f -> f.toString().endsWith(".before") && Files.isRegularFile(f))
                            .sorted().toList()) {
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
        Path settings = before.resolveSibling(name + ".settings");
        List<Rule> rules = new ArrayList<>(List.of(rule));
        Map<String, Object> options = new LinkedHashMap<>();
        if (Files.exists(settings)) {
            for (String line : Files.readAllLines(settings, StandardCharsets.UTF_8)) {
                if (line.startsWith("rules:")) {
                    for (String code : line.substring(6).trim().split("\\s+")) {
                        rules.add(RuleRegistry.find(code).orElseThrow(() -> new AssertionError("no rule " + code)));
                    }
                } else if (line.startsWith("option:")) {
                    String[] kv = line.substring(7).trim().split("=", 2);
                    options.put(kv[0], kv[1].equals("true") || kv[1].equals("false") ? Boolean.valueOf(kv[1]) : kv[1]);
                }
            }
        }
        Linter linter = new Linter(new LintSettings(rules, Map.of(),
                Map.of(rule.meta().code(), new RuleOptions(options)), List.of(), null));
        SourceFile source = SourceFile.of(before.resolveSibling(name), name,
                Files.readString(before, StandardCharsets.UTF_8), false);
        assertThat(codes(linter.lint(source, kind).diagnostics())).as("the .before raises the rule").contains(rule.meta().code());

        FixEngine engine = new FixEngine(true);
        FixEngine.Outcome first = engine.fix(source, f -> linter.lint(f, kind).diagnostics());
        assertThat(first.problems()).isEmpty();
        assertThat(first.applied()).isNotEmpty();
        assertThat(first.text()).isEqualTo(Files.readString(after, StandardCharsets.UTF_8));

        Path createdDir = before.resolveSibling(name + ".created");
        Map<String, String> expectedCreated = new TreeMap<>();
        if (Files.isDirectory(createdDir)) {
            try (Stream<Path> walk = Files.walk(createdDir)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    expectedCreated.put(createdDir.relativize(f).toString().replace('\\', '/'),
                            Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> created = new TreeMap<>();
        first.newFiles().forEach(nf -> created.put(nf.relativePath(), nf.content()));
        assertThat(created).as("the files the fix creates").isEqualTo(expectedCreated);

        // With created files, the second run sees them: a copy of the context with them written.
        Path fixedPath = source.path();
        if (!created.isEmpty()) {
            Path copy = Files.createTempDirectory("dlint-fix-snapshot");
            Path dir = before.getParent();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(dir.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
            for (Map.Entry<String, String> e : created.entrySet()) {
                Files.writeString(copy.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            fixedPath = copy.resolve(name);
        }
        SourceFile fixed = SourceFile.of(fixedPath, name, first.text(), false);
        FixEngine.Outcome second = engine.fix(fixed, f -> linter.lint(f, kind).diagnostics());
        assertThat(second.text()).as("a second --fix changes nothing").isEqualTo(first.text());
        assertThat(second.applied()).isEmpty();
        assertThat(first.remaining()).noneMatch(d -> d.code().equals(rule.meta().code()) && d.fix() != null);
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::code).toList();
    }
}
