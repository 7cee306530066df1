/**
 * The command line: picocli commands created by Spring (constructor injection), one class
 * per command, calling the features' public types. Only this package writes to the
 * terminal: human text on stderr, one JSON document on stdout with {@code --json}.
 * {@link vn.congdoan.taphuan.cli.CommandLineApplication} boots Spring, runs the command
 * and turns the outcome into the process exit code.
 */
package vn.congdoan.taphuan.cli;
