/**
 * Target sets: named groups of path patterns (Windows event logs, firewall logs, web server logs,
 * Linux logs, scheduled tasks, ransom notes, encrypted-file samples) that say what to acquire.
 * Built-ins ship as YAML; users add their own in the same format.
 */
package org.scelle.collector.target;
