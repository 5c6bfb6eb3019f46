package dev.dlint.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every real-world script of the corpus is recognized without an exception, one fact per simple command. */
class CommandCorpusTest {

    @Test
    void realWorldScripts() throws Exception {
        List<Path> files = Corpus.filesOfKind("script");
        assertThat(files).isNotEmpty();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> managers = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int commands = 0;
        for (Path file : files) {
            SourceFile source;
            try {
                source = new SourceReader().read(file, file.toString());
            } catch (SourceReadException e) {
                continue; // unreadable files are the reader's business, tested elsewhere
            }
            ParsedScript parsed = ShellScriptParser.parse(source);
            for (CommandSite site : parsed.script().simpleCommands()) {
                commands++;
                CommandFact fact;
                try {
                    // recognizeOne hides recognizer bugs as Other; the corpus test wants to see them
                    fact = CommandRecognizer.recognizeStrict(site);
                } catch (RuntimeException e) {
                    failures.add(file + " @" + site.command().span() + ": " + e);
                    continue;
                }
                assertThat(CommandRecognizer.recognize(site)).hasSize(1);
                assertThat(fact.span()).isEqualTo(site.command().span());
                kinds.merge(fact.kind(), 1, Integer::sum);
                if (fact instanceof CommandFact.PackageInstall pi) {
                    managers.merge(pi.manager() + " " + pi.action(), 1, Integer::sum);
                    for (PackageArg a : pi.packages()) {
                        assertThat(site.command().span().contains(a.span())).isTrue();
                    }
                }
            }
        }
        System.out.printf("commands corpus: %d scripts, %d simple commands%n", files.size(), commands);
        kinds.forEach((k, v) -> System.out.printf("  %-16s %6d%n", k, v));
        managers.forEach((k, v) -> System.out.printf("  %-30s %6d%n", k, v));
        assertThat(failures).isEmpty();
    }
}
