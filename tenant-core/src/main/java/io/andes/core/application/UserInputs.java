package io.andes.core.application;

import io.andes.core.api.TenantRole;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.domain.user.PersonName;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;

/** Turns what a tenant admin typed into valid user values, or a 400 that names the field. */
final class UserInputs {

    private UserInputs() {}

    static EmailAddress email(String text) {
        try {
            return new EmailAddress(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "email",
                    "no es un correo válido",
                    "El correo «" + text + "» no es válido.",
                    "The e-mail «" + text + "» is not valid.");
        }
    }

    static PersonName name(String first, String last) {
        try {
            return new PersonName(first, last);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    first == null || first.isBlank() ? "firstName" : "lastName",
                    "obligatorio, hasta 100 caracteres",
                    "Indique nombre y apellido (hasta 100 caracteres cada uno).",
                    "Give a first and a last name (up to 100 characters each).");
        }
    }

    static TenantRole role(TenantRole role) {
        if (role == null) {
            throw invalidRole();
        }
        return role;
    }

    static ProblemException invalidRole() {
        return ProblemException.invalidField(
                "role",
                "debe ser tenant-user o tenant-admin",
                "El rol debe ser tenant-user o tenant-admin.",
                "The role must be tenant-user or tenant-admin.");
    }

    static ProblemException duplicate(EmailAddress email) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "La empresa ya tiene un usuario con el correo " + email.value() + ".",
                "The company already has a user with the e-mail " + email.value() + ".");
    }
}
