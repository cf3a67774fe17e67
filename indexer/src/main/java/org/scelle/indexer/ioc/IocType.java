package org.scelle.indexer.ioc;

import org.scelle.indexer.Fields;

/** The kinds of indicator that {@link IocExtractor} reports, each with its index field. */
public enum IocType {
  IPV4("ipv4"),
  IPV6("ipv6"),
  DOMAIN("domain"),
  URL("url"),
  EMAIL("email"),
  MD5("md5"),
  SHA1("sha1"),
  SHA256("sha256"),
  BTC("btc"),
  WINDOWS_PATH("path"),
  REGISTRY_KEY("registry"),
  CVE("cve");

  private final String suffix;

  IocType(String suffix) {
    this.suffix = suffix;
  }

  /** The field-name suffix, for example {@code ipv4}. */
  public String suffix() {
    return suffix;
  }

  /** The full index field name: {@link Fields#IOC_PREFIX} followed by {@link #suffix()}. */
  public String field() {
    return Fields.IOC_PREFIX + suffix;
  }
}
