package io.andes.admin;

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

    @Override
    protected LanguageSelection language() {
        return language;
    }
}
