/**
 * Walking sources read-only and in a deterministic order, classifying every entry (regular file,
 * symbolic link, special file, unreadable directory) without ever opening a special file.
 */
package org.scelle.collector.walk;
