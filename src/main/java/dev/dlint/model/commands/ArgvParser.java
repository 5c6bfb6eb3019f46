package dev.dlint.model.commands;

import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The generic argv parser behind {@link OptionSpec#parse}. */
final class ArgvParser {
    private ArgvParser() {
    }

    static ParsedArgs parse(OptionSpec root, List<Word> args) {
        List<OptionSpec> chain = new ArrayList<>();
        chain.add(root);
        List<ParsedArgs.Option> options = new ArrayList<>();
        List<Word> positionals = new ArrayList<>();
        List<Word> subcommands = new ArrayList<>();
        Word ddash = null;
        boolean ended = false;
        int positionalsAtLevel = 0;
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            OptionSpec current = chain.get(chain.size() - 1);
            String lead = Words.leadingLiteral(w);
            boolean option = !ended && lead.length() > 1 && lead.charAt(0) == '-';
            if (!option) {
                Optional<String> lit = w.literal();
                if (!ended && positionalsAtLevel == 0 && current.hasSubcommands() && lit.isPresent()
                        && current.subcommand(lit.get()).isPresent()) {
                    chain.add(current.subcommand(lit.get()).get());
                    subcommands.add(w);
                    continue;
                }
                positionals.add(w);
                positionalsAtLevel++;
                if (current.stopAtFirstPositional()) {
                    ended = true;
                }
                continue;
            }
            if (lead.equals("--") && w.literal().isPresent()) {
                ddash = w;
                ended = true;
                continue;
            }
            boolean isLong = lead.startsWith("--");
            if (isLong || current.singleDashLong()) {
                int eq = lead.indexOf('=');
                String written = eq >= 0 ? lead.substring(0, eq) : lead;
                {
                    Optional<OptionSpec.Def> def = lookup(chain, written);
                    if (def.isPresent() || isLong || eq >= 0) {
                        String name = def.isPresent() ? def.get().canonical() : withoutDashes(written);
                        Word value = null;
                        if (eq >= 0) {
                            value = Words.dropPrefix(w, eq + 1);
                        } else if (def.isPresent() && def.get().arity() == OptionSpec.Arity.VALUE
                                && i + 1 < args.size()) {
                            value = args.get(++i);
                        }
                        options.add(new ParsedArgs.Option(name, w, value, def.isPresent()));
                        continue;
                    }
                }
            }
            // short option(s)
            Optional<OptionSpec.Def> whole = lookup(chain, lead);
            if (whole.isPresent() && w.literal().isPresent()) {
                Word value = null;
                if (whole.get().arity() == OptionSpec.Arity.VALUE && i + 1 < args.size()) {
                    value = args.get(++i);
                }
                options.add(new ParsedArgs.Option(whole.get().canonical(), w, value, true));
                continue;
            }
            if (!current.combineShort()) {
                Optional<OptionSpec.Def> def = lookup(chain, lead.substring(0, 2));
                boolean rest = lead.length() > 2 || w.literal().isEmpty();
                if (def.isPresent() && def.get().arity() == OptionSpec.Arity.VALUE
                        && (!rest || current.attachShortValue())) {
                    Word value = rest ? Words.dropPrefix(w, 2) : i + 1 < args.size() ? args.get(++i) : null;
                    options.add(new ParsedArgs.Option(def.get().canonical(), w, value, true));
                } else if (def.isPresent() && !rest) {
                    options.add(new ParsedArgs.Option(def.get().canonical(), w, null, true));
                } else {
                    options.add(new ParsedArgs.Option(withoutDashes(lead), w, null, false));
                }
                continue;
            }
            for (int j = 1; j < lead.length(); j++) {
                Optional<OptionSpec.Def> def = lookup(chain, "-" + lead.charAt(j));
                if (def.isPresent() && def.get().arity() == OptionSpec.Arity.VALUE) {
                    boolean rest = j + 1 < lead.length() || w.literal().isEmpty();
                    Word value = null;
                    if (rest && current.attachShortValue()) {
                        value = Words.dropPrefix(w, j + 1);
                    } else if (!rest && i + 1 < args.size()) {
                        value = args.get(++i);
                    }
                    options.add(new ParsedArgs.Option(def.get().canonical(), w, value, true));
                    break;
                }
                options.add(new ParsedArgs.Option(def.isPresent() ? def.get().canonical()
                        : String.valueOf(lead.charAt(j)), w, null, def.isPresent()));
            }
        }
        return new ParsedArgs(options, positionals, subcommands, ddash);
    }

    private static Optional<OptionSpec.Def> lookup(List<OptionSpec> chain, String written) {
        for (int k = chain.size() - 1; k >= 0; k--) {
            Optional<OptionSpec.Def> d = chain.get(k).lookup(written);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The option's name without its leading dashes (not a regex: this runs for every option word). */
    private static String withoutDashes(String written) {
        int k = 0;
        while (k < written.length() && written.charAt(k) == '-') {
            k++;
        }
        return written.substring(k);
    }
}
