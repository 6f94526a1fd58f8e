package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does for quoting: single quotes keep everything
 * literally, double quotes allow backslash before {@code $ ` " \}, a bare backslash escapes the
 * next character, unquoted blanks separate words. Expansions, redirections and operators are not
 * interpreted (the lab's clients send plain quoted argv).
 */
final class ShellWords {

  /** An unterminated quote; sh says {@code Syntax error: Unterminated quoted string}. */
  static final class SyntaxError extends Exception {
    SyntaxError(String message) {
      super(message);
    }
  }

  private final String line;
  private final List<String> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;
  private int pos;

  private ShellWords(String line) {
    this.line = line;
  }

  static List<String> split(String line) throws SyntaxError {
    ShellWords parser = new ShellWords(line);
    parser.parse();
    return parser.words;
  }

  private void parse() throws SyntaxError {
    while (pos < line.length()) {
      char c = line.charAt(pos++);
      if (c == '\'') {
        singleQuoted();
      } else if (c == '"') {
        doubleQuoted();
      } else if (c == '\\') {
        escaped();
      } else if (c == ' ' || c == '\t' || c == '\n') {
        endWord();
      } else {
        append(c);
      }
    }
    endWord();
  }

  private void singleQuoted() throws SyntaxError {
    int end = line.indexOf('\'', pos);
    if (end < 0) {
      throw new SyntaxError("Unterminated quoted string");
    }
    inWord = true;
    word.append(line, pos, end);
    pos = end + 1;
  }

  private void doubleQuoted() throws SyntaxError {
    inWord = true;
    while (pos < line.length()) {
      char c = line.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c == '\\' && pos < line.length() && "$`\"\\\n".indexOf(line.charAt(pos)) >= 0) {
        c = line.charAt(pos++);
      }
      word.append(c);
    }
    throw new SyntaxError("Unterminated quoted string");
  }

  private void escaped() {
    if (pos < line.length()) {
      char next = line.charAt(pos++);
      if (next != '\n') {
        append(next);
      }
    }
  }

  private void append(char c) {
    inWord = true;
    word.append(c);
  }

  private void endWord() {
    if (inWord) {
      words.add(word.toString());
      word.setLength(0);
      inWord = false;
    }
  }
}
