package io.andes.ticketing.domain.ticket;

import java.util.Arrays;
import java.util.Set;

/**
 * Spanish and English words that carry no topic, plus greetings, written without accents because subjects are
 * compared after accents are removed. "no" is here on purpose: nearly every ticket subject has it. The two lists
 * share some words ("a", "me", "no"), hence a copy that tolerates duplicates.
 */
final class StopWords {

    static final Set<String> SPANISH_AND_ENGLISH = Set.copyOf(Arrays.asList(
            """
            a al algo algun alguna algunas alguno algunos ante antes aqui asi cada como con contra cual cuando de
            del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estan estas
            este esto estos estoy fue ha hace hay hola la las le les lo los mas me mi mis muy nada ni no nos
            nuestra nuestro o os otra otro para pero poco por porque que quien se sea ser si sin sobre son su sus
            tambien te tengo tiene todo todos tu tus u un una unas uno unos y ya yo favor gracias
            a about after all an and any are as at be been before but by can cannot could did do does doesn don
            for from has have he hello hi how i if in into is isn it its me my no not of on or our out please
            s she should so some t than that the their them then there these they this those to up was we were
            what when which while who why will with would you your thanks
            """
                    .strip()
                    .split("\\s+")));

    private StopWords() {}
}
