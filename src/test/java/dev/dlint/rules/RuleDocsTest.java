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
            if (bad.stream().anyMatch(RuleDocsTest::named)) {
                assertThat(contextCodes(linter, bad)).as("Example of " + m.code()).contains(m.code());
                assertThat(contextCodes(linter, good)).as("Use instead of " + m.code()).doesNotContain(m.code());
                return;
            }
            for (RuleDoc.CodeBlock b : bad) {
                assertThat(codes(linter, b)).as("Example of " + m.code()).contains(m.code());
            }
            for (RuleDoc.CodeBlock b : good) {
                assertThat(codes(linter, b)).as("Use instead of " + m.code()).doesNotContain(m.code());
            }
        }));
    }

    /** A block whose info string names its file ({@code sh install.sh}): the section is one build context. */
    private static boolean named(RuleDoc.CodeBlock b) {
        return b.info().trim().split("\\s+").length > 1;
    }

    /** Lints the named blocks of a section together, written to a temporary build context. */
    private static List<String> contextCodes(Linter linter, List<RuleDoc.CodeBlock> blocks) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dlint-doc");
        java.util.List<String> out = new java.util.ArrayList<>();
        try {
            java.util.Map<java.nio.file.Path, FileKind> files = new java.util.LinkedHashMap<>();
            for (RuleDoc.CodeBlock b : blocks) {
                String[] info = b.info().trim().split("\\s+");
                String name = info.length > 1 ? info[1] : "Dockerfile";
                java.nio.file.Path f = dir.resolve(name);
                java.nio.file.Files.createDirectories(f.getParent());
                java.nio.file.Files.writeString(f, b.code());
                files.put(f, kindOf(info[0]));
            }
            for (var e : files.entrySet()) {
                SourceFile source = SourceFile.of(e.getKey(), e.getKey().getFileName().toString(),
                        java.nio.file.Files.readString(e.getKey()), false);
                linter.lint(source, e.getValue()).diagnostics().forEach(d -> out.add(d.code()));
            }
        } finally {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return out;
    }

    private static FileKind kindOf(String info) {
        return switch (info.toLowerCase(Locale.ROOT)) {
            case "sh", "bash", "shell" -> FileKind.SHELL_SCRIPT;
            case "text", "requirements" -> FileKind.REQUIREMENTS;
            default -> FileKind.DOCKERFILE;
        };
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
        return linter.lint(SourceFile.of(name, block.code()), kind).diagnostics().stream()
                .map(Diagnostic::code).toList();
    }
}
