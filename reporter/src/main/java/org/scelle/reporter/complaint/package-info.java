/**
 * The complaint written by legal staff ({@code complaint.yaml}): its model, its reading with an
 * error naming the field for every invalid or missing value, and the pseudonymisation of patient
 * identifiers in excerpts.
 */
package org.scelle.reporter.complaint;
