package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixtures under {@code testdata/rules/CODE/} carry their expectations inline: each
 * {@code # expect: CODE LINE:COLUMN} comment names one finding the file must produce. A fixture
 * without one is a negative: the rule of its directory must stay silent. Findings of other rules
 * are ignored unless expected.
 *
 * <p>A fixture that is a directory is a whole build context (Dockerfile, scripts, requirements,
 * .dockerignore): every lintable file in it is linted with the directory as context, and each
 * file's {@code # expect:} comments name the findings in that file.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Z]+[0-9]+)\\s+(\\d+):(\\d+)");

    @TestFactory
    Stream<DynamicTest> fixturesProduceExactlyTheirExpectations() throws IOException {
        Path root = Path.of("testdata", "rules");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String code = dir.getFileName().toString();
                Rule rule = RuleRegistry.find(code).orElseThrow(() -> new AssertionError("no rule " + code));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(code + "/" + f.getFileName(), () -> {
                            if (Files.isDirectory(f)) {
                                checkContext(rule, f);
                            } else {
                                check(rule, f);
                            }
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void checkContext(Rule rule, Path dir) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        TreeSet<String> actual = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString();
            Matcher m = EXPECT.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                expected.add(rel + " " + m.group(1) + " " + m.group(2) + ":" + m.group(3));
            }
        }
        Linter linter = new Linter(List.of(rule));
        for (Path f : files) {
            FileKind kind = contextKindOf(f);
            if (kind == null) {
                continue;
            }
            SourceFile source = SourceFile.of(f, f.toString(), Files.readString(f, StandardCharsets.UTF_8), false);
            for (Diagnostic d : linter.lint(source, kind).diagnostics()) {
                String rel = d.file().path() == null ? d.file().displayPath()
                        : dir.toAbsolutePath().relativize(d.file().path().toAbsolutePath()).toString();
                actual.add(rel + " " + d.code() + " " + d.start().line() + ":" + d.start().column());
            }
        }
        String code = rule.meta().code();
        actual.removeIf(a -> !a.contains(" " + code + " ") && expected.stream().noneMatch(e -> e.equals(a)));
        assertThat(actual).as(dir.toString()).containsExactlyElementsOf(expected);
    }

    private static FileKind contextKindOf(Path p) {
        String n = p.getFileName().toString();
        if (n.equals("Dockerfile") || n.startsWith("Dockerfile.") || n.endsWith(".Dockerfile") || n.equals("Containerfile")) {
            return FileKind.DOCKERFILE;
        }
        if (n.endsWith(".sh") || n.endsWith(".bash")) {
            return FileKind.SHELL_SCRIPT;
        }
        if ((n.startsWith("requirements") || n.startsWith("constraints")) && n.endsWith(".txt")) {
            return FileKind.REQUIREMENTS;
        }
        return null;
    }

    private static void check(Rule rule, Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        TreeSet<String> expected = new TreeSet<>();
        Matcher m = EXPECT.matcher(text);
        while (m.find()) {
            expected.add(m.group(1) + " " + m.group(2) + ":" + m.group(3));
        }
        SourceFile source = SourceFile.of(fixture, fixture.toString(), text, false);
        TreeSet<String> actual = new TreeSet<>();
        for (Diagnostic d : new Linter(List.of(rule)).lint(source, kindOf(fixture)).diagnostics()) {
            if (d.code().equals(rule.meta().code()) || expected.stream().anyMatch(e -> e.startsWith(d.code() + " "))) {
                actual.add(d.code() + " " + d.start().line() + ":" + d.start().column());
            }
        }
        assertThat(actual).as(fixture.toString()).containsExactlyElementsOf(expected);
    }

    static FileKind kindOf(Path p) {
        String n = p.getFileName().toString();
        if (n.endsWith(".sh") || n.endsWith(".bash")) {
            return FileKind.SHELL_SCRIPT;
        }
        if (n.endsWith(".txt") || n.endsWith(".in")) {
            return FileKind.REQUIREMENTS;
        }
        return FileKind.DOCKERFILE;
    }
}
