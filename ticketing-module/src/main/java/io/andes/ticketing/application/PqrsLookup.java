package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.numbering.PqrsNumber;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsRepository;

/** Finds a PQRS of the bound tenant by its filing number; a malformed, unknown or other tenant's number is a 404. */
final class PqrsLookup {

    private PqrsLookup() {}

    static PqrsCase existing(PqrsRepository cases, String number) {
        PqrsNumber parsed;
        try {
            parsed = PqrsNumber.parse(number);
        } catch (RuntimeException malformed) {
            throw notFound(number);
        }
        return cases.find(parsed).orElseThrow(() -> notFound(number));
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("la PQRS " + number, "PQRS " + number);
    }
}
