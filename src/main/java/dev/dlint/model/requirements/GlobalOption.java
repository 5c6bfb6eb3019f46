package dev.dlint.model.requirements;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A file-wide pip option such as {@code --index-url URL} or {@code --no-index}.
 *
 * @param name       the long form ({@code --index-url} also for {@code -i})
 * @param value      the argument, absent for flags
 * @param optionSpan the option and its argument
 */
public record GlobalOption(String name, Optional<String> value, Span span, Span optionSpan, List<String> envVars)
        implements RequirementLine {

    public GlobalOption {
        envVars = List.copyOf(envVars);
    }
}
