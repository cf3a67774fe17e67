// bench/lib/MakeFindings.java: writes N synthetic findings (kind "ioc", one per acquired item, hash
// matches citing the item itself) into a vault's findings.jsonl through scelle's own FindingStore,
// for the dossier benchmark. Run with the scelle jars on the class path:
//   java -cp "cli/target/scelle-cli.jar:cli/target/lib/*" bench/lib/MakeFindings.java CASE N
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.finding.FindingStore;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.vault.Vault;

public class MakeFindings {
  public static void main(String[] args) throws Exception {
    Vault vault = Vault.open(Path.of(args[0]));
    int n = Integer.parseInt(args[1]);
    List<Finding> findings = new ArrayList<>();
    new ItemStore(vault)
        .forEach(
            r -> {
              if (findings.size() < n && r.status() == ItemStatus.ACQUIRED) {
                findings.add(finding(findings.size(), r));
              }
            });
    new FindingStore(vault).replaceKind("ioc", findings);
    System.out.println(findings.size() + " findings written to " + vault.findingsFile());
  }

  private static Finding finding(int i, ItemRecord r) {
    return new Finding(
        String.format("ioc-bench-%06d", i),
        "ioc",
        new Finding.Rule(
            "bench-feed.csv:" + (i + 2), "planted hash " + i, "high", "bench-feed.csv", "0".repeat(64), null),
        r.sha256(),
        r.times() == null ? null : r.times().modified(),
        r.host(),
        List.of(new Finding.Evidence(r.id(), r.sha256(), "file")),
        "ioc.sha256:" + r.sha256());
  }
}
