package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xaso.publish.DictionaryMarkdown;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.SchemaFiles;
import vn.xaso.schema.Schema;

/** {@code xaso schema}: regenerates the JSON Schemas and the data dictionary under docs/. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"GHI ĐÈ docs/schema/*.schema.json và docs/data-dictionary.md bằng bản tạo từ mô hình (cho người phát triển).",
        "OVERWRITES docs/schema/*.schema.json and docs/data-dictionary.md with copies generated from the model (for developers)."})
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--out", paramLabel = "DIR", description = {"Thư mục / folder (mặc định / default: <project>/docs)"})
  Path out;

  @Override
  public Integer call() throws Exception {
    Path docs = out == null ? projectOption.get().resolve("docs") : out;
    Map<String, String> files = generate(new Schema());
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = docs.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    PrintWriter pw = spec.commandLine().getOut();
    pw.printf(Locale.ROOT, "Đã ghi %d tệp vào %s / Wrote %d files to %s%n", files.size(), docs, files.size(), docs);
    pw.flush();
    return Main.OK;
  }

  /** Every generated file by its path under docs/: the four schemas and the dictionary. */
  public static Map<String, String> generate(Schema schema) {
    Map<String, String> files = new LinkedHashMap<>();
    new SchemaFiles(schema).all().forEach((name, text) -> files.put("schema/" + name, text));
    files.put("data-dictionary.md", new DictionaryMarkdown(new Dictionary(schema)).render());
    return files;
  }
}
