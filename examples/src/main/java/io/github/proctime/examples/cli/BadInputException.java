package io.github.proctime.examples.cli;

import io.github.proctime.ProctimeException;

/** A command-line value that cannot be used; the CLI exits with code 1 and prints the message. */
final class BadInputException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
