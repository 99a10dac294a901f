package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a request of the bound tenant by its id or, once submitted, by its number; a malformed, unknown or other
 * tenant's reference is the same 404.
 */
final class RequestLookup {

    private static final Pattern NUMBER = Pattern.compile("(?i)\\s*S-\\d{1,9}\\s*");
    private static final int ID_LENGTH = 36;

    private RequestLookup() {}

    static ServiceRequest existing(RequestRepository requests, String idOrNumber) {
        String reference = idOrNumber == null ? "" : idOrNumber;
        Optional<ServiceRequest> found;
        if (NUMBER.matcher(reference).matches()) {
            found = requests.find(RequestNumber.parse(reference));
        } else {
            found = reference.length() == ID_LENGTH ? requests.find(reference) : Optional.empty();
        }
        return found.orElseThrow(() -> ProblemException.notFound("la solicitud " + reference, "Request " + reference));
    }
}
