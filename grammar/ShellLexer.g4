/*
 * Lexer for POSIX sh and the bash that install scripts use.
 *
 * Word structure is split into tokens (literal runs, quotes, expansions); the parser groups the
 * parts of one word because the lexer puts a zero-width JOIN token between two parts that touch
 * (see nextToken in ShellLexerBase). Nested constructs use modes:
 *   DEFAULT_MODE  commands; also the inside of $( ), ` `, <( ) and >( ) (pushed again)
 *   DQ            inside "..."
 *   PARAM         inside ${...} (loosely: text plus nested expansions)
 *   ARITH         inside $(( )) and (( )) (loosely: text, balanced parentheses, expansions)
 *   HEREDOC_WORD_MODE the word after << or <<-
 *   HEREDOC_BODY_MODE the lines of pending here-documents, after the newline that ends their command
 * The decisions that need state (which ')' closes a $( ), which '`' closes a backquote, where a
 * here-document ends) are taken in actions at the end of rules, never in predicates, so the DFA
 * cache stays valid.
 */
lexer grammar ShellLexer;

options { superClass = ShellLexerBase; }

@header { package dev.dlint.syntax.shell.antlr; }

tokens { JOIN, CMDSUB_END, BQ_START, BQ_END, HEREDOC_LINE, HEREDOC_END }

channels { HEREDOC }

// ---------------------------------------------------------------- default mode: commands

LINE_CONT : '\\' '\r'? '\n' -> channel(HIDDEN) ;
WS        : [ \t\r\f]+ -> channel(HIDDEN) ;
NEWLINE   : '\r'? '\n' { onNewline(); } ;
COMMENT   : '#' ~[\r\n]* { onComment(); } ;

AND_IF    : '&&' ;
OR_IF     : '||' ;
DSEMI_AMP : ';;&' ;
DSEMI     : ';;' ;
SEMI_AMP  : ';&' ;
SEMI      : ';' ;
PIPE_AMP  : '|&' ;
PIPE      : '|' ;
AMP       : '&' ;

// Redirections: an optional fd number or {var} prefix is part of the operator.
HEREDOC_OP : FD_PREFIX? '<<' '-'? { onHeredocOperator(); } ;
REDIR      : FD_PREFIX? ('>' | '>>' | '<' | '>&' | '<&' | '<>' | '>|' | '<<<')
           | '&>' | '&>>'
           ;
fragment FD_PREFIX : [0-9]+ | '{' NAME '}' ;

PROC_IN   : '<(' { openSubstitution(); } ;
PROC_OUT  : '>(' { openSubstitution(); } ;
DLPAREN   : '((' { openArithmetic(); } ;
LPAREN    : '(' { onLeftParen(); } ;
RPAREN    : ')' { onRightParen(); } ;

DOLLAR_DPAREN : '$((' { openArithmetic(); } ;
DOLLAR_PAREN  : '$(' { openSubstitution(); } ;
DOLLAR_BRACE  : '${' -> pushMode(PARAM) ;
DOLLAR_NAME   : '$' SPECIAL_PARAM ;
ANSI_SQ       : '$\'' (~[\\'] | '\\' .)* '\'' ;
DQ_START      : '$'? '"' -> pushMode(DQ) ;
SQ            : '\'' ~'\''* '\'' ;
BACKQUOTE     : '`' { onBackquote(); } ;

// Reserved words. They are tokens of their own everywhere; the parser accepts them as ordinary
// words except in command position. Listed before LIT so that an exact match is a keyword.
IF         : 'if' ;
THEN       : 'then' ;
ELSE       : 'else' ;
ELIF       : 'elif' ;
FI         : 'fi' ;
DO         : 'do' ;
DONE       : 'done' ;
CASE       : 'case' { onCase(+1); } ;
ESAC       : 'esac' { onCase(-1); } ;
WHILE      : 'while' ;
UNTIL      : 'until' ;
FOR        : 'for' ;
SELECT     : 'select' ;
IN         : 'in' ;
FUNCTION   : 'function' ;
LBRACE     : '{' ;
RBRACE     : '}' ;
BANG       : '!' ;
DLBRACKET  : '[[' ;
DRBRACKET  : ']]' ;

// NAME=( or NAME+=( opens an array assignment.
ARRAY_ASSIGN : NAME ('[' ~[\]\n]* ']')? '+'? '=(' { onLeftParen(); } ;

// A run of unquoted characters (escapes included; globs, '=', '~', '{' are split out later).
// A word cannot start with '#' (that is a comment) nor with a line continuation.
LIT : (LIT_CHAR | '\\' ~[\r\n]) (LIT_CHAR | '#' | '\\' .)*
    | '$'
    ;
fragment LIT_CHAR : ~[ \t\r\n\f;&|<>()'"`$\\#] ;

ERROR_CHAR : . ;

fragment NAME : [a-zA-Z_] [a-zA-Z0-9_]* ;
fragment SPECIAL_PARAM : NAME | [0-9] | [@*#?$!\-] ;

// ---------------------------------------------------------------- "..."
mode DQ;

DQ_END         : '"' -> popMode ;
DQ_DPAREN      : '$((' { openArithmetic(); setType(DOLLAR_DPAREN); } ;
DQ_PAREN       : '$(' { openSubstitution(); setType(DOLLAR_PAREN); } ;
DQ_BRACE       : '${' { pushMode(PARAM); setType(DOLLAR_BRACE); } ;
DQ_NAME        : '$' SPECIAL_PARAM { setType(DOLLAR_NAME); } ;
DQ_BACKQUOTE   : '`' { onBackquote(); } ;
DQ_TEXT        : (~["\\$`] | '\\' .)+ | '$' | '\\' ;

// ---------------------------------------------------------------- ${...}
mode PARAM;

PARAM_END      : '}' -> popMode ;
P_DPAREN       : '$((' { openArithmetic(); setType(DOLLAR_DPAREN); } ;
P_PAREN        : '$(' { openSubstitution(); setType(DOLLAR_PAREN); } ;
P_BRACE        : '${' { pushMode(PARAM); setType(DOLLAR_BRACE); } ;
P_NAME         : '$' SPECIAL_PARAM { setType(DOLLAR_NAME); } ;
P_DQ           : '"' { pushMode(DQ); setType(DQ_START); } ;
P_SQ           : '\'' ~'\''* '\'' { setType(SQ); } ;
P_BACKQUOTE    : '`' { onBackquote(); } ;
PARAM_TEXT     : (~[}$`"'\\] | '\\' .)+ | '$' | '\'' | '\\' ;

// ---------------------------------------------------------------- $(( )) and (( ))
mode ARITH;

ARITH_LP       : '(' -> pushMode(ARITH) ;
ARITH_RP       : ')' -> popMode ;
A_DPAREN       : '$((' { openArithmetic(); setType(DOLLAR_DPAREN); } ;
A_PAREN        : '$(' { openSubstitution(); setType(DOLLAR_PAREN); } ;
A_BRACE        : '${' { pushMode(PARAM); setType(DOLLAR_BRACE); } ;
A_NAME         : '$' SPECIAL_PARAM { setType(DOLLAR_NAME); } ;
A_BACKQUOTE    : '`' { onBackquote(); } ;
ARITH_TEXT     : (~[()$`\\] | '\\' .)+ | '$' | '\\' ;

// ---------------------------------------------------------------- the word after << / <<-
mode HEREDOC_WORD_MODE;

HD_WS          : [ \t]+ -> channel(HIDDEN) ;
HEREDOC_DELIM  : (~[ \t\r\n;&|<>()'"\\] | '\\' . | '\'' ~'\''* '\'' | '"' (~["\\] | '\\' .)* '"')+
                 { onHeredocDelimiter(); } ;
HD_MISSING     : . { popMode(); setType(ERROR_CHAR); } ;

// ---------------------------------------------------------------- here-document bodies
mode HEREDOC_BODY_MODE;

HD_LINE        : (~[\n]* '\n' | ~[\n]+) { onHeredocLine(); } ;
