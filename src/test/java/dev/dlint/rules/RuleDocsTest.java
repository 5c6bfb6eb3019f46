package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.source.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rule docs are tests: front matter agrees with the rule's META, Example raises it, Use instead does not. */
class RuleDocsTest {

    @TestFactory
    Stream<DynamicTest> everyRuleHasAConsistentDocWhoseExamplesBehave() {
        return RuleRegistry.all().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().code(), () -> {
            RuleMeta m = rule.meta();
            RuleDoc doc = RuleDoc.load(m.code()).orElseThrow(() -> new AssertionError("no rules/" + m.code() + ".md"));
            assertThat(doc.frontMatter().get("code")).isEqualTo(m.code());
            assertThat(doc.frontMatter().get("name")).isEqualTo(m.name());
            assertThat(doc.frontMatter().get("severity")).isEqualTo(m.severity().label());
            assertThat(doc.frontMatter().get("fix")).isEqualTo(m.fix().label());
            assertThat(doc.aliases()).containsExactlyElementsOf(m.aliases());
            assertThat(doc.sections()).containsKeys("What it does", "Why it matters", "Example", "Use instead", "Fix", "Options");

            List<RuleDoc.CodeBlock> bad = doc.codeBlocks("Example");
            List<RuleDoc.CodeBlock> good = doc.codeBlocks("Use instead");
            assertThat(bad).as("Example code").isNotEmpty();
            assertThat(good).as("Use instead code").isNotEmpty();
            Linter linter = new Linter(List.of(rule));
            for (RuleDoc.CodeBlock b : bad) {
                assertThat(codes(linter, b)).as("Example of " + m.code()).contains(m.code());
            }
            for (RuleDoc.CodeBlock b : good) {
                assertThat(codes(linter, b)).as("Use instead of " + m.code()).doesNotContain(m.code());
            }
        }));
    }

    private static List<String> codes(Linter linter, RuleDoc.CodeBlock block) {
        FileKind kind = switch (block.info().toLowerCase(Locale.ROOT)) {
            case "sh", "bash", "shell" -> FileKind.SHELL_SCRIPT;
            case "text", "requirements" -> FileKind.REQUIREMENTS;
            default -> FileKind.DOCKERFILE;
        };
        String name = switch (kind) {
            case SHELL_SCRIPT -> "install.sh";
            case REQUIREMENTS -> "requirements.txt";
            default -> "Dockerfile";
        };
        if (block.info().toLowerCase(Locale.ROOT).endsWith(" context")) {
            // ```dockerfile context: linted as the only file of a build context on disk (rules that
            // need a real context directory, such as CA106).
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dlint-doc");
                java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve(name), block.code());
                try {
                    return linter.lint(SourceFile.of(file, name, block.code(), false), kind).diagnostics().stream()
                            .map(Diagnostic::code).toList();
                } finally {
                    java.nio.file.Files.delete(file);
                    java.nio.file.Files.delete(dir);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return linter.lint(SourceFile.of(name, block.code()), kind).diagnostics().stream()
                .map(Diagnostic::code).toList();
    }
}
