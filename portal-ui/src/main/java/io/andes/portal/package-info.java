/**
 * The tenant portal's pages under {@code /portal}: the layout, Inicio, Mi cuenta and the tenant-admin's Usuarios, plus
 * the public "cuenta suspendida" and "acceso denegado" pages. View beans only parse input, call the core's use cases
 * and turn their problems into page messages.
 */
package io.andes.portal;
