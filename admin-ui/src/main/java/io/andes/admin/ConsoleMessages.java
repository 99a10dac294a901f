package io.andes.admin;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PageMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The console's messages, in the session's language. */
@ApplicationScoped
public class ConsoleMessages extends PageMessages {

    static final String BUNDLE = "io.andes.admin.messages";

    @Inject
    LanguageSelection language;

    public ConsoleMessages() {
        super(BUNDLE);
    }

    /** Runs a console action; on success says {@code successKey}, on a refusal shows it. Whether it succeeded. */
    public boolean attempt(Runnable action, String successKey, Object... arguments) {
        try {
            action.run();
        } catch (ProblemException problem) {
            problem(problem);
            return false;
        }
        info(successKey, arguments);
        return true;
    }

    @Override
    protected LanguageSelection language() {
        return language;
    }
}
