package dev.dlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Rule;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final Path FILE = Path.of("/work/proj/.dlint.yaml");
    private static final String MOUNT = "FROM x:1\nRUN --mount=type=cache,target=/c echo\n";

    private static List<String> codes(LintSettings s, String dockerfile) {
        return new Linter(s).lint(SourceFile.of(Path.of("/work/proj/Dockerfile"), "Dockerfile", dockerfile, false),
                FileKind.DOCKERFILE).diagnostics().stream().map(d -> d.code() + ":" + d.severity().label()).toList();
    }

    @Test
    void parsesEveryKey() throws Exception {
        Config c = ConfigLoader.parse(FILE, """
                select: [DF, E001]
                ignore: [missing-syntax-directive]
                extend-select: DF601
                severity:
                  DF601: error
                per-file-ignores:
                  "legacy/*": [DF601]
                fail-on: warning
                rules:
                  DF601: {always: true, managers: [pip, apt]}
                """);
        assertThat(c.select()).containsExactly("DF", "E001");
        assertThat(c.ignore()).containsExactly("missing-syntax-directive");
        assertThat(c.extendSelect()).containsExactly("DF601");
        assertThat(c.severity()).containsEntry("DF601", Severity.ERROR);
        assertThat(c.failOn()).isEqualTo(Severity.WARNING);
        assertThat(c.ruleOptions().get("DF601").bool("always", false)).isTrue();
        assertThat(c.ruleOptions().get("DF601").strings("managers", List.of())).containsExactly("pip", "apt");
    }

    @Test
    void errorsNameFileLineAndKey() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "select: [DF]\nfail-on: sometimes\n"))
                .hasMessage("/work/proj/.dlint.yaml:2: fail-on: expected error, warning or info, got \"sometimes\"");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "selct: [DF]\n"))
                .hasMessageStartingWith("/work/proj/.dlint.yaml:1: selct: unknown key");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "ignore:\n  - DF601\n  - XX999\n"))
                .hasMessage("/work/proj/.dlint.yaml:3: ignore: no rule, name or prefix matches \"XX999\"");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "select: [\n"))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void selectionSeverityAndPerFileIgnoresApply() throws Exception {
        assertThat(codes(LintSettings.defaults(), MOUNT)).containsExactly("DF601:warning");
        assertThat(codes(LintSettings.from(ConfigLoader.parse(FILE, "ignore: [DF601]\n"), Path.of("/")), MOUNT)).isEmpty();
        assertThat(codes(LintSettings.from(ConfigLoader.parse(FILE, "severity: {DF601: info}\n"), Path.of("/")), MOUNT))
                .containsExactly("DF601:info");
        assertThat(codes(LintSettings.from(ConfigLoader.parse(FILE, "per-file-ignores: {Dockerfile: [DF]}\n"), Path.of("/")), MOUNT))
                .isEmpty();
        List<Rule> onlyE001 = RuleSelection.select(ConfigLoader.parse(FILE, "select: [E001]\n"));
        assertThat(onlyE001).extracting(r -> r.meta().code()).containsExactly("E001");
    }

    @Test
    void syntaxErrorsCannotBeIgnored() throws Exception {
        Config c = ConfigLoader.parse(FILE, "ignore: [E001]\n");
        assertThat(RuleSelection.select(c)).extracting(r -> r.meta().code()).contains("E001");
    }

    @Test
    void pragmasSuppressTheNextInstructionOrTheFile() {
        LintSettings s = LintSettings.defaults();
        assertThat(codes(s, "FROM x:1\n# dlint ignore=DF601 we pin the builder\nRUN --mount=type=cache,target=/c \\\n  echo\n")).isEmpty();
        assertThat(codes(s, "FROM x:1\n# dlint ignore=DF601\nRUN echo\nRUN --mount=type=cache,target=/c echo\n"))
                .containsExactly("DF601:warning");
        assertThat(codes(s, "FROM x:1\nRUN --mount=type=cache,target=/c echo\n# dlint global ignore=missing-syntax-directive\n")).isEmpty();
        assertThat(codes(s, "# check=skip=DF601\nFROM x:1\nRUN --mount=type=cache,target=/c echo\n")).isEmpty();
        assertThat(codes(s, "FROM x:1\n# dlint ignore=E001\nCOPPY a b\n")).containsExactly("E001:error");
    }

    @Test
    void linePragmasInScripts() {
        SourceFile f = SourceFile.of("x.sh", "#!/bin/sh\n# dlint ignore=DF601\n\necho a\necho b\n");
        Suppressions s = Suppressions.ofLines(f);
        Diagnostic onLine4 = new Diagnostic(f, new dev.dlint.source.Span(32, 33),
                dev.dlint.rules.dockerfile.MissingSyntaxDirective.META, Severity.WARNING, "m", null, List.of());
        assertThat(f.positionOf(32).line()).isEqualTo(4);
        assertThat(s.suppresses(onLine4)).isTrue();
    }
}
