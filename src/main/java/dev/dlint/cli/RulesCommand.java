package dev.dlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.RuleRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dlint rules}: the catalogue, as a table or JSON. */
public final class RulesCommand implements Callable<Integer> {
    private final String format;
    private final CliContext ctx;

    /** The command with the values {@code parsed} (a parsed {@link #spec()}) holds. */
    RulesCommand(CliContext ctx, CommandSpec parsed) {
        this.ctx = ctx;
        this.format = parsed.findOption("--format").getValue();
    }

    static CommandSpec spec() {
        CommandSpec spec = HelpOptions.command("rules");
        spec.usageMessage().description(
                "List every rule: code, name, severity, whether it is on by default, its fix, and what it finds.");
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class).defaultValue("text")
                .description("text or json (default: ${DEFAULT-VALUE}).").build());
        return HelpOptions.addTo(spec);
    }

    @Override
    public Integer call() throws Exception {
        Writer w = new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8);
        if (format.equalsIgnoreCase("json")) {
            try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (Rule r : RuleRegistry.all()) {
                    RuleMeta m = r.meta();
                    g.writeStartObject();
                    g.writeStringField("code", m.code());
                    g.writeStringField("name", m.name());
                    g.writeStringField("family", m.family());
                    g.writeStringField("severity", m.severity().label());
                    g.writeBooleanField("enabledByDefault", m.enabledByDefault());
                    g.writeStringField("fix", m.fix().label());
                    g.writeArrayFieldStart("aliases");
                    for (String a : m.aliases()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                    g.writeStringField("summary", m.summary());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            w.write("\n");
            w.flush();
            return 0;
        }
        if (!format.equalsIgnoreCase("text")) {
            new PrintWriter(new OutputStreamWriter(ctx.stderr(), StandardCharsets.UTF_8), true)
                    .println("dlint: unknown format '" + format + "' (expected text or json)");
            return 2;
        }
        PrintWriter out = new PrintWriter(w);
        out.printf("%-6s %-32s %-8s %-4s %-7s %s%n", "CODE", "NAME", "SEVERITY", "ON", "FIX", "SUMMARY");
        for (Rule r : RuleRegistry.all()) {
            RuleMeta m = r.meta();
            out.printf("%-6s %-32s %-8s %-4s %-7s %s%n", m.code(), m.name(), m.severity().label(),
                    m.enabledByDefault() ? "yes" : "no", m.fix().label(), m.summary());
        }
        out.flush();
        return 0;
    }
}
