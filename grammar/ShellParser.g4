/*
 * Parser for POSIX sh and the bash that install scripts use (see ShellLexer.g4 for the tokens).
 * Assignments are not told apart from other words here: the AST builder recognizes NAME=value
 * words before the command name, as POSIX does. Here-document bodies are on their own channel
 * and are matched to their << operators by the AST builder, in order.
 */
parser grammar ShellParser;

options { tokenVocab = ShellLexer; }

@header { package dev.dlint.syntax.shell.antlr; }

script      : NEWLINE* list? EOF ;

// ---------------------------------------------------------------- lists
list        : andOr (separator andOr)* separator? ;
separator   : (SEMI | AMP) NEWLINE* | NEWLINE+ ;
andOr       : pipeline ((AND_IF | OR_IF) NEWLINE* pipeline)* ;
pipeline    : BANG? command ((PIPE | PIPE_AMP) NEWLINE* command)* ;
command     : compoundCommand redirect*
            | functionDef
            | simpleCommand
            ;
body        : NEWLINE* list ;

// ---------------------------------------------------------------- compound commands
compoundCommand
            : braceGroup
            | subshell
            | ifClause
            | forClause
            | whileClause
            | caseClause
            | arithCommand
            | condCommand
            ;
braceGroup  : LBRACE body RBRACE ;
subshell    : LPAREN body RPAREN ;
ifClause    : IF body THEN body elifPart* elsePart? FI ;
elifPart    : ELIF body THEN body ;
elsePart    : ELSE body ;
forClause   : (FOR | SELECT) cmdWord (NEWLINE* IN word*)? (SEMI | NEWLINE)* doGroup
            | FOR arithBlock (SEMI | NEWLINE)* doGroup
            ;
whileClause : (WHILE | UNTIL) body doGroup ;
doGroup     : DO body DONE ;
caseClause  : CASE word NEWLINE* IN NEWLINE* caseItem* ESAC ;
caseItem    : LPAREN? word (PIPE word)* RPAREN NEWLINE* list? (caseEnd NEWLINE*)? ;
caseEnd     : DSEMI | SEMI_AMP | DSEMI_AMP ;
arithCommand: arithBlock ;
arithBlock  : DLPAREN arith ARITH_RP ARITH_RP ;
condCommand : DLBRACKET condElement* DRBRACKET ;
condElement : cmdWord | BANG | AND_IF | OR_IF | LPAREN | RPAREN | REDIR | PIPE | NEWLINE | IN ;

functionDef : FUNCTION functionName (LPAREN RPAREN)? NEWLINE* compoundCommand redirect*
            | functionName LPAREN RPAREN NEWLINE* compoundCommand redirect*
            ;
functionName: LIT ;

// ---------------------------------------------------------------- simple commands
simpleCommand
            : prefixElement* cmdWord suffixElement*
            | prefixElement+
            ;
prefixElement : redirect | arrayAssignment ;
suffixElement : word | redirect | arrayAssignment ;
arrayAssignment : ARRAY_ASSIGN (word | NEWLINE)* RPAREN ;
redirect    : REDIR word
            | HEREDOC_OP HEREDOC_DELIM
            ;

// ---------------------------------------------------------------- words
// The parts of one word are separated by JOIN; a word in command position may not start with a
// reserved word.
word        : wordPart (JOIN wordPart)* ;
cmdWord     : part (JOIN wordPart)* ;
wordPart    : part | keyword ;
keyword     : IF | THEN | ELSE | ELIF | FI | DO | DONE | CASE | ESAC | WHILE | UNTIL | FOR | SELECT
            | IN | FUNCTION | LBRACE | RBRACE | BANG | DLBRACKET | DRBRACKET
            ;
part        : LIT
            | SQ
            | ANSI_SQ
            | DOLLAR_NAME
            | doubleQuoted
            | paramExpansion
            | commandSubstitution
            | arithExpansion
            | backquoted
            | processSubstitution
            ;
doubleQuoted: DQ_START dqPart* DQ_END ;
dqPart      : DQ_TEXT | DOLLAR_NAME | paramExpansion | commandSubstitution | arithExpansion | backquoted ;
paramExpansion : DOLLAR_BRACE paramPart* PARAM_END ;
paramPart   : PARAM_TEXT | SQ | DOLLAR_NAME | doubleQuoted | paramExpansion | commandSubstitution
            | arithExpansion | backquoted
            ;
commandSubstitution : DOLLAR_PAREN subscript CMDSUB_END ;
backquoted  : BQ_START subscript BQ_END ;
processSubstitution : (PROC_IN | PROC_OUT) subscript CMDSUB_END ;
subscript   : NEWLINE* list? ;
arithExpansion : DOLLAR_DPAREN arith ARITH_RP ARITH_RP ;
arith       : arithPart* ;
arithPart   : ARITH_TEXT | ARITH_LP arith ARITH_RP | DOLLAR_NAME | paramExpansion | commandSubstitution
            | arithExpansion | backquoted
            ;
