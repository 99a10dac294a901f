package io.andes.bench;

/** Valid Chilean RUTs for synthetic tenants: the body and its modulo-11 check digit, as {@code 60000001-4}. */
public final class ChileanRut {

    private ChileanRut() {}

    /** The RUT with this body, formatted {@code body-DV}. */
    public static String of(int body) {
        if (body <= 0) {
            throw new IllegalArgumentException("A RUT body is positive: " + body);
        }
        return body + "-" + checkDigit(body);
    }

    /** Weights 2, 3, 4, 5, 6, 7, 2, ... from the rightmost digit; 11 - sum mod 11, where 11 is 0 and 10 is K. */
    static char checkDigit(int body) {
        int sum = 0;
        int weight = 2;
        for (int rest = body; rest > 0; rest /= 10) {
            sum += (rest % 10) * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int digit = 11 - sum % 11;
        return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
    }
}
