/** The command line: parses arguments, runs one stage or the whole build, prints problems, and is the only place that exits the JVM. */
package vn.xaso.cli;
