package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.source.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule docs are tests: front matter agrees with the rule's META, Example raises it, Use instead does not.
 * A Dockerfile block whose info string carries {@code context=a.py,dir/b.txt} is linted with an in-memory
 * build context holding those (empty) files, for rules that need one (DF603).
 */
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
                assertThat(codes(rule, linter, b)).as("Example of " + m.code()).contains(m.code());
            }
            for (RuleDoc.CodeBlock b : good) {
                assertThat(codes(rule, linter, b)).as("Use instead of " + m.code()).doesNotContain(m.code());
            }
        }));
    }

    private static List<String> codes(Rule rule, Linter linter, RuleDoc.CodeBlock block) {
        String info = block.info().toLowerCase(Locale.ROOT);
        int ctx = block.info().indexOf("context=");
        if (ctx >= 0) {
            java.util.Map<String, String> files = new java.util.TreeMap<>();
            for (String f : block.info().substring(ctx + "context=".length()).trim().split(",")) {
                if (!f.isBlank()) {
                    files.put(f.trim(), "");
                }
            }
            dev.dlint.model.DockerfileAnalysis analysis = new dev.dlint.model.DockerfileAnalysis(
                    dev.dlint.syntax.dockerfile.DockerfileSyntax.parse(SourceFile.of("Dockerfile", block.code())),
                    dev.dlint.model.build.BuildContext.inMemory(files));
            List<Diagnostic> found = new java.util.ArrayList<>();
            if (rule instanceof DockerfileRule d) {
                d.check(new DockerfileContext(d.meta(), analysis, dev.dlint.config.RuleOptions.NONE, found));
            }
            return found.stream().map(Diagnostic::code).toList();
        }
        info = info.split("\\s+")[0];
        FileKind kind = switch (info) {
            case "sh", "bash", "shell" -> FileKind.SHELL_SCRIPT;
            case "text", "requirements" -> FileKind.REQUIREMENTS;
            default -> FileKind.DOCKERFILE;
        };
        String name = switch (kind) {
            case SHELL_SCRIPT -> "install.sh";
            case REQUIREMENTS -> "requirements.txt";
            default -> "Dockerfile";
        };
        return linter.lint(SourceFile.of(name, block.code()), kind).diagnostics().stream()
                .map(Diagnostic::code).toList();
    }
}
