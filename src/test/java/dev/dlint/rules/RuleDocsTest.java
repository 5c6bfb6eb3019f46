package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule docs are tests: front matter agrees with the rule's META, Example raises it, Use instead
 * does not.
 *
 * <p>A code block's info string is {@code LANG [FILE] [context[=a,b]]}. A block alone is linted
 * as one file with no build context. When some block of a section names its FILE
 * ({@code sh install.sh}), the section's blocks are one build context and are linted together.
 * {@code context} makes the block a Dockerfile in a build context of its own, holding the
 * listed (empty) files.
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
            for (List<String> codes : lint(linter, bad)) {
                assertThat(codes).as("Example of " + m.code()).contains(m.code());
            }
            for (List<String> codes : lint(linter, good)) {
                assertThat(codes).as("Use instead of " + m.code()).doesNotContain(m.code());
            }
        }));
    }

    /** The codes found per unit of a section: each block alone, or the whole section as one context. */
    private static List<List<String>> lint(Linter linter, List<RuleDoc.CodeBlock> blocks) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (blocks.stream().anyMatch(b -> info(b).file() != null)) {
            out.add(inContext(linter, blocks));
            return out;
        }
        for (RuleDoc.CodeBlock b : blocks) {
            Info i = info(b);
            if (i.context() != null) {
                out.add(inContext(linter, List.of(b)));
            } else {
                String name = switch (i.kind()) {
                    case SHELL_SCRIPT -> "install.sh";
                    case REQUIREMENTS -> "requirements.txt";
                    default -> "Dockerfile";
                };
                out.add(codes(linter.lint(SourceFile.of(name, b.code()), i.kind()).diagnostics()));
            }
        }
        return out;
    }

    private record Info(FileKind kind, String file, List<String> context) {
    }

    private static Info info(RuleDoc.CodeBlock b) {
        String[] words = b.info().trim().split("\\s+");
        FileKind kind = switch (words[0].toLowerCase(Locale.ROOT)) {
            case "sh", "bash", "shell" -> FileKind.SHELL_SCRIPT;
            case "text", "requirements" -> FileKind.REQUIREMENTS;
            default -> FileKind.DOCKERFILE;
        };
        String file = null;
        List<String> context = null;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("context")) {
                context = List.of();
            } else if (words[i].startsWith("context=")) {
                context = List.of(words[i].substring("context=".length()).split(","));
            } else {
                file = words[i];
            }
        }
        return new Info(kind, file, context);
    }

    /** Writes the blocks (and the empty files they list) into a temporary build context and lints them there. */
    private static List<String> inContext(Linter linter, List<RuleDoc.CodeBlock> blocks) throws IOException {
        Path dir = Files.createTempDirectory("dlint-doc");
        try {
            Map<Path, FileKind> files = new LinkedHashMap<>();
            for (RuleDoc.CodeBlock b : blocks) {
                Info i = info(b);
                Path f = dir.resolve(i.file() != null ? i.file() : "Dockerfile");
                Files.createDirectories(f.getParent());
                Files.writeString(f, b.code());
                files.put(f, i.kind());
                for (String extra : i.context() == null ? List.<String>of() : i.context()) {
                    if (!extra.isBlank()) {
                        Path e = dir.resolve(extra.trim());
                        Files.createDirectories(e.getParent());
                        if (!Files.exists(e)) {
                            Files.writeString(e, "");
                        }
                    }
                }
            }
            List<String> out = new ArrayList<>();
            for (Map.Entry<Path, FileKind> e : files.entrySet()) {
                SourceFile source = SourceFile.of(e.getKey(), e.getKey().getFileName().toString(),
                        Files.readString(e.getKey()), false);
                out.addAll(codes(linter.lint(source, e.getValue()).diagnostics()));
            }
            return out;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::code).toList();
    }
}
