package dev.dlint.syntax.dockerfile;

import dev.dlint.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: directives, comments and instructions in file order, plus the syntax errors
 * found. Parsing never fails: a broken instruction yields an error and the rest is still here.
 *
 * @param escape the escape character in force ({@code \} or {@code `})
 */
public record Dockerfile(SourceFile source, List<Directive> directives, List<Comment> comments,
                         List<Instruction> instructions, List<SyntaxError> errors, char escape) {

    public Dockerfile {
        directives = List.copyOf(directives);
        comments = List.copyOf(comments);
        instructions = List.copyOf(instructions);
        errors = List.copyOf(errors);
    }

    public Optional<Directive> directive(String key) {
        for (Directive d : directives) {
            if (d.key().equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
