package org.scelle.samples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The STIX 2.1 bundle {@code iocs/clop-valmont.stix.json}: the producer identity, a campaign, the
 * Clop malware family, the probed vulnerability, one indicator per {@link IocList.Entry} that has a
 * pattern, and the relationships between them. Identifiers are name-based UUIDs from the seed;
 * timestamps are fixed; keys keep insertion order; line feeds only.
 */
final class StixFeed {

  private StixFeed() {}

  static final String PATH = "iocs/clop-valmont.stix.json";

  private static final DateTimeFormatter STIX_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  static void write(
      Tree tree, Derivation d, Indicators ioc, List<IocList.Entry> entries, Instant published)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String now = STIX_TIME.format(published);
    ArrayNode objects = mapper.createArrayNode();

    String identity = "identity--" + d.uuid("stix/identity");
    ObjectNode id = sdo(objects, "identity", identity, now, null);
    id.put(
        "name",
        Scenario.SHORT_NAME + " - cellule sécurité des systèmes d'information (fictitious)");
    id.put("identity_class", "organization");
    id.putArray("sectors").add("healthcare");

    String campaign = "campaign--" + d.uuid("stix/campaign");
    ObjectNode c = sdo(objects, "campaign", campaign, now, identity);
    c.put(
        "name", "Intrusion et rançongiciel au " + Scenario.SHORT_NAME + ", octobre-novembre 2019");
    c.put(
        "description",
        "Fictitious sample incident: phishing on 2019-10-28, VPN access with a stolen service "
            + "account, exfiltration on 2019-11-13, Clop-like encryption on 2019-11-15 from 18:38 UTC.");
    c.put("first_seen", STIX_TIME.format(Scenario.PHISHING_MAIL));
    c.put("last_seen", STIX_TIME.format(Scenario.EXTORTION_MAIL));

    String malware = "malware--" + d.uuid("stix/malware");
    ObjectNode m = sdo(objects, "malware", malware, now, identity);
    m.put("name", "Clop");
    m.put(
        "description",
        "Ransomware appending .Clop (or .CIop) and dropping "
            + RansomNote.FILE_NAME
            + "; in this sample the payload is "
            + ioc.payloadName()
            + ", installed as service "
            + ioc.service()
            + ".");
    m.putArray("malware_types").add("ransomware");
    m.put("is_family", true);

    String vuln = "vulnerability--" + d.uuid("stix/vulnerability");
    ObjectNode v = sdo(objects, "vulnerability", vuln, now, identity);
    v.put("name", ioc.cve());
    ObjectNode ref = v.putArray("external_references").addObject();
    ref.put("source_name", "cve");
    ref.put("external_id", ioc.cve());

    relationship(objects, d, "uses", campaign, malware, now, identity);
    relationship(objects, d, "targets", campaign, vuln, now, identity);
    relationship(objects, d, "targets", campaign, identity, now, identity);
    for (IocList.Entry e : entries) {
      if (e.pattern() == null) {
        continue;
      }
      String indicator = "indicator--" + d.uuid("stix/indicator/" + e.type() + "/" + e.value());
      ObjectNode i = sdo(objects, "indicator", indicator, now, identity);
      i.put("name", e.type() + " " + e.value());
      i.put("description", e.description());
      i.putArray("indicator_types")
          .add(e.type().equals("account") ? "compromised" : "malicious-activity");
      i.put("pattern", e.pattern());
      i.put("pattern_type", "stix");
      i.put("pattern_version", "2.1");
      i.put("valid_from", STIX_TIME.format(e.firstSeen()));
      relationship(objects, d, "indicates", indicator, campaign, now, identity);
    }
    ObjectNode bundle = mapper.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", "bundle--" + d.uuid("stix/bundle"));
    bundle.set("objects", objects);
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lf);
    printer.indentArraysWith(lf);
    tree.text(PATH, mapper.writer(printer).writeValueAsString(bundle) + "\n", published);
  }

  private static ObjectNode sdo(
      ArrayNode objects, String type, String id, String time, String createdBy) {
    ObjectNode o = objects.addObject();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    if (createdBy != null) {
      o.put("created_by_ref", createdBy);
    }
    o.put("created", time);
    o.put("modified", time);
    return o;
  }

  private static void relationship(
      ArrayNode objects,
      Derivation d,
      String type,
      String source,
      String target,
      String time,
      String identity) {
    ObjectNode r =
        sdo(
            objects,
            "relationship",
            "relationship--" + d.uuid("stix/relationship/" + source + "/" + type + "/" + target),
            time,
            identity);
    r.put("relationship_type", type);
    r.put("source_ref", source);
    r.put("target_ref", target);
  }
}
