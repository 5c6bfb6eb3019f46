package dev.dlint.rules;

/** A rule over one pip requirements or constraints file. */
public interface RequirementsRule extends Rule {
    void check(RequirementsContext context);
}
