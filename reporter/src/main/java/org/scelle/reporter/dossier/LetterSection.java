package org.scelle.reporter.dossier;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.Optional;
import org.scelle.reporter.complaint.Complaint;

/**
 * The complaint letter: from the plaintiff through its representative (and counsel when there is
 * one) to the addressee, with the legal qualification (article numbers and the catalogue's
 * summaries, never wording of its own), the requests, witnesses, notifications already made, place
 * and date, and the signature block.
 */
final class LetterSection {
  private LetterSection() {}

  static void write(DossierLayout l, Complaint c, OffenceSummaries catalogue) {
    Messages m = l.msg();
    l.section(m.get("letter.title"), PageSize.A4);
    Complaint.Plaintiff p = c.plaintiff();
    Paragraph from = new Paragraph().setFontSize(DossierLayout.BODY).setMarginBottom(8);
    from.add(l.bold(p.name())).add("\n");
    if (p.legalForm() != null) {
      from.add(p.legalForm() + "\n");
    }
    from.add(Parties.address(p.address()) + "\n");
    from.add(Parties.identifiers(p));
    l.doc().add(from);

    Complaint.Addressee a = c.addressee();
    Paragraph to =
        new Paragraph()
            .setFontSize(DossierLayout.BODY)
            .setTextAlignment(TextAlignment.RIGHT)
            .setMarginBottom(8);
    to.add(l.bold(Parties.nz(a.title()))).add("\n" + Parties.nz(a.court()));
    if (a.section() != null) {
      to.add("\n" + a.section());
    }
    l.doc().add(to);
    l.doc()
        .add(
            new Paragraph(Parties.placeAndDate(m, c.place(), c.date()))
                .setFontSize(DossierLayout.BODY)
                .setTextAlignment(TextAlignment.RIGHT));
    l.strong(m.get("letter.object", Parties.nz(c.kind())));
    l.para(Parties.nz(a.title()) + ",");

    Complaint.Representative r = p.representative();
    String rep =
        r == null
            ? m.get("letter.fromNoRep", p.name())
            : m.get(
                "letter.from", p.name(), r.name(), Parties.nz(r.title()), Parties.nz(r.capacity()));
    if (c.counsel() != null) {
      rep += " " + m.get("letter.counsel", c.counsel().name(), Parties.nz(c.counsel().bar()));
    }
    l.para(rep + " " + m.get("letter.files", Parties.nz(c.kind()), legalBasis(m, a)));
    l.para(m.get("letter.facts", l.time().utcAndOffset(c.discoveryTime())));

    l.subsection(m.get("letter.qualification"));
    l.para(m.get("letter.qualificationIntro"));
    List offences = list(l);
    for (Complaint.OffenceRef o : c.offences()) {
      offences.add(offenceItem(l, o, catalogue.find(o.code(), o.article())));
    }
    l.doc().add(offences);

    l.subsection(m.get("letter.requests"));
    List requests = list(l);
    for (String s : c.requests()) {
      requests.add(item(l, new Paragraph(s)));
    }
    l.doc().add(requests);

    if (!c.witnesses().isEmpty()) {
      l.subsection(m.get("letter.witnesses"));
      List w = list(l);
      for (Complaint.Witness wi : c.witnesses()) {
        String line =
            wi.name()
                + (wi.role() == null ? "" : ", " + wi.role())
                + (wi.organisation() == null ? "" : ", " + wi.organisation())
                + (wi.email() == null ? "" : " <" + wi.email() + ">");
        w.add(item(l, new Paragraph(line)));
      }
      l.doc().add(w);
    }
    if (!c.notifications().isEmpty()) {
      l.subsection(m.get("letter.notifications"));
      List n = list(l);
      for (Complaint.Notification no : c.notifications()) {
        n.add(item(l, new Paragraph(no.to() + ": " + l.time().utcAndOffset(no.time()))));
      }
      l.doc().add(n);
    }
    l.para(m.get("letter.annexes"));
    l.para(m.get("letter.closing", Parties.nz(a.title())));

    Paragraph sign =
        new Paragraph()
            .setFontSize(DossierLayout.BODY)
            .setTextAlignment(TextAlignment.RIGHT)
            .setMarginTop(12)
            .setKeepTogether(true);
    sign.add(m.get("letter.doneAt", Parties.placeAndDate(m, c.place(), c.date())) + "\n");
    if (r != null) {
      sign.add(l.bold(r.name())).add("\n" + Parties.nz(r.title()) + "\n");
    }
    sign.add(p.name() + "\n");
    if (c.counsel() != null) {
      sign.add(m.get("letter.counselSign", c.counsel().name()) + "\n");
    }
    sign.add("\n\n" + m.get("letter.signature"));
    l.doc().add(sign);
  }

  private static String legalBasis(Messages m, Complaint.Addressee a) {
    return a.legalBasis() == null ? "" : m.get("letter.legalBasis", a.legalBasis());
  }

  private static ListItem offenceItem(
      DossierLayout l, Complaint.OffenceRef o, Optional<OffenceSummaries.Summary> summary) {
    Messages m = l.msg();
    Paragraph para = new Paragraph().setMargin(0);
    para.add(l.bold(m.get("letter.article", o.article(), Parties.nz(o.code()))));
    if (o.label() != null) {
      para.add(" \u2014 " + o.label());
    }
    if (summary.isPresent()) {
      para.add("\n" + m.get("letter.catalogue") + " " + summary.get().text());
      if (summary.get().source() != null) {
        para.add(" (" + summary.get().source() + ")");
      }
    } else {
      para.add("\n" + m.get("letter.notInCatalogue"));
    }
    return item(l, para);
  }

  private static List list(DossierLayout l) {
    List list = new List().setSymbolIndent(10).setFontSize(DossierLayout.BODY).setMarginBottom(4);
    list.getAccessibilityProperties().setRole(StandardRoles.L);
    list.setListSymbol("\u2013");
    return list;
  }

  private static ListItem item(DossierLayout l, Paragraph p) {
    ListItem li = new ListItem();
    li.add(p.setMargin(0).setMarginBottom(2));
    return li;
  }
}
