package org.scelle.samples;

import java.util.List;

/**
 * Fictitious patients whose identifiers are planted in one document (the admissions list) and one
 * log (the patient portal's access log), so that pseudonymisation has something to do.
 *
 * <p>The NIR-shaped numbers are born abroad (department 99) and carry a valid key (97 minus the
 * first 13 digits modulo 97), but belong to nobody.
 *
 * @param name full name
 * @param nir 15-digit NIR-shaped number, without spaces
 * @param ipp local patient number {@code IPP-dddddddd}
 */
record Patients(String name, String nir, String ipp) {

  /** The three planted patients. */
  static final List<Patients> ALL =
      List.of(
          new Patients("Lucienne Morvan-Desprès", nir("1520799212047"), "IPP-00482731"),
          new Patients("Théo Bastide-Quérel", nir("2881199139512"), "IPP-00517204"),
          new Patients("Ginette Abadie-Lorieux", nir("1030299350214"), "IPP-00390066"));

  /** {@code first13} followed by its two-digit NIR key. */
  static String nir(String first13) {
    long key = 97 - Long.parseLong(first13) % 97;
    return first13 + String.format(java.util.Locale.ROOT, "%02d", key);
  }

  /** The NIR grouped as usually printed: {@code 1 52 07 99 212 047 23}. */
  String nirSpaced() {
    return nir.charAt(0)
        + " "
        + nir.substring(1, 3)
        + " "
        + nir.substring(3, 5)
        + " "
        + nir.substring(5, 7)
        + " "
        + nir.substring(7, 10)
        + " "
        + nir.substring(10, 13)
        + " "
        + nir.substring(13);
  }
}
