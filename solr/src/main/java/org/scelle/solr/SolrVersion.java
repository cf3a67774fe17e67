package org.scelle.solr;

/** The Solr release scelle's SolrJ comes from. */
final class SolrVersion {
  /** SolrJ's version, from its jar manifest, or {@code unknown}. */
  static final String SOLR = version();

  private SolrVersion() {}

  private static String version() {
    String v =
        org.apache.solr.client.solrj.SolrClient.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v.split(" ")[0];
  }
}
