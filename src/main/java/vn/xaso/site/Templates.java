package vn.xaso.site;

import freemarker.core.HTMLOutputFormat;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The theme's FreeMarker templates ({@code themes/<name>/templates/*.ftlh}), driven directly.
 * Every template is HTML with auto-escaping on, so text from YAML is escaped by the engine, not
 * by each call; numbers and dates arrive already formatted, so the JVM's locale never shows.
 */
public final class Templates {
  private final Configuration cfg;

  private final Map<String, String> texts;

  public Templates(Path templateFolder) {
    this(read(templateFolder));
  }

  /** Templates from their texts by file name. */
  Templates(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader loader = new StringTemplateLoader();
    new java.util.TreeMap<>(texts).forEach(loader::putTemplate);
    cfg.setTemplateLoader(loader);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setLocale(Locale.ROOT);
    cfg.setNumberFormat("computer");
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
  }

  /** Every template's text by file name; the folder may be on disk or inside the jar. */
  static Map<String, String> read(Path folder) {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ftlh")).sorted().toList()) {
        if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          // A link named like a template would be read and shown on every page.
          String shown = f.toString();
          throw vn.xaso.problem.Stop.of(shown, vn.xaso.problem.Code.THEME_LINK, Map.of("path", shown));
        }
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * These templates again if {@code folder} still holds the same texts, so a long-lived build
   * keeps them parsed; new ones otherwise.
   */
  Templates reuse(Path folder) {
    Map<String, String> now = read(folder);
    return now.equals(texts) ? this : new Templates(now);
  }

  /**
   * Renders a page's template with its model: the frame's variables, then the page model's
   * (a record's components, or a map's keys).
   */
  public String render(String name, PageModel model) {
    return render(name, model, null);
  }

  /**
   * As above, for a page of the registry: its identity is {@code pageIdentity}, which the layout
   * writes into the page's head.
   */
  public String render(String name, PageModel model, Page.Identity identity) {
    try {
      freemarker.template.ObjectWrapper w = cfg.getObjectWrapper();
      freemarker.template.TemplateHashModel frame = (freemarker.template.TemplateHashModel) w.wrap(model.frame());
      freemarker.template.TemplateHashModel body = model.body() == null ? null
          : (freemarker.template.TemplateHashModel) w.wrap(model.body());
      freemarker.template.TemplateModel id = identity == null ? null : w.wrap(identity.toString());
      return process(name, new freemarker.template.TemplateHashModel() {
        @Override
        public freemarker.template.TemplateModel get(String key) throws freemarker.template.TemplateModelException {
          if (key.equals("pageIdentity")) {
            return id;
          }
          return SiteContext.Frame.NAMES.contains(key) || body == null ? frame.get(key) : body.get(key);
        }

        @Override
        public boolean isEmpty() {
          return false;
        }
      });
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException("Template " + name + " failed: " + e.getMessage(), e);
    }
  }

  /** Renders {@code name} (e.g. {@code report.ftlh}) with the model. */
  public String render(String name, Map<String, Object> model) {
    return process(name, model);
  }

  private String process(String name, Object model) {
    try {
      Template t = cfg.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
