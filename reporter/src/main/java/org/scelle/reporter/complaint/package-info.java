/**
 * The complaint written by legal staff ({@code complaint.yaml}, format in {@code
 * docs/complaint.md}): its model ({@link org.scelle.reporter.complaint.Complaint}), its reading
 * with an error naming the file and the field for every invalid or missing value ({@link
 * org.scelle.reporter.complaint.ComplaintReader}, {@link
 * org.scelle.reporter.complaint.ComplaintException}), the regulatory clocks its discovery time
 * starts ({@link org.scelle.reporter.complaint.RegulatoryClocks}) and the pseudonymisation of
 * patient identifiers in excerpts ({@link org.scelle.reporter.complaint.Pseudonymiser}).
 */
package org.scelle.reporter.complaint;
