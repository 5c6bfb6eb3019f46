package dev.dlint.rules;

/** A rule over one shell script file (an install script linted on its own). */
public interface ScriptRule extends Rule {
    void check(ScriptContext context);
}
