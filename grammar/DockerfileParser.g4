/*
 * dlint's Dockerfile parser: the structure of the line layer. A file is a sequence of parser
 * directives, comments, blank lines and instructions; an instruction is its keyword, the tokens
 * of its logical line, the newline that ends it, and the bodies of the heredocs it opened.
 * The grammar accepts every token sequence the lexer can produce, so a broken instruction never
 * derails the rest of the file: what is wrong inside an instruction is diagnosed by the
 * instruction layer (syntax.dockerfile.InstructionParser), located exactly, and the next
 * instruction is parsed as usual.
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

@header {
package dev.dlint.syntax.dockerfile.antlr;
}

dockerfile  : item* EOF ;

item        : DIRECTIVE
            | COMMENT
            | NEWLINE
            | instruction
            ;

/* The argument and heredoc-line tokens are matched here, not in rules of their own: a rule per
   token cost a context object and two listener events for each of them (a quarter of the parse). */
instruction : KEYWORD (WS | TEXT | CONTINUATION | HEREDOC_OPENER)* NEWLINE (HEREDOC_LINE | HEREDOC_END)* ;
