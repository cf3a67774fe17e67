/**
 * A seeded, deterministic synthetic ransomware incident: the sample case that {@code scelle demo}
 * and the tests of every module run on.
 *
 * <p>{@link org.scelle.samples.IncidentGenerator} writes the tree committed under {@code
 * samples/incident/}: the hosts of a fictitious university hospital (domain controller, file
 * server, firewall, proxy and mail relay, VPN gateway, web server, workstation) with their logs,
 * documents encrypted by a Clop-like scheme ({@link org.scelle.samples.ClopCipher}), ransom notes,
 * clean backups, real third-party EVTX recordings, IOC feeds and the hospital's complaint. The same
 * seed gives byte-identical files: nothing depends on the clock, the platform, the default charset,
 * the default time zone, hash iteration order or the zlib version.
 *
 * <p>Everything here is fictitious: the hospital, the people, the patients, and every indicator
 * (documentation IP ranges, {@code example.*} domains, a Bitcoin address made from random bytes).
 */
package org.scelle.samples;
