/**
 * Finding records ({@code scelle/findings.jsonl}): what hunts, Sigma rules and triage found, each
 * citing the exact evidence (item, its SHA-256, the record's locator) it rests on.
 */
package org.scelle.custody.finding;
