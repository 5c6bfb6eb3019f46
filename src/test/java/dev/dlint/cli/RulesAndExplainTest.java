package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.Linter;
import dev.dlint.rules.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesAndExplainTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Path.of("").toAbsolutePath(), false,
                s -> new Linter(s)::lint);
        int code = Main.run(args, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rulesListsTheCatalogue() throws Exception {
        Run text = run("rules");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("DF601", "missing-syntax-directive");
        Run json = run("rules", "--format", "json");
        JsonNode arr = new ObjectMapper().readTree(json.out());
        assertThat(arr).hasSize(RuleRegistry.all().size());
        assertThat(arr.get(0).get("code").asText()).isEqualTo("E001");
    }

    @Test
    void explainPrintsTheDocByCodeOrName() {
        Run r = run("explain", "missing-syntax-directive");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("DF601 missing-syntax-directive").contains("## Why it matters");
        Run missing = run("explain", "XX999");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no rule 'XX999'");
    }
}
