/** Client-caused errors as RFC 9457 problems: the catalogue of types and the exception that carries one. */
package io.andes.core.problem;
