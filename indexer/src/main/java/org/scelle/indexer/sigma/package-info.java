/**
 * Sigma detection over the case index: rules (YAML, the SigmaHQ specification) compiled to Lucene
 * queries and run as findings of kind {@code sigma}.
 *
 * <p>{@link org.scelle.indexer.sigma.RuleLoader} reads rules as a plain YAML tree and compiles each
 * with {@link org.scelle.indexer.sigma.RuleCompiler}; {@link org.scelle.indexer.sigma.SigmaMatcher}
 * runs them over an index; {@link org.scelle.indexer.sigma.SigmaRun} does both under the vault
 * lock, writes the findings and signs the ledger entry. A rule that cannot be translated is
 * rejected with its reason ({@link org.scelle.indexer.sigma.RuleSet#rejected()}), never dropped.
 *
 * <h2>Supported</h2>
 *
 * Selections as maps (AND of fields) and lists of maps (OR); value lists (OR, or AND with {@code
 * all}); keyword lists (phrases of {@code message}, see below); conditions with {@code and}, {@code
 * or}, {@code not}, parentheses, {@code 1 of X*}, {@code all of X*}, {@code 1 of them}, {@code all
 * of them}; wildcards {@code *} and {@code ?} with Sigma's backslash escaping; the modifiers {@code
 * contains}, {@code startswith}, {@code endswith}, {@code all}, {@code re} (with {@code i}, {@code
 * m}, {@code s}), {@code cidr} (IPv4 and IPv6), {@code base64}, {@code base64offset} (with {@code
 * wide}, {@code utf16le}, {@code utf16be}, {@code utf16}), {@code windash}, {@code exists}, {@code
 * lt}, {@code lte}, {@code gt}, {@code gte}, {@code cased} and {@code fieldref}.
 *
 * <p>Rejected: aggregations ({@code | count()}), {@code near}, correlation rules, {@code N of}
 * other than 1, unknown modifiers (e.g. {@code expand}), log sources other than those below, and
 * regular expressions with look-arounds, back-references or word boundaries.
 *
 * <h2>Matching</h2>
 *
 * <ul>
 *   <li>Strings match case-insensitively: the lower-cased value against the field's lower-cased
 *       twin {@code <field>.lc} (the field itself for a field indexed in one form only, {@code
 *       org.scelle.indexer.index.Schema#SINGLE_FORM}), widened to the field's own lower-case
 *       values, which have no twin ({@code org.scelle.indexer.index.TwinQueries}). {@code cased},
 *       {@code re}, {@code base64} and {@code base64offset} match the exact field.
 *   <li>A value without wildcard is a {@code TermQuery}; with one (or {@code startswith}) a {@code
 *       WildcardQuery}, except when it starts with {@code *} ({@code contains}, {@code endswith}):
 *       such a pattern cannot seek in the terms dictionary, so the field's terms are scanned with a
 *       plain string test, which is as fast to run and avoids building an automaton per value;
 *       {@code re} is a {@code RegexpQuery} (see {@code Regexes} for the PCRE translation).
 *   <li>Numeric comparisons and {@code cidr}: keyword fields hold numbers and addresses as text, so
 *       a multi-term query enumerates the field's distinct terms and keeps those that parse as a
 *       number (decimal or {@code 0x} hexadecimal) in range, or as an address in the network.
 *   <li>A plain hexadecimal value ({@code ServiceType: '0x10'}) also matches the same number
 *       written otherwise, as EVTX does ({@code 0x00000010}).
 *   <li>{@code exists} and {@code null}: a field exists when it has any term ({@code
 *       TermRangeQuery} open at both ends). Empty values are not indexed, so {@code null} and
 *       {@code ''} both match events without the field.
 *   <li>{@code fieldref}: compares the two stored values of each candidate document, ignoring case.
 *   <li>Keywords (lists of strings without field) are phrases of the analysed {@code message};
 *       leading and trailing {@code *} are dropped, inner wildcards split the keyword into phrases
 *       that must all occur: a word-level approximation of Sigma's substring match.
 *   <li>{@code windash}: a {@code -} or {@code /} at the start of an option (start of the value or
 *       after a space) also matches {@code /}, {@code -}, en dash, em dash and horizontal bar.
 * </ul>
 *
 * <h2>Windows field and log source mapping</h2>
 *
 * <table>
 *   <caption>Sigma field to index field</caption>
 *   <tr><th>Sigma</th><th>index</th></tr>
 *   <tr><td>EventID</td><td>event.code</td></tr>
 *   <tr><td>Channel</td><td>winlog.channel</td></tr>
 *   <tr><td>Provider_Name</td><td>event.provider</td></tr>
 *   <tr><td>Computer</td><td>host.name</td></tr>
 *   <tr><td>EventRecordID</td><td>winlog.record_id</td></tr>
 *   <tr><td>any other field F</td><td>winlog.event_data.F</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Log source to events (product must be windows)</caption>
 *   <tr><th>logsource</th><th>events</th></tr>
 *   <tr><td>service: security, system, application</td><td>channel Security, System,
 *       Application</td></tr>
 *   <tr><td>service: sysmon</td><td>channel Microsoft-Windows-Sysmon/Operational</td></tr>
 *   <tr><td>service: powershell / powershell-classic</td><td>Microsoft-Windows-PowerShell/Operational
 *       / Windows PowerShell</td></tr>
 *   <tr><td>service: ntlm, wmi, taskscheduler, windefend, bits-client, codeintegrity-operational,
 *       dns-server, terminalservices-localsessionmanager, openssh</td><td>their channels</td></tr>
 *   <tr><td>category: process_creation</td><td>Sysmon 1, or Security 4688 with Image &rarr;
 *       NewProcessName, ParentImage &rarr; ParentProcessName, ProcessId &rarr; NewProcessId,
 *       ParentProcessId &rarr; ProcessId, User &rarr; SubjectUserName, LogonId &rarr;
 *       SubjectLogonId, IntegrityLevel &rarr; MandatoryLabel (CommandLine unchanged; fields 4688
 *       lacks, such as OriginalFileName, match nothing there)</td></tr>
 *   <tr><td>category: file_change, network_connection, process_termination, driver_load,
 *       image_load, create_remote_thread, raw_access_thread, process_access, file_event,
 *       registry_add/delete/set/rename/event, create_stream_hash, pipe_created, wmi_event,
 *       dns_query, file_delete, process_tampering, file_block_executable</td><td>Sysmon 2, 3, 5, 6,
 *       7, 8, 9, 10, 11, 12/12/13/14/12-14, 15, 17-18, 19-21, 22, 23+26, 25, 27</td></tr>
 *   <tr><td>category: ps_script / ps_module</td><td>PowerShell/Operational 4104 / 4103</td></tr>
 *   <tr><td>other categories (e.g. file_rename, ps_classic_start)</td><td>rejected</td></tr>
 * </table>
 */
package org.scelle.indexer.sigma;
