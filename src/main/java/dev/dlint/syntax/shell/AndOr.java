package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;

/** Pipelines joined by {@code &&} and {@code ||}; {@code operators.get(i)} sits between pipeline i and i+1. */
public record AndOr(List<Pipeline> pipelines, List<Operator> operators, Span span) {
    public AndOr {
        pipelines = List.copyOf(pipelines);
        operators = List.copyOf(operators);
    }
}
