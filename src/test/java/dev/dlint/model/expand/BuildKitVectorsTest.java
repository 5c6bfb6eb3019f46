package dev.dlint.model.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs BuildKit's own lexer vectors: {@code envVarTest} (ProcessWord, lines tagged A/U/W for
 * all/Unix/Windows; we are Unix) and {@code wordsTest} (ProcessWords, with ENV lines that
 * accumulate the environment). One dynamic test per vector so the report shows pass counts.
 */
class BuildKitVectorsTest {

    private static final Map<String, String> ENV_VAR_TEST_ENV =
            Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");

    private final VariableExpander expander = VariableExpander.backslash();

    @TestFactory
    Stream<DynamicTest> envVarTest() {
        List<String> lines = ShellLexVectors.lines("envVarTest");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\|", -1);
            assertThat(parts).as("vector line %d", i + 1).hasSize(3);
            String platform = parts[0].strip();
            if (platform.equals("W")) {
                continue;
            }
            String source = parts[1].strip();
            String expected = parts[2].strip();
            int lineNo = i + 1;
            tests.add(DynamicTest.dynamicTest("envVarTest:" + lineNo + " " + source, () -> {
                ExpandResult result = expander.expand(source, lookup(ENV_VAR_TEST_ENV));
                if (expected.equals("error")) {
                    assertThat(result.error()).as("%s → %s", source, result.value()).isPresent();
                } else {
                    assertThat(result.error()).as(source).isEmpty();
                    assertThat(result.value()).as(source).isEqualTo(expected);
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wordsTest() {
        List<String> lines = ShellLexVectors.lines("wordsTest");
        Map<String, String> env = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                String assignment = line.substring(3).replaceFirst("^ +", "");
                int eq = assignment.indexOf('=');
                env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
                continue;
            }
            String[] parts = line.split("\\|", -1);
            assertThat(parts).as("vector line %d", i + 1).hasSize(2);
            String source = parts[0].strip();
            List<String> expected = List.of(parts[1].replaceFirst("^ +", "").split(",", -1));
            Map<String, String> snapshot = Map.copyOf(env);
            int lineNo = i + 1;
            tests.add(DynamicTest.dynamicTest("wordsTest:" + lineNo + " " + source, () -> {
                ExpandResult result = expander.expand(source, lookup(snapshot));
                List<String> actual = result.isError() ? List.of("error") : result.words();
                assertThat(actual).as(source).isEqualTo(expected);
            }));
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    private static Function<String, Optional<String>> lookup(Map<String, String> env) {
        return name -> Optional.ofNullable(env.get(name));
    }
}
