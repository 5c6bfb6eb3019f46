package dev.dlint.syntax.dockerfile;

import dev.dlint.source.SegmentedText;
import dev.dlint.source.Span;
import java.util.List;

/** The command of RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD: shell form or exec (JSON) form. */
public sealed interface Command {

    Span span();

    /**
     * Shell form: the logical text given to the shell (continuations joined, comment lines
     * dropped, trimmed), with its map back to the file for exact positions.
     */
    record ShellForm(SegmentedText text, Span span) implements Command {
        public String script() {
            return text.text();
        }
    }

    /** Exec form: the decoded JSON strings. */
    record ExecForm(List<Word> arguments, Span span) implements Command {
        public ExecForm {
            arguments = List.copyOf(arguments);
        }
    }
}
