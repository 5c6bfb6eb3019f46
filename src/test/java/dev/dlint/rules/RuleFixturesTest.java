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
                        tests.add(DynamicTest.dynamicTest(code + "/" + f.getFileName(), () -> check(rule, f)));
                    }
                }
            }
        }
        return tests.stream();
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
