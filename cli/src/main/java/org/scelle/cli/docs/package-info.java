/**
 * Files of the distribution generated from the picocli command model at build time: one roff man
 * page per command and the bash completion script, so that they can never disagree with {@code
 * --help}.
 */
package org.scelle.cli.docs;
