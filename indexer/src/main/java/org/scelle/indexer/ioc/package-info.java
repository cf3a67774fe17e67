/**
 * Indicator-of-compromise extraction from free text: IP addresses, domains, URLs, e-mail addresses,
 * file hashes, Bitcoin addresses, Windows paths, registry keys and CVE ids.
 *
 * <p>{@link org.scelle.indexer.ioc.IocExtractor} refangs the text first ({@code hxxp}, {@code [.]},
 * {@code [at]}...), then reports each {@link org.scelle.indexer.ioc.Ioc} with its normalised value,
 * the raw text as found and its offsets in the original text. Every pattern is bounded and anchored
 * so that extraction stays linear in the length of the input, whatever the input. Domains are
 * checked against the Public Suffix List embedded in Guava's {@code InternetDomainName}, so that
 * file names such as {@code svchost.exe} are not taken for domains.
 */
package org.scelle.indexer.ioc;
