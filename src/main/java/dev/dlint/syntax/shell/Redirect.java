package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.Optional;

/**
 * A redirection.
 *
 * @param fd       the fd prefix as written ({@code "2"}, {@code "{fd}"}) or empty
 * @param operator {@code >}, {@code >>}, {@code <}, {@code >&}, {@code <&}, {@code <>}, {@code >|},
 *                 {@code &>}, {@code &>>}, {@code <<<}, {@code <<} or {@code <<-}
 * @param target   the word after the operator (absent for here-documents)
 * @param heredoc  the here-document of {@code <<} and {@code <<-}
 */
public record Redirect(String fd, String operator, Optional<Word> target, Optional<ShellHeredoc> heredoc,
                       Span span) {
}
