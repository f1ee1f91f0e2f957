// Second opinion for tests/xpath/test_javarosa_differential.py: JavaRosa (from the ODK Validate
// jar in pyxform's wheel) evaluates XPath expressions against a form's initialized instance.
// Compiled at test time into a temporary folder; never committed as class files.
//
// Usage: java -cp ODK_Validate.jar:<classes> XPathEval FORM CONTEXT_REF < expressions
// Reads one expression per line; prints one line per expression: OK<TAB>value or ERR<TAB>error,
// with backslash, tab and newline escaped as \\ \t \n; a node-set prints every value joined by |.

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.xform.util.XFormUtils;
import org.javarosa.xpath.XPathNodeset;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.expr.XPathExpression;
import org.javarosa.xpath.expr.XPathFuncExpr;
import org.javarosa.xpath.expr.XPathPathExpr;

public class XPathEval {
    public static void main(String[] args) throws Exception {
        FormDef form = XFormUtils.getFormFromInputStream(new FileInputStream(args[0]));
        form.initialize(true, new InstanceInitializationFactory());
        TreeReference ref = ((XPathPathExpr) XPathParseTool.parseXPath(args[1])).getReference();
        EvaluationContext ctx = new EvaluationContext(form.getEvaluationContext(), ref);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String out;
            try {
                XPathExpression expr = XPathParseTool.parseXPath(line);
                Object value = expr.eval(form.getMainInstance(), ctx);
                if (value instanceof XPathNodeset) {
                    // every node's value, joined with "|" (compares whole node-sets)
                    XPathNodeset nodes = (XPathNodeset) value;
                    StringBuilder joined = new StringBuilder();
                    for (int i = 0; i < nodes.size(); i++) {
                        if (i > 0) {
                            joined.append('|');
                        }
                        joined.append(XPathFuncExpr.toString(nodes.getValAt(i)));
                    }
                    value = joined.toString();
                }
                out = "OK\t" + escape(XPathFuncExpr.toString(value));
            } catch (Throwable e) {
                out = "ERR\t" + escape(e.getClass().getSimpleName());
            }
            System.out.println(out);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
