package org.scelle.custody.json;

/** Key names of the vault's JSON files, declared once for every module. */
public final class JsonKeys {
  private JsonKeys() {}

  // case.json
  public static final String CASE_ID = "case_id";
  public static final String TITLE = "title";
  public static final String ORGANISATION = "organisation";
  public static final String SITE_TZ = "site_tz";
  public static final String TOOL_VERSION = "tool_version";
  public static final String CREATED = "created";

  // items.jsonl
  public static final String ID = "id";
  public static final String HOST = "host";
  public static final String ACQUISITION = "acquisition";
  public static final String SOURCE_PATH = "source_path";
  public static final String SOURCE_PATH_B64 = "source_path_b64";
  public static final String VAULT_PATH = "vault_path";
  public static final String SIZE = "size";
  public static final String MD5 = "md5";
  public static final String SHA1 = "sha1";
  public static final String SHA256 = "sha256";
  public static final String TIMES = "times";
  public static final String MODIFIED = "modified";
  public static final String ACCESSED = "accessed";
  public static final String CHANGED = "changed";
  public static final String SOURCE_TZ = "source_tz";
  public static final String OWNER = "owner";
  public static final String MODE = "mode";
  public static final String CONTENT_TYPE = "content_type";
  public static final String ENTROPY = "entropy";
  public static final String TRIAGE = "triage";
  public static final String VERDICT = "verdict";
  public static final String REASONS = "reasons";
  public static final String PAIR = "pair";
  public static final String ACQUIRED = "acquired";
  public static final String START = "start";
  public static final String END = "end";
  public static final String STATUS = "status";
  public static final String REASON = "reason";
  public static final String LINK_TARGET = "link_target";
  public static final String WARNINGS = "warnings";
  public static final String TARGET = "target";

  // custody.jsonl
  public static final String SEQ = "seq";
  public static final String TIME = "time";
  public static final String ACTOR = "actor";
  public static final String NAME = "name";
  public static final String ROLE = "role";
  public static final String CERT_SHA256 = "cert_sha256";
  public static final String ACTION = "action";
  public static final String SUBJECT = "subject";
  public static final String DETAILS = "details";
  public static final String PREV_SHA256 = "prev_sha256";
  public static final String SIG_ALG = "sig_alg";
  public static final String SIGNATURE = "signature";
  public static final String MERKLE_ROOT = "merkle_root";
  public static final String ITEM_COUNT = "item_count";
  public static final String TIMESTAMP_TOKEN = "timestamp_token";
}
