package org.scelle.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time-zone option ({@code --tz}, {@code --source-tz}): a region id ({@code Europe/Paris}),
 * {@code UTC} or an offset ({@code +01:00}). A value that is none of these is a usage error naming
 * the value and the accepted forms, not an internal error.
 */
final class ZoneConverter implements ITypeConverter<ZoneId> {
  @Override
  public ZoneId convert(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a time zone: give a region such as Europe/Paris, UTC, or an offset"
              + " such as +01:00");
    }
  }
}
