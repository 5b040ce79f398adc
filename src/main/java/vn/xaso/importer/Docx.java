package vn.xaso.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.xaso.problem.Code;

/**
 * The text of a Word (.docx) file read straight from {@code word/document.xml} with the JDK's zip
 * and StAX: paragraphs, tabs and breaks as Word lays them out, each table cell on its own line.
 * Apache POI would do the same at about 12 MB of jar; this is all an import needs.
 */
final class Docx {
  /** A document.xml larger than this is refused rather than inflated (a zip bomb stays a zip). */
  static final long MAX_XML_BYTES = 64L * 1024 * 1024;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Docx() {}

  static String text(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      // A second body under the same name is hidden from Word but not from every reader: refused.
      if (zip.stream().filter(e -> e.getName().equals("word/document.xml")).count() > 1) {
        throw new ImportRefused(Code.IMPORT_TWO_BODIES, Map.of());
      }
      ZipEntry entry = zip.getEntry("word/document.xml");
      if (entry == null) {
        throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail",
            "tệp .docx không có word/document.xml / the .docx has no word/document.xml"));
      }
      try (InputStream in = new Limited(zip.getInputStream(entry), MAX_XML_BYTES)) {
        return text(in);
      }
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "tệp .docx hỏng hoặc không phải .docx / a damaged file or not a .docx"));
    }
  }

  static String text(InputStream xml) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder out = new StringBuilder();
    try {
      XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
      boolean inText = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "t" -> inText = true;
            case "tab" -> out.append('\t');
            case "br", "cr" -> out.append('\n');
            case "noBreakHyphen" -> out.append('-'); // Word's hyphen in "02‑KH/ĐU" kept on one line
            default -> { }
          }
        } else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "t" -> inText = false;
            case "p", "tc" -> out.append('\n');
            default -> { }
          }
        } else if (inText && (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA)) {
          out.append(r.getText());
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail",
          "nội dung .docx hỏng (XML sai) / the .docx content is damaged (malformed XML)"));
    }
    return out.toString();
  }

  /** Stops reading past a limit, so a crafted archive cannot fill the memory. */
  private static final class Limited extends java.io.FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new IOException("word/document.xml larger than " + MAX_XML_BYTES + " bytes");
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new IOException("word/document.xml larger than " + MAX_XML_BYTES + " bytes");
      }
      return n;
    }
  }
}
