/**
 * The {@code scelle} command: the picocli root, shared options, the exit-code table, and thin
 * commands that parse options and call the modules' APIs.
 */
package org.scelle.cli;
