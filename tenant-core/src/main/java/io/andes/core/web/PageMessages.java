package io.andes.core.web;

import io.andes.core.problem.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Puts a page module's messages on the page in the session's language: texts of the module's bundle, and problems of
 * the core (their own explanation, never a stack trace).
 */
public abstract class PageMessages {

    private final String bundle;

    protected PageMessages(String bundle) {
        this.bundle = bundle;
    }

    /**
     * For CDI's client proxies only: a view bean kept in a session shared by several instances is deserialised on
     * another one, and Weld then proxies every class of the injected bean's type, this one included.
     */
    protected PageMessages() {
        this(null);
    }

    /** The session's language; a method so that CDI proxies of the subclasses can supply it. */
    protected abstract LanguageSelection language();

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** The problem's own explanation, then one line per field it names ("field: message"), if it names any. */
    public void problem(ProblemException problem) {
        add(FacesMessage.SEVERITY_ERROR, problem.detail(language().isEnglish()));
        if (problem.extensions().get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> field) {
                    add(FacesMessage.SEVERITY_ERROR, field.get("field") + ": " + field.get("message"));
                }
            }
        }
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle(bundle, language().getLocale()).getString(key);
        return new MessageFormat(pattern, language().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
