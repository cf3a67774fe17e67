package org.scelle.indexer;

/**
 * Names of the case index's fields, declared once. Elastic Common Schema names where one exists;
 * {@code scelle.*} for provenance and scelle's own fields.
 */
public final class Fields {
  private Fields() {}

  // Time and event (ECS)
  public static final String TIMESTAMP = "@timestamp";
  public static final String MESSAGE = "message";
  public static final String EVENT_CODE = "event.code";
  public static final String EVENT_PROVIDER = "event.provider";
  public static final String EVENT_ACTION = "event.action";
  public static final String EVENT_OUTCOME = "event.outcome";
  public static final String EVENT_DATASET = "event.dataset";
  public static final String LOG_LEVEL = "log.level";
  public static final String LOG_SYSLOG_FACILITY = "log.syslog.facility.code";
  public static final String LOG_SYSLOG_SEVERITY = "log.syslog.severity.code";
  public static final String LOG_SYSLOG_PRIORITY = "log.syslog.priority";
  public static final String LOG_SYSLOG_VERSION = "log.syslog.version";
  public static final String LOG_SYSLOG_HOSTNAME = "log.syslog.hostname";
  public static final String LOG_SYSLOG_APPNAME = "log.syslog.appname";
  public static final String LOG_SYSLOG_PROCID = "log.syslog.procid";
  public static final String LOG_SYSLOG_MSGID = "log.syslog.msgid";

  /** Prefix of RFC 5424 structured data: {@code log.syslog.structured_data.<SD-ID>.<PARAM>}. */
  public static final String LOG_SYSLOG_SD_PREFIX = "log.syslog.structured_data.";

  public static final String EVENT_DURATION = "event.duration";

  // Hosts, users, processes, files
  public static final String HOST_NAME = "host.name";
  public static final String USER_NAME = "user.name";
  public static final String USER_DOMAIN = "user.domain";
  public static final String USER_ID = "user.id";
  public static final String PROCESS_NAME = "process.name";
  public static final String PROCESS_PID = "process.pid";
  public static final String PROCESS_COMMAND_LINE = "process.command_line";
  public static final String FILE_PATH = "file.path";
  public static final String FILE_MIME_TYPE = "file.mime_type";

  // Documents (scelle: ECS has no document metadata)
  public static final String DOCUMENT_TITLE = "document.title";
  public static final String DOCUMENT_AUTHOR = "document.author";

  /** The creation time a document states about itself (UTC, RFC 3339), not its file's. */
  public static final String DOCUMENT_CREATED = "document.created";

  /** The modification time a document states about itself (UTC, RFC 3339), not its file's. */
  public static final String DOCUMENT_MODIFIED = "document.modified";

  /** Where a document embedded in an item lies: its names from the outermost container inward. */
  public static final String DOCUMENT_EMBEDDED_PATH = "document.embedded_path";

  // Network
  public static final String SOURCE_IP = "source.ip";
  public static final String SOURCE_PORT = "source.port";
  public static final String SOURCE_DOMAIN = "source.domain";
  public static final String DESTINATION_IP = "destination.ip";
  public static final String DESTINATION_PORT = "destination.port";
  public static final String DESTINATION_DOMAIN = "destination.domain";
  public static final String NETWORK_TRANSPORT = "network.transport";
  public static final String NETWORK_DIRECTION = "network.direction";
  public static final String NETWORK_BYTES = "network.bytes";

  // HTTP and URLs
  public static final String HTTP_METHOD = "http.request.method";
  public static final String HTTP_STATUS = "http.response.status_code";
  public static final String HTTP_BYTES = "http.response.body.bytes";
  public static final String HTTP_REFERRER = "http.request.referrer";
  public static final String HTTP_VERSION = "http.version";
  public static final String HTTP_RESPONSE_BYTES = "http.response.bytes";
  public static final String HTTP_MIME_TYPE = "http.response.mime_type";
  public static final String URL_ORIGINAL = "url.original";
  public static final String USER_AGENT = "user_agent.original";

  // Windows event logs
  public static final String WINLOG_CHANNEL = "winlog.channel";
  public static final String WINLOG_RECORD_ID = "winlog.record_id";

  /** Prefix of every named EventData / UserData field: {@code winlog.event_data.<Name>}. */
  public static final String WINLOG_EVENT_DATA_PREFIX = "winlog.event_data.";

  // Columns of self-describing text logs that have no ECS name (scelle)

  /** Prefix of W3C extended log columns without an ECS name: {@code w3c.<field>}. */
  public static final String W3C_PREFIX = "w3c.";

  /** Prefix of CSV columns: {@code csv.<header>}. */
  public static final String CSV_PREFIX = "csv.";

  /** Prefix of JSON-lines keys that would collide with a field scelle sets itself. */
  public static final String JSON_PREFIX = "json.";

  // Indicators extracted from the text (scelle)
  public static final String IOC_PREFIX = "ioc.";

  public static final String IOC_IPV4 = IOC_PREFIX + "ipv4";
  public static final String IOC_IPV6 = IOC_PREFIX + "ipv6";
  public static final String IOC_DOMAIN = IOC_PREFIX + "domain";
  public static final String IOC_URL = IOC_PREFIX + "url";
  public static final String IOC_EMAIL = IOC_PREFIX + "email";
  public static final String IOC_MD5 = IOC_PREFIX + "md5";
  public static final String IOC_SHA1 = IOC_PREFIX + "sha1";
  public static final String IOC_SHA256 = IOC_PREFIX + "sha256";
  public static final String IOC_BTC = IOC_PREFIX + "btc";
  public static final String IOC_PATH = IOC_PREFIX + "path";
  public static final String IOC_REGISTRY = IOC_PREFIX + "registry";
  public static final String IOC_CVE = IOC_PREFIX + "cve";

  // Provenance (scelle)

  /** Prefix of every field scelle sets itself. */
  public static final String SCELLE_PREFIX = "scelle.";

  public static final String ITEM_ID = "scelle.item.id";
  public static final String ITEM_SHA256 = "scelle.item.sha256";
  public static final String ITEM_HOST = "scelle.item.host";

  /**
   * Where the event lies in its item ({@link org.scelle.indexer.event.Locator}): stored, not
   * indexed; matched exactly through {@link #OFFSET} ({@link
   * org.scelle.indexer.index.LocatorQuery}).
   */
  public static final String LOCATOR = "scelle.locator";

  /**
   * The byte offset of an event's {@link #LOCATOR}: a numeric doc value, neither indexed nor
   * stored, by which a locator query finds its few candidates.
   */
  public static final String OFFSET = "scelle.offset";

  public static final String FORMAT = "scelle.format";
  public static final String KIND = "scelle.kind";
  public static final String TIME_NOTE = "scelle.time_note";

  /** What a reader did to a record besides parsing it, e.g. {@code line-cut:70000}. */
  public static final String NOTE = "scelle.note";

  /**
   * The document id: {@code <item id>#<locator>} for an event, {@code item:<item id>} for an item's
   * index marker. The local index computes it from the provenance fields ({@link
   * org.scelle.indexer.index.Schema#docId}) and indexes it for markers only; a remote backend keeps
   * it as its unique key.
   */
  public static final String DOC_ID = "scelle.doc_id";

  /**
   * An event's position in its item, from 0 in the order its source reads the item; -1 for the
   * item's marker. With {@link #ITEM_ID}, the order of documents. A numeric doc value, neither
   * indexed nor stored.
   */
  public static final String SEQ = "scelle.seq";
}
