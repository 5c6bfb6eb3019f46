package dev.dlint.model.commands;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.syntax.shell.SimpleCommand;
import dev.dlint.syntax.shell.Word;
import dev.dlint.syntax.shell.WordPart;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one simple command does, as recognized by {@link CommandRecognizer}. Every simple command
 * yields exactly one fact; {@link Other} when nothing more specific applies. Word-valued components
 * documented as "or null" are null when absent.
 */
public sealed interface CommandFact {

    /** The command seen through its wrappers. */
    Invocation invocation();

    default CommandSite site() {
        return invocation().site();
    }

    default SimpleCommand command() {
        return invocation().command();
    }

    default Span span() {
        return invocation().span();
    }

    /** Environment given to the tool by prefix assignments or {@code env X=1}. */
    default Map<String, Optional<String>> env() {
        return invocation().env();
    }

    /** The fact kind's simple name ({@code PackageInstall}), for statistics and messages. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * A package manager or build tool run on packages: install, update, remove, download, build.
     *
     * @param manager          the tool
     * @param action           normalized action: {@code install}, {@code update}, {@code upgrade}, {@code remove},
     *                         {@code sync}, {@code add}, {@code ci}, {@code download}, {@code wheel}, {@code create},
     *                         {@code mod download}, {@code build}, {@code get}, {@code fetch}; Maven/Gradle: the goals
     * @param actionWord       the word naming the action, or null (bare {@code yarn}, {@code bundle})
     * @param packages         the named packages, in order
     * @param requirementFiles pip/uv/pipenv {@code -r}, conda {@code --file}/{@code -f}
     * @param constraintFiles  pip/uv {@code -c}
     * @param editables        pip/uv {@code -e} values
     * @param args             every option and positional
     */
    record PackageInstall(Invocation invocation, Manager manager, String action, Word actionWord,
                          List<PackageArg> packages, List<Word> requirementFiles, List<Word> constraintFiles,
                          List<Word> editables, ParsedArgs args) implements CommandFact {
        public PackageInstall {
            packages = List.copyOf(packages);
            requirementFiles = List.copyOf(requirementFiles);
            constraintFiles = List.copyOf(constraintFiles);
            editables = List.copyOf(editables);
        }

        /** Whether an option (canonical name, e.g. {@code no-cache-dir}, {@code upgrade}) is given. */
        public boolean has(String option) {
            return args.has(option);
        }

        public List<Word> values(String option) {
            return args.values(option);
        }

        public boolean upgrade() {
            return has("upgrade");
        }

        public boolean noCacheDir() {
            return has("no-cache-dir") || has("no-cache");
        }

        public boolean noIndex() {
            return has("no-index");
        }

        public List<Word> findLinks() {
            return values("find-links");
        }

        public Optional<Word> wheelDir() {
            return args.value("wheel-dir");
        }

        public Optional<Word> target() {
            return args.value("target");
        }

        public boolean user() {
            return has("user");
        }

        public boolean requireHashes() {
            return has("require-hashes");
        }

        public List<Word> indexUrls() {
            return values("index-url");
        }
    }

    /**
     * A virtual environment created.
     *
     * @param tool     {@code venv} ({@code python -m venv}), {@code virtualenv}, {@code uv}, {@code conda},
     *                 {@code mamba}, {@code micromamba}
     * @param path     the directory word, or null ({@code uv venv} without a path creates {@code .venv})
     * @param packages packages installed into it at creation ({@code conda create -p P python=3.11})
     */
    record VenvCreate(Invocation invocation, String tool, Word path, List<PackageArg> packages, ParsedArgs args)
            implements CommandFact {
        public VenvCreate {
            packages = List.copyOf(packages);
        }

        /** The directory as literal text: the default {@code .venv} of {@code uv venv}, empty when expanded. */
        public Optional<String> pathLiteral() {
            return path == null ? Optional.of(".venv") : path.literal();
        }
    }

    /**
     * {@code source X/bin/activate} or {@code . X/bin/activate}.
     *
     * @param script the activate script's word
     * @param path   the venv directory: the part of the word before {@code /bin/activate}
     */
    record VenvActivate(Invocation invocation, Word script, Word path) implements CommandFact {
    }

    /**
     * A script run by an interpreter, sourced or executed directly.
     *
     * @param interpreter      {@code bash}, {@code sh}, {@code zsh}, {@code ksh}, {@code dash}, {@code ash},
     *                         {@code python}, {@code node}, {@code perl}, {@code ruby}, {@code source} (also
     *                         {@code .}) or {@code direct} ({@code ./x.sh})
     * @param script           the script file's word, or null (inline script, or read from stdin)
     * @param args             the arguments after the script (for {@code -c}: {@code $0} and the rest)
     * @param inlineScript     the text of {@code bash -c "…"} (quote removal done), or null
     * @param inlineScriptWord the word holding it, or null
     */
    record ScriptRun(Invocation invocation, String interpreter, Word script, List<Word> args, String inlineScript,
                     Word inlineScriptWord) implements CommandFact {
        public ScriptRun {
            args = List.copyOf(args);
        }

        /** Whether the script is read from stdin ({@code curl … | bash}). */
        public boolean readsStdin() {
            return script == null && inlineScript == null && !"direct".equals(interpreter);
        }

        /**
         * The inline script parsed, with spans in the file: exact when the word is a single quoted string
         * without escapes written on one physical stretch, else every span is the word's.
         */
        public Optional<ParsedScript> parseInline() {
            if (inlineScript == null) {
                return Optional.empty();
            }
            Word w = inlineScriptWord;
            boolean exact = w.parts().size() == 1 && w.span().length() == w.text().length()
                    && ((w.parts().get(0) instanceof WordPart.SingleQuoted)
                    || (w.parts().get(0) instanceof WordPart.DoubleQuoted
                    && !w.text().substring(1, w.text().length() - 1).contains("\\")))
                    && w.text().length() == inlineScript.length() + 2;
            int start = w.span().start();
            int end = w.span().end();
            OffsetMap map = exact ? OffsetMap.shifted(start + 1) : offset -> offset >= inlineScript.length() ? end : start;
            return Optional.of(ShellScriptParser.parse(inlineScript, map));
        }
    }

    /**
     * A download with curl or wget.
     *
     * @param tool       {@code curl} or {@code wget}
     * @param urls       the URL words (positionals and {@code --url})
     * @param outputFile the {@code -o}/{@code -O} file, or null ({@code -O -} and stdout count as null)
     * @param pipedInto  the fact of the command it is piped into, or null
     */
    record Download(Invocation invocation, String tool, List<Word> urls, Word outputFile, CommandFact pipedInto,
                    ParsedArgs args) implements CommandFact {
        public Download {
            urls = List.copyOf(urls);
        }

        /** The first URL, or null. */
        public Word url() {
            return urls.isEmpty() ? null : urls.get(0);
        }

        /** Whether it is piped into a shell or interpreter ({@code curl … | sudo bash}). */
        public boolean pipedIntoInterpreter() {
            return pipedInto instanceof ScriptRun r && r.readsStdin();
        }
    }

    /** {@code git clone}: the ref of {@code --branch}/{@code -b} (or {@code --revision}), and the target directory. */
    record GitClone(Invocation invocation, Word url, Word ref, Word directory, ParsedArgs args)
            implements CommandFact {
    }

    /**
     * A checkout of a fixed ref: {@code git checkout REF}, {@code git reset --hard REF}, {@code git switch --detach REF}.
     *
     * @param how {@code checkout}, {@code reset} or {@code switch}
     */
    record GitCheckout(Invocation invocation, String how, Word ref, ParsedArgs args) implements CommandFact {
    }

    /**
     * An image build: {@code docker build}, {@code docker buildx build}, {@code docker image build},
     * {@code docker builder build}, {@code podman build}, {@code buildah bud}/{@code build}.
     *
     * @param context the context word, or null
     */
    record DockerBuild(Invocation invocation, String tool, boolean cacheFrom, boolean cacheTo, Word context,
                       ParsedArgs args) implements CommandFact {
    }

    /**
     * {@code set} with shell options; each is empty when this command does not change it.
     * The words are the ones that set each option ({@code -euo} for errexit and nounset), or null.
     */
    record SetOptions(Invocation invocation, Optional<Boolean> errexit, Optional<Boolean> nounset,
                      Optional<Boolean> pipefail, Optional<Boolean> xtrace, Word errexitWord, Word nounsetWord,
                      Word pipefailWord, Word xtraceWord) implements CommandFact {
    }

    /** {@code cd}, {@code pushd}; path null for a bare {@code cd}. */
    record ChangeDir(Invocation invocation, Word path) implements CommandFact {
    }

    /** {@code rm}. */
    record Remove(Invocation invocation, List<Word> paths, boolean recursive, boolean force) implements CommandFact {
        public Remove {
            paths = List.copyOf(paths);
        }
    }

    /**
     * {@code export NAME=value …} (also {@code declare -x}).
     *
     * @param variables every variable exported, in order
     */
    record Export(Invocation invocation, List<Exported> variables) implements CommandFact {
        public Export {
            variables = List.copyOf(variables);
        }

        /** One exported variable: value null for {@code export NAME}. */
        public record Exported(String name, Word value, Span span) {
        }

        /** The first variable's name. */
        public String name() {
            return variables.isEmpty() ? "" : variables.get(0).name();
        }

        /** The first variable's value, or null. */
        public Word value() {
            return variables.isEmpty() ? null : variables.get(0).value();
        }
    }

    /** A package cache emptied: {@code pip cache purge}, {@code apt-get clean}, {@code npm cache clean} … */
    record CacheClean(Invocation invocation, Manager manager, String action) implements CommandFact {
    }

    /** Any other command. */
    record Other(Invocation invocation) implements CommandFact {
    }
}
