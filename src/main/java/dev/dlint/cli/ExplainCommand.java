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
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dlint explain CODE}: a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a rule's documentation: what it finds, why it matters, an example, what to write instead, its fix and options.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule code (CA101), name (copy-before-install) or alias (DL3006).")
    String rule;

    private final CliContext ctx;

    ExplainCommand(CliContext ctx) {
        this.ctx = ctx;
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
