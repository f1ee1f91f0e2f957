// Baseline for bench_fill.py: JavaRosa (from the ODK Validate jar in pyxform's wheel) loads a form
// and steps through it with FormEntryController, answering nothing ("empty") or a fixed plausible
// answer per data type ("plausible"; same rule as bench_fill.py). Compiled at run time into a
// temporary folder; never committed as class files.
//
// Usage: java -cp ODK_Validate.jar:<classes> FormFill <empty|plausible> <warmups> <runs> FORM...
// Prints one line per form: RESULT<TAB>path<TAB>parse_ms<TAB>init_ms<TAB>walk_ms<TAB>questions

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.DecimalData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.util.XFormUtils;

public class FormFill {
    private static final Date PLAUSIBLE_DATE;
    // FORMFILL_TRACE=1 prints each visited question's reference to stderr (compare walks).
    private static final boolean TRACE = "1".equals(System.getenv("FORMFILL_TRACE"));

    static {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.clear();
        cal.set(2020, 0, 1);
        PLAUSIBLE_DATE = cal.getTime();
    }

    public static void main(String[] args) throws Exception {
        // Property preloads (deviceid, username...) need a property manager.
        PropertyManager.setPropertyManager(new FixedProperties());
        boolean plausible = args[0].equals("plausible");
        int warmups = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (String path : Arrays.copyOfRange(args, 3, args.length)) {
            for (int i = 0; i < warmups; i++) {
                once(path, plausible);
            }
            double[] parse = new double[runs];
            double[] init = new double[runs];
            double[] walk = new double[runs];
            int questions = 0;
            for (int i = 0; i < runs; i++) {
                double[] t = once(path, plausible);
                parse[i] = t[0];
                init[i] = t[1];
                walk[i] = t[2];
                questions = (int) t[3];
            }
            System.out.println("RESULT\t" + path + "\t" + median(parse) + "\t" + median(init) + "\t"
                + median(walk) + "\t" + questions);
        }
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static double[] once(String path, boolean plausible) throws Exception {
        long t0 = System.nanoTime();
        FormDef form;
        try (InputStream in = new FileInputStream(path)) {
            form = XFormUtils.getFormFromInputStream(in);
        }
        long t1 = System.nanoTime();
        form.initialize(true, new InstanceInitializationFactory());
        FormEntryModel model = new FormEntryModel(form);
        FormEntryController controller = new FormEntryController(model);
        long t2 = System.nanoTime();
        int questions = 0;
        int event = controller.stepToNextEvent();
        while (event != FormEntryController.EVENT_END_OF_FORM) {
            if (event == FormEntryController.EVENT_QUESTION) {
                questions++;
                if (TRACE) {
                    System.err.println("QUESTION\t" + model.getFormIndex().getReference());
                }
                if (plausible) {
                    FormEntryPrompt prompt = model.getQuestionPrompt();
                    IAnswerData answer = prompt.isReadOnly() ? null : plausibleAnswer(prompt);
                    if (answer != null) {
                        controller.answerQuestion(answer, true);
                    }
                }
            }
            // A repeat prompt is declined simply by stepping on, as "answering nothing".
            event = controller.stepToNextEvent();
        }
        long t3 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, questions};
    }

    private static IAnswerData plausibleAnswer(FormEntryPrompt prompt) {
        switch (prompt.getDataType()) {
            case Constants.DATATYPE_TEXT:
                return prompt.getControlType() == Constants.CONTROL_INPUT ? new StringData("x") : null;
            case Constants.DATATYPE_INTEGER:
                return new IntegerData(1);
            case Constants.DATATYPE_DECIMAL:
                return new DecimalData(1.5);
            case Constants.DATATYPE_DATE:
                return new DateData(PLAUSIBLE_DATE);
            case Constants.DATATYPE_CHOICE: {
                List<SelectChoice> choices = prompt.getSelectChoices();
                return choices == null || choices.isEmpty() ? null : new SelectOneData(new Selection(choices.get(0)));
            }
            case Constants.DATATYPE_CHOICE_LIST: {
                List<SelectChoice> choices = prompt.getSelectChoices();
                if (choices == null || choices.isEmpty()) {
                    return null;
                }
                List<Selection> selected = new ArrayList<>();
                selected.add(new Selection(choices.get(0)));
                return new SelectMultiData(selected);
            }
            default:
                return null;
        }
    }

    /** Every property has the same fixed value, as the Python side's injected properties. */
    private static final class FixedProperties implements IPropertyManager {
        public List<String> getProperty(String name) {
            List<String> values = new ArrayList<>();
            values.add("bench");
            return values;
        }

        public void setProperty(String name, String value) {
        }

        public void setProperty(String name, List<String> values) {
        }

        public String getSingularProperty(String name) {
            return "bench";
        }

        public void addRules(IPropertyRules rules) {
        }

        public List<IPropertyRules> getRules() {
            return new ArrayList<>();
        }
    }
}
