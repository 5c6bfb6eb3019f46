package dev.dlint.syntax.shell;

import java.util.List;
import java.util.Optional;

/**
 * A simple command with its surroundings, as yielded by {@link Script#simpleCommands()}.
 *
 * @param command        the command
 * @param pipeline       the pipeline it is part of; it is {@code pipeline.commands().get(pipelineIndex)}
 * @param pipelineIndex  its position in the pipeline (0 = first; &gt; 0 means something is piped into it)
 * @param andOr          the and-or list holding the pipeline, at {@code andOr.pipelines().get(andOrIndex)}
 * @param andOrIndex     the pipeline's position in the and-or list
 * @param list           the statement list holding the and-or list, at {@code list.statements().get(statementIndex)}
 * @param statementIndex the statement's position in that list
 * @param ordinal        the position of this command among all the script's simple commands, in source order
 * @param enclosing      the compound commands around it, outermost first (functions, subshells, loops …)
 * @param substitutionDepth how many command substitutions it is inside (0 = runs in the script's own shell
 *                       unless a subshell encloses it)
 */
public record CommandSite(SimpleCommand command, Pipeline pipeline, int pipelineIndex, AndOr andOr, int andOrIndex,
                          CommandList list, int statementIndex, int ordinal, List<Command> enclosing,
                          int substitutionDepth) {
    public CommandSite {
        enclosing = List.copyOf(enclosing);
    }

    /** The {@code |} before this command, when something is piped into it. */
    public Optional<Operator> pipeBefore() {
        return pipelineIndex > 0 ? Optional.of(pipeline.pipes().get(pipelineIndex - 1)) : Optional.empty();
    }

    /** The {@code |} after this command, when its output is piped on. */
    public Optional<Operator> pipeAfter() {
        // After error recovery a pipeline can end in a pipe with no command after it.
        return pipelineIndex < pipeline.pipes().size() && pipelineIndex + 1 < pipeline.commands().size()
                ? Optional.of(pipeline.pipes().get(pipelineIndex))
                : Optional.empty();
    }

    /** The command piped into this one, when it is a simple command. */
    public Optional<SimpleCommand> upstream() {
        if (pipelineIndex == 0) {
            return Optional.empty();
        }
        return pipeline.commands().get(pipelineIndex - 1) instanceof SimpleCommand s ? Optional.of(s) : Optional.empty();
    }

    /** Whether it runs in a child shell because of a subshell or a command substitution around it. */
    public boolean inSubshell() {
        return substitutionDepth > 0 || enclosing.stream().anyMatch(c -> c instanceof Subshell);
    }

    /** Whether it is inside a function body (it runs only when the function is called). */
    public boolean inFunction() {
        return enclosing.stream().anyMatch(c -> c instanceof FunctionDef);
    }
}
