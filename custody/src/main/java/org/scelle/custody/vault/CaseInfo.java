package org.scelle.custody.vault;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.scelle.custody.json.JsonKeys;

/**
 * The case description stored in {@code scelle/case.json}. Immutable.
 *
 * @param caseId a short identifier: letters, digits, '.', '_' and '-', at most 64 characters
 * @param siteTz the IANA time zone of the site, recorded beside every UTC time
 */
public record CaseInfo(
    @JsonProperty(JsonKeys.CASE_ID) String caseId,
    @JsonProperty(JsonKeys.TITLE) String title,
    @JsonProperty(JsonKeys.ORGANISATION) String organisation,
    @JsonProperty(JsonKeys.SITE_TZ) String siteTz,
    @JsonProperty(JsonKeys.TOOL_VERSION) String toolVersion,
    @JsonProperty(JsonKeys.CREATED) String created) {

  private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public CaseInfo {
    Objects.requireNonNull(caseId, JsonKeys.CASE_ID);
    if (!CASE_ID.matcher(caseId).matches()) {
      throw new IllegalArgumentException(
          "case id must be 1 to 64 letters, digits, '.', '_' or '-'; got: " + caseId);
    }
    Objects.requireNonNull(siteTz, JsonKeys.SITE_TZ);
    ZoneId.of(siteTz);
    title = title == null ? "" : title;
    organisation = organisation == null ? "" : organisation;
  }

  /** The site time zone. */
  public ZoneId zone() {
    return ZoneId.of(siteTz);
  }
}
