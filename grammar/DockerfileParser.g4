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

instruction : KEYWORD argument* NEWLINE heredocLine* ;

argument    : WS | TEXT | CONTINUATION | HEREDOC_OPENER ;

heredocLine : HEREDOC_LINE | HEREDOC_END ;
