package dev.dlint.cli;

import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleDoc;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.RuleRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dlint explain CODE}: a rule's documentation. */
public final class ExplainCommand implements Callable<Integer> {
    private final String rule;
    private final CliContext ctx;

    /** The command with the values {@code parsed} (a parsed {@link #spec()}) holds. */
    ExplainCommand(CliContext ctx, CommandSpec parsed) {
        this.ctx = ctx;
        this.rule = parsed.positionalParameters().get(0).getValue();
    }

    static CommandSpec spec() {
        CommandSpec spec = HelpOptions.command("explain");
        spec.usageMessage().description("Print a rule's documentation: what it finds, why it matters, an example,"
                + " what to write instead, its fix and options.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("RULE").arity("1").required(true).type(String.class)
                .description("A rule code (CA101), name (copy-before-install) or alias (DL3006).").build());
        return HelpOptions.addTo(spec);
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true);
        Optional<Rule> r = RuleRegistry.find(rule.trim());
        if (r.isEmpty()) {
            new PrintWriter(new OutputStreamWriter(ctx.stderr(), StandardCharsets.UTF_8), true)
                    .println("dlint: no rule '" + rule + "' (see 'dlint rules')");
            return 2;
        }
        RuleMeta m = r.get().meta();
        out.printf("%s %s (%s, %s by default, fix: %s%s)%n%n", m.code(), m.name(), m.severity().label(),
                m.enabledByDefault() ? "on" : "off", m.fix().label(),
                m.aliases().isEmpty() ? "" : ", aliases: " + String.join(", ", m.aliases()));
        Optional<RuleDoc> doc = RuleDoc.load(m.code());
        if (doc.isPresent()) {
            String md = doc.get().markdown();
            int firstSection = md.indexOf("## ");
            out.println(firstSection >= 0 ? md.substring(firstSection) : md);
        } else {
            out.println(m.summary());
        }
        return 0;
    }
}
