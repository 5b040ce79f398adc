package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the sample site through the Nu Html Checker (the W3C validator), offline, in process. */
class HtmlCheckerIT {
  @TempDir static Path out;

  @Test
  void everyPageOfTheSampleSiteHasNoNuHtmlCheckerError() throws Exception {
    BuiltSite site = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
    List<String> errors = new ArrayList<>();
    String[] page = {""};
    ErrorHandler handler = new ErrorHandler() {
      @Override public void warning(SAXParseException e) { }
      @Override public void error(SAXParseException e) { errors.add(describe(page[0], e)); }
      @Override public void fatalError(SAXParseException e) { errors.add(describe(page[0], e)); }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    List<String> pages = site.pages();
    assertTrue(pages.size() > 40, "pages: " + pages);
    for (String p : pages) {
      page[0] = p;
      validator.checkHtmlFile(site.root().resolve(p).toFile(), true);
    }
    assertEquals(List.of(), errors, errors.size() + " errors over " + pages.size() + " pages");
  }

  private static String describe(String page, SAXParseException e) {
    return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }
}
