// Validates UBL invoices with the official rules: the UBL 2.1 Invoice schema (XSD), then the EN 16931 UBL
// rules (CEN-EN16931-UBL.xslt) and the Peppol BIS Billing 3.0 rules (PEPPOL-EN16931-UBL.xslt) as OpenPeppol
// publishes them, compiled schematron run by Saxon-HE. The rules and schemas are read from the jars on the
// class path (com.helger.phive.rules:phive-rules-peppol, com.helger.ubl:ph-ubl21). Prints one JSON line per
// file: {"file", "xsd": [messages], "failed": [{"id", "flag", "location", "text"}]}.
// Usage: java -cp '<lib>/*:<classes>' PeppolValidator <rules version> <file.xml>...
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class PeppolValidator {
  static final String[] RULES = {"CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt"};

  /** The schemas UBL imports by namespace alone, as ph-xsds packs them (com.helger.xsd). */
  static final Map<String, String> IMPORTS = Map.of(
      "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", "schemas/CCTS_CCT_SchemaModule.xsd",
      "http://www.w3.org/2000/09/xmldsig#", "schemas/xmldsig-core-schema.xsd",
      "http://uri.etsi.org/01903/v1.3.2#", "schemas/XAdES01903v132-201601.xsd",
      "http://uri.etsi.org/01903/v1.4.1#", "schemas/XAdES01903v141-201601.xsd");

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  static URL resource(String name) {
    URL url = PeppolValidator.class.getClassLoader().getResource(name);
    if (url == null) throw new IllegalStateException("not on the class path: " + name);
    return url;
  }

  public static void main(String[] args) throws Exception {
    String version = args[0];
    Processor processor = new Processor(false);
    List<XsltExecutable> rules = new ArrayList<>();
    for (String name : RULES) {
      URL url = resource("external/schematron/openpeppol/" + version + "/xslt/" + name);
      try (InputStream in = url.openStream()) {
        rules.add(processor.newXsltCompiler().compile(new StreamSource(in, url.toString())));
      }
    }
    SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
    schemas.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
      if (systemId != null || !IMPORTS.containsKey(namespace)) return null;
      try {
        URL url = resource(IMPORTS.get(namespace));
        LSInput input = ls.createLSInput();
        input.setSystemId(url.toString());
        input.setByteStream(url.openStream());
        return input;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Schema schema = schemas.newSchema(resource("external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd"));
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");

    for (int i = 1; i < args.length; i++) {
      File file = new File(args[i]);
      List<String> xsd = new ArrayList<>();
      Validator validator = schema.newValidator();
      validator.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {}
        public void error(SAXParseException e) { xsd.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
        public void fatalError(SAXParseException e) { xsd.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
      });
      try {
        validator.validate(new StreamSource(file));
      } catch (Exception e) {
        if (xsd.isEmpty()) xsd.add(String.valueOf(e.getMessage()));
      }
      StringBuilder failed = new StringBuilder();
      for (XsltExecutable rule : rules) {
        XsltTransformer t = rule.load();
        t.setSource(new StreamSource(file));
        XdmDestination out = new XdmDestination();
        t.setDestination(out);
        t.transform();
        XdmNode report = out.getXdmNode();
        for (XdmItem item : xpath.evaluate("//svrl:failed-assert", report)) {
          XdmNode n = (XdmNode) item;
          String id = xpath.evaluateSingle("string(@id)", n).getStringValue();
          String flag = xpath.evaluateSingle("string(@flag)", n).getStringValue();
          String location = xpath.evaluateSingle("string(@location)", n).getStringValue();
          String text = xpath.evaluateSingle("normalize-space(svrl:text)", n).getStringValue();
          if (failed.length() > 0) failed.append(',');
          failed.append("{\"id\":").append(json(id)).append(",\"flag\":").append(json(flag)).append(",\"location\":").append(json(location))
              .append(",\"text\":").append(json(text)).append('}');
        }
      }
      StringBuilder x = new StringBuilder();
      for (String m : xsd) x.append(x.length() > 0 ? "," : "").append(json(m));
      System.out.println("{\"file\":" + json(args[i]) + ",\"xsd\":[" + x + "],\"failed\":[" + failed + "]}");
    }
  }
}
