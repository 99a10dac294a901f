package io.andes.core.domain.user;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;

/** A deactivated user cannot be changed any more. */
public class InactiveUserException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public InactiveUserException(String id) {
        super(
                ProblemType.CONFLICT,
                "El usuario " + id + " está desactivado y no admite cambios.",
                "User " + id + " is deactivated and cannot be changed.");
    }
}
