package io.andes.core.domain.user;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;

/** The identity provider refused the change or did not answer in time; nothing was changed on our side. */
public class IdentityProviderException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private IdentityProviderException(ProblemType type, String spanish, String english, Throwable cause) {
        super(type, spanish, english);
        initCause(cause);
    }

    public static IdentityProviderException unavailable(Throwable cause) {
        return new IdentityProviderException(
                ProblemType.SERVICE_UNAVAILABLE,
                "El servicio de identidad no responde; no se hizo ningún cambio. Intente de nuevo en unos minutos.",
                "The identity service is not answering; nothing was changed. Try again in a few minutes.",
                cause);
    }

    public static IdentityProviderException emailTaken(EmailAddress email) {
        return new IdentityProviderException(
                ProblemType.CONFLICT,
                "Ya existe una cuenta con el correo " + email.value() + ".",
                "An account with the e-mail " + email.value() + " already exists.",
                null);
    }
}
